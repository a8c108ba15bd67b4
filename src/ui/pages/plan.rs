use leptos::prelude::*;

use crate::ui::components::empty_state::EmptyState;
use crate::ui::routes::View;

#[component]
pub fn Plan() -> impl IntoView {
    view! {
        <EmptyState
            title="Your development plan"
            text="Your top three gaps become goals here, each with a metric you can track, a way to learn, and a check-in eight weeks after training."
            next=View::Assess
            next_label="Start the assessment"
        />
    }
}
