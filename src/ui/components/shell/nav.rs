use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::location::Location;

use crate::ui::routes::{use_base, View};
use crate::ui::state::SaveStatus;

/// The header: the name, the views in journey order, and whether the work is saved. To the reader of a shared
/// report, until they ask for the app, the name and *Open Skillcase* instead of the views.
#[component]
pub fn Nav(
    // Only reads the save status: the header never changes it.
    status: ReadSignal<SaveStatus>,
) -> impl IntoView {
    let base = use_base();
    let location = use_location();
    let report = View::Report.href(&base);
    // The header is made once, as the tab opens: a tab opened on a report's link (its data after the `#`) is its
    // reader's, who came to read one report and sees the app's menu only once they ask for it. Runtime only.
    let reading = RwSignal::new(
        location.pathname.with_untracked(|p| *p == report)
            && location.hash.with_untracked(|h| h.len() > 1),
    );
    // Anywhere but the report, the reader is using the app.
    let class = move || {
        if reading.get() && location.pathname.with(|p| *p == report) {
            "site-header reading"
        } else {
            "site-header"
        }
    };
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
        <header class=class>
            <a class="brand" href=View::Welcome.href(&base)>"Skillcase"</a>
            // Both are built, the stylesheet shows one: the reader's choice only flips the header's class.
            <nav aria-label="Main">
                <ul>{links(&base, location)}</ul>
            </nav>
            <button class="open-app" on:click=move |_| reading.set(false) data-testid="open-app">
                "Open Skillcase"
            </button>
            <p class=status_class role="status" data-testid="save-status">{status_text}</p>
        </header>
    }
}

/// The views in journey order. A view is current on its own path and on the paths of the views it leads to (the
/// case's later steps).
fn links(base: &str, location: Location) -> impl IntoView {
    View::NAV
        .into_iter()
        .map(|view| {
            let paths: Vec<String> = View::ALL
                .into_iter()
                .filter(|v| v.in_nav() == view)
                .map(|v| v.href(base))
                .collect();
            let pathname = location.pathname;
            let current = move || pathname.with(|p| paths.contains(p)).then_some("page");
            view! { <li><a href=view.href(base) aria-current=current>{view.label()}</a></li> }
        })
        .collect_view()
}
