use leptos::prelude::*;

use crate::ui::routes::{use_base, View};

/// What a page shows before there is anything for it: what it will hold, and the step that fills it.
#[component]
pub fn EmptyState(
    title: &'static str,
    text: &'static str,
    /// Where the user goes to fill this page.
    next: View,
    next_label: &'static str,
) -> impl IntoView {
    let base = use_base();
    view! {
        <section class="empty-state">
            <h1>{title}</h1>
            <p>{text}</p>
            <a class="button primary" href=next.href(&base)>{next_label}</a>
        </section>
    }
}
