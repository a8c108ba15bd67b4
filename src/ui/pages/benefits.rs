use leptos::prelude::*;

use crate::ui::components::justify::adjustments_card::AdjustmentsCard;
use crate::ui::components::justify::benefits_card::BenefitsCard;
use crate::ui::components::justify::case_next::CaseNext;
use crate::ui::components::justify::case_steps::CaseSteps;
use crate::ui::components::justify::gap_to_money::GapToMoney;
use crate::ui::components::justify::roi_outputs::RoiOutputs;
use crate::ui::routes::View;
use crate::ui::state::use_app_state;

/// The case, step 2: the benefits the user can stand behind, the conservative adjustments, and what it all comes to,
/// updated as they type.
#[component]
pub fn Benefits() -> impl IntoView {
    let state = use_app_state();
    // Checked once per change, for every field's message.
    let errors = Memo::new(move |_| state.workspace.with(|w| w.case.errors()));
    view! {
        <h1>"Benefits and the result"</h1>
        <CaseSteps current=View::Benefits/>
        <p class="lead">
            "Count only what you have a figure for, at your low estimate. The line above sums the case up as you type; "
            "after the form (beside it on a wide screen), what it comes to and what would have to be true for it to "
            "break even."
        </p>
        <div class="roi-layout">
            <form class="roi-form" on:submit=|ev| ev.prevent_default()>
                <BenefitsCard errors/>
                <AdjustmentsCard errors/>
            </form>
            <RoiOutputs/>
        </div>
        <GapToMoney/>
        <CaseNext current=View::Benefits/>
    }
}
