use leptos::prelude::*;

use crate::core::justify::roi::{BenefitModel as Model, Field, FieldError};
use crate::ui::components::justify::benefit_model::BenefitModel;
use crate::ui::components::justify::case_number::CaseNumber;
use crate::ui::components::justify::case_optional::CaseOptional;
use crate::ui::components::justify::estimate_fields::EstimateFields;
use crate::ui::components::justify::hours_use_field::HoursUseField;
use crate::ui::components::justify::overlap_notice::OverlapNotice;
use crate::ui::state::use_app_state;

/// The benefit models the user can put a figure on, and the benefits they can't price.
#[component]
pub fn BenefitsCard(errors: Memo<Vec<FieldError>>) -> impl IntoView {
    let state = use_app_state();
    let intangibles = move || {
        state
            .workspace
            .with(|w| w.case.benefits.intangibles.join("\n"))
    };
    let set_intangibles = move |ev| {
        let lines: Vec<String> = event_target_value(&ev)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        state
            .workspace
            .update(|w| w.case.benefits.intangibles = lines);
    };
    view! {
        <section class="card">
            <h2>"Benefits"</h2>
            <p class="hint">
                "Switch on only what you can put a figure on; no data, no benefit claimed. Each benefit is money the "
                "business keeps, rests on a gap you are closing, and is counted at your low estimate."
            </p>
            <OverlapNotice/>
            <BenefitModel model=Model::Decisions id="benefit-decisions"
                prompt="How much revenue do your product decisions influence each year, what share of it does the business keep (its contribution margin), and by how much could better decisions improve it?">
                <div class="row">
                    <CaseNumber field=Field::Influenced label="Revenue you influence" hint="per year; with several participants, all of them together"
                        get=|c| c.benefits.decisions.influenced set=|c, v| c.benefits.decisions.influenced = v errors/>
                    <CaseOptional field=Field::MarginPct label="Contribution margin (%)"
                        hint="revenue less its variable costs, as a share of revenue: ask finance"
                        blank="not given: nothing claimed"
                        get=|c| c.benefits.decisions.margin_pct set=|c, v| c.benefits.decisions.margin_pct = v errors/>
                </div>
                <Show when=move || state.workspace.with(|w| w.case.benefits.decisions.margin_pct.is_none())>
                    <p class="warn" role="status" data-testid="no-margin">
                        "Without the contribution margin, no benefit is claimed from better decisions: revenue is not money "
                        "the business keeps."
                    </p>
                </Show>
                <EstimateFields
                    fields=[Field::ImprovementPct, Field::ImprovementLow, Field::ImprovementHigh]
                    labels=["Improvement you expect (%)", "Low estimate (%)", "High estimate (%)"]
                    hint="e.g. 1 for a 1 % better outcome"
                    get=|c| &c.benefits.decisions.improvement_pct
                    set=|c| &mut c.benefits.decisions.improvement_pct
                    errors/>
            </BenefitModel>
            <BenefitModel model=Model::TimeSaved id="benefit-time"
                prompt="How many hours a week will you save with better tools, templates and practice? Priced at your loaded hourly cost.">
                <EstimateFields
                    fields=[Field::HoursPerWeek, Field::HoursLow, Field::HoursHigh]
                    labels=["Hours saved a week you expect", "Low estimate (hours)", "High estimate (hours)"]
                    hint="per participant"
                    get=|c| &c.benefits.time_saved.hours_per_week
                    set=|c| &mut c.benefits.time_saved.hours_per_week
                    errors/>
                <HoursUseField/>
            </BenefitModel>
            <BenefitModel model=Model::AvoidedFailure id="benefit-failure"
                prompt="How many launches a year, what a failed launch costs, and how many points less likely a failure becomes.">
                <div class="row">
                    <CaseNumber field=Field::LaunchesPerYear label="Launches a year" hint="all participants' launches together"
                        get=|c| c.benefits.avoided_failure.launches_per_year set=|c, v| c.benefits.avoided_failure.launches_per_year = v errors/>
                    <CaseNumber field=Field::FailureCost label="Cost of a failed launch"
                        get=|c| c.benefits.avoided_failure.failure_cost set=|c, v| c.benefits.avoided_failure.failure_cost = v errors/>
                </div>
                <EstimateFields
                    fields=[Field::ProbabilityReductionPct, Field::ProbabilityLow, Field::ProbabilityHigh]
                    labels=["Less likely to fail by (points %) you expect", "Low estimate (points)", "High estimate (points)"]
                    get=|c| &c.benefits.avoided_failure.probability_reduction_pct
                    set=|c| &mut c.benefits.avoided_failure.probability_reduction_pct
                    errors/>
            </BenefitModel>
            <BenefitModel model=Model::Retention id="benefit-retention"
                prompt="What it costs to replace you, and how many points less likely you are to leave within the year.">
                <CaseNumber field=Field::ReplacementCost label="Replacement cost" hint="recruiting, onboarding, lost time"
                    get=|c| c.benefits.retention.replacement_cost set=|c, v| c.benefits.retention.replacement_cost = v errors/>
                <EstimateFields
                    fields=[Field::AttritionReductionPct, Field::AttritionLow, Field::AttritionHigh]
                    labels=["Less likely to leave by (points %) you expect", "Low estimate (points)", "High estimate (points)"]
                    get=|c| &c.benefits.retention.attrition_reduction_pct
                    set=|c| &mut c.benefits.retention.attrition_reduction_pct
                    errors/>
            </BenefitModel>
            <div class="field">
                <label for="intangibles">"Benefits you can't price "<span class="hint">"(one a line; listed, never counted)"</span></label>
                <textarea id="intangibles" rows="3" prop:value=intangibles on:change=set_intangibles></textarea>
            </div>
        </section>
    }
}
