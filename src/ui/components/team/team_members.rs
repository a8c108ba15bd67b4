use leptos::prelude::*;

use crate::core::model::Role;
use crate::core::team::{Added, Member, Opened};
use crate::core::words::count;
use crate::ui::format::date;
use crate::ui::state::{use_app_state, use_model};

/// Members listed before "Show the other N".
const SHORT_LIST: usize = 12;

/// Gathering the team: links pasted in, the role to measure against, and the members, each renamed or removed (a
/// removal can be undone).
#[component]
pub fn TeamMembers(
    /// The members whose links open, decoded once per change of the list.
    members: Memo<Vec<Opened>>,
    role: Memo<Role>,
) -> impl IntoView {
    let state = use_app_state();
    let model = use_model();
    let pasted = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<String>);
    let add = move |_| {
        let text = pasted.get_untracked();
        let mut result = Added::default();
        state
            .workspace
            .update(|w| result = w.team.add_links(&text, model));
        if result.problems.is_empty() {
            pasted.set(String::new());
        }
        outcome.set(Some(result.summary()));
    };
    let removed = RwSignal::new(None::<(usize, Member)>);
    // A long list is mostly scrolling: the first few, and the rest on request (the heat map names everyone).
    let show_all = RwSignal::new(false);
    let hidden = move || members.with(Vec::len).saturating_sub(SHORT_LIST);
    let has_members = move || members.with(|m| !m.is_empty());
    view! {
        <section class="card">
            <h2>"Gather your team"</h2>
            <label for="team-links">"Paste your team members' report links (one or many, one a line)"</label>
            <textarea id="team-links" rows="4" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            <button class="primary" on:click=add data-testid="add-links">"Add to the team"</button>
            <p role="status" data-testid="add-result">{move || outcome.get()}</p>
            <div class="field">
                <label for="team-role">"Measure the team against"</label>
                <select id="team-role" on:change=move |ev| {
                    if let Some(r) = Role::from_code(&event_target_value(&ev)) { state.workspace.update(|w| w.team.role = r) }
                }>
                    {model.roles().into_iter().map(|r| view! { <option value=r.code() selected=move || role.get() == r>{model.role_name(r).to_string()}</option> }).collect_view()}
                </select>
            </div>
            <Show when=has_members fallback=|| view! { <p>"No members yet. Ask each person for the link under “Share your report as a link” on their Results page."</p> }>
                <ul class="members" data-testid="members">
                    {move || members.get().into_iter().take(if show_all.get() { usize::MAX } else { SHORT_LIST }).enumerate().map(|(i, m)| {
                        let made = state.workspace.with_untracked(|w| date(&w.locale, &m.report.made_on_iso()));
                        view! {
                            <li class="member">
                                <input type="text" maxlength="80" aria-label=format!("Name of member {}", i + 1) prop:value=m.name.clone()
                                    on:change=move |ev| { let v = event_target_value(&ev); state.workspace.update(|w| if let Some(x) = w.team.members.get_mut(i) { x.rename = v }) }/>
                                <span class="hint">{format!("link of {made}")}</span>
                                <button aria-label=format!("Remove member {}", i + 1) on:click=move |_| {
                                    state.workspace.update(|w| if i < w.team.members.len() { removed.set(Some((i, w.team.members.remove(i)))) });
                                }>"Remove"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <Show when=move || { !show_all.get() && hidden() > 0 }>
                    <button on:click=move |_| show_all.set(true) data-testid="show-all-members">{move || format!("Show the other {}", count(hidden(), "member", "members"))}</button>
                </Show>
                {move || removed.get().map(|(i, m)| view! {
                    <p role="status">"Member removed. "
                        <button on:click=move |_| {
                            let m = m.clone();
                            state.workspace.update(|w| { let at = i.min(w.team.members.len()); w.team.members.insert(at, m) });
                            removed.set(None);
                        }>"Undo"</button>
                    </p>
                })}
            </Show>
        </section>
    }
}
