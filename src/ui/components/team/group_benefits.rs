use leptos::prelude::*;

use crate::core::justify::roi::{BenefitModel, Estimate, Field, FieldError, HoursUse};
use crate::core::team::GroupCase;
use crate::ui::components::common::number_field::NumberField;
use crate::ui::state::use_app_state;

/// A benefit model's estimate in the group case: where it is read, and where it is written.
type EstimateOf = (
    fn(&GroupCase) -> &Estimate,
    fn(&mut GroupCase) -> &mut Estimate,
);

/// What a benefit model values, said of the group rather than of one person.
fn for_the_group(m: BenefitModel) -> &'static str {
    match m {
        BenefitModel::Decisions => {
            "The contribution margin on the revenue the participants' decisions influence, improved by better decisions."
        }
        BenefitModel::TimeSaved => {
            "Hours each participant saves, at their loaded cost, when the hours go to work the business would pay for."
        }
        BenefitModel::AvoidedFailure => "Failed launches avoided, at what one costs to build, launch and unwind.",
        BenefitModel::Retention => "The lower risk of each participant leaving, at what replacing them costs.",
    }
}

/// What training the group is worth, on the same four benefit models as one person's case: each switched on when the
/// manager can put a figure on it, with the same fields and the same rules, named beside each field.
#[component]
pub fn GroupBenefits(errors: Memo<Vec<FieldError>>) -> impl IntoView {
    let state = use_app_state();
    let error = move |field: Field| {
        Signal::derive(move || {
            errors.with(|e| {
                e.iter()
                    .find(|x| x.field == field)
                    .map(|x| x.message.clone())
            })
        })
    };
    let number = move |field: Field,
                       label: &'static str,
                       hint: &'static str,
                       get: fn(&GroupCase) -> f64,
                       set: fn(&mut GroupCase, f64)| {
        view! {
            <NumberField id=format!("group-{}", field.id()) label hint error=error(field)
                value=Signal::derive(move || state.workspace.with(|w| Some(get(&w.team.group))))
                on_set=Callback::new(move |v: Option<f64>| if let Some(v) = v { state.workspace.update(|w| set(&mut w.team.group, v)) })/>
        }
    };
    // What the manager expects, and how low and how high it could be (left blank: half and one and a half times).
    let estimate = move |fields: [Field; 3], labels: [&'static str; 3], (get, set): EstimateOf| {
        let [expected, low, high] = fields;
        let value = move |pick: fn(&Estimate) -> Option<f64>| {
            Signal::derive(move || state.workspace.with(|w| pick(get(&w.team.group))))
        };
        let on_set = move |put: fn(&mut Estimate, Option<f64>)| {
            Callback::new(move |v: Option<f64>| {
                state.workspace.update(|w| put(set(&mut w.team.group), v))
            })
        };
        view! {
            <div class="row estimate">
                <NumberField id=format!("group-{}", expected.id()) label=labels[0] error=error(expected)
                    value=value(|e| Some(e.expected))
                    on_set=on_set(|e, v| if let Some(v) = v { e.expected = v })/>
                <NumberField id=format!("group-{}", low.id()) label=labels[1] blank="half what you expect" error=error(low)
                    value=value(|e| e.low) on_set=on_set(|e, v| e.low = v)/>
                <NumberField id=format!("group-{}", high.id()) label=labels[2] blank="1.5 × what you expect" error=error(high)
                    value=value(|e| e.high) on_set=on_set(|e, v| e.high = v)/>
            </div>
        }
    };
    let model = move |m: BenefitModel, fields: AnyView| {
        let on = move || state.workspace.with(|w| w.team.group.benefits.is_on(m));
        let id = format!("group-benefit-{}", m.key());
        view! {
            <fieldset class="benefit">
                <legend>
                    <label>
                        <input type="checkbox" id=id prop:checked=on
                            on:change=move |ev| state.workspace.update(|w| w.team.group.benefits.set_on(m, event_target_checked(&ev)))/>
                        " " {m.label()}
                    </label>
                </legend>
                <p class="hint values">{for_the_group(m)}</p>
                <div hidden=move || !on()>{fields}</div>
            </fieldset>
        }
    };
    let hours_use = move || {
        let chosen = move || {
            state
                .workspace
                .with(|w| w.team.group.benefits.time_saved.hours_go_to)
        };
        HoursUse::ASKED
            .into_iter()
            .map(|u| {
                let id = format!("group-hours-go-to-{}", u.code());
                view! {
                    <label for=id.clone() class="choice">
                        <input type="radio" name="group-hours-go-to" id=id.clone() value=u.code()
                            prop:checked=move || chosen() == u
                            on:change=move |_| state.workspace.update(|w| w.team.group.benefits.time_saved.hours_go_to = u)/>
                        {u.label()}
                    </label>
                }
            })
            .collect_view()
    };
    let margin_id = format!("group-{}", Field::MarginPct.id());
    view! {
        <div data-testid="group-benefits">
            {model(BenefitModel::Decisions, view! {
                <div class="row">
                    {number(Field::Influenced, "Revenue the participants influence", "a year, all of them together",
                        |g| g.benefits.decisions.influenced, |g, v| g.benefits.decisions.influenced = v)}
                    <NumberField id=margin_id label="Contribution margin (%)" blank="not given: nothing claimed"
                        error=error(Field::MarginPct)
                        value=Signal::derive(move || state.workspace.with(|w| w.team.group.benefits.decisions.margin_pct))
                        on_set=Callback::new(move |v| state.workspace.update(|w| w.team.group.benefits.decisions.margin_pct = v))/>
                </div>
                {estimate([Field::ImprovementPct, Field::ImprovementLow, Field::ImprovementHigh],
                    ["Improvement you expect (%)", "Low estimate (%)", "High estimate (%)"],
                    (|g| &g.benefits.decisions.improvement_pct, |g| &mut g.benefits.decisions.improvement_pct))}
            }.into_any())}
            {model(BenefitModel::TimeSaved, view! {
                {estimate([Field::HoursPerWeek, Field::HoursLow, Field::HoursHigh],
                    ["Hours saved a week, each, you expect", "Low estimate (hours)", "High estimate (hours)"],
                    (|g| &g.benefits.time_saved.hours_per_week, |g| &mut g.benefits.time_saved.hours_per_week))}
                <fieldset class="choices">
                    <legend>"What will the freed hours go to?"</legend>
                    {hours_use}
                </fieldset>
            }.into_any())}
            {model(BenefitModel::AvoidedFailure, view! {
                <div class="row">
                    {number(Field::LaunchesPerYear, "Launches a year", "all participants' together",
                        |g| g.benefits.avoided_failure.launches_per_year, |g, v| g.benefits.avoided_failure.launches_per_year = v)}
                    {number(Field::FailureCost, "Cost of a failed launch", "",
                        |g| g.benefits.avoided_failure.failure_cost, |g, v| g.benefits.avoided_failure.failure_cost = v)}
                </div>
                {estimate([Field::ProbabilityReductionPct, Field::ProbabilityLow, Field::ProbabilityHigh],
                    ["Less likely to fail by (points) you expect", "Low estimate (points)", "High estimate (points)"],
                    (|g| &g.benefits.avoided_failure.probability_reduction_pct, |g| &mut g.benefits.avoided_failure.probability_reduction_pct))}
            }.into_any())}
            {model(BenefitModel::Retention, view! {
                {number(Field::ReplacementCost, "Replacement cost of one participant", "",
                    |g| g.benefits.retention.replacement_cost, |g, v| g.benefits.retention.replacement_cost = v)}
                {estimate([Field::AttritionReductionPct, Field::AttritionLow, Field::AttritionHigh],
                    ["Less likely to leave by (points) you expect", "Low estimate (points)", "High estimate (points)"],
                    (|g| &g.benefits.retention.attrition_reduction_pct, |g| &mut g.benefits.retention.attrition_reduction_pct))}
            }.into_any())}
        </div>
    }
}
