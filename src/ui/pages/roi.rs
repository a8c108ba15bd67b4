use leptos::prelude::*;

use crate::ui::components::justify::case_next::CaseNext;
use crate::ui::components::justify::case_steps::CaseSteps;
use crate::ui::components::justify::costs_card::CostsCard;
use crate::ui::components::justify::cover_card::CoverCard;
use crate::ui::components::justify::money_format::MoneyFormat;
use crate::ui::components::justify::provider_shortlist::ProviderShortlist;
use crate::ui::components::justify::training_card::TrainingCard;
use crate::ui::components::justify::working_time_card::WorkingTimeCard;
use crate::ui::routes::View;
use crate::ui::state::use_app_state;

/// The case, step 1: the training asked for, every cost of it, and who covers while the user is away.
#[component]
pub fn Roi() -> impl IntoView {
    let state = use_app_state();
    // Checked once per change, for every field's message.
    let errors = Memo::new(move |_| state.workspace.with(|w| w.case.errors()));
    view! {
        <h1>"Your ROI case"</h1>
        <CaseSteps current=View::Roi/>
        <p class="lead">
            "Put numbers on the training you want. Skillcase counts every cost, including your time away, and claims "
            "benefits conservatively, after the Phillips ROI Methodology: only money the business keeps, only where you "
            "have a figure, at your low estimate, only the share due to the training, scaled by how sure you are, and "
            "for the first year unless you say otherwise. A case that does not pay back says so."
        </p>
        <form class="roi-form" on:submit=|ev| ev.prevent_default()>
            <TrainingCard errors/>
            <CostsCard errors/>
            <WorkingTimeCard errors/>
            <CoverCard/>
            <MoneyFormat/>
        </form>
        <ProviderShortlist/>
        <CaseNext current=View::Roi/>
    }
}
