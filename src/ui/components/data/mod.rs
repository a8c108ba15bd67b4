//! Your data: backup, restore, recovery copies, erase.

pub mod backup;
pub mod erase;
pub mod recoveries;
pub mod restore;
