use leptos::prelude::*;

use crate::core::store::StorageKey;
use crate::ui::clock::local_date_time;
use crate::ui::files::download;
use crate::ui::state::AppState;

#[component]
pub fn Recoveries(state: AppState) -> impl IntoView {
    let row = move |key: StorageKey| {
        let StorageKey::Recovery(at) = key else {
            return None;
        };
        let (get, remove) = (key.clone(), key.clone());
        let (confirming, set_confirming) = signal(false);
        let save_copy = move |_| {
            if let Some(text) = state.recovery_text(&get) {
                let _ = download(
                    &format!("skillcase-recovered-{at}.txt"),
                    "text/plain",
                    &text,
                );
            }
        };
        Some(view! {
            <li>
                <span>{format!("Set aside {}", local_date_time(at))}</span>
                <button on:click=save_copy>"Download"</button>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! { <button on:click=move |_| set_confirming.set(true)>"Delete…"</button> }
                >
                    <button class="danger" on:click={
                        let remove = remove.clone();
                        move |_| state.delete_recovery(&remove)
                    }>"Delete this copy for good"</button>
                    <button on:click=move |_| set_confirming.set(false)>"Keep it"</button>
                </Show>
            </li>
        })
    };
    view! {
        <Show when=move || !state.recoveries.with(Vec::is_empty)>
            <section class="card" data-testid="recoveries">
                <h2>"Recovery copies"</h2>
                <p>"Saved data Skillcase could not read was kept here rather than thrown away."</p>
                <ul class="plain">{move || state.recoveries.get().into_iter().filter_map(row).collect_view()}</ul>
            </section>
        </Show>
    }
}
