use leptos::prelude::*;

use crate::ui::components::justify::case_steps::STEPS;
use crate::ui::routes::{use_base, View};

/// The way on from a step of the case: the next step, and after the arguments the proposal they feed. The check-in,
/// which comes weeks later, leads back to the results.
#[component]
pub fn CaseNext(current: View) -> impl IntoView {
    let base = use_base();
    let (next, label) = match current {
        View::Arguments => (View::Proposal, "your one-page proposal"),
        View::CheckIn => (View::Results, "your results"),
        _ => STEPS
            .iter()
            .skip_while(|(view, _)| *view != current)
            .nth(1)
            .map_or(
                (View::Proposal, "your one-page proposal"),
                |(view, label)| (*view, *label),
            ),
    };
    view! {
        <p class="case-next no-print">
            <a class="button primary" href=next.href(&base) data-testid="case-next">{format!("Next: {} →", label.to_lowercase())}</a>
        </p>
    }
}
