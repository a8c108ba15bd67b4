use leptos::prelude::*;

use crate::ui::routes::{use_base, View};
use crate::ui::state::use_app_state;

/// The first page: what Skillcase does, the promise that nothing leaves the browser, and one button to begin.
#[component]
pub fn Welcome() -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let greeting = move || {
        state.workspace.with(|ws| match ws.profile.name.trim() {
            "" if ws.is_empty() => {
                "Know where your product skills stand, and get the training that closes the gaps."
                    .to_string()
            }
            "" => "Welcome back.".to_string(),
            name => format!("Welcome back, {name}."),
        })
    };
    let start_label = move || {
        if state.workspace.with(|ws| ws.is_empty()) {
            "Start the assessment"
        } else {
            "Continue the assessment"
        }
    };
    view! {
        <section class="welcome">
            <h1>{greeting}</h1>
            <p class="lead">
                "Skillcase helps product managers rate their skills on a competency model (its own twelve areas, or your \
                 organisation's), compare themselves with what their role "
                "expects, plan what to learn, and make the case to their manager for training — with the numbers to back it."
            </p>
            <a class="button primary big" href=View::Assess.href(&base) data-testid="start">{start_label}</a>
            <p class="promise" data-testid="promise">
                <strong>"Nothing leaves your browser."</strong>
                " No account, no server: your ratings are stored on this device only, until you choose to share a link."
            </p>
            <ol class="journey">
                <li><strong>"Assess"</strong>" — rate what you know and what you have done, area by area."</li>
                <li><strong>"Compare"</strong>" — see yourself against a role profile, your team, or your manager's view."</li>
                <li><strong>"Plan"</strong>" — turn your biggest gaps into goals you can measure."</li>
                <li><strong>"Justify"</strong>" — an ROI case and the arguments that persuade a boss."</li>
                <li><strong>"Share"</strong>" — a one-page proposal and a private link to your report."</li>
            </ol>
            <p class="hint">"Not a product manager yet? "<a href=View::Fit.href(&base) data-testid="fit-link">"Check your fit and where to start"</a>"."</p>
        </section>
    }
}
