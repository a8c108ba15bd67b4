use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::model::CompetencyModel;
use crate::core::share::link::model::open;
use crate::ui::components::model::keep_model;
use crate::ui::files::{picked_file, read_text};
use crate::ui::state::AppState;

/// Files larger than this are not a model: thirty areas of ten levels written out come to well under it.
const MAX_MODEL_BYTES: f64 = 512.0 * 1024.0;

/// Loading a model from a JSON or CSV file or from a model link; a refused one changes nothing and says why.
/// `use_it`: the model loaded becomes the one in use.
#[component]
pub fn ModelLoader(state: AppState, use_it: bool, id: &'static str) -> impl IntoView {
    let message = RwSignal::new(None::<Result<String, String>>);
    let pick = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else {
            return;
        };
        spawn_local(async move {
            let name = file.name();
            if file.size() > MAX_MODEL_BYTES {
                message.set(Some(Err(format!(
                    "“{name}” was not loaded: it is larger than any model. Nothing was changed."
                ))));
                return;
            }
            let read = read_text(&file)
                .await
                .and_then(|text| CompetencyModel::from_file(&name, &text))
                .and_then(|model| keep_model(state, model, use_it));
            message.set(Some(read.map_err(|why| {
                format!("“{name}” was not loaded: {why}. Nothing was changed.")
            })));
        });
    };
    let pasted = RwSignal::new(String::new());
    let open_link = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let read = open(&pasted.get_untracked()).and_then(|model| {
            keep_model(state, model, use_it)
                .map_err(|why| format!("The link was not loaded: {why}."))
        });
        if read.is_ok() {
            pasted.set(String::new());
        }
        message.set(Some(
            read.map_err(|why| format!("{why} Nothing was changed.")),
        ));
    };
    let file_id = format!("{id}-file");
    let link_id = format!("{id}-link");
    view! {
        <div class="model-loader">
            <p>
                <label class="button" for=file_id.clone()>"Load a model file (JSON or CSV)…"</label>
                <input id=file_id class="visually-hidden" type="file" accept=".json,.csv,application/json,text/csv"
                    on:change=pick data-testid=format!("{id}-file")/>
            </p>
            <form class="share-row model-link-form" on:submit=open_link>
                <label for=link_id.clone()>"or paste a model link"</label>
                <input id=link_id type="text" placeholder="https://…/models/#M1…" prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev)) data-testid=format!("{id}-link")/>
                <button type="submit">"Load"</button>
            </form>
            {move || message.get().map(|m| match m {
                Ok(text) => view! { <p role="status" data-testid="model-loaded">{text}</p> }.into_any(),
                Err(text) => view! { <p class="error" role="alert" data-testid="model-error">{text}</p> }.into_any(),
            })}
        </div>
    }
}
