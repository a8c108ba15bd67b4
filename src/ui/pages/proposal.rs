use leptos::prelude::*;

use crate::core::charts::radar::{draw, Radar};
use crate::core::charts::{to_svg, Palette};
use crate::core::model::CompetencyModel;
use crate::core::proposal::{fit, Block, ProposalFacts, Section};
use crate::core::qr;
use crate::core::results::results;
use crate::core::workspace::Workspace;
use crate::ui::app::{use_app_state, use_base};
use crate::ui::components::argument_list::facts;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::share_link::{report_link, ShareLink};
use crate::ui::files::{svg_data_url, today};
use crate::ui::format::{date, number, percent};
use crate::ui::routes::View;

/// A printed link longer than this is cut: the QR code beside it carries the whole of it.
const PRINTED_LINK: usize = 260;

#[component]
pub fn Proposal() -> impl IntoView {
    let state = use_app_state();
    let started = move || state.workspace.with(|ws| ws.assessment.is_started());
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
            <ProposalPage/>
        </Show>
    }
}

/// What the proposal is written from: the user's gaps, goals and figures, in their number and date formats.
fn proposal_facts(w: &Workspace) -> ProposalFacts {
    let model = CompetencyModel::builtin();
    let benchmark = w.benchmark();
    let found = results(model, &w.assessment, benchmark.as_ref());
    let name = |id: &str| model.area(id).map_or(id.to_string(), |a| a.name.clone());
    let m = &w.money;
    let t = &w.roi.training;
    let o = w.roi.outcome();
    let dates = match (t.start.trim(), t.end.trim()) {
        ("", "") => String::new(),
        (start, "") => date(m, start),
        ("", end) => format!("until {}", date(m, end)),
        (start, end) if start == end => date(m, start),
        (start, end) => format!("{} – {}", date(m, start), date(m, end)),
    };
    // The figures the arguments are written with, in the same words.
    let shared = facts(w);
    ProposalFacts {
        course: t.course.clone(),
        provider: t.provider.clone(),
        format: t.format.label().into(),
        dates,
        days_away: shared.days_away,
        total_cost: shared.total_cost,
        benchmark: benchmark.map(|b| b.name).unwrap_or_default(),
        focus: found
            .focus
            .iter()
            .map(|id| {
                let gap = found.get(id).and_then(|r| r.gap).unwrap_or(0.0);
                let unit = if (gap - 1.0).abs() < 0.05 {
                    "level"
                } else {
                    "levels"
                };
                (name(id), format!("{} {unit}", number(m, f64::from(gap), 1)))
            })
            .collect(),
        goals: w
            .plan
            .goals_for(&found.focus)
            .iter()
            .map(|g| (name(&g.area), g.text()))
            .collect(),
        roi: o
            .roi_pct
            .filter(|_| o.benefit > 0.0)
            .map(|r| percent(m, r, 0)),
        bcr: o.bcr.filter(|_| o.benefit > 0.0).map(|r| number(m, r, 1)),
        payback: shared.payback,
        break_even: shared.break_even,
        alternatives: w
            .roi
            .alternatives
            .iter()
            .filter(|a| !a.way.trim().is_empty())
            .map(|a| (a.way.trim().to_string(), a.why_not.trim().to_string()))
            .collect(),
        // The date the plan holds: the user's, or eight weeks after the training.
        check_in: w
            .plan
            .check_in_date(&t.start, &t.end)
            .map(|iso| date(m, &iso))
            .unwrap_or_default(),
        first_focus: found.focus.first().map(|id| name(id)).unwrap_or_default(),
    }
}

#[component]
fn ProposalPage() -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let blocks = Memo::new(move |_| {
        state
            .workspace
            .with(|w| w.proposal.blocks(&proposal_facts(w)))
    });
    let print = move |_| {
        let _ = window().print();
    };
    view! {
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
        <Sheet blocks base/>
        <SectionEditor blocks/>
        <div class="no-print"><ShareLink/></div>
    }
}

