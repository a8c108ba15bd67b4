//! The app's frame around every page: the header with the navigation and the save status, and the notices.

pub mod nav;
pub mod notice_item;
pub mod notices;
