use leptos::children::ToChildren;
use leptos::prelude::*;
use leptos::tachys::view::iterators::StaticVec;
use leptos_router::any_nested_route::{AnyNestedRoute, IntoAnyNestedRoute};
use leptos_router::components::{RouteChildren, Router, Routes, RoutesProps};
use leptos_router::{path, NestedRoute, StaticSegment};
use wasm_bindgen::JsCast;

use super::chunks::later_page::LaterPage;
use super::components::shell::nav::Nav;
use super::components::shell::notices::Notices;
use super::pages::{assess::Assess, not_found::NotFound, welcome::Welcome};
use super::routes::{base_from_document, Base, View};
use super::state::AppState;

/// Moves the focus to the page's content. Done here because the link alone can't: `<base href>` makes "#main" the
/// welcome page's address, and the router would go there instead.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("main") {
        let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// The page that shows a view, built again when the user chooses another competency model: every page reads the
/// model once, as it is built.
fn page(view: View) -> AnyView {
    let model = use_context::<AppState>().map(|s| s.model);
    (move || {
        if let Some(model) = model {
            model.track();
        }
        built(view)
    })
    .into_any()
}

fn built(view: View) -> AnyView {
    match view {
        View::Welcome => view! { <Welcome/> }.into_any(),
        View::Assess => view! { <Assess/> }.into_any(),
        later => view! { <LaterPage view=later/> }.into_any(),
    }
}

/// A route for every view, at its path with the final slash.
fn routes() -> StaticVec<AnyNestedRoute> {
    View::ALL
        .into_iter()
        .map(|v| match v.segment() {
            "" => NestedRoute::new(path!("/"), move || page(v)).into_any_nested_route(),
            segment => NestedRoute::new((StaticSegment(segment), StaticSegment("/")), move || {
                page(v)
            })
            .into_any_nested_route(),
        })
        .collect::<Vec<_>>()
        .into()
}

#[component]
pub fn App() -> impl IntoView {
    let base = base_from_document();
    let state = AppState::start();
    provide_context(state);
    provide_context(Base(base.clone()));
    super::theme::provide_theme();
    view! {
        <Router base=base>
            <a class="skip-link" href="#main" on:click=skip_to_main>"Skip to content"</a>
            <Nav status=state.status.read_only()/>
            <Notices state/>
            <main id="main" tabindex="-1">
                // Built from the list of views, so no view can be missing from the router.
                {Routes(RoutesProps::builder().fallback(NotFound).children(RouteChildren::to_children(routes)).build())}
            </main>
            <footer class="site-footer">
                <p>
                    "Private by design: Skillcase runs entirely in your browser. What you enter is stored on this device "
                    "only, and leaves it only inside a link you choose to make and share."
                </p>
            </footer>
        </Router>
    }
}
