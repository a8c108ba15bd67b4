//! Pieces shared by several pages.

pub mod empty_state;
pub mod nav;
pub mod notices;
