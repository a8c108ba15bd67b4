use leptos::prelude::*;

use crate::ui::components::data::backup::Backup;
use crate::ui::components::data::erase::Erase;
use crate::ui::components::data::recoveries::Recoveries;
use crate::ui::components::data::restore::Restore;
use crate::ui::state::use_app_state;

/// Where the user sees how their data is kept and takes it with them: backup, restore, erase, recovery copies.
#[component]
pub fn Data() -> impl IntoView {
    let state = use_app_state();
    let where_kept = move || {
        if state.persistent() {
            "Your workspace is saved in this browser's storage on this device, and nowhere else."
        } else {
            "This browser does not let Skillcase save: your workspace is kept in this tab only. Export a backup to keep it."
        }
    };
    view! {
        <h1>"Your data"</h1>
        <p class="lead" data-testid="where-kept">{where_kept}</p>
        <Backup state/>
        <Restore state/>
        <Recoveries state/>
        <Erase state/>
    }
}
