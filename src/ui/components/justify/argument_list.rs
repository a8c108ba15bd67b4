use leptos::prelude::*;

use crate::core::justify::arguments::Facts;
use crate::ui::components::justify::argument_item::ArgumentItem;
use crate::ui::state::use_app_state;

/// The seven arguments, in the user's order: switch each on or off, move it, reword it, or restore our wording; then
/// the evidence the user brings, in their words with its source.
#[component]
pub fn ArgumentList(
    facts: Memo<Facts>,
    /// What we write from today's figures, for the figures a reworded argument quotes.
    ours: Memo<String>,
) -> impl IntoView {
    let state = use_app_state();
    let evidence = move || facts.with(|f| f.pitch.evidence_text());
    // Normalised once per change here; each item picks its own entry from it.
    let choices = Memo::new(move |_| state.workspace.with(|w| w.case.arguments.normalised().0));
    view! {
        <section class="card arguments">
            <h2>"The arguments for your boss"</h2>
            <p class="hint">
                "Written from your gaps and your numbers. Persuade with benefits and empathy: switch off what doesn't fit "
                "your boss, put the strongest first, and make the words your own."
            </p>
            // Keyed by argument, so moving one moves its element and typing never rebuilds the box being typed in.
            <ol class="plain" data-testid="arguments">
                <For each=move || choices.get() key=|c| c.argument let:choice>
                    <ArgumentItem argument=choice.argument facts choices ours/>
                </For>
            </ol>
            <Show when=move || !evidence().is_empty()>
                <h3>"The evidence you bring"</h3>
                <p class="evidence-text" data-testid="evidence-text">{evidence}</p>
            </Show>
        </section>
    }
}
