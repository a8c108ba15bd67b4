//! The colour scheme charts are drawn in, following the system's light or dark setting as it changes.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::core::chart::Palette;

#[derive(Clone, Copy)]
struct Theme(RwSignal<Palette>);

fn palette_for(query: Option<&web_sys::MediaQueryList>) -> Palette {
    if query.is_some_and(|q| q.matches()) {
        Palette::DARK
    } else {
        Palette::LIGHT
    }
}

/// Asks the system once, then listens for changes, so drawing a chart never has to ask again.
pub fn provide_theme() {
    let query = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten();
    let palette = RwSignal::new(palette_for(query.as_ref()));
    if let Some(query) = query {
        let watched = query.clone();
        let on_change = Closure::<dyn Fn()>::new(move || palette.set(palette_for(Some(&watched))));
        query.set_onchange(Some(on_change.as_ref().unchecked_ref()));
        // The listener lives as long as the page.
        on_change.forget();
    }
    provide_context(Theme(palette));
}

/// The chart palette for the current colour scheme.
pub fn use_palette() -> Signal<Palette> {
    let theme = use_context::<Theme>().map(|t| t.0);
    Signal::derive(move || theme.map_or(Palette::LIGHT, |t| t.get()))
}
