use leptos::prelude::*;

use crate::core::plan::Mentor;
use crate::ui::state::use_app_state;

/// The user's "personal board of directors": who, and what each helps with. Removing one can be undone.
#[component]
pub fn MentorList() -> impl IntoView {
    let state = use_app_state();
    let count = move || state.workspace.with(|w| w.plan.mentors.len());
    let removed = RwSignal::new(None::<(usize, Mentor)>);
    let edit = move |i: usize, f: Box<dyn FnOnce(&mut Mentor)>| {
        state.workspace.update(|w| {
            if let Some(m) = w.plan.mentors.get_mut(i) {
                f(m)
            }
        })
    };
    let row = move |i: usize| {
        let get = move |f: fn(&Mentor) -> String| {
            move || {
                state
                    .workspace
                    .with(|w| w.plan.mentors.get(i).map(f).unwrap_or_default())
            }
        };
        view! {
            <li class="mentor">
                <input type="text" maxlength="80" aria-label=format!("Mentor {} name", i + 1) placeholder="Name"
                    prop:value=get(|m| m.name.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit(i, Box::new(move |m| m.name = v)) }/>
                <input type="text" maxlength="120" aria-label=format!("Mentor {} helps with", i + 1) placeholder="Helps me with…"
                    prop:value=get(|m| m.helps_with.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit(i, Box::new(move |m| m.helps_with = v)) }/>
                <button on:click=move |_| {
                    state.workspace.update(|w| if i < w.plan.mentors.len() { removed.set(Some((i, w.plan.mentors.remove(i)))) });
                } aria-label=format!("Remove mentor {}", i + 1)>"Remove"</button>
            </li>
        }
    };
    view! {
        <section class="card mentors">
            <h2>"Your personal board of directors"</h2>
            <p class="hint">"A few people who each help with one thing: a skill, your company's politics, your next career step."</p>
            <ul class="mentor-list" data-testid="mentors">{move || (0..count()).map(row).collect_view()}</ul>
            <button on:click=move |_| state.workspace.update(|w| w.plan.mentors.push(Mentor::default())) data-testid="add-mentor">"Add a mentor"</button>
            {move || removed.get().map(|(i, m)| view! {
                <p role="status">{format!("Removed {}. ", if m.name.is_empty() { "a mentor".to_string() } else { m.name.clone() })}
                    <button on:click=move |_| {
                        let m = m.clone();
                        state.workspace.update(|w| { let at = i.min(w.plan.mentors.len()); w.plan.mentors.insert(at, m) });
                        removed.set(None);
                    }>"Undo"</button>
                </p>
            })}
        </section>
    }
}
