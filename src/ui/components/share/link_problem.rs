use leptos::prelude::*;

use crate::core::share::link::{LinkError, LinkKind};
use crate::ui::components::model::model_loader::ModelLoader;
use crate::ui::routes::{use_base, View};
use crate::ui::state::use_app_state;

/// What is wrong with a link, what to do, and, for a good link of another kind, the page that opens it.
#[component]
pub fn LinkProblem(error: LinkError, fragment: String) -> impl IntoView {
    let base = use_base();
    let elsewhere = match error {
        LinkError::Kind(LinkKind::Report) => Some(View::Report),
        LinkError::Kind(LinkKind::RateRequest | LinkKind::RaterAnswer) => Some(View::Rate),
        LinkError::Kind(LinkKind::Model) => Some(View::Models),
        _ => None,
    };
    let needs = match &error {
        LinkError::OtherModel(r) => Some(r.clone()),
        _ => None,
    };
    let state = use_app_state();
    let model_help = needs.map(|needed| {
        let name = needed.name.clone();
        let has = {
            let needed = needed.clone();
            move || state.workspace.with(|ws| ws.model_named(Some(&needed)).map(|m| (m.id.clone(), m.version)))
        };
        view! {
            <div data-testid="needs-model">
                {move || match has() {
                    Some((id, version)) => view! {
                        <p>"You have this model on this device. Your ratings on the one you use now are set aside, whole, when you switch."</p>
                        <button class="primary" data-testid="switch-model" on:click=move |_| {
                            let mut ws = state.workspace.get_untracked();
                            ws.switch_model(&id, version);
                            state.replace(ws, "Switched model: your ratings on the other one are set aside for when you come back.");
                        }>{format!("Use “{name}” now")}</button>
                    }.into_any(),
                    None => view! {
                        <p>"Load it here, from the file or the model link the sender's organisation uses; the link then opens."</p>
                        <ModelLoader state use_it=false id="needed-model"/>
                    }.into_any(),
                }}
            </div>
        }
    });
    view! {
        <section class="card link-problem" role="alert" data-testid="link-problem">
            <h1>"This link can't be opened here"</h1>
            <p>{error.message()}</p>
            {model_help}
            <p>"Nothing in your own workspace was changed."</p>
            {elsewhere.map(|v| view! {
                <p><a class="button primary" href=format!("{}{fragment}", v.href(&base)) data-testid="open-elsewhere">"Open it where it belongs"</a></p>
            })}
            <a class="button" href=View::Results.href(&base)>"Go to my own results"</a>
        </section>
    }
}
