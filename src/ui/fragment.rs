//! The address's fragment, where links carry their data.

use leptos::ev;
use leptos::prelude::*;

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The address's fragment, followed as it changes: a link pasted into this tab's address bar changes only the
/// fragment, with no reload.
pub fn use_fragment() -> RwSignal<String> {
    let hash = RwSignal::new(current_hash());
    let listener = window_event_listener(ev::hashchange, move |_| hash.set(current_hash()));
    on_cleanup(move || listener.remove());
    hash
}
