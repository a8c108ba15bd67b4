use leptos::prelude::*;

use crate::ui::components::justify::adjustments_card::AdjustmentsCard;
use crate::ui::components::justify::alternatives::Alternatives;
use crate::ui::components::justify::argument_list::ArgumentList;
use crate::ui::components::justify::benefits_card::BenefitsCard;
use crate::ui::components::justify::costs_card::CostsCard;
use crate::ui::components::justify::gap_to_money::GapToMoney;
use crate::ui::components::justify::leader_questions::LeaderQuestions;
use crate::ui::components::justify::money_format::MoneyFormat;
use crate::ui::components::justify::provider_shortlist::ProviderShortlist;
use crate::ui::components::justify::roi_outputs::RoiOutputs;
use crate::ui::components::justify::training_card::TrainingCard;
use crate::ui::components::justify::working_time_card::WorkingTimeCard;
use crate::ui::components::plan::check_in_review::CheckInReview;
use crate::ui::components::plan::raters_review::RatersReview;
use crate::ui::components::share::rate_me_link::RateMeLink;
use crate::ui::state::use_app_state;

/// The ROI case: the training asked for, every cost, the benefits the user can stand behind, the conservative
/// adjustments, and what it all comes to, updated as they type.
#[component]
pub fn Roi() -> impl IntoView {
    let state = use_app_state();
    // Checked once per change, for every field's message.
    let errors = Memo::new(move |_| state.workspace.with(|w| w.case.errors()));
    view! {
        <h1>"Your ROI case"</h1>
        <p class="lead">
            "Put numbers on the training you want. Skillcase counts every cost, including your time away, and claims "
            "benefits conservatively, after the Phillips ROI Methodology: only money the business keeps, only where you "
            "have a figure, at your low estimate, only the share due to the training, scaled by how sure you are, and "
            "for the first year unless you say otherwise. A case that does not pay back says so."
        </p>
        <div class="roi-layout">
            <form class="roi-form" on:submit=|ev| ev.prevent_default()>
                <TrainingCard errors/>
                <CostsCard errors/>
                <WorkingTimeCard errors/>
                <BenefitsCard errors/>
                <AdjustmentsCard errors/>
                <MoneyFormat/>
            </form>
            <RoiOutputs/>
        </div>
        <GapToMoney/>
        <ProviderShortlist/>
        <ArgumentList/>
        <Alternatives/>
        <LeaderQuestions/>
        <CheckInReview/>
        <RatersReview/>
        <RateMeLink again=true/>
    }
}
