use leptos::prelude::*;

use crate::core::justify::roi::{Field, FieldError, WorkingTime, WORKING_TIME_PRESETS};
use crate::ui::components::justify::case_number::CaseNumber;
use crate::ui::state::use_app_state;

/// The working time everything is priced on, set once: time away and time saved use the same days and hours.
#[component]
pub fn WorkingTimeCard(errors: Memo<Vec<FieldError>>) -> impl IntoView {
    let state = use_app_state();
    let preset = Memo::new(move |_| state.workspace.with(|w| w.case.working_time.preset()));
    let options = WORKING_TIME_PRESETS
        .iter()
        .map(|(code, name, days, hours)| {
            let code = *code;
            view! {
                <option value=code selected=move || preset.get() == Some(code)>
                    {format!("{name}: {days} days, {hours} h a day")}
                </option>
            }
        })
        .collect_view();
    let choose = move |ev| {
        if let Some(time) = WorkingTime::of_preset(&event_target_value(&ev)) {
            state.workspace.update(|w| w.case.working_time = time);
        }
    };
    view! {
        <section class="card">
            <h2>"Working time"</h2>
            <p class="hint">
                "Your time away and any time saved are priced on the same working year: set it once. The presets are "
                "typical (weekdays less public holidays and usual paid leave); use your own if they differ."
            </p>
            <div class="field">
                <label for="working-time">"Country"</label>
                <select id="working-time" on:change=choose>
                    <option value="" selected=move || preset.get().is_none()>"My own figures"</option>
                    {options}
                </select>
            </div>
            <div class="row">
                <CaseNumber field=Field::DaysPerYear label="Working days a year"
                    get=|c| c.working_time.days_per_year set=|c, v| c.working_time.days_per_year = v errors/>
                <CaseNumber field=Field::HoursPerDay label="Working hours a day"
                    get=|c| c.working_time.hours_per_day set=|c, v| c.working_time.hours_per_day = v errors/>
            </div>
        </section>
    }
}
