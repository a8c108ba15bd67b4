use leptos::prelude::*;

use crate::core::justify::objections::said_from;
use crate::ui::components::justify::alternatives::Alternatives;
use crate::ui::components::justify::argument_list::ArgumentList;
use crate::ui::components::justify::case_next::CaseNext;
use crate::ui::components::justify::case_steps::CaseSteps;
use crate::ui::components::justify::objection_list::ObjectionList;
use crate::ui::components::justify::pitch_card::PitchCard;
use crate::ui::facts::facts;
use crate::ui::routes::View;
use crate::ui::state::use_app_state;

/// The case, step 3: what the user brings, the arguments for their boss, the boss's likely questions with answers,
/// and the alternatives weighed.
#[component]
pub fn Arguments() -> impl IntoView {
    let state = use_app_state();
    // Shared by the arguments and the answers, so both are written from the same figures in the same words.
    let facts = Memo::new(move |_| {
        state.results.with(|found| {
            state
                .benchmark
                .with(|b| state.workspace.with(|w| facts(w, b.as_ref(), found)))
        })
    });
    // Everything we write from today's figures, worked out once for every reworded text on the page to be checked
    // against (and only once one is reworded).
    let ours = Memo::new(move |_| facts.with(said_from));
    view! {
        <h1>"Arguments for your boss"</h1>
        <CaseSteps current=View::Arguments/>
        <p class="lead">
            "Persuade by what your boss gains, and answer their questions before they ask. Everything here is written "
            "from your own gaps, goals and figures; make the words your own."
        </p>
        <PitchCard/>
        <ArgumentList facts ours/>
        <ObjectionList facts ours/>
        <Alternatives/>
        <CaseNext current=View::Arguments/>
    }
}
