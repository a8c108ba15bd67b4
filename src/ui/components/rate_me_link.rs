use leptos::prelude::*;

use crate::core::link::rater::{encode_request, RateRequest};
use crate::core::model::CompetencyModel;
use crate::ui::app::{use_app_state, use_base};
use crate::ui::components::copy_field::CopyField;
use crate::ui::files::today_days;
use crate::ui::routes::View;

/// A "rate me" link: a manager or peer opens it, rates the user on the same model, and sends a link back.
#[component]
pub fn RateMeLink() -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let link = Signal::derive(move || {
        let request = state.workspace.with(|w| RateRequest {
            name: w.profile.name.trim().to_string(),
            role: w.profile.role,
            made_on: today_days(),
            model_version: CompetencyModel::builtin().version,
        });
        View::Rate.link(&base, &encode_request(&request))
    });
    view! {
        <section class="card" data-testid="rate-me">
            <h2>"Ask your manager or a peer to rate you"</h2>
            <p class="hint">
                "Send them this link. They rate you on the same twelve areas in their own browser and send back a link; "
                "open it to see their view against yours, with where you differ most. It carries only your name and role."
            </p>
            <CopyField link id="rate-me-link" label="Rate-me link"/>
        </section>
    }
}
