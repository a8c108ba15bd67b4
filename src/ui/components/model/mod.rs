//! The models page's parts: the models on this device, loading one from a file or link, and the editor.

pub mod model_card;
pub mod model_editor;
pub mod model_loader;

use leptos::prelude::*;

use crate::core::model::CompetencyModel;
use crate::core::workspace::AddedModel;
use crate::ui::state::AppState;

/// Keeps a model the user brought (file, link or editor) and, when `use_it`, makes it the current one; says what
/// happened, and the notice offers to undo it.
pub fn keep_model(state: AppState, model: CompetencyModel, use_it: bool) -> Result<String, String> {
    let mut ws = state.workspace.get_untracked();
    let (id, version, name) = (model.id.clone(), model.version, model.name.clone());
    let warnings = model.warnings();
    let added = ws.add_model(model)?;
    if use_it {
        ws.switch_model(&id, version);
    }
    let message = match (added, use_it) {
        (AddedModel::Kept, true) => {
            format!("“{name}” (version {version}) is kept on this device and now in use.")
        }
        (AddedModel::Kept, false) => {
            format!("“{name}” (version {version}) is kept on this device.")
        }
        (AddedModel::AlreadyKept, true) => {
            format!("“{name}” (version {version}) was here already and is now in use.")
        }
        (AddedModel::AlreadyKept, false) => {
            format!("“{name}” (version {version}) was here already.")
        }
    };
    // What the model's author would want to fix goes with it: the page in use may be rebuilt for the new model, and
    // the notice is what stays.
    let message = if warnings.is_empty() {
        message
    } else {
        format!("{message} To check: {}", warnings.join(" "))
    };
    state.replace(ws, &message);
    Ok(message)
}
