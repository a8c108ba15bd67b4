use leptos::prelude::*;

use crate::core::order::map_of;
use crate::core::share::link::rater::{encode_request, RateRequest};
use crate::ui::clock::today_days;
use crate::ui::components::common::copy_field::CopyField;
use crate::ui::routes::{use_base, View};
use crate::ui::state::{use_app_state, use_model};

/// A "rate me" link: a manager or peer opens it, rates the user on the same model, and sends a link back. It can ask
/// them, too, how much each area matters and what level it should reach, and show them the user's evidence notes.
#[component]
pub fn RateMeLink(
    /// At the check-in: the same request again, to see the rater's view after the training.
    #[prop(optional)]
    again: bool,
) -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let model = use_model();
    let ask_priorities = RwSignal::new(true);
    let with_evidence = RwSignal::new(true);
    let has_evidence = move || {
        state.workspace.with(|w| {
            w.assessment
                .ratings
                .values()
                .any(|r| !r.evidence.is_empty())
        })
    };
    let link = Signal::derive(move || {
        let request = state.workspace.with(|w| RateRequest {
            name: w.profile.name.trim().to_string(),
            role: w.profile.role,
            made_on: today_days(),
            model_version: model.version,
            ask_priorities: ask_priorities.get(),
            evidence: if with_evidence.get() {
                map_of(
                    w.assessment
                        .ratings
                        .iter()
                        .filter(|(_, r)| !r.evidence.is_empty())
                        .map(|(a, r)| (a.clone(), r.evidence.clone())),
                )
            } else {
                Default::default()
            },
        });
        View::Rate.link(&base, &encode_request(&request, model))
    });
    let (title, prefix, link_id) = if again {
        ("Ask them again, now", "rate-again", "rate-again-link")
    } else {
        (
            "Ask your manager or a peer to rate you",
            "rate-me",
            "rate-me-link",
        )
    };
    view! {
        <section class="card" data-testid=prefix>
            <h2>{title}</h2>
            <p class="hint">
                {if again {
                    "The same request as before: their answer now, beside the one they gave before the training, shows \
                     how their view of you moved."
                } else {
                    "Send them this link. They rate you on the same areas in their own browser and send back a link; \
                     open it to see their view against yours, with where you differ most."
                }}
                " It carries your name and role, and what you tick below."
            </p>
            <label class="check">
                <input type="checkbox" data-testid=format!("{prefix}-priorities") prop:checked=move || ask_priorities.get()
                    on:change=move |ev| ask_priorities.set(event_target_checked(&ev))/>
                " Ask them what matters: how important each area is to your role, and the level it should reach"
            </label>
            <Show when=has_evidence>
                <label class="check">
                    <input type="checkbox" data-testid=format!("{prefix}-evidence") prop:checked=move || with_evidence.get()
                        on:change=move |ev| with_evidence.set(event_target_checked(&ev))/>
                    " Show them my evidence notes"
                </label>
            </Show>
            <CopyField link id=link_id label="Rate-me link"/>
        </section>
    }
}
