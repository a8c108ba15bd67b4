use leptos::prelude::*;

use crate::ui::components::empty_state::EmptyState;
use crate::ui::routes::View;

#[component]
pub fn Team() -> impl IntoView {
    view! {
        <EmptyState
            title="Your team"
            text="Managers: gather your team's report links here to see the team's average and spread, shared gaps, and a case for group training. Everything stays in your browser."
            next=View::Assess
            next_label="Start with your own assessment"
        />
    }
}
