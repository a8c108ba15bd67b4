use leptos::prelude::*;

use crate::core::model::CompetencyModel;
use crate::core::share::link::model::encode;
use crate::ui::components::common::copy_field::CopyField;
use crate::ui::files::download;
use crate::ui::routes::{use_base, View};
use crate::ui::state::AppState;

/// One model on this device: what it is, what the user has on it, and using, exporting, sharing or removing it.
#[component]
pub fn ModelCard(state: AppState, model: CompetencyModel) -> impl IntoView {
    let base = use_base();
    let (id, version) = (model.id.clone(), model.version);
    let key = StoredValue::new(id.clone());
    let in_use = move || {
        state.workspace.with(|ws| {
            key.with_value(|id| ws.assessment.model_id == *id)
                && ws.assessment.model_version == version
        })
    };
    let kept_on_it = {
        let id = id.clone();
        move || {
            state.workspace.with(|ws| {
                let aside = ws
                    .set_aside
                    .iter()
                    .filter(|a| a.model_id == id && a.model_version == version)
                    .filter(|a| a.is_started())
                    .count();
                let snapshots = ws
                    .earlier
                    .iter()
                    .filter(|a| a.model_id == id && a.model_version == version)
                    .count();
                let mut parts = Vec::new();
                if aside > 0 {
                    parts.push("an assessment set aside".to_string());
                }
                match snapshots {
                    0 => {}
                    1 => parts.push("1 snapshot".into()),
                    n => parts.push(format!("{n} snapshots")),
                }
                if parts.is_empty() {
                    String::new()
                } else {
                    format!("On it: {}.", parts.join(", "))
                }
            })
        }
    };
    let removable = {
        let id = id.clone();
        let builtin = model.is_builtin();
        move || !builtin && !state.workspace.with(|ws| ws.model_in_use(&id, version))
    };
    let use_it = {
        let (id, name) = (id.clone(), model.name.clone());
        move |_| {
            let mut ws = state.workspace.get_untracked();
            ws.switch_model(&id, version);
            state.replace(ws, &format!("Now on “{name}”. Your ratings on the model you left are set aside, whole, for when you come back."));
        }
    };
    let remove = {
        let (id, name) = (id.clone(), model.name.clone());
        move |_| {
            let mut ws = state.workspace.get_untracked();
            if ws.remove_model(&id, version) {
                state.replace(ws, &format!("“{name}” was removed from this device."));
            }
        }
    };
    let failed = RwSignal::new(false);
    let export = {
        let model = model.clone();
        move |csv: bool| {
            let (name, mime, text) = if csv {
                (
                    format!("{}-v{}.csv", model.id, model.version),
                    "text/csv",
                    model.to_csv(),
                )
            } else {
                (
                    format!("{}-v{}.json", model.id, model.version),
                    "application/json",
                    model.to_json(),
                )
            };
            failed.set(download(&name, mime, &text).is_err());
        }
    };
    let export_csv = export.clone();
    let sharing = RwSignal::new(false);
    let link = {
        let model = model.clone();
        Memo::new(move |_| {
            if sharing.get() {
                View::Models.link(&base, &encode(&model))
            } else {
                String::new()
            }
        })
    };
    let facts = format!(
        "{} areas in {} groups on {} levels ({}); {}. Id {}, version {}, fingerprint {}.",
        model.areas.len(),
        model.groups.len(),
        model.levels.len(),
        model.levels.join(", "),
        match &model.ladder {
            Some(l) => format!("a ladder of {} roles", l.roles().count()),
            None => "no ladder of roles".into(),
        },
        model.id,
        model.version,
        model.fingerprint()
    );
    let title = model.name.clone();
    view! {
        <li class="card model-card" data-testid="model-card" data-model=format!("{}@{}", id, version)>
            <h3>{title} {move || in_use().then(|| view! { <span class="badge">" In use"</span> })}</h3>
            <p>{facts}</p>
            <p class="hint">{kept_on_it}</p>
            <div class="button-row">
                <Show when=move || !in_use()>
                    <button class="primary" on:click=use_it.clone() data-testid="use-model">"Use this model"</button>
                </Show>
                <button on:click={let export = export.clone(); move |_| export(false)}>"Export JSON"</button>
                <button on:click=move |_| export_csv(true)>"Export CSV"</button>
                <button aria-expanded=move || sharing.get().to_string() on:click=move |_| sharing.update(|s| *s = !*s)
                    data-testid="share-model">"Share as a link"</button>
                <Show when=removable>
                    <button class="danger" on:click=remove.clone()>"Remove"</button>
                </Show>
            </div>
            <Show when=move || sharing.get()>
                <p class="hint">"Whoever opens this link can keep the model and rate themselves on it; it carries the model only, nothing of yours."</p>
                <CopyField link=Signal::derive(move || link.get()) id="model-link" label="Model link"/>
            </Show>
            <Show when=move || failed.get()>
                <p class="error" role="alert">"The browser refused the download. Try again, or allow downloads for this page."</p>
            </Show>
        </li>
    }
}
