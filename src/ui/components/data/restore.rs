use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::store;
use crate::ui::clock::local_date_time;
use crate::ui::files::{picked_file, read_text};
use crate::ui::state::AppState;

#[component]
pub fn Restore(state: AppState) -> impl IntoView {
    let (error, set_error) = signal(None::<String>);
    let pick = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else {
            return;
        };
        spawn_local(async move {
            let name = file.name();
            if file.size() > store::MAX_BACKUP_BYTES as f64 {
                let why = store::ReadError::TooLarge {
                    bytes: file.size() as usize,
                };
                set_error.set(Some(format!(
                    "“{name}” was not restored: {why}. Nothing was changed."
                )));
                return;
            }
            match read_text(&file)
                .await
                .map_err(|e| e.to_string())
                .and_then(|text| store::read(&text).map_err(|e| e.to_string()))
            {
                Ok(saved) => {
                    set_error.set(None);
                    let when = local_date_time(saved.saved_at);
                    state.replace(
                        saved.workspace,
                        &format!("The backup “{name}” (saved {when}) was restored."),
                    );
                }
                Err(why) => set_error.set(Some(format!(
                    "“{name}” was not restored: {why}. Nothing was changed."
                ))),
            }
        });
    };
    view! {
        <section class="card">
            <h2>"Import backup"</h2>
            <p>"Restore a workspace from a backup file. It replaces what is here now; you can undo it straight after."</p>
            <label class="button" for="import-file">"Choose a backup file…"</label>
            <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=pick
                data-testid="import"/>
            <Show when=move || error.get().is_some()>
                <p class="error" role="alert" data-testid="import-error">{move || error.get()}</p>
            </Show>
        </section>
    }
}
