use leptos::prelude::*;

use crate::core::share::link::rater::{decode_answer, decode_request};
use crate::core::share::link::{LinkError, LinkKind};
use crate::ui::components::share::answer_view::AnswerView;
use crate::ui::components::share::link_problem::LinkProblem;
use crate::ui::components::share::rater_form::RaterForm;
use crate::ui::fragment::use_fragment;
use crate::ui::state::{use_app_state, use_model};

/// Second-rater links: a "rate me" request opens the rating form; an answer opens the comparison for the PM.
#[component]
pub fn Rate() -> impl IntoView {
    let hash = use_fragment();
    let state = use_app_state();
    // An answer is kept beside the user's own ratings, so it is read on their model; a request is read on the model
    // it names, which the rater need not work on.
    let model = use_model();
    move || {
        let link = hash.get();
        match LinkKind::of(&link) {
            Some(LinkKind::RateRequest) => match state
                .model_for_link(&link)
                .and_then(|model| decode_request(&link, model).map(|r| (r, model)))
            {
                Ok((request, model)) => view! { <RaterForm request model/> }.into_any(),
                Err(error) => view! { <LinkProblem error fragment=link/> }.into_any(),
            },
            Some(LinkKind::RaterAnswer) => match decode_answer(&link, model) {
                Ok(answer) => view! { <AnswerView answer/> }.into_any(),
                Err(error) => view! { <LinkProblem error fragment=link/> }.into_any(),
            },
            Some(kind @ (LinkKind::Report | LinkKind::Model)) => {
                view! { <LinkProblem error=LinkError::Kind(kind) fragment=link/> }.into_any()
            }
            None if link.trim_start_matches('#').is_empty() => {
                view! { <LinkProblem error=LinkError::Empty fragment=link/> }.into_any()
            }
            None => view! { <LinkProblem error=LinkError::NotALink fragment=link/> }.into_any(),
        }
    }
}
