use leptos::prelude::*;

use crate::core::justify::roi::HoursUse;
use crate::core::workspace::Workspace;
use crate::ui::state::use_app_state;

/// What the hours time saved frees go to: only hours put to work the business would otherwise pay for, or overtime
/// not paid, are money it keeps; the page says why when they are not counted. Serves one person's case and the
/// group's: `get` and `set` say where the answer is kept.
#[component]
pub fn HoursUseField(
    /// Put before the radios' ids and name, to tell the group's from one person's ("group-").
    #[prop(optional)]
    id_prefix: &'static str,
    get: fn(&Workspace) -> HoursUse,
    set: fn(&mut Workspace, HoursUse),
) -> impl IntoView {
    let state = use_app_state();
    let chosen = move || state.workspace.with(get);
    let name = format!("{id_prefix}hours-go-to");
    let options = HoursUse::ASKED
        .into_iter()
        .map(|u| {
            let id = format!("{name}-{}", u.code());
            view! {
                <label for=id.clone() class="choice">
                    <input type="radio" name=name.clone() id=id.clone() value=u.code()
                        prop:checked=move || chosen() == u
                        on:change=move |_| state.workspace.update(|w| set(w, u))/>
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
        <fieldset class="choices" data-testid=format!("{id_prefix}hours-go-to")>
            <legend>"What will the freed hours go to?"</legend>
            {options}
            <p class=move || if chosen().is_counted() { "hint" } else { "warn" } role="status">{why}</p>
        </fieldset>
    }
}
