use leptos::prelude::*;

use crate::core::justify::arguments::{Evidence, MAX_EVIDENCE};
use crate::ui::components::justify::case_text::CaseText;
use crate::ui::state::use_app_state;

/// Most pieces of evidence a case lists: a boss reads two or three.
const MAX_PIECES: usize = 5;

/// What the user brings beyond the figures: a decision their boss faces (the big-picture argument builds on it),
/// evidence with its source, and what they would commit to if asked about leaving. Nothing here is claimed for them.
#[component]
pub fn PitchCard() -> impl IntoView {
    let state = use_app_state();
    let count = move || state.workspace.with(|w| w.case.pitch.evidence.len());
    let edit = move |i: usize, f: fn(&mut Evidence, String), v: String| {
        state.workspace.update(|w| {
            if let Some(e) = w.case.pitch.evidence.get_mut(i) {
                f(e, v)
            }
        })
    };
    let pieces = move || {
        (0..count())
            .map(|i| {
                let (claim_id, source_id) = (format!("evidence-claim-{i}"), format!("evidence-source-{i}"));
                let get = move |f: fn(&Evidence) -> String| {
                    move || state.workspace.with(|w| w.case.pitch.evidence.get(i).map(f).unwrap_or_default())
                };
                view! {
                    <li class="evidence-piece" data-testid="evidence-piece">
                        <div class="field">
                            <label for=claim_id.clone()>{format!("Evidence {}", i + 1)}</label>
                            <textarea id=claim_id rows="2" maxlength=MAX_EVIDENCE.to_string() prop:value=get(|e| e.claim.clone())
                                on:input=move |ev| edit(i, |e, v| e.claim = v, event_target_value(&ev))></textarea>
                        </div>
                        <div class="field">
                            <label for=source_id.clone()>"Its source"</label>
                            <input id=source_id type="text" maxlength=MAX_EVIDENCE.to_string() prop:value=get(|e| e.source.clone())
                                on:input=move |ev| edit(i, |e, v| e.source = v, event_target_value(&ev))/>
                        </div>
                        <button type="button" class="link" on:click=move |_| state.workspace.update(|w| {
                            if i < w.case.pitch.evidence.len() { w.case.pitch.evidence.remove(i); }
                        })>{format!("Remove evidence {}", i + 1)}</button>
                    </li>
                }
            })
            .collect_view()
    };
    // A claim typed without its source is left out of the case: say so beside it.
    let unsourced = move || {
        state.workspace.with(|w| {
            w.case
                .pitch
                .evidence
                .iter()
                .any(|e| !e.claim.trim().is_empty() && e.source.trim().is_empty())
        })
    };
    view! {
        <section class="card">
            <h2>"What you bring"</h2>
            <CaseText id="decision" label="A decision your boss faces this year (optional)" long=true
                hint="“Whether to enter the mid-market segment.” The big-picture argument asks for help with it."
                get=|c| c.pitch.decision.clone() set=|c, v| c.pitch.decision = v/>
            <h3>"Evidence that training like this pays"</h3>
            <p class="hint">
                "A result at your company, a peer's, a study: each with where it comes from. Skillcase quotes it as "
                "yours and adds no figures of its own."
            </p>
            <ol class="plain evidence-list">{pieces}</ol>
            <Show when=unsourced>
                <p class="field-error" role="alert">"Evidence without a source is left out of the case: add where it comes from."</p>
            </Show>
            <button type="button" class="add-evidence" data-testid="add-evidence" disabled=move || { count() >= MAX_PIECES }
                on:click=move |_| state.workspace.update(|w| w.case.pitch.evidence.push(Evidence::default()))>
                "Add evidence"
            </button>
            <CaseText id="commitment" label="If asked “what if you leave?”, what you would commit to (optional)" long=true
                hint="Only if you mean it: “I'd stay 12 months or repay a share of the fee.” Left blank, no commitment is offered."
                get=|c| c.pitch.commitment.clone() set=|c, v| c.pitch.commitment = v/>
        </section>
    }
}
