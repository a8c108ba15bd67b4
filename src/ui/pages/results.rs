use leptos::prelude::*;

use crate::ui::components::empty_state::EmptyState;
use crate::ui::routes::View;

#[component]
pub fn Results() -> impl IntoView {
    view! {
        <EmptyState
            title="Your results"
            text="Once you have rated the twelve areas, this page shows your radar chart against a benchmark, your strengths, and your biggest gaps ranked by how much they matter to your role."
            next=View::Assess
            next_label="Start the assessment"
        />
    }
}
