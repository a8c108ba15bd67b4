use leptos::prelude::*;

use crate::core::share::link::encode;
use crate::core::workspace::Workspace;
use crate::ui::clock::today_days;
use crate::ui::components::common::copy_field::CopyField;
use crate::ui::routes::{use_base, View};
use crate::ui::state::{use_app_state, use_model};

/// The report link for a workspace, under this app's address.
pub fn report_link(ws: &Workspace, base: &str) -> String {
    let model = use_model();
    let report = ws.report(model, ws.share, today_days());
    View::Report.link(base, &encode(&report, model))
}

/// What the link will carry, in one sentence.
fn carries(ws: &Workspace) -> String {
    let areas = use_model().areas.len();
    let mut parts = vec![
        format!("your ratings of the {areas} areas"),
        "your role and benchmark".into(),
        "your goals".into(),
        "the training".into(),
    ];
    if ws.share.money {
        parts.push("its costs and benefit figures".into());
    }
    if ws.share.evidence
        && ws
            .assessment
            .ratings
            .values()
            .any(|r| !r.evidence.is_empty())
    {
        parts.push("your evidence notes".into());
    }
    parts.push("your arguments".into());
    let who = match (ws.share.names, ws.case.pitch.cover.trim().is_empty()) {
        (false, _) => "",
        (true, true) => "your name, ",
        (true, false) => "your name, who covers while you are away, ",
    };
    format!(
        "The link carries {who}{}. It travels inside the address itself, after the #, which browsers never send to \
         a server.",
        parts.join(", ")
    )
}

/// Share options, the link, and a copy button that says whether copying worked.
#[component]
pub fn ShareLink() -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let link = Memo::new(move |_| state.workspace.with(|ws| report_link(ws, &base)));
    let names = move || state.workspace.with(|ws| ws.share.names);
    let money = move || state.workspace.with(|ws| ws.share.money);
    let evidence = move || state.workspace.with(|ws| ws.share.evidence);
    view! {
        <section class="card share" data-testid="share">
            <h2>"Share your report as a link"</h2>
            <fieldset class="share-options">
                <legend>"What the link carries"</legend>
                <label>
                    <input type="checkbox" prop:checked=names data-testid="share-names"
                        on:change=move |ev| state.workspace.update(|ws| ws.share.names = event_target_checked(&ev))/>
                    " Include names (mine, and who covers while I am away)"
                </label>
                <label>
                    <input type="checkbox" prop:checked=money data-testid="share-money"
                        on:change=move |ev| state.workspace.update(|ws| ws.share.money = event_target_checked(&ev))/>
                    " Include money figures (costs, salary, benefits, ROI)"
                </label>
                <label>
                    <input type="checkbox" prop:checked=evidence data-testid="share-evidence"
                        on:change=move |ev| state.workspace.update(|ws| ws.share.evidence = event_target_checked(&ev))/>
                    " Include my evidence notes"
                </label>
            </fieldset>
            <p class="hint">{move || state.workspace.with(carries)}</p>
            <CopyField link=link.into() id="report-link" label="Report link"/>
        </section>
    }
}
