use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::routes::{use_base, View};
use crate::ui::state::SaveStatus;

/// The header: the name, the views in journey order, and whether the work is saved.
#[component]
pub fn Nav(
    // Only reads the save status: the header never changes it.
    status: ReadSignal<SaveStatus>,
) -> impl IntoView {
    let base = use_base();
    let links = View::NAV
        .into_iter()
        .map(|view| view! { <li><A href=view.href(&base)>{view.label()}</A></li> })
        .collect_view();
    let status_text = move || match status.get() {
        SaveStatus::Saved => "Saved in this browser",
        SaveStatus::Pending => "Saving…",
        SaveStatus::InMemory => "Not saved: kept in this tab only",
    };
    let status_class = move || match status.get() {
        SaveStatus::InMemory => "save-status warn",
        _ => "save-status",
    };
    view! {
        <header class="site-header">
            <a class="brand" href=View::Welcome.href(&base)>"Skillcase"</a>
            <nav aria-label="Main">
                <ul>{links}</ul>
            </nav>
            <p class=status_class role="status" data-testid="save-status">{status_text}</p>
        </header>
    }
}
