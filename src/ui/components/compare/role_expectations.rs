use leptos::prelude::*;

use crate::core::model::{Expectation, Role};
use crate::core::words::a;
use crate::ui::state::{use_app_state, use_model};

/// A role's expected levels on the model's ladder with its reasons and sources, each value editable by the user (kept),
/// with a reset; nothing where the ladder lacks the role.
#[component]
pub fn RoleExpectations(role: Role) -> impl IntoView {
    let state = use_app_state();
    let model = use_model();
    let Some(profiles) = model.ladder.as_ref() else {
        return ().into_any();
    };
    let Some(profile) = profiles.get(role) else {
        return ().into_any();
    };
    let top = f32::from(model.max_level());
    let whose = if model.is_builtin() {
        "Skillcase".to_string()
    } else {
        model.name.clone()
    };
    let edited = move |area: &str| {
        state.workspace.with(|ws| {
            ws.role_edits
                .get(role.code())
                .and_then(|e| e.get(area))
                .copied()
        })
    };
    let any_edits = move || {
        state.workspace.with(|ws| {
            ws.role_edits
                .get(role.code())
                .is_some_and(|e| !e.is_empty())
        })
    };
    let rows = model
        .areas
        .iter()
        .filter_map(|area| {
            let Expectation(ours, reason) = profile.levels.get(&area.id)?.clone();
            let id = StoredValue::new(area.id.clone());
            let input_id = format!("expect-{}", area.id);
            let (bad, set_bad) = signal(false);
            let set = move |ev| {
                let text = event_target_value(&ev);
                let value = text.trim().replace(',', ".").parse::<f32>().ok().filter(|v| (1.0..=top).contains(v));
                // Something that is not a level leaves the value as it was and says so.
                set_bad.set(value.is_none());
                let Some(value) = value else { return };
                state.workspace.update(|ws| {
                    let edits = ws.role_edits.entry(role.code().to_string()).or_default();
                    if value == ours {
                        edits.remove(&id.get_value());
                    } else {
                        edits.insert(id.get_value(), value);
                    }
                    if edits.is_empty() {
                        ws.role_edits.remove(role.code());
                    }
                });
            };
            Some(view! {
                <tr>
                    <th scope="row"><label for=input_id.clone()>{area.name.clone()}</label></th>
                    <td data-label="Expected level">
                        <input id=input_id type="number" min="1" max=top.to_string() step="0.5" inputmode="decimal"
                            prop:value=move || format!("{}", edited(&id.read_value()).unwrap_or(ours))
                            on:change=set/>
                        {move || edited(&id.read_value()).map(|_| view! { <span class="hint">{format!(" (ours: {ours})")}</span> })}
                        <Show when=move || bad.get()>
                            <p class="error" role="alert">{format!("Use a level from 1 to {top}, such as 3 or 3.5.")}</p>
                        </Show>
                    </td>
                    <td data-label="Why">{reason}</td>
                </tr>
            })
        })
        .collect_view();
    let sources = profiles
        .sources
        .iter()
        .map(|s| view! { <li>{s.clone()}</li> })
        .collect_view();
    view! {
        <details class="card role-expectations">
            <summary>{format!("What {whose} expects of {} — and why", a(model.role_name(role)))}</summary>
            <p><strong>{profiles.note.clone()}</strong>" "{profile.summary.clone()}</p>
            <div class="table-wrap">
                <table class="stack">
                    <thead><tr><th scope="col">"Area"</th><th scope="col">"Expected level"</th><th scope="col">"Why"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <Show when=any_edits>
                <button on:click=move |_| state.workspace.update(|ws| { ws.role_edits.remove(role.code()); })>
                    {format!("Reset to {whose}'s values")}
                </button>
            </Show>
            <p class="hint">"Drawn from:"</p>
            <ul class="sources">{sources}</ul>
        </details>
    }
    .into_any()
}
