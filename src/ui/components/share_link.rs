use leptos::prelude::*;

use crate::core::link::encode;
use crate::core::model::CompetencyModel;
use crate::core::report::Report;
use crate::core::workspace::Workspace;
use crate::ui::app::{use_app_state, use_base};
use crate::ui::components::copy_field::CopyField;
use crate::ui::files::today_days;
use crate::ui::routes::View;

/// The report link for a workspace, under this app's address.
pub fn report_link(ws: &Workspace, base: &str) -> String {
    let model = CompetencyModel::builtin();
    let report = Report::of(ws, model, ws.share, today_days());
    View::Report.link(base, &encode(&report, model))
}

/// What the link will carry, in one sentence.
fn carries(ws: &Workspace) -> String {
    let mut parts = vec![
        "your ratings of the 12 areas",
        "your role and benchmark",
        "your goals",
        "the training",
    ];
    if ws.share.money {
        parts.push("its costs and benefit figures");
    }
    parts.push("your arguments");
    let who = if ws.share.names { "your name, " } else { "" };
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
    view! {
        <section class="card share" data-testid="share">
            <h2>"Share your report as a link"</h2>
            <fieldset class="share-options">
                <legend>"What the link carries"</legend>
                <label>
                    <input type="checkbox" prop:checked=names data-testid="share-names"
                        on:change=move |ev| state.workspace.update(|ws| ws.share.names = event_target_checked(&ev))/>
                    " Include my name"
                </label>
                <label>
                    <input type="checkbox" prop:checked=money data-testid="share-money"
                        on:change=move |ev| state.workspace.update(|ws| ws.share.money = event_target_checked(&ev))/>
                    " Include money figures (costs, salary, benefits, ROI)"
                </label>
            </fieldset>
            <p class="hint">{move || state.workspace.with(carries)}</p>
            <CopyField link=link.into() id="report-link" label="Report link"/>
        </section>
    }
}
