use leptos::prelude::*;

use crate::core::justify::roi::{BenefitModel, Field, FieldError};
use crate::core::team::GroupCase;
use crate::ui::components::common::number_field::NumberField;
use crate::ui::components::justify::estimate_fields::EstimateFields;
use crate::ui::components::justify::hours_use_field::HoursUseField;
use crate::ui::state::use_app_state;

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
                <EstimateFields id_prefix="group-" errors
                    fields=[Field::ImprovementPct, Field::ImprovementLow, Field::ImprovementHigh]
                    labels=["Improvement you expect (%)", "Low estimate (%)", "High estimate (%)"]
                    get=|w| &w.team.group.benefits.decisions.improvement_pct
                    set=|w| &mut w.team.group.benefits.decisions.improvement_pct/>
            }.into_any())}
            {model(BenefitModel::TimeSaved, view! {
                <EstimateFields id_prefix="group-" errors
                    fields=[Field::HoursPerWeek, Field::HoursLow, Field::HoursHigh]
                    labels=["Hours saved a week, each, you expect", "Low estimate (hours)", "High estimate (hours)"]
                    get=|w| &w.team.group.benefits.time_saved.hours_per_week
                    set=|w| &mut w.team.group.benefits.time_saved.hours_per_week/>
                <HoursUseField id_prefix="group-" get=|w| w.team.group.benefits.time_saved.hours_go_to
                    set=|w, u| w.team.group.benefits.time_saved.hours_go_to = u/>
            }.into_any())}
            {model(BenefitModel::AvoidedFailure, view! {
                <div class="row">
                    {number(Field::LaunchesPerYear, "Launches a year", "all participants' together",
                        |g| g.benefits.avoided_failure.launches_per_year, |g, v| g.benefits.avoided_failure.launches_per_year = v)}
                    {number(Field::FailureCost, "Cost of a failed launch", "",
                        |g| g.benefits.avoided_failure.failure_cost, |g, v| g.benefits.avoided_failure.failure_cost = v)}
                </div>
                <EstimateFields id_prefix="group-" errors
                    fields=[Field::ProbabilityReductionPct, Field::ProbabilityLow, Field::ProbabilityHigh]
                    labels=["Less likely to fail by (points) you expect", "Low estimate (points)", "High estimate (points)"]
                    get=|w| &w.team.group.benefits.avoided_failure.probability_reduction_pct
                    set=|w| &mut w.team.group.benefits.avoided_failure.probability_reduction_pct/>
            }.into_any())}
            {model(BenefitModel::Retention, view! {
                {number(Field::ReplacementCost, "Replacement cost of one participant", "",
                    |g| g.benefits.retention.replacement_cost, |g, v| g.benefits.retention.replacement_cost = v)}
                <EstimateFields id_prefix="group-" errors
                    fields=[Field::AttritionReductionPct, Field::AttritionLow, Field::AttritionHigh]
                    labels=["Less likely to leave by (points) you expect", "Low estimate (points)", "High estimate (points)"]
                    get=|w| &w.team.group.benefits.retention.attrition_reduction_pct
                    set=|w| &mut w.team.group.benefits.retention.attrition_reduction_pct/>
            }.into_any())}
        </div>
    }
}
