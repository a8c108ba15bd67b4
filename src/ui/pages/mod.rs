//! One page per route.

pub mod arguments;
pub mod assess;
pub mod benefits;
pub mod check_in;
pub mod data;
pub mod fit;
pub mod models;
pub mod not_found;
pub mod plan;
pub mod proposal;
pub mod rate;
pub mod report;
pub mod results;
pub mod roi;
pub mod team;
pub mod welcome;
