//! The app's views and their paths, defined once.

/// Every page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Welcome,
    Assess,
    Results,
    Plan,
    Roi,
    Proposal,
    Team,
    Data,
    /// A report opened from a link.
    Report,
    /// Rating someone from their "rate me" link, or reading a rater's answer.
    Rate,
    /// The fit check for someone not yet a PM.
    Fit,
}

impl View {
    /// The views in the main navigation, in the order of a user's journey.
    pub const NAV: [View; 7] = [
        View::Assess,
        View::Results,
        View::Plan,
        View::Roi,
        View::Proposal,
        View::Team,
        View::Data,
    ];

    /// The path segment under the app's base. `./x build` reads the lines marked `// route` to give every view its own
    /// index.html, so a static host without an SPA fallback can reload any of them: keep that form.
    pub fn segment(self) -> &'static str {
        match self {
            View::Welcome => "",
            View::Assess => "assess",     // route
            View::Results => "results",   // route
            View::Plan => "plan",         // route
            View::Roi => "roi",           // route
            View::Proposal => "proposal", // route
            View::Team => "team",         // route
            View::Data => "data",         // route
            View::Report => "report",     // route
            View::Rate => "rate",         // route
            View::Fit => "fit",           // route
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            View::Welcome => "Welcome",
            View::Assess => "Assess",
            View::Results => "Results",
            View::Plan => "Plan",
            View::Roi => "ROI case",
            View::Proposal => "Proposal",
            View::Team => "Team",
            View::Data => "Your data",
            View::Report => "Shared report",
            View::Rate => "Second rater",
            View::Fit => "Fit check",
        }
    }

    /// The link to this view under `base` (the app's sub-path without its trailing slash, "" at the root). Paths end
    /// in a slash so a static host serves the view's own index.html without a redirect.
    pub fn href(self, base: &str) -> String {
        match self.segment() {
            "" => format!("{base}/"),
            segment => format!("{base}/{segment}/"),
        }
    }

    /// A whole address to hand on: this page's origin, the view under `base`, and a fragment that carries the data.
    pub fn link(self, base: &str, fragment: &str) -> String {
        let origin = leptos::prelude::window()
            .location()
            .origin()
            .unwrap_or_default();
        format!("{origin}{}#{fragment}", self.href(base))
    }
}
