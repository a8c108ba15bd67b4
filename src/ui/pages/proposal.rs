use leptos::prelude::*;

use crate::ui::components::empty_state::EmptyState;
use crate::ui::routes::View;

#[component]
pub fn Proposal() -> impl IntoView {
    view! {
        <EmptyState
            title="Your training proposal"
            text="A one-page proposal for your manager, built from your gaps, plan and ROI case, ready to print or share as a link."
            next=View::Assess
            next_label="Start the assessment"
        />
    }
}
