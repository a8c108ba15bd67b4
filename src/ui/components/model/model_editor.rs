use leptos::prelude::*;

use crate::core::model::{Anchor, Area, CompetencyModel};
use crate::ui::state::{use_model, AppState};

/// How many edits Undo can take back.
const UNDO_STEPS: usize = 200;

/// The model being edited, the edits Undo takes back, and the version it was edited from. Runtime only: a draft
/// becomes the user's when it is checked and saved as a new version.
#[derive(Clone, Copy)]
struct Draft {
    model: RwSignal<CompetencyModel>,
    undo: RwSignal<Vec<CompetencyModel>>,
    from: RwSignal<(String, u32)>,
}

impl Draft {
    fn change(self, edit: impl FnOnce(&mut CompetencyModel)) {
        let before = self.model.get_untracked();
        let mut after = before.clone();
        edit(&mut after);
        if after != before {
            self.undo.update(|u| {
                u.push(before);
                if u.len() > UNDO_STEPS {
                    u.remove(0);
                }
            });
            self.model.set(after);
        }
    }

    fn start_from(self, model: &CompetencyModel) {
        self.model.set(model.clone());
        self.undo.set(Vec::new());
        self.from.set((model.id.clone(), model.version));
    }

    fn area_text(self, id: &str, read: impl Fn(&Area) -> String) -> String {
        self.model
            .with(|m| m.area(id).map(read).unwrap_or_default())
    }

    fn edit_area(self, id: &str, edit: impl FnOnce(&mut Area)) {
        self.change(|m| {
            if let Some(a) = m.areas.iter_mut().find(|a| a.id == id) {
                edit(a);
            }
        });
    }
}

/// What decides the editor's layout; the text in it is read field by field, so typing never rebuilds the form.
#[derive(Clone, PartialEq)]
struct Shape {
    levels: usize,
    groups: Vec<(String, bool)>,
    areas: Vec<(String, String)>,
}

