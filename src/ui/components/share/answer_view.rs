use leptos::prelude::*;

use crate::core::compare::radar::Radar;
use crate::core::share::link::rater::{disagreements, RaterAnswer};
use crate::ui::components::compare::radar_chart::RadarChart;
use crate::ui::components::compare::radar_table::RadarTable;
use crate::ui::format::date;
use crate::ui::routes::{use_base, View};
use crate::ui::state::{use_app_state, use_model};
use crate::ui::theme::use_palette;

/// A rater's answer, opened by the PM: self against rater on the radar, the largest disagreements, and keeping it.
#[component]
pub fn AnswerView(answer: RaterAnswer) -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let model = use_model();
    let palette = use_palette();
    let benchmark = answer.as_benchmark();
    let who = if answer.rater.is_empty() {
        format!("Your {}", answer.relation.label().to_lowercase())
    } else {
        answer.rater.clone()
    };
    let when = state
        .workspace
        .with_untracked(|w| date(&w.locale, &crate::core::date::iso_day(answer.made_on)));
    let meant = state.workspace.with_untracked(|w| {
        let mine = w.profile.name.trim();
        (!answer.for_name.is_empty() && !mine.is_empty() && mine != answer.for_name).then(|| {
            format!(
                "This was made for {}, and your workspace is {mine}'s.",
                answer.for_name
            )
        })
    });
    let radar = {
        let b = benchmark.clone();
        Signal::derive(move || {
            state
                .workspace
                .with(|w| Radar::of(model, &w.assessment, Some(&b), &palette.get()))
        })
    };
    let theirs = answer.assessment.clone();
    let differences = Memo::new(move |_| {
        state
            .workspace
            .with(|w| disagreements(&w.assessment, &theirs, model))
    });
    let name = move |id: &str| model.area(id).map_or(id.to_string(), |a| a.name.clone());
    let rater_name = StoredValue::new(who.clone());
    let kept = StoredValue::new(answer.clone());
    let keep = move |use_targets: bool, use_importance: bool, message: String| {
        move |_| kept.with_value(|a| state.keep_rater(a, use_targets, use_importance, &message))
    };
    let targets = answer.targets_benchmark();
    let importance = answer.importance();
    let priorities = (targets.is_some() || !importance.is_empty()).then(|| {
        let rows = model
            .areas
            .iter()
            .filter(|a| importance.contains_key(&a.id) || targets.as_ref().is_some_and(|t| t.levels.contains_key(&a.id)))
            .map(|a| {
                let i = importance.get(&a.id).map_or("–".to_string(), |i| i.to_string());
                let t = targets.as_ref().and_then(|t| t.levels.get(&a.id)).map_or("–".to_string(), |t| format!("{t:.1}"));
                view! { <tr><th scope="row">{a.name.clone()}</th><td data-label="Importance (0–5)">{i}</td><td data-label="Level to reach">{t}</td></tr> }
            })
            .collect_view();
        view! {
            <section class="card" data-testid="rater-priorities">
                <h2>{format!("What {who} says matters")}</h2>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Importance and targets they set">
                    <table class="stack">
                        <thead><tr><th scope="col">"Area"</th><th scope="col">"Importance (0–5)"</th><th scope="col">"Level to reach"</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <div class="actions">
                    {targets.is_some().then(|| view! {
                        <button on:click=keep(true, false, format!("Your gaps are now measured against {who}'s targets.")) data-testid="use-targets">
                            "Use their targets as my benchmark"
                        </button>
                    })}
                    {(!importance.is_empty()).then(|| view! {
                        <button on:click=keep(false, true, format!("Your gaps are now weighed by {who}'s importance.")) data-testid="use-importance">
                            "Weigh my gaps by their importance"
                        </button>
                    })}
                </div>
            </section>
        }
    });
    let kept_message = format!(
        "Kept “{}”: pick it as the benchmark on Results to compare again.",
        benchmark.name
    );
    view! {
        <h1 data-testid="answer-title">{format!("How {who} rated you")}</h1>
        <p class="lead">{format!("{} ({}), on {when}.", who, answer.relation.label().to_lowercase())}</p>
        {meant.map(|m| view! { <p class="callout card">{m}</p> })}
        <p class="hint read-only">"Opening this link changed nothing in your workspace."</p>
        <Show when=move || state.workspace.with(|w| w.assessment.is_started()) fallback=move || view! {
            <p class="card">"Rate yourself first to compare: "<a href=View::Assess.href(&base)>"start the assessment"</a>"."</p>
        }>
            <p class="benchmark-kind">{format!("Your ratings against {} (dashed).", benchmark.name)}</p>
            <div class="chart-block"><RadarChart radar/></div>
                <RadarTable radar/>
            <section class="card">
                <h2>"Where you see it differently"</h2>
                <Show when=move || !differences.with(Vec::is_empty) fallback=|| view! { <p>"You agree within half a level everywhere you both rated."</p> }>
                    <ol data-testid="disagreements">
                        {move || differences.get().into_iter().map(|(area, mine, theirs)| {
                            view! { <li>{format!("{} — you {mine:.1}, {} {theirs:.1}", name(&area), rater_name.get_value())}</li> }
                        }).collect_view()}
                    </ol>
                </Show>
            </section>
        </Show>
        {priorities}
        <button class="primary" on:click=keep(false, false, kept_message) data-testid="keep-rating">"Keep this rating as a benchmark"</button>
    }
}
