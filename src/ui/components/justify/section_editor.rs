use leptos::prelude::*;

use crate::core::justify::proposal::{generated, Block, ProposalFacts, Section};
use crate::core::justify::verdict::contradicts;
use crate::ui::components::justify::stale_figures::StaleFigures;
use crate::ui::state::use_app_state;

/// Every section's wording and whether it is shown; the user's edits are kept until they restore ours.
#[component]
pub fn SectionEditor(blocks: Memo<Vec<Block>>, facts: Memo<ProposalFacts>) -> impl IntoView {
    let state = use_app_state();
    let verdict = Memo::new(move |_| facts.with(|f| f.stated.verdict));
    // What our wording says from today's figures, for the figures a reworded section quotes.
    let ours = Memo::new(move |_| {
        facts.with(|f| {
            let mut said = vec![f.stated.figures()];
            said.extend(Section::ALL.iter().map(|s| generated(*s, f)));
            said.join(" ")
        })
    });
    let item = move |section: Section| {
        let block = move || blocks.with(|all| all.iter().find(|b| b.section == section).cloned());
        // The user's own words, whether they print or are set aside for a claim the figures no longer back.
        let mine = move || {
            state.workspace.with(|w| {
                w.proposal
                    .edited
                    .get(&section)
                    .filter(|t| !t.trim().is_empty())
                    .cloned()
            })
        };
        let id = format!("proposal-{}", section.id());
        view! {
            <details class="card section-edit" data-section=section.id()>
                <summary>{section.title()}</summary>
                <label class="check">
                    <input type="checkbox" prop:checked=move || block().is_some_and(|b| b.shown)
                        on:change=move |_| state.workspace.update(|w| w.proposal.toggle(section))
                        data-testid=format!("show-{}", section.id())/>
                    " Show on the page"
                </label>
                <label for=id.clone()>"Wording"</label>
                <textarea id=id rows="5" prop:value=move || mine().or_else(|| block().map(|b| b.text)).unwrap_or_default()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        state.workspace.update(|w| { w.proposal.edited.insert(section, text); });
                    }></textarea>
                <Show when=move || mine().is_some_and(|t| contradicts(&t, verdict.get()))>
                    <p class="warn" role="status" data-testid="section-claims">
                        "Your wording claims a return, but on the figures the case does not pay back: reword it, or use ours."
                    </p>
                </Show>
                <StaleFigures text=Signal::derive(move || mine().unwrap_or_default()) current=ours.into()/>
                <Show when=move || block().is_some_and(|b| b.set_aside)>
                    <p class="hint" role="status" data-testid="section-set-aside">
                        "Until you reword it, the printed page and the link use our wording here, so no figure or claim the "
                        "case no longer backs reaches your boss."
                    </p>
                </Show>
                <Show when=move || block().is_some_and(|b| b.printed != b.text.trim())>
                    <p class="hint warn" role="status">"Too long for its place on the page: the printed text ends at “…”. Shorten it to print it whole."</p>
                </Show>
                <button disabled=move || mine().is_none()
                    on:click=move |_| state.workspace.update(|w| { w.proposal.edited.remove(&section); })>
                    "Use our wording"
                </button>
            </details>
        }
    };
    view! {
        <section class="no-print proposal-editor">
            <h2>"Edit the sections"</h2>
            <p class="hint">"Our wording follows your data as it changes; once you reword a section, your words stay until you restore ours."</p>
            {Section::ALL.into_iter().map(item).collect_view()}
        </section>
    }
}
