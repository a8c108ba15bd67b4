use leptos::prelude::*;

use crate::ui::components::justify::case_next::CaseNext;
use crate::ui::components::justify::case_steps::CaseSteps;
use crate::ui::components::plan::check_in_review::CheckInReview;
use crate::ui::components::plan::raters_review::RatersReview;
use crate::ui::components::share::rate_me_link::RateMeLink;
use crate::ui::routes::View;

/// The case, step 4, weeks after the training: what was observed against what was claimed, and how the raters see
/// the user now.
#[component]
pub fn CheckIn() -> impl IntoView {
    view! {
        <h1>"At the check-in"</h1>
        <CaseSteps current=View::CheckIn/>
        <p class="lead">
            "After the training, put what actually happened beside what the case claimed, and ask your raters to rate "
            "you again."
        </p>
        <CheckInReview/>
        <RatersReview/>
        <RateMeLink again=true/>
        <CaseNext current=View::CheckIn/>
    }
}
