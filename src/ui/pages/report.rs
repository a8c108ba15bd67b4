use leptos::prelude::*;

use crate::core::share::link::decode;
use crate::ui::components::share::link_problem::LinkProblem;
use crate::ui::components::share::report_view::ReportView;
use crate::ui::fragment::use_fragment;
use crate::ui::state::use_app_state;

/// A report opened from a link: read-only, and the recipient's own workspace stays as it was unless they ask.
#[component]
pub fn SharedReport() -> impl IntoView {
    let hash = use_fragment();
    let state = use_app_state();
    // Read on the model the link names, which need not be the one the recipient works on.
    let opened = Memo::new(move |_| {
        let link = hash.get();
        let model = state.model_for_link(&link)?;
        decode(&link, model).map(|report| (report, model))
    });
    move || match opened.get() {
        Ok((report, model)) => view! { <ReportView report model/> }.into_any(),
        Err(error) => view! { <LinkProblem error fragment=hash.get()/> }.into_any(),
    }
}
