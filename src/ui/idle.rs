//! Work the page does not need yet, done after the first frame or when the browser has nothing else to do.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `work` once the browser is idle (at the latest after a second), so it never delays what the user sees first.
pub fn when_idle(work: impl FnOnce() + 'static) {
    let work = Closure::once_into_js(work);
    let Some(window) = web_sys::window() else {
        return;
    };
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(1000);
    let _ = window.request_idle_callback_with_options(work.unchecked_ref(), &options);
}

/// Runs `work` just after the browser has painted the next frame, so what is already built shows first (a task
/// queued from an animation frame runs after that frame's paint).
pub fn after_paint(work: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(work, std::time::Duration::ZERO)
    });
}
