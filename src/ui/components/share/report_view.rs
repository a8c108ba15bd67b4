use leptos::prelude::*;

use crate::core::compare::radar::Radar;
use crate::core::compare::results::results;
use crate::core::justify::roi::{method, period, Verdict};
use crate::core::locale::Locale;
use crate::core::model::CompetencyModel;
use crate::core::share::report::Report;
use crate::core::words::{a, with_unit};
use crate::core::workspace::Workspace;
use crate::ui::components::compare::radar_chart::RadarChart;
use crate::ui::components::compare::radar_table::RadarTable;
use crate::ui::facts::{dates, facts, stated};
use crate::ui::format::{date, dates_in, figure, money, number, roi};
use crate::ui::routes::{use_base, View};
use crate::ui::state::use_app_state;
use crate::ui::theme::use_palette;

#[component]
pub fn ReportView(report: Report, model: &'static CompetencyModel) -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let palette = use_palette();
    let theirs = Workspace::from_report(&report, model);
    let m = Locale {
        tag: String::new(),
        ..theirs.locale.clone()
    };
    let their_benchmark = theirs.benchmark().map(|b| {
        let mut b = b.as_read_by_others();
        b.name = dates_in(&m, &b.name);
        b
    });
    let found = results(model, &theirs.assessment, their_benchmark.as_ref());
    let compare = RwSignal::new(false);
    // Their report and the user's own ratings compare only on one model.
    let mine_started = move || {
        state
            .workspace
            .with(|ws| ws.assessment.is_started() && ws.model() == model)
    };
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
    let made = format!(
        "Made on {}{}.",
        date(&m, &report.made_on_iso()),
        report
            .role
            .map(|r| format!(" by {}", a(model.role_name(r))))
            .unwrap_or_default()
    );
    let against = match &their_benchmark {
        Some(b) => format!("Compared with {} — {}.", b.name, b.kind.label()),
        None => "No benchmark was chosen.".into(),
    };
    let name = move |id: &str| model.area(id).map_or(id.to_string(), |a| a.name.clone());
    let no_focus = match (&their_benchmark, found.focus.is_empty()) {
        (_, false) => None,
        (None, true) => Some("No benchmark was chosen, so no gaps are ranked."),
        (Some(_), true) => {
            Some("No area falls below the benchmark where it matters to their role.")
        }
    };
    let focus = found
        .focus
        .iter()
        .map(|id| {
            let result = found.get(id);
            let gap = result.and_then(|r| r.gap).unwrap_or(0.0);
            let kind = result
                .and_then(|r| r.kind)
                .map_or(String::new(), |k| format!(", {} gap", k.label()));
            view! { <li>{format!("{} — {gap:.1} below{kind}", name(id))}</li> }
        })
        .collect_view();
    let evidence: Vec<(String, String)> = model
        .areas
        .iter()
        .filter_map(|a| {
            let note = theirs.assessment.rating(&a.id).evidence;
            (!note.is_empty()).then(|| (a.name.clone(), note))
        })
        .collect();
    let evidence = (!evidence.is_empty()).then(|| {
        let items = evidence
            .into_iter()
            .map(|(area, note)| view! { <li><strong>{area}</strong>": " <q>{note}</q></li> })
            .collect_view();
        view! {
            <section class="card">
                <h2>"Their evidence"</h2>
                <p class="hint">"In their own words: when they last did this, and where."</p>
                <ul data-testid="report-evidence">{items}</ul>
            </section>
        }
    });
    let has_goals = !report.goals.is_empty();
    let goals = report
        .goals
        .iter()
        .map(|g| view! { <li><strong>{name(&g.area)}</strong>": "{g.text()}</li> })
        .collect_view();
    let case = theirs.case.clone();
    let outcome = report.money.is_some().then(|| case.outcome());
    let on_revenue = report.money.as_ref().is_some_and(|m| m.counted_on_revenue);
    let before_timing = report.money.as_ref().is_some_and(|m| m.before_timing);
    let request = {
        let t = &report.training;
        let course = match (t.course.trim(), t.provider.trim()) {
            ("", "") => None,
            (course, "") => Some(course.to_string()),
            ("", provider) => Some(format!("A course from {provider}")),
            (course, provider) => Some(format!("{course}, from {provider}")),
        };
        let when = {
            let mut parts = vec![dates(&m, t)];
            if t.days_away > 0.0 {
                let unit = if t.days_away == 1.0 { "day" } else { "days" };
                parts.push(format!(
                    "{} working {unit} away",
                    number(&m, t.days_away, 1)
                ));
            }
            parts.retain(|p| !p.is_empty());
            (!parts.is_empty()).then(|| parts.join(", "))
        };
        let (figures, verdict) = outcome
            .as_ref()
            .map(|o| {
                let said = stated(&theirs, o);
                let falls_short = said.verdict == Verdict::FallsShort;
                let result = o.figures.roi_pct.map_or_else(|| "–".to_string(), |r| roi(&m, r));
                (
                    // No figure from a value that can't be used: the verdict says which fields.
                    o.unfixed.is_empty().then(|| view! {
                        <div class="figure"><dt>"Full cost"</dt><dd class="money">{money(&m, o.costs.total)}</dd></div>
                        <div class="figure"><dt>"Conservative ROI"</dt><dd>{result}</dd></div>
                    }),
                    view! {
                        <p class=if falls_short { "verdict falls-short" } else { "verdict" } data-testid="shared-verdict">
                            {said.sentence()}
                        </p>
                    },
                )
            })
            .unzip();
        let figures = figures.flatten();
        let cover = Some(report.cover.trim().to_string()).filter(|c| !c.is_empty());
        let shown = course.is_some() || when.is_some() || figures.is_some() || cover.is_some();
        shown.then(|| view! {
            <section class="card request-card" data-testid="report-request">
                <h2>"The request"</h2>
                <dl class="figures request-facts">
                    {(course.is_some() || when.is_some()).then(|| view! {
                        <div class="figure wide">
                            <dt>{if course.is_some() { "Course" } else { "When" }}</dt>
                            <dd>{course}{when.map(|w| view! { <span class="when">{w}</span> })}</dd>
                        </div>
                    })}
                    {figures}
                </dl>
                {verdict}
                {cover.map(|c| view! { <p data-testid="report-cover"><strong>"Who covers while they are away: "</strong>{c}</p> })}
                {report.money.is_none().then(|| view! {
                    <p class="hint">"The cost and the return were left out of this link by its sender."</p>
                })}
            </section>
        })
    };
    let money_part = outcome.map(|o| {
        let f = |x| figure(&m, x);
        let payback = o.figures.payback_months.map_or_else(
            || format!("not within {}", period(o.figures.years, &f)),
            |p| with_unit(&number(&m, p, 1), "month", "months"),
        );
        let or_dash = |v: Option<String>| v.unwrap_or_else(|| "–".into());
        let incomplete = stated(&theirs, &o).incomplete();
        let lines = method(&case, &o, &f)
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view();
        view! {
            <section class="card" data-testid="shared-roi">
                <h2>"Return on investment: conservative figures (low estimates)"</h2>
                {incomplete.clone().map(|words| view! {
                    <p class="warn" data-testid="figures-incomplete">{words}". The sender's case has values that can't be used, so no figure is worked out from it."</p>
                })}
                <dl class="figures" hidden=incomplete.is_some()>
                    <div class="figure"><dt>"Total cost"</dt><dd class="money">{money(&m, o.costs.total)}</dd></div>
                    <div class="figure"><dt>{case.adjustments.benefit_label()}</dt><dd class="money">{money(&m, o.figures.benefit)}</dd></div>
                    <div class="figure"><dt>"ROI"</dt><dd>{or_dash(o.figures.roi_pct.map(|r| roi(&m, r)))}</dd></div>
                    <div class="figure"><dt>"Benefit-cost ratio"</dt><dd>{or_dash(o.figures.bcr.map(|r| number(&m, r, 2)))}</dd></div>
                    <div class="figure"><dt>"Payback"</dt><dd>{payback}</dd></div>
                </dl>
                {before_timing.then(|| view! {
                    <p class="notice" role="note" data-testid="before-timing">
                        "These figures are as the sender's Skillcase made them: benefits counted from the training's end, "
                        "later years at face value, hours saved counted without asking what they go to. Skillcase now "
                        "counts from a ramp-up and values later years as worth today, so a case made now reads lower."
                    </p>
                })}
                {on_revenue.then(|| view! {
                    <p class="notice" role="note" data-testid="counted-on-revenue">
                        "This link was made by an earlier Skillcase, which counted better decisions on the revenue they "
                        "influence. Revenue is not money the business keeps, and the link carries no contribution margin, "
                        "so that benefit is left out of the figures here."
                    </p>
                })}
                <details class="method">
                    <summary>"How these figures are worked out"</summary>
                    <ol>{lines}</ol>
                </details>
            </section>
        }
    });
    let their_facts = facts(&theirs, their_benchmark.as_ref(), &found);
    let arguments = theirs
        .case
        .arguments
        .normalised()
        .texts(&their_facts)
        .into_iter()
        .map(|(argument, text)| view! { <li><h3>{argument.title_for(&their_facts)}</h3><p>{text}</p></li> })
        .collect_view();
    let save_benchmark = {
        let b = as_benchmark.clone();
        move |_| {
            state.keep_benchmark(
                b.clone(),
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
    let focus_title = match found.focus.len() {
        0 => "Their focus".to_string(),
        1 => "Their focus: the largest gap".to_string(),
        n => format!("Their focus: the {n} largest gaps"),
    };
    view! {
        <article class="shared-report" data-testid="shared-report">
            <h1 data-testid="report-title">{title}</h1>
            <p class="lead">{made}</p>
            {request}
            <div class="findings">
                <section class="card">
                    <h2>{focus_title}</h2>
                    {match no_focus {
                        Some(why) => view! { <p data-testid="report-no-focus">{why}</p> }.into_any(),
                        None => view! { <ol data-testid="report-focus">{focus}</ol> }.into_any(),
                    }}
                </section>
                {has_goals.then(|| view! {
                    <section class="card">
                        <h2>"Their goals"</h2>
                        <ul data-testid="report-goals">{goals}</ul>
                    </section>
                })}
            </div>
            <section class="report-ratings">
                <h2>"Their ratings"</h2>
                <p class="benchmark-kind" data-testid="report-caption">
                    {move || if compare.get() && mine_started() {
                        format!("Your ratings against {who}’s current levels (dashed).")
                    } else {
                        against.clone()
                    }}
                </p>
                <div class="chart-block"><RadarChart radar/></div>
                <RadarTable radar/>
            </section>
            {evidence}
            {money_part}
            <section class="card arguments">
                <h2>"The case for the training"</h2>
                <ol class="argument-texts" data-testid="report-arguments">{arguments}</ol>
            </section>
            <section class="card use-report" data-testid="use-report">
                <h2>"Use this report"</h2>
                <p class="hint read-only">
                    "A read-only copy from a link: opening it changed nothing in your own workspace. With a workspace of "
                    "your own, you can:"
                </p>
                <div class="report-actions">
                    <button aria-pressed=move || compare.get().to_string() disabled=move || !mine_started()
                        on:click=move |_| { compare.update(|c| *c = !*c); show_ratings(); } data-testid="compare">
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
            </section>
        </article>
    }
}

/// Brings the chart into view: the buttons that change it sit at the end of the report.
fn show_ratings() {
    if let Ok(Some(chart)) = document().query_selector(".report-ratings") {
        chart.scroll_into_view();
    }
}
