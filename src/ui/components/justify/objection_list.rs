use leptos::prelude::*;

use crate::core::justify::arguments::Facts;
use crate::core::justify::objections::Objection;
use crate::ui::components::common::editable_text::EditableText;
use crate::ui::components::justify::stale_figures::StaleFigures;
use crate::ui::state::use_app_state;

/// The questions a boss is likely to ask, each answered from the user's data: leave one out, or reword it.
#[component]
pub fn ObjectionList(
    facts: Memo<Facts>,
    /// What we write from today's figures, for the figures a reworded answer quotes.
    ours: Memo<String>,
) -> impl IntoView {
    let state = use_app_state();
    let answers =
        Memo::new(move |_| facts.with(|f| state.workspace.with(|w| w.case.objections.answers(f))));
    let items = Objection::ALL
        .into_iter()
        .map(|o| {
            let entry = move || answers.with(|all| all.iter().find(|a| a.0 == o).map(|a| (a.1.clone(), a.2)).unwrap_or_default());
            let edited = move || state.workspace.with(|w| w.case.objections.edited.contains_key(&o));
            let id = format!("objection-{}", o.id());
            view! {
                <li class="argument" class:off=move || !entry().1 data-testid="objection" data-objection=o.id()>
                    <div class="argument-head">
                        <label>
                            <input type="checkbox" prop:checked=move || entry().1
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    state.workspace.update(|w| w.case.objections.show(o, on));
                                }/>
                            " " <strong>{o.question()}</strong>
                        </label>
                    </div>
                    <Show when=move || entry().1>
                        <EditableText id=id.clone() label=Signal::derive(move || format!("Your answer to “{}”", o.question()))
                            text=Signal::derive(move || entry().0)
                            on_input=Callback::new(move |words| state.workspace.update(|w| w.case.objections.reword(o, words)))/>
                        <StaleFigures text=Signal::derive(move || if edited() { entry().0 } else { String::new() })
                            current=ours.into()/>
                        <Show when=edited>
                            <button type="button" class="link" on:click=move |_| state.workspace.update(|w| w.case.objections.regenerate(o))>
                                "Regenerate from my data (drops my wording)"
                            </button>
                        </Show>
                    </Show>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card arguments">
            <h2>"Your boss's likely questions"</h2>
            <p class="hint">
                "Answered from your gaps, goals and figures. Where an answer needs something only you can give, it "
                "leaves a blank in [brackets]: fill it in on the steps before, or reword the answer."
            </p>
            <ol class="plain" data-testid="objections">{items}</ol>
        </section>
    }
}
