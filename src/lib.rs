//! Skillcase: assess product-management skills, plan training and justify it, wholly in the browser.
//!
//! `core` is plain Rust with no web types, tested natively; `ui` is the Leptos app and exists only in the browser build.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
