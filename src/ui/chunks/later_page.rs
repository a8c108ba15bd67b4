use leptos::prelude::*;

use super::page;
use crate::ui::routes::View;

/// A view whose code comes after the first download: "Loading…" while the browser fetches it from the site, the
/// page once it is here, and, when it cannot be fetched, a message that says the work is safe and a way to try again.
#[component]
pub fn LaterPage(view: View) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let retry = move |_| attempt.update(|n| *n += 1);
    view! {
        <Suspense fallback=|| view! { <p class="loading" role="status">"Loading this page…"</p> }>
            {move || {
                attempt.track();
                Suspend::new(async move {
                    match page(view).await {
                        Some(Ok(page)) => page,
                        _ => view! {
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
                })
            }}
        </Suspense>
    }
}
