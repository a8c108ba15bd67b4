use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::compare::benchmark::Benchmark;
use crate::core::compare::choice::BenchmarkChoice;
use crate::core::compare::import::{read, Reading, Scale};
use crate::core::date::iso_date;
use crate::core::model::Role;
use crate::core::words::count;
use crate::ui::components::compare::benchmark_mapping::BenchmarkMapping;
use crate::ui::files::{picked_file, read_text};
use crate::ui::format::{date, dates_in};
use crate::ui::state::{use_app_state, use_model};

/// Encodes a choice as an option value, and back.
fn choice_value(choice: &BenchmarkChoice) -> String {
    match choice {
        BenchmarkChoice::MyRole => "my-role".into(),
        BenchmarkChoice::Role { role } => format!("role:{}", role.code()),
        BenchmarkChoice::Earlier { at } => format!("earlier:{at}"),
        BenchmarkChoice::Imported { name } => format!("imported:{name}"),
    }
}

fn parse_choice(value: &str) -> Option<BenchmarkChoice> {
    let (kind, rest) = value.split_once(':').unwrap_or((value, ""));
    match kind {
        "my-role" => Some(BenchmarkChoice::MyRole),
        "role" => Role::from_code(rest).map(|role| BenchmarkChoice::Role { role }),
        "earlier" => rest.parse().ok().map(|at| BenchmarkChoice::Earlier { at }),
        "imported" => Some(BenchmarkChoice::Imported {
            name: rest.to_string(),
        }),
        _ => None,
    }
}

/// Chooses what the radar compares with, and imports a benchmark from a JSON or CSV file.
#[component]
pub fn BenchmarkPicker() -> impl IntoView {
    let state = use_app_state();
    let model = use_model();
    let selected = move || state.workspace.with(|ws| choice_value(&ws.compare_with));
    let option = move |choice: BenchmarkChoice, label: String| {
        let value = choice_value(&choice);
        let is = value.clone();
        view! { <option value=value selected=move || selected() == is>{label}</option> }
    };
    let my_role = move || {
        let label = match state.workspace.with(|ws| ws.profile.role) {
            Some(role) => format!("My role ({})", model.role_name(role)),
            None => "My role (choose one on the Assess page)".into(),
        };
        option(BenchmarkChoice::MyRole, label)
    };
    // Only a ladder's roles have expectations to compare with.
    let roles = model
        .ladder
        .iter()
        .flat_map(|ladder| ladder.roles())
        .map(|role| {
            option(
                BenchmarkChoice::Role { role },
                format!("{} expectations", model.role_name(role)),
            )
        })
        .collect_view();
    let earlier = move || {
        state.workspace.with(|ws| {
            ws.earlier
                .iter()
                .rev()
                .map(|a| {
                    option(
                        BenchmarkChoice::Earlier { at: a.updated_at },
                        format!("You on {}", date(&ws.locale, &iso_date(a.updated_at))),
                    )
                })
                .collect_view()
        })
    };
    let imported = move || {
        state.workspace.with(|ws| {
            ws.imported
                .iter()
                .map(|b| {
                    option(
                        BenchmarkChoice::Imported {
                            name: b.name.clone(),
                        },
                        dates_in(&ws.locale, &b.name),
                    )
                })
                .collect_view()
        })
    };
    let choose = move |ev| {
        if let Some(choice) = parse_choice(&event_target_value(&ev)) {
            state.workspace.update(|ws| ws.compare_with = choice);
        }
    };

    let (message, set_message) = signal(None::<(bool, String)>);
    // A file read whose own areas still wait for the user's mapping.
    let mapping = RwSignal::new(None::<Reading>);
    let keep = move |b: Benchmark| {
        let choice = BenchmarkChoice::Imported {
            name: b.name.clone(),
        };
        let rescaled = if b.source.contains("rescaled from") {
            ", rescaled"
        } else {
            ""
        };
        set_message.set(Some((
            true,
            format!(
                "Imported “{}” ({}{rescaled}).",
                b.name,
                count(b.levels.len(), "area", "areas")
            ),
        )));
        mapping.set(None);
        state.workspace.update(|ws| {
            // A file with the same name replaces the earlier import.
            ws.keep_benchmark(b);
            ws.compare_with = choice;
        });
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else {
            return;
        };
        spawn_local(async move {
            let name = file.name();
            let reading = read_text(&file)
                .await
                .and_then(|text| read(model, &name, &text));
            match reading {
                Ok(r) if r.theirs.is_empty() => match r.benchmark(model, &Default::default()) {
                    Ok(b) => keep(b),
                    Err(why) => set_message.set(Some((
                        false,
                        format!("“{name}” was not imported: {why}. Nothing was changed."),
                    ))),
                },
                Ok(r) => {
                    let scale = if r.scale == Scale::of(model) {
                        String::new()
                    } else {
                        format!(" on a {}–{} scale", r.scale.min, r.scale.max)
                    };
                    set_message.set(Some((
                        true,
                        format!(
                            "“{}”{scale} names {} of its own: map them below.",
                            r.name,
                            count(r.theirs.len(), "area", "areas")
                        ),
                    )));
                    mapping.set(Some(r));
                }
                Err(why) => set_message.set(Some((
                    false,
                    format!("“{name}” was not imported: {why}. Nothing was changed."),
                ))),
            }
        });
    };
    view! {
        <div class="benchmark-picker">
            <div class="field">
                <label for="benchmark">"Compare with"</label>
                <select id="benchmark" on:change=choose data-testid="benchmark">
                    {my_role}
                    <optgroup label="Role expectations (not survey data)">{roles}</optgroup>
                    <optgroup label="Your earlier assessments">{earlier}</optgroup>
                    <optgroup label="Imported">{imported}</optgroup>
                </select>
            </div>
            <label class="button" for="benchmark-file">"Import a benchmark (JSON or CSV)…"</label>
            <input id="benchmark-file" class="visually-hidden" type="file" accept=".json,.csv,application/json,text/csv"
                on:change=import data-testid="benchmark-file"/>
            {move || message.get().map(|(ok, text)| {
                view! {
                    <p class=if ok { "ok-text" } else { "error" } role=if ok { "status" } else { "alert" }
                        data-testid="benchmark-message">{text}</p>
                }
            })}
            {move || mapping.get().map(|reading| view! {
                <BenchmarkMapping reading on_keep=Callback::new(keep)
                    on_cancel=Callback::new(move |_| { mapping.set(None); set_message.set(Some((true, "Nothing was imported.".into()))); })/>
            })}
        </div>
    }
}
