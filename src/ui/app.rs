use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use wasm_bindgen::JsCast;

use super::components::nav::Nav;
use super::components::notices::Notices;
use super::pages::{
    assess::Assess, data::Data, fit::Fit, not_found::NotFound, plan::Plan, proposal::Proposal,
    rate::Rate, report::SharedReport, results::Results, roi::Roi, team::Team, welcome::Welcome,
};
use super::state::AppState;

/// The sub-path the app is served under, without its trailing slash ("" at a site's root).
#[derive(Clone)]
struct Base(String);

/// Trunk writes the public URL into `<base href>`; links and routes hang under it.
fn base_from_document() -> String {
    document()
        .query_selector("base")
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_default()
        .trim_end_matches('/')
        .to_string()
}

/// The app's sub-path, for building links.
pub fn use_base() -> String {
    use_context::<Base>().map(|b| b.0).unwrap_or_default()
}

/// Moves the focus to the page's content. Done here because the link alone can't: `<base href>` makes "#main" the
/// welcome page's address, and the router would go there instead.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("main") {
        let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// The app state every page reads and edits.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
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
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Welcome/>
                    <Route path=path!("/assess/") view=Assess/>
                    <Route path=path!("/results/") view=Results/>
                    <Route path=path!("/plan/") view=Plan/>
                    <Route path=path!("/roi/") view=Roi/>
                    <Route path=path!("/proposal/") view=Proposal/>
                    <Route path=path!("/team/") view=Team/>
                    <Route path=path!("/data/") view=Data/>
                    <Route path=path!("/report/") view=SharedReport/>
                    <Route path=path!("/rate/") view=Rate/>
                    <Route path=path!("/fit/") view=Fit/>
                </Routes>
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
