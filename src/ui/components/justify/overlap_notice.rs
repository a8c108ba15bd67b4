use leptos::prelude::*;

use crate::core::justify::roi::Overlap;
use crate::ui::state::{use_app_state, use_model};

/// Benefits that rest on the same focus gap may count the same money twice: each such pair is named, and the user
/// either confirms they measure different money or switches one off. A confirmed pair stays listed, quietly.
#[component]
pub fn OverlapNotice() -> impl IntoView {
    let state = use_app_state();
    let overlaps = Memo::new(move |_| {
        state
            .results
            .with(|r| state.workspace.with(|w| w.case.benefits.overlaps(&r.focus)))
    });
    let item = move |o: Overlap| {
        let names = use_model();
        let areas: Vec<String> = o
            .areas
            .iter()
            .map(|a| names.area(a).map_or(a.clone(), |x| x.name.clone()))
            .collect();
        let (first, second) = (o.first, o.second);
        let said = format!(
            "{} and {} both rest on {}.",
            first.label(),
            second.label().to_lowercase(),
            areas.join(", ")
        );
        if o.confirmed {
            view! {
                <li class="hint">{said}" You confirmed they measure different money."</li>
            }
            .into_any()
        } else {
            view! {
                <li>
                    {said}" Count each money once: do they measure different money?"
                    <div class="actions">
                        <button type="button" on:click=move |_| state.workspace.update(|w| w.case.benefits.confirm_distinct(first, second))>
                            "They measure different money"
                        </button>
                        <button type="button" on:click=move |_| state.workspace.update(|w| w.case.benefits.set_on(second, false))>
                            {format!("Switch off {}", second.label().to_lowercase())}
                        </button>
                    </div>
                </li>
            }
            .into_any()
        }
    };
    view! {
        <div class="overlaps" data-testid="overlaps"
            class:warn=move || overlaps.with(|o| o.iter().any(|x| !x.confirmed))
            hidden=move || overlaps.with(Vec::is_empty)>
            <p><strong>"The same gap, two benefits"</strong></p>
            <ul>{move || overlaps.get().into_iter().map(item).collect_view()}</ul>
        </div>
    }
}
