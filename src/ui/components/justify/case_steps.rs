use leptos::prelude::*;

use crate::ui::facts::stated;
use crate::ui::routes::{use_base, View};
use crate::ui::state::use_app_state;

/// The case's steps in order, each a view of its own.
pub const STEPS: [(View, &str); 4] = [
    (View::Roi, "Training and costs"),
    (View::Benefits, "Benefits and result"),
    (View::Arguments, "Arguments and objections"),
    (View::CheckIn, "At the check-in"),
];

/// Where the user is in the case, the way to every step, and the case's headline figures, kept in sight on each.
#[component]
pub fn CaseSteps(current: View) -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let headline = Memo::new(move |_| {
        state
            .workspace
            .with(|w| stated(w, &w.case.outcome()).headline())
    });
    let steps = STEPS
        .iter()
        .enumerate()
        .map(|(i, (view, label))| {
            let here = (*view == current).then_some("step");
            view! { <li><a href=view.href(&base) aria-current=here>{format!("{}. {label}", i + 1)}</a></li> }
        })
        .collect_view();
    view! {
        <div class="case-steps no-print">
            <nav aria-label="Steps of the case"><ol>{steps}</ol></nav>
            <p class="case-headline" data-testid="case-headline">{move || headline.get()}</p>
        </div>
    }
}
