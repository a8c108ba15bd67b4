use leptos::prelude::*;

use crate::core::model::Role;
use crate::ui::state::{use_app_state, use_model};

/// Who the assessment is for and the role it is measured against.
#[component]
pub fn ProfileForm() -> impl IntoView {
    let state = use_app_state();
    let name = move || state.workspace.with(|ws| ws.profile.name.clone());
    let role = move || {
        state
            .workspace
            .with(|ws| ws.profile.role.map(Role::code).unwrap_or_default())
    };
    let set_name = move |ev| {
        state
            .workspace
            .update(|ws| ws.profile.name = event_target_value(&ev))
    };
    let set_role = move |ev| {
        state
            .workspace
            .update(|ws| ws.profile.role = Role::from_code(&event_target_value(&ev)))
    };
    let model = use_model();
    let options = model
        .roles()
        .into_iter()
        .map(|r| view! { <option value=r.code() selected=move || role() == r.code()>{model.role_name(r).to_string()}</option> })
        .collect_view();
    view! {
        <section class="card profile">
            <h2>"Before you start"</h2>
            <div class="field">
                <label for="profile-name">
                    "Your name " <span class="hint">"(optional, shown only on what you share)"</span>
                </label>
                <input id="profile-name" type="text" autocomplete="name" maxlength="80" prop:value=name on:input=set_name/>
            </div>
            <div class="field">
                <label for="profile-role">"The role you want to be measured against"</label>
                <select id="profile-role" on:change=set_role>
                    <option value="" selected=move || role().is_empty()>"Choose a role…"</option>
                    {options}
                </select>
                <p class="hint">"You can change this at any time; it picks the expectations your ratings are compared with."</p>
            </div>
        </section>
    }
}
