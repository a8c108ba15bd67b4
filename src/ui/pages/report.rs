use leptos::ev;
use leptos::prelude::*;

use crate::core::charts::radar::Radar;
use crate::core::link::{decode, LinkError, LinkKind};
use crate::core::model::CompetencyModel;
use crate::core::report::Report;
use crate::core::results::results;
use crate::core::workspace::{Money, Workspace};
use crate::ui::app::{use_app_state, use_base};
use crate::ui::components::argument_list::facts;
use crate::ui::components::radar_chart::RadarChart;
use crate::ui::format::{date, money, number, percent};
use crate::ui::routes::View;
use crate::ui::theme::use_palette;

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The address's fragment, followed as it changes: a link pasted into this tab's address bar changes only the
/// fragment, with no reload.
pub fn use_fragment() -> RwSignal<String> {
    let hash = RwSignal::new(current_hash());
    let listener = window_event_listener(ev::hashchange, move |_| hash.set(current_hash()));
    on_cleanup(move || listener.remove());
    hash
}

/// A report opened from a link: read-only, and the recipient's own workspace stays as it was unless they ask.
#[component]
pub fn SharedReport() -> impl IntoView {
    let hash = use_fragment();
    let opened = Memo::new(move |_| decode(&hash.get(), CompetencyModel::builtin()));
    move || match opened.get() {
        Ok(report) => view! { <ReportView report/> }.into_any(),
        Err(error) => view! { <LinkProblem error fragment=hash.get()/> }.into_any(),
    }
}

/// What is wrong with a link, what to do, and, for a good link of another kind, the page that opens it.
#[component]
pub fn LinkProblem(error: LinkError, fragment: String) -> impl IntoView {
    let base = use_base();
    let elsewhere = match error {
        LinkError::Kind(LinkKind::Report) => Some(View::Report),
        LinkError::Kind(LinkKind::RateRequest | LinkKind::RaterAnswer) => Some(View::Rate),
        _ => None,
    };
    view! {
        <section class="card link-problem" role="alert" data-testid="link-problem">
            <h1>"This link can't be opened here"</h1>
            <p>{error.message()}</p>
            <p>"Nothing in your own workspace was changed."</p>
            {elsewhere.map(|v| view! {
                <p><a class="button primary" href=format!("{}{fragment}", v.href(&base)) data-testid="open-elsewhere">"Open it where it belongs"</a></p>
            })}
            <a class="button" href=View::Results.href(&base)>"Go to my own results"</a>
        </section>
    }
}

