use leptos::prelude::*;

use crate::core::model::CompetencyModel;
use crate::core::share::link::decode;
use crate::ui::components::share::link_problem::LinkProblem;
use crate::ui::components::share::report_view::ReportView;
use crate::ui::fragment::use_fragment;

/// A report opened from a link: read-only, and the recipient's own workspace stays as it was unless they ask.
#[component]
pub fn SharedReport() -> impl IntoView {
    let hash = use_fragment();
    let opened = Memo::new(move |_| decode(&hash.get(), CompetencyModel::builtin()));
    move || match opened.get() {
        Ok(report) => view! { <ReportView report/> }.into_any(),
        Err(error) => view! { <LinkProblem error fragment=hash.get()/> }.into_any(),
    }
}
