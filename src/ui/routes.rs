//! The app's views and their addresses. The list of views is `views.txt`, made into the `View` enum by src/build.rs.

use leptos::prelude::*;

include!(concat!(env!("OUT_DIR"), "/views.rs"));

impl View {
    /// The link to this view under `base` (the app's sub-path without its trailing slash, "" at the root). Paths end
    /// in a slash so a static host serves the view's own index.html without a redirect.
    pub fn href(self, base: &str) -> String {
        match self.segment() {
            "" => format!("{base}/"),
            segment => format!("{base}/{segment}/"),
        }
    }

    /// The view the main navigation marks as current while this one is shown: the case's later steps come under
    /// its first.
    pub fn in_nav(self) -> View {
        match self {
            View::Benefits | View::Arguments | View::CheckIn => View::Roi,
            view => view,
        }
    }

    /// A whole address to hand on: this page's origin, the view under `base`, and a fragment that carries the data.
    pub fn link(self, base: &str, fragment: &str) -> String {
        let origin = window().location().origin().unwrap_or_default();
        format!("{origin}{}#{fragment}", self.href(base))
    }
}

/// The sub-path the app is served under, without its trailing slash ("" at a site's root).
#[derive(Clone)]
pub struct Base(pub String);

/// Trunk writes the public URL into `<base href>`; links and routes hang under it.
pub fn base_from_document() -> String {
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