/// The printed page. It keeps to one sheet by construction: every section is cut to its lines (with "…"), and the
/// print style clamps each to the same number, so no content can push the page over.
#[component]
fn Sheet(blocks: Memo<Vec<Block>>, base: String) -> impl IntoView {
    let state = use_app_state();
    let model = CompetencyModel::builtin();
    let link = Memo::new(move |_| state.workspace.with(|w| report_link(w, &base)));
    let head = move || {
        state.workspace.with(|w| {
            let t = &w.roi.training;
            let title = match t.course.trim() {
                "" => "Training proposal".to_string(),
                course => fit(&format!("Training proposal: {course}"), 1),
            };
            let who = [
                w.profile.name.trim().to_string(),
                w.profile
                    .role
                    .map(|r| r.label().to_string())
                    .unwrap_or_default(),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
            let by = if who.is_empty() {
                String::new()
            } else {
                format!("{} · ", fit(&who, 1))
            };
            (title, format!("{by}{}", date(&w.money, &today())))
        })
    };
    // Light colours always: paper is white.
    let radar_svg = Memo::new(move |_| {
        state.workspace.with(|w| {
            let radar = Radar::of(
                model,
                &w.assessment,
                w.benchmark().as_ref(),
                &Palette::LIGHT,
            );
            to_svg(520, 420, |area| draw(area, &radar, &Palette::LIGHT, 1.0))
        })
    });
    let qr_svg = Memo::new(move |_| qr::svg(&link.get()));
    let section = move |b: Block| {
        let extra = match b.section {
            Section::WhyNow => Some(view! { <img class="sheet-radar" src=move || svg_data_url(&radar_svg.get()) alt="Radar chart of the ratings against the benchmark"/> }.into_any()),
            Section::Link => Some(view! {
                <div class="sheet-link">
                    {move || match qr_svg.get() {
                        Some(svg) => view! { <img class="sheet-qr" src=svg_data_url(&svg) alt="QR code of the report link"/> }.into_any(),
                        None => view! { <p class="hint">"The link is too long for a QR code: leave out the edited wording to shorten it."</p> }.into_any(),
                    }}
                    <p class="sheet-url" data-testid="sheet-url">{move || {
                        let l = link.get();
                        if l.chars().count() > PRINTED_LINK { format!("{}…", l.chars().take(PRINTED_LINK).collect::<String>()) } else { l }
                    }}</p>
                </div>
            }.into_any()),
            _ => None,
        };
        view! {
            <section class="sheet-section" data-section=b.section.id()>
                <h2>{b.section.title()}</h2>
                <p class="sheet-text" data-lines=b.section.lines()>{b.printed}</p>
                {extra}
            </section>
        }
    };
    let column = move |sections: &'static [Section]| {
        move || {
            blocks.with(|all| {
                all.iter()
                    .filter(|b| b.shown && sections.contains(&b.section))
                    .cloned()
                    .map(section)
                    .collect_view()
            })
        }
    };
    view! {
        <article class="sheet" data-testid="proposal-sheet" aria-label="The proposal as it prints">
            <header class="sheet-head">
                <h1>{move || head().0}</h1>
                <p>{move || head().1}</p>
            </header>
            <div class="sheet-body">
                <div class="sheet-col">{column(&[Section::Request, Section::WhyNow, Section::Goals])}</div>
                <div class="sheet-col">{column(&[Section::Roi, Section::Coverage, Section::Alternatives, Section::Sharing, Section::CheckIn, Section::Link])}</div>
            </div>
        </article>
    }
}

/// Every section's wording and whether it is shown; the user's edits are kept until they restore ours.
#[component]
fn SectionEditor(blocks: Memo<Vec<Block>>) -> impl IntoView {
    let state = use_app_state();
    let item = move |section: Section| {
        let block = move || blocks.with(|all| all.iter().find(|b| b.section == section).cloned());
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
                <textarea id=id rows="5" prop:value=move || block().map(|b| b.text).unwrap_or_default()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        state.workspace.update(|w| { w.proposal.edited.insert(section, text); });
                    }></textarea>
                <Show when=move || block().is_some_and(|b| b.printed != b.text.trim())>
                    <p class="hint warn" role="status">"Too long for its place on the page: the printed text ends at “…”. Shorten it to print it whole."</p>
                </Show>
                <button disabled=move || !block().is_some_and(|b| b.edited)
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
