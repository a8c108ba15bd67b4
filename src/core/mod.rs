//! The pure logic of Skillcase: what a user's workspace holds and how it is saved, migrated and restored.
//! Nothing here names a web type, so all of it is tested natively.

pub mod store;
pub mod workspace;
