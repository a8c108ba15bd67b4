use leptos::prelude::*;

use crate::core::justify::roi::HoursUse;
use crate::ui::state::use_app_state;

/// What the hours time saved frees go to: only hours put to work the business would otherwise pay for, or overtime
/// not paid, are money it keeps; the page says why when they are not counted.
#[component]
pub fn HoursUseField() -> impl IntoView {
    let state = use_app_state();
    let chosen = move || {
        state
            .workspace
            .with(|w| w.case.benefits.time_saved.hours_go_to)
    };
    let options = HoursUse::ASKED
        .into_iter()
        .map(|u| {
            let id = format!("hours-go-to-{}", u.code());
            view! {
                <label for=id.clone() class="choice">
                    <input type="radio" name="hours-go-to" id=id.clone() value=u.code()
                        prop:checked=move || chosen() == u
                        on:change=move |_| state.workspace.update(|w| w.case.benefits.time_saved.hours_go_to = u)/>
                    {u.label()}
                </label>
            }
        })
        .collect_view();
    let why = move || {
        match chosen() {
        HoursUse::Unsaid => "Not counted until you say what the freed hours go to.",
        HoursUse::NothingMeasurable => {
            "Not counted: hours the business pays for either way, with nothing to show for them, are not money it keeps."
        }
        HoursUse::NotAsked => {
            "Counted as the case was made, before Skillcase asked: say what the freed hours go to."
        }
        HoursUse::WaitingWork => "Counted: work that was waiting gets done without paying anyone for it.",
        HoursUse::LessOvertime => "Counted: overtime that is no longer paid or worked.",
    }
    };
    view! {
        <fieldset class="choices" data-testid="hours-go-to">
            <legend>"What will the freed hours go to?"</legend>
            {options}
            <p class=move || if chosen().is_counted() { "hint" } else { "warn" } role="status">{why}</p>
        </fieldset>
    }
}
