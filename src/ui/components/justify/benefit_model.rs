use leptos::prelude::*;

use crate::core::justify::roi::BenefitModel as Model;
use crate::ui::state::{use_app_state, use_model};

/// One benefit model: a switch, what it asks and what it values, its fields while it is on (their figures are kept
/// while it is off), and the focus gaps it rests on. A benefit resting on no focus gap is flagged.
#[component]
pub fn BenefitModel(
    model: Model,
    id: &'static str,
    prompt: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let state = use_app_state();
    let on = move || state.workspace.with(|w| w.case.benefits.is_on(model));
    let focus = Memo::new(move |_| state.results.with(|r| r.focus.clone()));
    let unsupported = move || {
        focus.with(|f| {
            state
                .workspace
                .with(|w| w.case.benefits.unsupported(f).contains(&model))
        })
    };
    let areas = move || {
        let names = use_model();
        focus.get().into_iter().map(|area| {
            let name = names.area(&area).map_or(area.clone(), |a| a.name.clone());
            let usual = model.usual_areas().contains(&area.as_str());
            let a = area.clone();
            let linked = move || state.workspace.with(|w| w.case.benefits.rests_on(model).contains(&a));
            view! {
                <label class="check">
                    <input type="checkbox" prop:checked=linked
                        on:change=move |ev| {
                            let linked = event_target_checked(&ev);
                            state.workspace.update(|w| w.case.benefits.link(model, &area, linked));
                        }/>
                    " " {name} {usual.then_some(" (usual for this benefit)")}
                </label>
            }
        }).collect_view()
    };
    view! {
        <fieldset class="benefit" data-benefit=id>
            <legend>
                <label>
                    <input type="checkbox" id=id prop:checked=on
                        on:change=move |ev| state.workspace.update(|w| w.case.benefits.set_on(model, event_target_checked(&ev)))/>
                    " " {model.label()}
                </label>
            </legend>
            <p class="hint">{prompt}</p>
            <Show when=on>
                <p class="hint values">{model.values()}</p>
                {children()}
                <fieldset class="rests-on">
                    <legend>"Which of your focus gaps does this benefit rest on?"</legend>
                    <Show when=move || !focus.with(Vec::is_empty) fallback=|| view! {
                        <p class="hint">"Your focus gaps appear here once you have results against a benchmark."</p>
                    }>
                        {areas}
                    </Show>
                    <Show when=unsupported>
                        // The warning itself is said once for every such benefit, under "From gap to money".
                        <p class="hint" data-testid="unsupported">"None ticked yet: tick the gap the training closes."</p>
                    </Show>
                </fieldset>
            </Show>
        </fieldset>
    }
}
