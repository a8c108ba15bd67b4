use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{page, NotFetched, Page};
use crate::ui::routes::View;

/// A view whose code comes after the first download: "Loading…" while the browser fetches it from the site, the
/// page once it is here, and, when it cannot be fetched, a message that says the work is safe and a way to try again.
#[component]
pub fn LaterPage(view: View) -> impl IntoView {
    // Local: how to make a page is wasm code, not something to send between threads.
    let fetched = RwSignal::new_local(None::<Result<Page, NotFetched>>);
    let fetch = move || {
        fetched.set(None);
        spawn_local(async move {
            let outcome = page(view).await;
            // The user may have left the view meanwhile: then there is nothing to show it on.
            let _ = fetched.try_set(Some(outcome));
        });
    };
    fetch();
    let retry = move |_| fetch();
    move || match fetched.get() {
        None => view! { <p class="loading" role="status">"Loading this page…"</p> }.into_any(),
        Some(Ok(make)) => make(),
        Some(Err(NotFetched)) => view! {
            <section class="empty-state" role="alert">
                <h1>"This page could not be downloaded"</h1>
                <p>
                    "Skillcase fetches each page from its site the first time you open it, and "
                    "this time the site did not answer: you may be offline. Your work is saved on "
                    "this device and nothing is lost."
                </p>
                <button class="button primary" type="button" on:click=retry>"Try again"</button>
            </section>
        }
        .into_any(),
    }
}
