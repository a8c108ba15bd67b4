use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::store::{self, StorageKey};
use crate::ui::app::use_app_state;
use crate::ui::files::{download, local_date_time, picked_file, read_text, today};
use crate::ui::state::AppState;

/// Where the user sees how their data is kept and takes it with them: backup, restore, erase, recovery copies.
#[component]
pub fn Data() -> impl IntoView {
    let state = use_app_state();
    let where_kept = move || {
        if state.persistent() {
            "Your workspace is saved in this browser's storage on this device, and nowhere else."
        } else {
            "This browser does not let Skillcase save: your workspace is kept in this tab only. Export a backup to keep it."
        }
    };
    view! {
        <h1>"Your data"</h1>
        <p class="lead" data-testid="where-kept">{where_kept}</p>
        <Backup state/>
        <Restore state/>
        <Recoveries state/>
        <Erase state/>
    }
}

#[component]
fn Backup(state: AppState) -> impl IntoView {
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

#[component]
fn Restore(state: AppState) -> impl IntoView {
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

#[component]
fn Recoveries(state: AppState) -> impl IntoView {
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

#[component]
fn Erase(state: AppState) -> impl IntoView {
    let (confirming, set_confirming) = signal(false);
    let erase = move |_| {
        set_confirming.set(false);
        state.erase_everything();
    };
    view! {
        <section class="card">
            <h2>"Erase everything"</h2>
            <p>"Remove your workspace and every recovery copy from this browser. Export a backup first if you may want it."</p>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button class="danger" on:click=move |_| set_confirming.set(true) data-testid="erase">
                        "Erase everything…"
                    </button>
                }
            >
                <div class="confirm" role="group" aria-label="Confirm erase">
                    <p><strong>"Erase all your Skillcase data in this browser?"</strong></p>
                    <button class="danger" on:click=erase data-testid="erase-confirm">"Yes, erase everything"</button>
                    <button on:click=move |_| set_confirming.set(false)>"Cancel"</button>
                </div>
            </Show>
        </section>
    }
}