/// Editing a model: its name, levels, groups and areas with their definitions and behaviours, with Undo; saved, after
/// the same checks as a file, as a new version of the user's own, which then is in use.
#[component]
pub fn ModelEditor(state: AppState) -> impl IntoView {
    let current = use_model();
    let draft = Draft {
        model: RwSignal::new(current.clone()),
        undo: RwSignal::new(Vec::new()),
        from: RwSignal::new((current.id.clone(), current.version)),
    };
    let selected = RwSignal::new(current.areas[0].id.clone());
    let message = RwSignal::new(None::<Result<String, String>>);
    let shape = Memo::new(move |_| {
        draft.model.with(|m| Shape {
            levels: m.levels.len(),
            groups: m
                .groups
                .iter()
                .map(|g| (g.id.clone(), m.areas.iter().any(|a| a.group == g.id)))
                .collect(),
            areas: m
                .areas
                .iter()
                .map(|a| (a.id.clone(), a.group.clone()))
                .collect(),
        })
    });
    // An area removed (or undone away) leaves the first one selected.
    Effect::new(move |_| {
        shape.with(|s| {
            if !s
                .areas
                .iter()
                .any(|(id, _)| *id == selected.get_untracked())
            {
                selected.set(s.areas[0].0.clone());
            }
        })
    });
    let models = move || {
        state.workspace.with(|ws| {
            ws.models_to_choose()
                .into_iter()
                .map(|m| (format!("{}@{}", m.id, m.version), m.name.clone(), m.version))
                .collect::<Vec<_>>()
        })
    };
    let start = move |ev| {
        let key = event_target_value(&ev);
        let chosen = state.workspace.with_untracked(|ws| {
            ws.models_to_choose()
                .into_iter()
                .find(|m| format!("{}@{}", m.id, m.version) == key)
                .cloned()
        });
        if let Some(m) = chosen {
            selected.set(m.areas[0].id.clone());
            draft.start_from(&m);
            message.set(None);
        }
    };
    let undo = move |_| {
        if let Some(before) = draft.undo.try_update(|u| u.pop()).flatten() {
            draft.model.set(before);
        }
    };
    let save = move |_| {
        if draft.undo.with_untracked(Vec::is_empty) {
            message.set(Some(Err(
                "Nothing has been changed yet: edit the model, then save it.".into(),
            )));
            return;
        }
        let (from_id, from) = draft.from.get_untracked();
        let mut ws = state.workspace.get_untracked();
        let next = draft
            .model
            .with_untracked(|m| m.as_next_version(from, &ws.models));
        let saved = CompetencyModel::from_json(&next.to_json())
            .and_then(|m| ws.use_edit(m, (&from_id, from)))
            .map(|_| {
                let message = format!(
                    "“{}” is kept as version {} of your own and now in use; your ratings on the areas it kept came with it.",
                    next.name, next.version
                );
                state.replace(ws, &message);
                message
            })
            .map_err(|why| {
                format!("The model was not saved: {why}. Fix it above; nothing else was changed.")
            });
        if saved.is_ok() {
            draft.start_from(&next);
        }
        message.set(Some(saved));
    };

    let levels = move || {
        (1..=shape.with(|s| s.levels))
            .map(|l| {
                let id = format!("edit-level-{l}");
                view! {
                    <li>
                        <label for=id.clone()>{format!("Level {l}")}</label>
                        <input id=id type="text" maxlength="40"
                            prop:value=move || draft.model.with(|m| m.level_name(l as u8).to_string())
                            on:change=move |ev| { let v = event_target_value(&ev); draft.change(|m| m.levels[l - 1] = v) }/>
                    </li>
                }
            })
            .collect_view()
    };
    let groups = move || {
        shape.with(|s| s.groups.clone()).into_iter().enumerate()
            .map(|(i, (gid, used))| {
                let id = format!("edit-group-{i}");
                let (read, write, gone) = (gid.clone(), gid.clone(), gid);
                view! {
                    <li>
                        <label for=id.clone()>{format!("Group {}", i + 1)}</label>
                        <input id=id type="text" maxlength="60"
                            prop:value=move || draft.model.with(|m| m.group_name(&read).to_string())
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                let gid = write.clone();
                                draft.change(move |m| if let Some(g) = m.groups.iter_mut().find(|g| g.id == gid) { g.name = v })
                            }/>
                        {(!used).then(|| view! {
                            <button class="link" on:click=move |_| { let g = gone.clone(); draft.change(move |m| { m.remove_group(&g); }) }>
                                "Remove empty group"
                            </button>
                        })}
                    </li>
                }
            })
            .collect_view()
    };
    let area_form = move || {
        let id = selected.get();
        let n = shape.with(|s| s.levels);
        let group_options = shape.with(|s| s.groups.clone()).into_iter().map(|(gid, _)| {
            let (is, value, name) = (gid.clone(), gid.clone(), gid);
            let area = id.clone();
            view! {
                <option value=value selected=move || draft.area_text(&area, |a| a.group.clone()) == is>
                    {move || draft.model.with(|m| m.group_name(&name).to_string())}
                </option>
            }
        }).collect_view();
        let field_of = id.clone();
        let field = move |label: String,
                          fid: String,
                          long: bool,
                          read: fn(&Area) -> String,
                          write: fn(&mut Area, String)| {
            let (r, w) = (field_of.clone(), field_of.clone());
            let value = move || draft.area_text(&r, read);
            let set = move |ev| {
                let v = event_target_value(&ev);
                draft.edit_area(&w, |a| write(a, v))
            };
            view! {
                <div class="field">
                    <label for=fid.clone()>{label}</label>
                    {if long {
                        view! { <textarea id=fid rows="2" prop:value=value on:change=set></textarea> }.into_any()
                    } else {
                        view! { <input id=fid type="text" maxlength="80" prop:value=value on:change=set/> }.into_any()
                    }}
                </div>
            }
        };
        let behaviours = (0..n).map(|l| {
            let level = l + 1;
            let (rk, wk, rd, wd) = (id.clone(), id.clone(), id.clone(), id.clone());
            let level_name = move || draft.model.with(|m| m.level_name(level as u8).to_string());
            let anchor = move |a: &Area, done: bool| a.levels.get(l).map(|x: &Anchor| if done { x.done.clone() } else { x.know.clone() }).unwrap_or_default();
            view! {
                <fieldset class="behaviour">
                    <legend>{move || format!("Level {level}: {}", level_name())}</legend>
                    <label for=format!("edit-know-{level}")>"What someone at this level knows"</label>
                    <textarea id=format!("edit-know-{level}") rows="2"
                        prop:value=move || draft.area_text(&rk, |a| anchor(a, false))
                        on:change=move |ev| { let v = event_target_value(&ev); draft.edit_area(&wk, |a| if let Some(x) = a.levels.get_mut(l) { x.know = v }) }></textarea>
                    <label for=format!("edit-done-{level}")>"What someone at this level has done"</label>
                    <textarea id=format!("edit-done-{level}") rows="2"
                        prop:value=move || draft.area_text(&rd, |a| anchor(a, true))
                        on:change=move |ev| { let v = event_target_value(&ev); draft.edit_area(&wd, |a| if let Some(x) = a.levels.get_mut(l) { x.done = v }) }></textarea>
                </fieldset>
            }
        }).collect_view();
        let (g, add_to, gone) = (id.clone(), id.clone(), id.clone());
        view! {
            {field("Area name".into(), "edit-area-name".into(), false, |a| a.name.clone(), |a, v| a.name = v)}
            <div class="field">
                <label for="edit-area-group">"Group"</label>
                <select id="edit-area-group" on:change=move |ev| { let v = event_target_value(&ev); draft.edit_area(&g, |a| a.group = v) }>
                    {group_options}
                </select>
            </div>
            {field("Definition".into(), "edit-area-definition".into(), true, |a| a.definition.clone(), |a, v| a.definition = v)}
            {behaviours}
            <div class="button-row">
                <button on:click=move |_| {
                    let group = draft.area_text(&add_to, |a| a.group.clone());
                    let mut added = None;
                    draft.change(|m| added = m.add_area(&group));
                    if let Some(a) = added { selected.set(a) }
                } disabled=move || shape.with(|s| s.areas.len() >= 30)>"Add an area to this group"</button>
                <button class="danger" on:click=move |_| { let a = gone.clone(); draft.change(move |m| { m.remove_area(&a); }) }
                    disabled=move || shape.with(|s| s.areas.len() <= 3)>"Remove this area"</button>
            </div>
        }
    };
    view! {
        <section class="card model-editor" data-testid="model-editor">
            <h2>"Your own version of a model"</h2>
            <p>
                "Rename, add or remove areas, groups and levels, and write each level's behaviour. Saving checks the "
                "model as a file is checked and keeps it as a new version of your own, so ratings made on the old one "
                "keep their meaning; export it below to hand it to your team."
            </p>
            <details class="editor" data-testid="open-editor">
            <summary>"Edit a model"</summary>
            <div class="field">
                <label for="edit-start">"Start from"</label>
                <select id="edit-start" on:change=start>
                    {move || models().into_iter().map(|(key, name, version)| {
                        let is = key.clone();
                        view! { <option value=key selected=move || draft.from.with(|(i, v)| format!("{i}@{v}")) == is>{format!("{name} (version {version})")}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="edit-name">"Model name"</label>
                <input id="edit-name" type="text" maxlength="80" prop:value=move || draft.model.with(|m| m.name.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); draft.change(|m| m.name = v) } data-testid="edit-name"/>
            </div>
            <h3>"Levels"</h3>
            <ol class="edit-list">{levels}</ol>
            <div class="button-row">
                <button on:click=move |_| draft.change(|m| { m.add_level(); }) disabled=move || shape.with(|s| s.levels >= 10)>"Add a level at the top"</button>
                <button on:click=move |_| draft.change(|m| { m.remove_level(); }) disabled=move || shape.with(|s| s.levels <= 3)>"Remove the top level"</button>
            </div>
            <h3>"Groups"</h3>
            <ul class="edit-list">{groups}</ul>
            <button on:click=move |_| draft.change(|m| { m.add_group(); })>"Add a group"</button>
            <h3>"Areas"</h3>
            <div class="field">
                <label for="edit-area">{move || format!("Area to edit ({} areas)", shape.with(|s| s.areas.len()))}</label>
                <select id="edit-area" on:change=move |ev| selected.set(event_target_value(&ev)) data-testid="edit-area">
                    {move || shape.with(|s| s.areas.clone()).into_iter().map(|(aid, _)| {
                        let (is, value, name) = (aid.clone(), aid.clone(), aid);
                        view! { <option value=value selected=move || selected.get() == is>{move || draft.area_text(&name, |a| a.name.clone())}</option> }
                    }).collect_view()}
                </select>
            </div>
            {area_form}
            <div class="button-row editor-actions">
                <button on:click=undo disabled=move || draft.undo.with(Vec::is_empty) data-testid="edit-undo">
                    {move || format!("Undo ({})", draft.undo.with(Vec::len))}
                </button>
                <button class="primary" on:click=save data-testid="edit-save">"Check and save as a new version"</button>
            </div>
            {move || message.get().map(|m| match m {
                Ok(text) => view! { <p role="status" data-testid="edit-saved">{text}</p> }.into_any(),
                Err(text) => view! { <p class="error" role="alert" data-testid="edit-error">{text}</p> }.into_any(),
            })}
            </details>
        </section>
    }
}
