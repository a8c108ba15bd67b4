//! The browser app: an app shell, one page per route, one component per file. All logic it shows comes from `core`.

mod app;
mod browser_storage;
mod chunks;
mod clock;
mod components;
mod facts;
mod files;
mod format;
mod fragment;
mod idle;
mod pages;
mod routes;
mod state;
mod theme;

/// Starts the app in the page.
pub fn mount() {
    // The page shows "Loading…" until the app is ready to take over.
    if let Some(loading) = leptos::prelude::document().get_element_by_id("loading") {
        loading.remove();
    }
    leptos::mount::mount_to_body(app::App);
    // Once the first view answers and the browser is idle, the other views' code is fetched ahead of need.
    idle::when_idle(|| leptos::task::spawn_local(chunks::prefetch()));
}
