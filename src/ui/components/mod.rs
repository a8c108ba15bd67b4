//! One component a file, in folders named like the journey steps of `core` (and `shell`, `common` and `data` for
//! the app's frame, shared widgets and the data page's parts).

pub mod assess;
pub mod common;
pub mod compare;
pub mod data;
pub mod justify;
pub mod model;
pub mod plan;
pub mod share;
pub mod shell;
pub mod team;
