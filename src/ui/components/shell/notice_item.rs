use leptos::prelude::*;

use crate::core::store::{StartNotice, StorageKey};
use crate::ui::clock::local_date_time;
use crate::ui::files::download;
use crate::ui::state::{AppState, Notice};

pub(crate) fn download_recovery(state: AppState, key: &StorageKey) {
    if let Some(text) = state.recovery_text(key) {
        let name = format!(
            "skillcase-recovered-{}.txt",
            key.name().rsplit('.').next().unwrap_or("copy")
        );
        if download(&name, "text/plain", &text).is_err() {
            state.notify(Notice::Done {
                message: "The browser refused the download; the copy stays under “Your data”."
                    .into(),
                undo: None,
            });
        }
    }
}

#[component]
pub fn NoticeItem(state: AppState, notice: Notice) -> impl IntoView {
    let this = notice.clone();
    let undo_clears = notice.clone();
    let dismiss = move |_| state.dismiss(&this);
    let dismiss_button =
        move || view! { <button class="link" on:click=dismiss.clone()>"Dismiss"</button> };
    match notice {
        Notice::Start(StartNotice::Blocked(fault)) => view! {
            <div class="notice warn" role="alert" data-testid="notice-blocked">
                <p>
                    <strong>"Your work can't be saved in this browser. "</strong>
                    {format!("Skillcase works, but {fault}: what you enter is lost when you close this tab. ")}
                    "Allow site data for this page (cookies and site data in the browser's settings), or use "
                    <em>"Your data → Export backup"</em>" before you leave."
                </p>
                {dismiss_button()}
            </div>
        }
        .into_any(),
        Notice::Start(StartNotice::Recovered { key, why }) => view! {
            <div class="notice warn" role="alert" data-testid="notice-recovered">
                <p>
                    <strong>"Your saved workspace could not be read, so Skillcase started afresh. "</strong>
                    {format!("The saved text was kept, untouched, because {why}. ")}
                    "Download it to keep it or to send it to us; it also stays under “Your data” until you delete it."
                </p>
                <button on:click=move |_| download_recovery(state, &key)>"Download the saved text"</button>
                {dismiss_button()}
            </div>
        }
        .into_any(),
        Notice::Start(StartNotice::Unrecoverable { why, fault }) => view! {
            <div class="notice warn" role="alert" data-testid="notice-unrecoverable">
                <p>
                    <strong>"Your saved workspace could not be read, and there is no room to set it aside. "</strong>
                    {format!("It was not read because {why}, and could not be copied because {fault}. ")}
                    "It is left exactly as it was; Skillcase runs without saving so that nothing is written over it."
                </p>
                {dismiss_button()}
            </div>
        }
        .into_any(),
        Notice::SaveFailed(fault) => view! {
            <div class="notice warn" role="alert" data-testid="notice-save-failed">
                <p>
                    <strong>"Your latest changes are not saved. "</strong>
                    {format!("The save did not happen because {fault}. ")}
                    "Your work is still here in this tab and your previous save is intact. Free some space (or "
                    "delete recovery copies under “Your data”), then change anything to save again, or export a backup."
                </p>
                {dismiss_button()}
            </div>
        }
        .into_any(),
        Notice::Conflict(theirs) => {
            let revision = theirs.as_ref().map(|t| t.revision).unwrap_or(0);
            let what = match &theirs {
                Some(t) => format!("Another tab saved changes ({}) while this tab had unsaved ones.", local_date_time(t.saved_at)),
                None => "Another tab erased everything while this tab had unsaved changes.".to_string(),
            };
            let theirs = theirs.map(|t| *t);
            view! {
                <div class="notice warn" role="alert" data-testid="notice-conflict">
                    <p><strong>"Two tabs changed your workspace. "</strong>{what}" Which should be kept?"</p>
                    <button on:click=move |_| state.keep_mine(revision)>"Keep this tab's work"</button>
                    <button on:click=move |_| state.use_theirs(theirs.clone())>"Use the other tab's"</button>
                </div>
            }
            .into_any()
        }
        Notice::NewerElsewhere(version) => view! {
            <div class="notice warn" role="alert" data-testid="notice-newer">
                <p>
                    <strong>"A newer version of Skillcase is open in another tab. "</strong>
                    {format!("It saves in format {version}, which this tab can't read. ")}
                    "This tab will not save over it: reload this tab to get the newer version."
                </p>
            </div>
        }
        .into_any(),
        Notice::Done { message, undo } => {
            let undo_button = undo.map(|previous| {
                view! {
                    <button on:click=move |_| {
                        state.dismiss(&undo_clears);
                        state.workspace.set((*previous).clone());
                        state.save_now();
                    }>"Undo"</button>
                }
            });
            view! {
                <div class="notice ok" role="status" data-testid="notice-done">
                    <p>{message}</p>
                    {undo_button}
                    {dismiss_button()}
                </div>
            }
            .into_any()
        }
    }
}
