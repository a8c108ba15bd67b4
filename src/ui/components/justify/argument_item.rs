use leptos::prelude::*;

use crate::core::justify::arguments::{write, Argument, ArgumentChoice, Arguments, Facts};
use crate::core::justify::verdict::contradicts;
use crate::ui::components::common::editable_text::EditableText;
use crate::ui::components::justify::stale_figures::StaleFigures;
use crate::ui::state::use_app_state;

/// One argument: its switch, its place in the list, the advice on saying it, and its wording.
#[component]
pub fn ArgumentItem(
    argument: Argument,
    facts: Memo<Facts>,
    choices: Memo<Vec<ArgumentChoice>>,
    /// What we write from today's figures, for the figures a reworded argument quotes.
    ours: Memo<String>,
) -> impl IntoView {
    let state = use_app_state();
    let choice = Memo::new(move |_| {
        choices.with(|all| {
            let at = all.iter().position(|c| c.argument == argument).unwrap_or(0);
            (at, all[at].on, all[at].edited.clone())
        })
    });
    let change = move |edit: fn(&mut Arguments, Argument)| {
        state
            .workspace
            .update(|w| edit(&mut w.case.arguments, argument));
    };
    let on = Memo::new(move |_| choice.get().1);
    let edited = Memo::new(move |_| choice.get().2.is_some());
    let text = move || {
        choice
            .get()
            .2
            .unwrap_or_else(|| facts.with(|f| write(argument, f)))
    };
    let id = format!("argument-{argument:?}");
    // The heading follows the verdict: a case that falls short is not headed "It pays back".
    let title = move || facts.with(|f| argument.title_for(f));
    view! {
        <li class="argument" class:off=move || !on.get() data-testid="argument">
            <div class="argument-head">
                <label>
                    <input type="checkbox" prop:checked=on
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            state.workspace.update(|w| w.case.arguments.switch(argument, on));
                        }/>
                    " " <strong>{title}</strong>
                </label>
                <span class="argument-moves">
                    <button type="button" disabled=move || choice.get().0 == 0 on:click=move |_| change(|a, this| a.move_by(this, -1))
                        aria-label=move || format!("Move “{}” up", title())>"↑"</button>
                    <button type="button" disabled=move || choice.get().0 + 1 == Argument::ALL.len()
                        on:click=move |_| change(|a, this| a.move_by(this, 1))
                        aria-label=move || format!("Move “{}” down", title())>"↓"</button>
                </span>
            </div>
            <p class="hint">{argument.advice()}</p>
            <Show when=move || on.get()>
                <EditableText id=id.clone() label=Signal::derive(move || format!("Wording of “{}”", title())) text=Signal::derive(text)
                    on_input=Callback::new(move |words| state.workspace.update(|w| w.case.arguments.reword(argument, words)))/>
                <Show when=move || edited.get() && facts.with(|f| contradicts(&text(), f.stated.verdict))>
                    <p class="warn" role="status" data-testid="argument-claims">
                        "Your wording claims a return, but on the figures the case does not pay back: reword it, or "
                        "regenerate it from your numbers."
                    </p>
                </Show>
                <StaleFigures text=Signal::derive(move || if edited.get() { text() } else { String::new() })
                    current=ours.into()/>
                <Show when=move || edited.get()>
                    <button type="button" class="link" on:click=move |_| change(Arguments::regenerate)>
                        "Regenerate from my numbers (drops my wording)"
                    </button>
                </Show>
            </Show>
        </li>
    }
}
