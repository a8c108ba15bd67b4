use leptos::prelude::*;

use crate::core::assess::history;
use crate::core::date::iso_date;
use crate::core::justify::roi::{BenefitModel, Scenario, CONFIDENCE_TIERS};
use crate::core::plan::check_in::{moved, Evaluation};
use crate::core::plan::suggested_impact;
use crate::ui::clock::today;
use crate::ui::components::common::number_field::NumberField;
use crate::ui::format::{date, money, number, percent, roi};
use crate::ui::state::{use_app_state, use_model};

/// A benefit's driver as measured at the check-in: the model, its field's id and label, and where it is kept.
type Measured = (
    BenefitModel,
    &'static str,
    &'static str,
    fn(&Evaluation) -> Option<f64>,
    fn(&mut Evaluation, Option<f64>),
);

/// At the check-in, evaluated as Phillips does it: what was predicted against what the user observed, on Kirkpatrick's
/// four levels (reaction, learning, behaviour, results) and Phillips's fifth, the return on investment. Learning is
/// measured (the areas now against the last snapshot before); results are each focus area's impact measure and each
/// benefit's driver as measured; the return uses the share due to the training and the confidence estimated afresh.
#[component]
pub fn CheckInReview() -> impl IntoView {
    let state = use_app_state();
    let model = use_model();
    let name = move |id: &str| model.area(id).map_or(id.to_string(), |a| a.name.clone());
    let focus = Memo::new(move |_| state.results.with(|r| r.focus.clone()));
    let predicted_learning = move || {
        state.results.with(|found| {
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
            let all = history(&w.earlier, &w.assessment);
            let [.., before, now] = all.as_slice() else {
                return "Keep a snapshot before training and reassess at the check-in to measure this.".to_string();
            };
            let changes = moved(model, before, now);
            let since = date(&w.locale, &iso_date(before.updated_at));
            if changes.is_empty() {
                format!("No change of half a level or more since {since}.")
            } else {
                let parts: Vec<String> = changes.iter().take(4).map(|(id, c)| format!("{} {c:+.1}", name(id))).collect();
                format!("Measured since {since}: {}", parts.join(", "))
            }
        })
    };
    let goals = move || {
        state.workspace.with(|w| {
            w.plan
                .goals_for(&state.results.read())
                .iter()
                .map(|g| g.text())
                .collect::<Vec<_>>()
                .join("; ")
        })
    };
    // Each benefit switched on: its driver as predicted (the low estimate, reported) and as measured.
    let drivers: [Measured; 4] = [
        (
            BenefitModel::Decisions,
            "observed-improvement",
            "Improvement in decisions measured (%)",
            |e| e.improvement_pct,
            |e, v| e.improvement_pct = v,
        ),
        (
            BenefitModel::TimeSaved,
            "observed-hours",
            "Hours saved a week measured",
            |e| e.hours_per_week,
            |e, v| e.hours_per_week = v,
        ),
        (
            BenefitModel::AvoidedFailure,
            "observed-failure",
            "Less likely to fail by (points) measured",
            |e| e.probability_reduction_pct,
            |e, v| e.probability_reduction_pct = v,
        ),
        (
            BenefitModel::Retention,
            "observed-attrition",
            "Less likely to leave by (points) measured",
            |e| e.attrition_reduction_pct,
            |e, v| e.attrition_reduction_pct = v,
        ),
    ];
    let measured = move |id,
                         label,
                         get: fn(&Evaluation) -> Option<f64>,
                         set: fn(&mut Evaluation, Option<f64>)| {
        view! {
            <NumberField id label blank="not measured"
                value=Signal::derive(move || state.workspace.with(|w| get(&w.plan.evaluation)))
                on_set=Callback::new(move |v| state.workspace.update(|w| set(&mut w.plan.evaluation, v)))
                error=Signal::derive(move || state.workspace.with(|w| get(&w.plan.evaluation).filter(|v| *v < 0.0).map(|_| "can't be negative".to_string())))/>
        }
    };
    let driver_rows = move || {
        drivers
            .into_iter()
            .filter(|(model, ..)| state.workspace.with(|w| w.case.benefits.is_on(*model)))
            .map(|(model, id, label, get, set)| {
                let predicted = state.workspace.with(|w| {
                    let v = w.case.driver(model, Scenario::Conservative);
                    format!("{}: {} (low estimate)", model.label(), number(&w.locale, v, 2))
                });
                view! { <div class="driver"><p>{predicted}</p>{measured(id, label, get, set)}</div> }
            })
            .collect_view()
    };
    let impact_rows = move || {
        focus
            .get()
            .into_iter()
            .map(|area| {
                let (goal_impact, locale) = state.workspace.with(|w| {
                    let g = w.plan.goal_for(&area, state.results.with(|r| r.kind(&area)));
                    (if g.impact.is_empty() { suggested_impact(&area) } else { g.impact }, w.locale.clone())
                });
                let predicted = format!(
                    "{}: {}{}",
                    name(&area),
                    goal_impact.measure,
                    match (goal_impact.baseline, goal_impact.target) {
                        (Some(a), Some(b)) => format!(", {} → {} {}", number(&locale, a, 1), number(&locale, b, 1), goal_impact.unit),
                        (None, Some(b)) => format!(", target {} {}", number(&locale, b, 1), goal_impact.unit),
                        _ => String::new(),
                    }
                );
                let label = format!("{} measured", name(&area));
                let (a, b) = (area.clone(), area.clone());
                view! {
                    <div class="driver">
                        <p>{predicted}</p>
                        <NumberField id=format!("impact-{area}") label blank="not measured"
                            value=Signal::derive(move || state.workspace.with(|w| w.plan.evaluation.impacts.get(&a).copied()))
                            on_set=Callback::new(move |v| {
                                let area = b.clone();
                                state.workspace.update(|w| match v {
                                    Some(v) => { w.plan.evaluation.impacts.insert(area, v); }
                                    None => { w.plan.evaluation.impacts.remove(&area); }
                                });
                            })
                            error=Signal::derive(|| None)/>
                    </div>
                }
            })
            .collect_view()
    };
    let predicted_roi = move || {
        state.workspace.with(|w| {
            let o = w.case.outcome().figures;
            format!(
                "{} benefit counted, ROI {} (conservative)",
                money(&w.locale, o.benefit),
                o.roi_pct
                    .map(|r| roi(&w.locale, r))
                    .unwrap_or_else(|| "–".into())
            )
        })
    };
    // At the 8-week check-in the drivers show behaviour, not yet impact: a return is worked out only from the
    // impact follow-up on, from what is measured then.
    let follow_up = move || {
        state.workspace.with(|w| {
            let t = &w.case.training;
            let due = w.plan.impact_due(&t.start, &t.end, &today());
            let when = w
                .plan
                .follow_up_date(&t.start, &t.end)
                .map(|iso| date(&w.locale, &iso));
            (due, when)
        })
    };
    let observed_roi = move || {
        let (due, when) = follow_up();
        if !due {
            return format!(
                "An early reading: at the check-in you see behaviour, not yet impact. The return is worked out at the \
                 impact follow-up{}, from the change you measure then, with the share due to the training and your \
                 confidence estimated afresh.",
                when.map(|d| format!(" on {d}")).unwrap_or_else(|| " (set the training's dates to fix it)".into())
            );
        }
        state.workspace.with(|w| match w.case.observed_outcome(&w.plan.evaluation) {
            Some(o) => format!(
                "{} benefit counted, ROI {}",
                money(&w.locale, o.figures.benefit),
                o.figures.roi_pct.map(|r| roi(&w.locale, r)).unwrap_or_else(|| "–".into())
            ),
            None => "Enter what you measured and, afresh, the share due to the training and your confidence.".into(),
        })
    };
    let text = move |label: &'static str,
                     get: fn(&Evaluation) -> String,
                     set: fn(&mut Evaluation, String)| {
        view! {
            <textarea rows="2" aria-label=label prop:value=move || state.workspace.with(|w| get(&w.plan.evaluation))
                on:change=move |ev| { let v = event_target_value(&ev); state.workspace.update(|w| set(&mut w.plan.evaluation, v)) }></textarea>
        }
    };
    let tiers = CONFIDENCE_TIERS
        .into_iter()
        .map(|t| view! {
            <option value=t.to_string() selected=move || state.workspace.with(|w| w.plan.evaluation.confidence_pct == Some(t))>
                {move || state.workspace.with(|w| percent(&w.locale, t, 0))}
            </option>
        })
        .collect_view();
    view! {
        <section class="card check-in-review" data-testid="check-in-review">
            <h2>"At the check-in: predicted and observed"</h2>
            <p class="hint">
                "Kirkpatrick's four levels and Phillips's fifth, the return. Fill in what you saw after the training; "
                "estimate afresh how much of it is due to the training, and how sure you are."
            </p>
            <p class="warn" data-testid="early-reading" hidden=move || follow_up().0>
                "Eight weeks on, this is an early reading: behaviour, not yet impact. The impact measures and the return "
                "are read at the impact follow-up"{move || follow_up().1.map(|d| format!(" on {d}")).unwrap_or_default()}"."
            </p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Predicted and observed">
                <table class="stack">
                    <thead><tr><th scope="col">"Level"</th><th scope="col">"Predicted"</th><th scope="col">"Observed"</th></tr></thead>
                    <tbody>
                        <tr><th scope="row">"1 Reaction"</th><td data-label="Predicted">"Worth the time away"</td>
                            <td data-label="Observed">{text("Observed reaction", |o| o.reaction.clone(), |o, v| o.reaction = v)}</td></tr>
                        <tr><th scope="row">"2 Learning"</th><td data-label="Predicted">{predicted_learning}</td>
                            <td data-label="Observed"><p data-testid="measured-learning">{measured_learning}</p>{text("Observed learning", |o| o.learning.clone(), |o, v| o.learning = v)}</td></tr>
                        <tr><th scope="row">"3 Behaviour"</th><td data-label="Predicted">{goals}</td>
                            <td data-label="Observed">{text("Observed behaviour", |o| o.behaviour.clone(), |o, v| o.behaviour = v)}</td></tr>
                        <tr><th scope="row">"4 Results"</th>
                            <td data-label="Predicted">"Each focus area's impact measure, and each benefit's driver at its low estimate"</td>
                            <td data-label="Observed">
                                {impact_rows}
                                {driver_rows}
                                {text("Observed results", |o| o.results.clone(), |o, v| o.results = v)}
                            </td></tr>
                        <tr><th scope="row">"5 Return on investment"</th><td data-label="Predicted">{predicted_roi}</td>
                            <td data-label="Observed">
                                {measured("observed-attribution", "Share due to the training, estimated now (%)", |e| e.attribution_pct, |e, v| e.attribution_pct = v)}
                                <div class="field">
                                    <label for="observed-confidence">"How sure are you of these figures, now?"</label>
                                    <select id="observed-confidence" on:change=move |ev| {
                                        let v = event_target_value(&ev).parse::<f64>().ok();
                                        state.workspace.update(|w| w.plan.evaluation.confidence_pct = v);
                                    }>
                                        <option value="" selected=move || state.workspace.with(|w| w.plan.evaluation.confidence_pct.is_none())>"Not yet estimated"</option>
                                        {tiers}
                                    </select>
                                </div>
                                <p data-testid="observed-results">{observed_roi}</p>
                            </td></tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}
