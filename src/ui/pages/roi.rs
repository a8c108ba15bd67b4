use leptos::prelude::*;

use crate::ui::components::empty_state::EmptyState;
use crate::ui::routes::View;

#[component]
pub fn Roi() -> impl IntoView {
    view! {
        <EmptyState
            title="Your ROI case"
            text="Here you will put numbers on the training you want: every cost, including time away, against conservative benefits — with the return, the payback and the break-even improvement."
            next=View::Assess
            next_label="Start the assessment"
        />
    }
}
