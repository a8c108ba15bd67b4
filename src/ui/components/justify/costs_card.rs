use leptos::prelude::*;

use crate::core::justify::roi::{Field, FieldError};
use crate::ui::components::justify::case_number::CaseNumber;
use crate::ui::components::justify::case_optional::CaseOptional;

/// Every cost of the training, the participant's time away priced at the loaded salary, and the fully loaded costs
/// beside it (manager's time, evaluation, administration, the sharing session), folded away until wanted.
#[component]
pub fn CostsCard(errors: Memo<Vec<FieldError>>) -> impl IntoView {
    view! {
        <section class="card">
            <h2>"Costs"</h2>
            <div class="row">
                <CaseNumber field=Field::Fees label="Fees" hint="for all participants"
                    get=|c| c.training.fees set=|c, v| c.training.fees = v errors/>
                <CaseNumber field=Field::Travel label="Travel and lodging"
                    get=|c| c.training.travel set=|c, v| c.training.travel = v errors/>
            </div>
            <div class="row">
                <CaseNumber field=Field::Materials label="Materials"
                    get=|c| c.training.materials set=|c, v| c.training.materials = v errors/>
                <CaseNumber field=Field::Backfill label="Backfill" hint="paid to cover the work while you are away"
                    get=|c| c.training.backfill set=|c, v| c.training.backfill = v errors/>
            </div>
            <div class="row">
                <CaseNumber field=Field::Salary label="Annual salary" hint="of one participant; prices the time away"
                    get=|c| c.training.salary set=|c, v| c.training.salary = v errors/>
                <CaseNumber field=Field::Overhead label="Overhead factor"
                    hint="salary × this = loaded cost; 1.3 adds 30 % for benefits and overhead"
                    get=|c| c.training.overhead set=|c, v| c.training.overhead = v errors/>
            </div>
            <details class="loaded-costs" data-testid="loaded-costs">
                <summary>"More on costs (optional): fully loaded costs, and how far the total could move"</summary>
                <div class="row">
                    <CaseNumber field=Field::ManagerTime label="Your manager's time" hint="briefing you before, following up after"
                        get=|c| c.training.manager_time set=|c, v| c.training.manager_time = v errors/>
                    <CaseNumber field=Field::Evaluation label="Evaluation" hint="measuring the impact afterwards"
                        get=|c| c.training.evaluation set=|c, v| c.training.evaluation = v errors/>
                    <CaseNumber field=Field::Administration label="Administration" hint="booking, approvals, invoices"
                        get=|c| c.training.administration set=|c, v| c.training.administration = v errors/>
                </div>
                <div class="row">
                    <CaseNumber field=Field::SharingHours label="Sharing session, hours" hint="where you pass on what you learned"
                        get=|c| c.training.sharing_hours set=|c, v| c.training.sharing_hours = v errors/>
                    <CaseNumber field=Field::SharingPeople label="Colleagues at the sharing session"
                        hint="their time is priced at your loaded hourly cost"
                        get=|c| c.training.sharing_people set=|c, v| c.training.sharing_people = v errors/>
                </div>
                <div class="row">
                    <CaseOptional field=Field::CostLow label="Total cost, low" blank="a fifth less"
                        hint="how low the total could turn out; the sensitivity swings it this far"
                        get=|c| c.training.cost_low set=|c, v| c.training.cost_low = v errors/>
                    <CaseOptional field=Field::CostHigh label="Total cost, high" blank="a fifth more"
                        hint="how high it could turn out"
                        get=|c| c.training.cost_high set=|c, v| c.training.cost_high = v errors/>
                </div>
            </details>
        </section>
    }
}
