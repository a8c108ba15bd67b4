use leptos::prelude::*;

use crate::core::model::CompetencyModel;
use crate::core::share::link::model::open;
use crate::core::share::link::LinkKind;
use crate::ui::components::model::keep_model;
use crate::ui::components::model::model_card::ModelCard;
use crate::ui::components::model::model_editor::ModelEditor;
use crate::ui::components::model::model_loader::ModelLoader;
use crate::ui::files::download;
use crate::ui::fragment::use_fragment;
use crate::ui::state::{use_app_state, use_model};

/// The competency models: the one in use, the others on this device, loading one (from a file, or the model link
/// this page was opened with), editing, and the templates to start a file from.
#[component]
pub fn Models() -> impl IntoView {
    let state = use_app_state();
    let model = use_model();
    let hash = use_fragment();
    let from_link = Memo::new(move |_| {
        let link = hash.get();
        (LinkKind::of(link.trim_start_matches('#')) == Some(LinkKind::Model)).then(|| open(&link))
    });
    let link_result = RwSignal::new(None::<Result<String, String>>);
    let offered = move || {
        from_link.get().map(|read| match read {
            Ok(m) => {
                let facts = format!("{} areas on {} levels, id {}, version {}.", m.areas.len(), m.levels.len(), m.id, m.version);
                let name = m.name.clone();
                let (keep, keep_and_use) = (m.clone(), m);
                view! {
                    <section class="card" data-testid="model-offered">
                        <h2>{format!("This link carries the model “{name}”")}</h2>
                        <p>{facts}</p>
                        <div class="button-row">
                            <button class="primary" data-testid="keep-and-use"
                                on:click=move |_| link_result.set(Some(keep_model(state, keep_and_use.clone(), true)))>"Keep it and use it"</button>
                            <button on:click=move |_| link_result.set(Some(keep_model(state, keep.clone(), false)))>"Only keep it"</button>
                        </div>
                        {move || link_result.get().map(|r| match r {
                            Ok(text) => view! { <p role="status">{text}</p> }.into_any(),
                            Err(text) => view! { <p class="error" role="alert">{format!("It was not kept: {text}. Nothing was changed.")}</p> }.into_any(),
                        })}
                    </section>
                }
                .into_any()
            }
            Err(text) => view! { <p class="error card" role="alert" data-testid="model-link-problem">{text}" Nothing was changed."</p> }.into_any(),
        })
    };
    let models = move || {
        state.workspace.with(|ws| {
            ws.models_to_choose()
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let failed = RwSignal::new(false);
    let template = move |csv: bool| {
        let po = CompetencyModel::builtin_of("skillcase-po").unwrap_or(CompetencyModel::builtin());
        let done = if csv {
            download("skillcase-model-template.csv", "text/csv", &po.to_csv())
        } else {
            download(
                "skillcase-model-template.json",
                "application/json",
                &po.to_json(),
            )
        };
        failed.set(done.is_err());
    };
    let ladder = match &model.ladder {
        Some(l) => format!(
            "Its ladder sets expectations for {}.",
            l.roles()
                .map(|r| model.role_name(r).to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        None => "It has no ladder, so compare with a team, a file, a person or your earlier self."
            .into(),
    };
    view! {
        <h1>"Competency models"</h1>
        <p class="lead" data-testid="model-in-use">
            {format!("You are rating yourself on “{}”: {} areas on {} levels. ", model.name, model.areas.len(), model.levels.len())}
            {ladder}
        </p>
        {offered}
        <section class="card">
            <h2>"Models on this device"</h2>
            <p>"Switching keeps your work: ratings on the model you leave are set aside, whole, and come back when you return to it. Nothing is mapped between models."</p>
            <ul class="model-list">
                {move || models().into_iter().map(|m| view! { <ModelCard state model=m/> }).collect_view()}
            </ul>
        </section>
        <section class="card">
            <h2>"Load your organisation's model"</h2>
            <p>
                "A model is a JSON file in Skillcase's own form, or a CSV a spreadsheet saves: one row an area with its "
                "group, name, definition and a behaviour per level. 3 to 30 areas, 3 to 10 levels. Start from a template:"
            </p>
            <div class="button-row">
                <button on:click=move |_| template(false)>"Download the JSON template"</button>
                <button on:click=move |_| template(true)>"Download the CSV template"</button>
            </div>
            <Show when=move || failed.get()>
                <p class="error" role="alert">"The browser refused the download. Try again, or allow downloads for this page."</p>
            </Show>
            <ModelLoader state use_it=true id="load-model"/>
        </section>
        <ModelEditor state/>
    }
}
