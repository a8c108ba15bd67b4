use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::ui::routes::{use_base, View};
use crate::ui::state::SaveStatus;

/// The header: the name, the views in journey order, and whether the work is saved.
#[component]
pub fn Nav(
    // Only reads the save status: the header never changes it.
    status: ReadSignal<SaveStatus>,
) -> impl IntoView {
    let base = use_base();
    let location = use_location();
    // A view is current on its own path and on the paths of the views it leads to (the case's later steps).
    let links = View::NAV
        .into_iter()
        .map(|view| {
            let paths: Vec<String> = View::ALL
                .into_iter()
                .filter(|v| v.in_nav() == view)
                .map(|v| v.href(&base))
                .collect();
            let current = move || {
                location
                    .pathname
                    .with(|p| paths.contains(p))
                    .then_some("page")
            };
            view! { <li><a href=view.href(&base) aria-current=current>{view.label()}</a></li> }
        })
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
