use leptos::prelude::*;

use crate::core::store;
use crate::ui::clock::today;
use crate::ui::files::download;
use crate::ui::state::AppState;

#[component]
pub fn Backup(state: AppState) -> impl IntoView {
    let (failed, set_failed) = signal(false);
    let export = move |_| {
        let text = state.workspace.with_untracked(|ws| {
            store::write(ws, state.revision(), js_sys::Date::now() as u64, true)
        });
        set_failed.set(
            download(
                &format!("skillcase-backup-{}.json", today()),
                "application/json",
                &text,
            )
            .is_err(),
        );
    };
    view! {
        <section class="card">
            <h2>"Export backup"</h2>
            <p>"Download your whole workspace as a JSON file, to keep or to move to another browser."</p>
            <button class="primary" on:click=export data-testid="export">"Export backup"</button>
            <Show when=move || failed.get()>
                <p class="error" role="alert">"The browser refused the download. Try again, or allow downloads for this page."</p>
            </Show>
        </section>
    }
}
