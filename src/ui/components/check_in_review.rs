use leptos::prelude::*;

use crate::core::charts::trend::snapshots;
use crate::core::model::CompetencyModel;
use crate::core::results::results;
use crate::core::roi::{parse_amount, Observed};
use crate::ui::app::use_app_state;
use crate::ui::format::{money, percent};

/// At the check-in: what was predicted against what the user observed, on Kirkpatrick's four levels (reaction,
/// learning, behaviour, results). Learning is measured: the focus areas now against the last snapshot before.
#[component]
pub fn CheckInReview() -> impl IntoView {
    let state = use_app_state();
    let model = CompetencyModel::builtin();
    let name = move |id: &str| model.area(id).map_or(id.to_string(), |a| a.name.clone());
    let focus = Memo::new(move |_| {
        state
            .workspace
            .with(|w| results(model, &w.assessment, w.benchmark().as_ref()).focus)
    });
    let predicted_learning = move || {
        state.workspace.with(|w| {
            let found = results(model, &w.assessment, w.benchmark().as_ref());
            let parts: Vec<String> = found
                .focus
                .iter()
                .filter_map(|id| Some(format!("{} +{:.1}", name(id), found.get(id)?.gap?)))
                .collect();
            if parts.is_empty() {
                "No focus gaps yet.".to_string()
            } else {
                format!("Close the gaps: {}", parts.join(", "))
            }
        })
    };
    let measured_learning = move || {
        state.workspace.with(|w| {
            let all = snapshots(w);
            let [.., before, now] = all.as_slice() else {
                return "Keep a snapshot before training and reassess at the check-in to measure this.".to_string();
            };
            // Every area that moved, largest gain first: the focus may have changed since, the progress has not.
            let mut moved: Vec<(String, f32)> = model
                .areas
                .iter()
                .filter_map(|a| Some((a.name.clone(), now.rating(&a.id).current()? - before.rating(&a.id).current()?)))
                .filter(|(_, change)| change.abs() >= 0.5)
                .collect();
            crate::core::order::sort_by(&mut moved, |a, b| b.1.total_cmp(&a.1));
            let since = crate::core::workspace::iso_date(before.updated_at);
            if moved.is_empty() {
                format!("No change of half a level or more since {since}.")
            } else {
                let parts: Vec<String> = moved.iter().take(4).map(|(n, c)| format!("{n} {c:+.1}")).collect();
                format!("Measured since {since}: {}", parts.join(", "))
            }
        })
    };
    let goals = move || {
        state.workspace.with(|w| {
            w.plan
                .goals_for(&focus.get())
                .iter()
                .map(|g| g.text())
                .collect::<Vec<_>>()
                .join("; ")
        })
    };
    let predicted_results = move || {
        state.workspace.with(|w| {
            let d = &w.roi.benefits.decisions;
            let o = w.roi.outcome();
            format!(
                "{} better decisions → {} benefit claimed",
                if d.on {
                    percent(&w.money, d.improvement_pct, 2)
                } else {
                    "No".into()
                },
                money(&w.money, o.benefit)
            )
        })
    };
    let observed_results = move || {
        state.workspace.with(|w| match w.roi.observed_outcome() {
            Some(o) => format!(
                "{} benefit, ROI {}",
                money(&w.money, o.benefit),
                o.roi_pct
                    .map(|r| percent(&w.money, r, 0))
                    .unwrap_or_else(|| "–".into())
            ),
            None => "Enter the improvement you saw.".into(),
        })
    };
    let text = move |label: &'static str,
                     get: fn(&Observed) -> String,
                     set: fn(&mut Observed, String)| {
        view! {
            <textarea rows="2" aria-label=label prop:value=move || state.workspace.with(|w| get(&w.roi.observed))
                on:change=move |ev| { let v = event_target_value(&ev); state.workspace.update(|w| set(&mut w.roi.observed, v)) }></textarea>
        }
    };
    let bad = RwSignal::new(false);
    view! {
        <section class="card check-in-review" data-testid="check-in-review">
            <h2>"At the check-in: predicted and observed"</h2>
            <p class="hint">"Kirkpatrick's four levels. Fill in what you saw eight weeks after the training."</p>
            <div class="table-wrap">
                <table>
                    <thead><tr><th scope="col">"Level"</th><th scope="col">"Predicted"</th><th scope="col">"Observed"</th></tr></thead>
                    <tbody>
                        <tr><th scope="row">"1 Reaction"</th><td>"Worth the time away"</td>
                            <td>{text("Observed reaction", |o| o.reaction.clone(), |o, v| o.reaction = v)}</td></tr>
                        <tr><th scope="row">"2 Learning"</th><td>{predicted_learning}</td>
                            <td><p data-testid="measured-learning">{measured_learning}</p>{text("Observed learning", |o| o.learning.clone(), |o, v| o.learning = v)}</td></tr>
                        <tr><th scope="row">"3 Behaviour"</th><td>{goals}</td>
                            <td>{text("Observed behaviour", |o| o.behaviour.clone(), |o, v| o.behaviour = v)}</td></tr>
                        <tr><th scope="row">"4 Results"</th><td>{predicted_results}</td>
                            <td>
                                <label for="observed-improvement">"Improvement in decisions seen (%)"</label>
                                <input id="observed-improvement" type="text" inputmode="decimal" aria-invalid=move || bad.get().to_string()
                                    prop:value=move || state.workspace.with(|w| w.roi.observed.improvement_pct.map(|p| p.to_string()).unwrap_or_default())
                                    on:change=move |ev| {
                                        let t = event_target_value(&ev);
                                        let v = parse_amount(&t).filter(|p| *p >= 0.0 && *p <= 1000.0);
                                        bad.set(!t.trim().is_empty() && v.is_none());
                                        if t.trim().is_empty() || v.is_some() {
                                            state.workspace.update(|w| w.roi.observed.improvement_pct = v);
                                        }
                                    }/>
                                <Show when=move || bad.get()><p class="error" role="alert">"Enter a percentage from 0 to 1000."</p></Show>
                                <p data-testid="observed-results">{observed_results}</p>
                                {text("Observed results", |o| o.results.clone(), |o, v| o.results = v)}
                            </td></tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}
