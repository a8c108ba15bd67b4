//! The views whose code is not in the first download. Each is a split point: the release build (src/web/split.sh)
//! cuts its code, and the code only it uses, into files of their own, which the browser fetches from the site the
//! first time the view is shown, or earlier, once the first view is idle (`prefetch`).

pub mod later_page;

use std::rc::Rc;

use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use super::pages::{
    arguments::Arguments, assess::Assess, benefits::Benefits, check_in::CheckIn, data::Data,
    fit::Fit, models::Models, plan::Plan, proposal::Proposal, rate::Rate, report::SharedReport,
    results::Results, roi::Roi, team::Team, welcome::Welcome,
};
use super::routes::View;

/// A view's code could not be fetched: the site did not answer, or the browser is offline before it kept the file.
#[derive(Clone, Copy, Debug)]
pub struct NotFetched;

impl From<SplitLoaderError> for NotFetched {
    fn from(_: SplitLoaderError) -> Self {
        NotFetched
    }
}

/// A later view's page, made anew each time the view is shown. Its code lives in the view's own file, fetched once.
pub type Page = Rc<dyn Fn() -> AnyView>;

// One split point a function, `$split` naming the file it goes to: views used together share one (the case's four
// steps and the proposal; results and plan; the two views a link opens), so a user fetches a few files, not one a view.
// It hands back how to make the page rather than the page: LaterPage makes it where any other page is made, so it is
// torn down as they are when the user picks another model.
macro_rules! later {
    ($($page_fn:ident in $split:ident => $page:ident;)*) => {
        $(
            #[wasm_split($split, fallible)]
            fn $page_fn() -> Result<Page, NotFetched> {
                Ok(Rc::new(|| view! { <$page/> }.into_any()))
            }
        )*
    };
}

later! {
    results in results => Results;
    plan in results => Plan;
    roi in case => Roi;
    benefits in case => Benefits;
    arguments in case => Arguments;
    check_in in case => CheckIn;
    proposal in case => Proposal;
    team in team => Team;
    models in models => Models;
    data in data => Data;
    report in link => SharedReport;
    rate in link => Rate;
    fit in fit => Fit;
}

/// How to make a view's page, once its code is here (the first download's views are here from the start).
pub async fn page(view: View) -> Result<Page, NotFetched> {
    match view {
        View::Welcome => Ok(Rc::new(|| view! { <Welcome/> }.into_any())),
        View::Assess => Ok(Rc::new(|| view! { <Assess/> }.into_any())),
        View::Results => results().await,
        View::Plan => plan().await,
        View::Roi => roi().await,
        View::Benefits => benefits().await,
        View::Arguments => arguments().await,
        View::CheckIn => check_in().await,
        View::Proposal => proposal().await,
        View::Team => team().await,
        View::Models => models().await,
        View::Data => data().await,
        View::Report => report().await,
        View::Rate => rate().await,
        View::Fit => fit().await,
    }
}

/// Fetches the code of every later view, one file after the other, so none is waited for when first shown; a file
/// that fails now is fetched again when its view is opened. One function of each file loads all of that file.
pub async fn prefetch() {
    let _ = __wasm_split_preload_results().await;
    let _ = __wasm_split_preload_roi().await;
    let _ = __wasm_split_preload_team().await;
    let _ = __wasm_split_preload_models().await;
    let _ = __wasm_split_preload_data().await;
    let _ = __wasm_split_preload_report().await;
    let _ = __wasm_split_preload_fit().await;
}
