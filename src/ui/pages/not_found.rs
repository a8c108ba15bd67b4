use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::ui::routes::{use_base, View};

/// An address that names no view. One that only lacks its final slash is sent on to its view.
#[component]
pub fn NotFound() -> impl IntoView {
    let base = use_base();
    let location = use_location();
    let path = location.pathname.get_untracked();
    let wanted = format!("{}/", path.trim_end_matches('/'));
    if let Some(view) = View::NAV.into_iter().find(|v| v.href(&base) == wanted) {
        let target = format!("{}{}", view.href(&base), location.hash.get_untracked());
        let navigate = use_navigate();
        request_animation_frame(move || {
            navigate(
                &target,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            )
        });
    }
    view! {
        <section class="empty-state">
            <h1>"There is no page here"</h1>
            <p>{format!("Skillcase has no page at “{path}”. Your work is safe.")}</p>
            <a class="button primary" href=View::Welcome.href(&base)>"Go to the start"</a>
        </section>
    }
}
