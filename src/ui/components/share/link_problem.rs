use leptos::prelude::*;

use crate::core::share::link::{LinkError, LinkKind};
use crate::ui::routes::{use_base, View};

/// What is wrong with a link, what to do, and, for a good link of another kind, the page that opens it.
#[component]
pub fn LinkProblem(error: LinkError, fragment: String) -> impl IntoView {
    let base = use_base();
    let elsewhere = match error {
        LinkError::Kind(LinkKind::Report) => Some(View::Report),
        LinkError::Kind(LinkKind::RateRequest | LinkKind::RaterAnswer) => Some(View::Rate),
        _ => None,
    };
    view! {
        <section class="card link-problem" role="alert" data-testid="link-problem">
            <h1>"This link can't be opened here"</h1>
            <p>{error.message()}</p>
            <p>"Nothing in your own workspace was changed."</p>
            {elsewhere.map(|v| view! {
                <p><a class="button primary" href=format!("{}{fragment}", v.href(&base)) data-testid="open-elsewhere">"Open it where it belongs"</a></p>
            })}
            <a class="button" href=View::Results.href(&base)>"Go to my own results"</a>
        </section>
    }
}
