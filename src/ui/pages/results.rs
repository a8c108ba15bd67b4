use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::chart::{to_svg, Palette};
use crate::core::compare::benchmark::BenchmarkKind;
use crate::core::compare::choice::BenchmarkChoice;
use crate::core::compare::radar::{draw, Radar};
use crate::core::workspace::Workspace;
use crate::ui::clock::today;
use crate::ui::components::common::empty_state::EmptyState;
use crate::ui::components::compare::benchmark_picker::BenchmarkPicker;
use crate::ui::components::compare::radar_chart::{use_radar, RadarChart};
use crate::ui::components::compare::results_table::ResultsTable;
use crate::ui::components::compare::role_expectations::RoleExpectations;
use crate::ui::components::plan::progress_chart::ProgressChart;
use crate::ui::components::share::rate_me_link::RateMeLink;
use crate::ui::components::share::share_link::ShareLink;
use crate::ui::files::{download, download_url};
use crate::ui::routes::View;
use crate::ui::state::{use_app_state, use_model};

/// The radar against the chosen benchmark, the numbers behind it, and what they mean: focus areas, strengths, and
/// where knowing outruns doing.
#[component]
pub fn Results() -> impl IntoView {
    let state = use_app_state();
    let started = move || state.workspace.with(|ws| ws.assessment.is_started());
    let model = use_model();
    let benchmark = state.benchmark;
    let results = state.results;
    let radar = use_radar();
    let name = |id: &str| model.area(id).map_or(id.to_string(), |a| a.name.clone());
    let list = move |ids: Vec<String>| {
        ids.iter()
            .map(|id| view! { <li>{name(id)}</li> })
            .collect_view()
    };
    let role_shown = move || match state
        .workspace
        .with(|ws| (ws.compare_with.clone(), ws.profile.role))
    {
        (BenchmarkChoice::Role { role }, _) | (BenchmarkChoice::MyRole, Some(role)) => Some(role),
        _ => None,
    };
    let download_svg = move |_| {
        let radar = state.workspace.with_untracked(|ws| {
            Radar::of(
                model,
                &ws.assessment,
                benchmark.get_untracked().as_ref(),
                &Palette::LIGHT,
            )
        });
        let svg = to_svg(800, 600, |area| draw(area, &radar, &Palette::LIGHT, 1.0));
        let _ = download(
            &format!("skillcase-radar-{}.svg", today()),
            "image/svg+xml",
            &svg,
        );
    };
    let download_png = move |_| {
        let canvas = document().query_selector("canvas.radar").ok().flatten();
        if let Some(url) = canvas
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            .and_then(|c| c.to_data_url().ok())
        {
            let _ = download_url(&format!("skillcase-radar-{}.png", today()), &url);
        }
    };
    let snapshot = move |_| state.workspace.update(Workspace::keep_snapshot);
    let snapshot_kept = move || state.workspace.with(Workspace::snapshot_kept);
    view! {
        <Show
            when=started
            fallback=|| view! {
                <EmptyState
                    title="Your results"
                    text="Once you have rated the areas, this page shows your radar chart against a benchmark, your strengths, and your biggest gaps ranked by how much they matter to your role."
                    next=View::Assess
                    next_label="Start the assessment"
                />
            }
        >
            <h1>"Your results"</h1>
            <p class="lead" data-testid="summary">{move || results.with(|r| r.summary(model))}</p>
            <BenchmarkPicker/>
            <p class="benchmark-kind" data-testid="benchmark-caption">
                {move || match benchmark.get() {
                    Some(b) => format!("Compared with {} — {}.", b.name, b.kind.label()),
                    None if model.ladder.is_none() => format!(
                        "“{}” sets no role expectations: compare with a team's average, a file, a person or an earlier snapshot, above.",
                        model.name
                    ),
                    None => "No benchmark to compare with yet: choose your role on the Assess page, or pick one above.".into(),
                }}
            </p>
            <div class="chart-block">
                <RadarChart radar/>
                <div class="chart-actions">
                    <button on:click=download_png>"Download PNG"</button>
                    <button on:click=download_svg data-testid="download-svg">"Download SVG"</button>
                </div>
            </div>
            <ResultsTable results/>
            <section class="card">
                <h2>"Your gaps, largest first"</h2>
                {move || state.workspace.with(|w| w.importance_rater().map(|r| {
                    let who = r.who();
                    view! {
                        <p class="callout" data-testid="importance-source">
                            {format!("Importance from {who}'s ratings of {}. ", crate::ui::format::date(&w.locale, &crate::core::date::iso_day(r.made_on)))}
                            <button class="link" on:click=move |_| state.workspace.update(|w| w.weigh_by(None)) data-testid="own-importance">
                                "Use my own importance"
                            </button>
                        </p>
                    }
                }))}
                <Show when=move || results.with(|r| !r.focus.is_empty()) fallback=|| view! {
                    <p>"No gaps against this benchmark where you have rated. Try a more senior role's expectations."</p>
                }>
                    <p>"The three largest, weighted by how much each matters to your role, are your focus; each says what closes it."</p>
                    <ol class="ranked" data-testid="ranked-gaps">
                        {move || results.with(|r| {
                            r.ranked
                                .iter()
                                .filter(|a| a.weighted > 0.0)
                                .map(|a| {
                                    let focus = r.focus.contains(&a.area);
                                    let score = format!(
                                        " — {:.1} below × importance {} = {:.1}",
                                        a.gap.unwrap_or(0.0),
                                        a.importance,
                                        a.weighted,
                                    );
                                    view! {
                                        <li class:focus=focus>
                                            <strong>{name(&a.area)}</strong>
                                            {score}
                                            {a.kind.map(|k| view! { ", " <span class="gap-kind" data-kind=k.label()>{format!("{} gap: {}", k.label(), k.remedy())}</span> })}
                                            {focus.then(|| view! { " " <span class="badge">"Focus"</span> })}
                                        </li>
                                    }
                                })
                                .collect_view()
                        })}
                    </ol>
                </Show>
                <Show when=move || results.with(|r| !r.know_not_done.is_empty())>
                    <p class="callout" data-testid="know-not-done">
                        {move || results.with(|r| format!(
                            "You know more than you have done in {}: your knowledge is two or more levels ahead of your \
                             applied experience, so practice, not another course, closes the gap.",
                            crate::core::words::list(&r.know_not_done.iter().map(|id| name(id)).collect::<Vec<_>>())
                        ))}
                    </p>
                </Show>
                <details class="method">
                    <summary>"How is this scored?"</summary>
                    <p data-testid="gap-rule">
                        "Your level in an area is your applied experience: what you have done, recently and with results. "
                        "Each gap is the benchmark level minus that level, times the area's importance to your role. "
                        "Ratings are whole levels and benchmarks often are not (3.5, a team's average), so a gap is read "
                        "against whole levels: under one level it is " <strong>"near"</strong> ", and no course is argued "
                        "from it. A larger gap is a " <strong>"learn"</strong> " gap where your knowledge is below the whole "
                        "level the benchmark asks (3.5 asks for 4): a course or structured learning helps. It is a "
                        <strong>"practise"</strong> " gap where you already know it but haven't yet done it at that level: "
                        "stretch work, mentoring and doing it on the job close it, not another course."
                    </p>
                </details>
            </section>
            <section class="card">
                <h2>"Your strengths"</h2>
                <Show when=move || results.with(|r| !r.strengths.is_empty()) fallback=|| view! {
                    <p>"Areas where you meet or beat the benchmark will show here."</p>
                }>
                    <ul data-testid="strengths">{move || list(results.with(|r| r.strengths.iter().take(3).cloned().collect()))}</ul>
                </Show>
            </section>
            {move || role_shown().map(|role| view! { <RoleExpectations role/> })}
            <section class="card">
                <h2>"Keep a snapshot"</h2>
                <p>"Keep today's ratings so you can compare with them after training."</p>
                <button on:click=snapshot disabled=snapshot_kept data-testid="snapshot">
                    {move || if snapshot_kept() { "Snapshot kept" } else { "Keep a snapshot of these ratings" }}
                </button>
            </section>
            <ProgressChart first=Signal::derive(move || results.with(|r| r.focus.first().cloned()))/>
            <ShareLink/>
            <RateMeLink/>
            {move || (benchmark.get().map(|b| b.kind) == Some(BenchmarkKind::Imported)).then(|| view! {
                <p class="hint">{benchmark.get().map(|b| format!("Source: {}", b.source))}</p>
            })}
        </Show>
    }
}
