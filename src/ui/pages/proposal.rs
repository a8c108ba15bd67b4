use leptos::prelude::*;

use crate::ui::components::common::empty_state::EmptyState;
use crate::ui::components::justify::proposal_sheet::ProposalSheet;
use crate::ui::components::justify::section_editor::SectionEditor;
use crate::ui::components::share::share_link::ShareLink;
use crate::ui::facts::proposal_facts;
use crate::ui::routes::{use_base, View};
use crate::ui::state::use_app_state;

/// The one-page proposal for the boss: the page as it prints, and under it each section's wording to change or hide.
#[component]
pub fn Proposal() -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let started = move || state.workspace.with(|ws| ws.assessment.is_started());
    // Shared by the printed page and the editor below it, so each section is worded once per change.
    let facts = Memo::new(move |_| {
        state.results.with(|found| {
            state.benchmark.with(|benchmark| {
                state
                    .workspace
                    .with(|w| proposal_facts(w, benchmark.as_ref(), found))
            })
        })
    });
    let blocks = Memo::new(move |_| facts.with(|f| state.workspace.with(|w| w.proposal.blocks(f))));
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <Show
            when=started
            fallback=|| view! {
                <EmptyState
                    title="Your training proposal"
                    text="A one-page proposal for your manager, built from your gaps, plan and ROI case, ready to print or share as a link."
                    next=View::Assess
                    next_label="Start the assessment"
                />
            }
        >
            <div class="no-print">
                <h1>"Your training proposal"</h1>
                <p class="lead">
                    "One page for your manager, written from your gaps, goals and ROI case. Reword any section or hide it "
                    "below; the preview shows the page as it prints on A4 or US Letter."
                </p>
                <div class="proposal-actions">
                    <button class="primary" on:click=print data-testid="print">"Print or save as PDF"</button>
                </div>
            </div>
            <ProposalSheet blocks base=base.clone()/>
            <SectionEditor blocks facts/>
            <div class="no-print"><ShareLink/></div>
        </Show>
    }
}
