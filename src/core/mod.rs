//! The pure logic of Skillcase: the competency model, assessments, benchmarks and results, and how the user's
//! workspace is saved, migrated and restored. Nothing here names a web type, so all of it is tested natively.

pub mod arguments;
pub mod aspiring;
pub mod assessment;
pub mod benchmark;
pub mod charts;
pub mod link;
pub mod model;
pub mod order;
pub mod plan;
pub mod proposal;
pub mod providers;
pub mod qr;
pub mod report;
pub mod results;
pub mod roi;
pub mod store;
pub mod team;
pub mod workspace;
