use leptos::prelude::*;

use crate::ui::components::shell::notice_item::NoticeItem;
use crate::ui::state::AppState;

/// The notices about the user's data, each with what they can do about it.
#[component]
pub fn Notices(state: AppState) -> impl IntoView {
    view! {
        <div class="notices" aria-live="polite">
            <For each=move || state.notices.get() key=|n| format!("{n:?}") let:notice>
                <NoticeItem state notice/>
            </For>
        </div>
    }
}
