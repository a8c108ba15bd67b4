use leptos::prelude::*;

use crate::core::justify::alternatives::Alternative;
use crate::ui::state::use_app_state;

/// The alternatives weighed against this training, each with why it was not chosen.
#[component]
pub fn Alternatives() -> impl IntoView {
    let state = use_app_state();
    let set = move |i: usize, way: Option<String>, why: Option<String>| {
        state.workspace.update(|w| {
            if let Some(a) = w.case.alternatives.get_mut(i) {
                if let Some(way) = way {
                    a.way = way;
                }
                if let Some(why) = why {
                    a.why_not = why;
                }
            }
        })
    };
    let rows = move || {
        state.workspace.with(|w| {
            w.case
                .alternatives
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let way_id = format!("alternative-{i}");
                    let why_id = format!("alternative-{i}-why");
                    view! {
                        <li class="alternative">
                            <label for=way_id.clone()>"Alternative"</label>
                            <input id=way_id type="text" maxlength="80" prop:value=a.way.clone()
                                on:change=move |ev| set(i, Some(event_target_value(&ev)), None)/>
                            <label for=why_id.clone()>"Why this training instead"</label>
                            <textarea id=why_id rows="2" prop:value=a.why_not.clone()
                                on:change=move |ev| set(i, None, Some(event_target_value(&ev)))></textarea>
                            <button type="button" class="link" on:click=move |_| state.workspace.update(|w| { w.case.alternatives.remove(i); })>
                                "Remove"
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card">
            <h2>"Alternatives considered"</h2>
            <ul class="plain alternatives">{rows}</ul>
            <button type="button" on:click=move |_| state.workspace.update(|w| w.case.alternatives.push(Alternative { way: String::new(), why_not: String::new() }))>
                "Add an alternative"
            </button>
        </section>
    }
}
