use leptos::prelude::*;

use crate::core::compare::results::Results;
use crate::ui::state::{use_app_state, use_model};

fn level(v: Option<f32>) -> String {
    v.map_or("–".into(), |v| format!("{v:.1}"))
}

/// The radar's numbers as a table, for screen readers and for anyone who prefers figures.
#[component]
pub fn ResultsTable(results: Memo<Results>) -> impl IntoView {
    let state = use_app_state();
    let model = use_model();
    let rows = move || {
        state.workspace.with(|ws| {
            model
                .areas
                .iter()
                .map(|area| {
                    let rating = ws.assessment.rating(&area.id);
                    let result = results.with(|r| r.get(&area.id).cloned());
                    let (target, gap, kind, importance) = result.as_ref().map_or((None, None, None, None), |r| (r.target, r.gap, r.kind, Some(r.importance)));
                    let na = rating.not_relevant;
                    view! {
                        <tr>
                            <th scope="row">{area.name.clone()}</th>
                            <td data-label="Knowledge">{if na { "n/a".to_string() } else { level(rating.knowledge.map(f32::from)) }}</td>
                            <td data-label="Applied experience">{if na { "n/a".to_string() } else { level(rating.experience.map(f32::from)) }}</td>
                            <td data-label="Benchmark">{level(target)}</td>
                            <td data-label="Gap">{gap.map_or("–".into(), |g| format!("{g:+.1}"))}</td>
                            <td data-label="Gap type">{kind.map_or("–", |k| k.label())}</td>
                            <td data-label="Importance">{if na { "–".to_string() } else { importance.map_or("–".into(), |i| i.to_string()) }}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        // Focusable, so the keyboard can scroll it when it is wider than a phone.
        <div class="table-wrap" tabindex="0" role="region" aria-label="Your ratings, area by area">
            <table class="results-table stack" data-testid="results-table">
                <caption>{format!("Your ratings, the benchmark and the gap, area by area: your level is your applied experience (levels 1–{}; importance 0–5)", model.max_level())}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Area"</th>
                        <th scope="col">"Knowledge"</th>
                        <th scope="col">"Applied experience (your level)"</th>
                        <th scope="col">"Benchmark"</th>
                        <th scope="col">"Gap"</th>
                        <th scope="col">"Gap type"</th>
                        <th scope="col">"Importance"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