#[component]
fn ReportView(report: Report) -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let model = CompetencyModel::builtin();
    let palette = use_palette();
    let theirs = report.workspace();
    let their_benchmark = theirs.benchmark();
    let found = results(model, &theirs.assessment, their_benchmark.as_ref());
    let compare = RwSignal::new(false);
    let mine_started = move || state.workspace.with(|ws| ws.assessment.is_started());
    let as_benchmark = report.as_benchmark();
    let radar = {
        let (theirs, their_benchmark, as_benchmark) = (
            theirs.clone(),
            their_benchmark.clone(),
            as_benchmark.clone(),
        );
        Signal::derive(move || {
            if compare.get() && mine_started() {
                state.workspace.with(|ws| {
                    Radar::of(model, &ws.assessment, Some(&as_benchmark), &palette.get())
                })
            } else {
                Radar::of(
                    model,
                    &theirs.assessment,
                    their_benchmark.as_ref(),
                    &palette.get(),
                )
            }
        })
    };
    let who = if report.name.is_empty() {
        "the sender".to_string()
    } else {
        report.name.clone()
    };
    let m = Money {
        locale: String::new(),
        ..theirs.money.clone()
    };
    let made = format!(
        "Made on {}{}.",
        date(&m, &report.made_on_iso()),
        report
            .role
            .map(|r| format!(" by a {}", r.label()))
            .unwrap_or_default()
    );
    let against = match &their_benchmark {
        Some(b) => format!("Compared with {} — {}.", b.name, b.kind.label()),
        None => "No benchmark was chosen.".into(),
    };
    let name = move |id: &str| model.area(id).map_or(id.to_string(), |a| a.name.clone());
    let focus = found
        .focus
        .iter()
        .map(|id| {
            let gap = found.get(id).and_then(|r| r.gap).unwrap_or(0.0);
            view! { <li>{format!("{} — {gap:.1} below", name(id))}</li> }
        })
        .collect_view();
    let goals = report
        .goals
        .iter()
        .map(|g| view! { <li><strong>{name(&g.area)}</strong>": "{g.text()}</li> })
        .collect_view();
    let roi = theirs.roi.clone();
    let money_part = report.money.is_some().then(|| {
        let o = roi.outcome();
        let or_dash = |v: Option<String>| v.unwrap_or_else(|| "–".into());
        view! {
            <section class="card" data-testid="shared-roi">
                <h2>"Return on investment (conservative)"</h2>
                <dl class="figures">
                    <div class="figure"><dt>"Total cost"</dt><dd>{money(&m, o.costs.total)}</dd></div>
                    <div class="figure"><dt>"Benefit"</dt><dd>{money(&m, o.benefit)}</dd></div>
                    <div class="figure"><dt>"ROI"</dt><dd>{or_dash(o.roi_pct.map(|r| percent(&m, r, 0)))}</dd></div>
                    <div class="figure"><dt>"Benefit-cost ratio"</dt><dd>{or_dash(o.bcr.map(|r| number(&m, r, 2)))}</dd></div>
                    <div class="figure"><dt>"Payback"</dt><dd>{or_dash(o.payback_months.map(|p| format!("{} months", number(&m, p, 1))))}</dd></div>
                    <div class="figure"><dt>"Break-even improvement"</dt><dd>{or_dash(o.break_even_pct.map(|x| percent(&m, x, 2)))}</dd></div>
                </dl>
            </section>
        }
    });
    let arguments = theirs
        .roi
        .arguments
        .normalised()
        .texts(&facts(&theirs))
        .into_iter()
        .map(|(argument, text)| view! { <li><h3>{argument.title()}</h3><p>{text}</p></li> })
        .collect_view();
    let save_benchmark = {
        let b = as_benchmark.clone();
        move |_| {
            let mut ws = state.workspace.get_untracked();
            ws.keep_benchmark(b.clone());
            state.replace(
                ws,
                &format!(
                    "Saved “{}” as a benchmark: pick it on your Results page.",
                    b.name
                ),
            );
        }
    };
    let confirming = RwSignal::new(false);
    let take_over = {
        let theirs = theirs.clone();
        move |_| {
            if state.workspace.with_untracked(Workspace::is_empty) || confirming.get_untracked() {
                state.replace(theirs.clone(), "This report is now your workspace.");
                confirming.set(false);
            } else {
                confirming.set(true);
            }
        }
    };
    let title = report.title();
    view! {
        <article class="shared-report" data-testid="shared-report">
            <h1 data-testid="report-title">{title}</h1>
            <p class="lead">{made}</p>
            <p class="hint read-only">"A read-only copy from a link. Opening it changed nothing in your own workspace."</p>
            <div class="report-actions">
                <button aria-pressed=move || compare.get().to_string() disabled=move || !mine_started()
                    on:click=move |_| compare.update(|c| *c = !*c) data-testid="compare">
                    {move || if compare.get() { "Show their report again" } else { "Compare with mine" }}
                </button>
                <button on:click=save_benchmark data-testid="save-benchmark">"Save their ratings as a benchmark"</button>
                <button on:click=take_over data-testid="take-over">
                    {move || if confirming.get() { "Yes, replace my workspace (you can undo)" } else { "Use as my workspace" }}
                </button>
                <Show when=move || confirming.get()>
                    <button on:click=move |_| confirming.set(false)>"Cancel"</button>
                </Show>
            </div>
            <Show when=move || !mine_started()>
                <p class="hint">"To compare with your own ratings, "<a href=View::Assess.href(&base)>"rate your skills"</a>" first."</p>
            </Show>
            <p class="benchmark-kind" data-testid="report-caption">
                {move || if compare.get() && mine_started() {
                    format!("Your ratings against {who}’s current levels (dashed).")
                } else {
                    against.clone()
                }}
            </p>
            <div class="chart-block"><RadarChart radar/></div>
            <div class="findings">
                <section class="card">
                    <h2>"Largest gaps"</h2>
                    <ol data-testid="report-focus">{focus}</ol>
                </section>
                <section class="card">
                    <h2>"Goals"</h2>
                    <ul data-testid="report-goals">{goals}</ul>
                </section>
            </div>
            {money_part}
            <section class="card arguments">
                <h2>"The case for the training"</h2>
                <ol class="argument-texts" data-testid="report-arguments">{arguments}</ol>
            </section>
        </article>
    }
}
