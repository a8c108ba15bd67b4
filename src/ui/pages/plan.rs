use leptos::prelude::*;

use crate::core::model::CompetencyModel;
use crate::core::plan::export::{csv, ics};
use crate::core::plan::CHECKLIST;
use crate::core::results::results;
use crate::ui::app::{use_app_state, use_base};
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::goal_editor::GoalEditor;
use crate::ui::components::mentor_list::MentorList;
use crate::ui::files::{download, today};
use crate::ui::format::date;
use crate::ui::routes::View;
use crate::ui::state::Notice;

#[component]
pub fn Plan() -> impl IntoView {
    let state = use_app_state();
    let started = move || state.workspace.with(|ws| ws.assessment.is_started());
    view! {
        <Show
            when=started
            fallback=|| view! {
                <EmptyState
                    title="Your development plan"
                    text="Your top three gaps become goals here, each with a metric you can track, a way to learn, and a check-in eight weeks after training."
                    next=View::Assess
                    next_label="Start the assessment"
                />
            }
        >
            <PlanPage/>
        </Show>
    }
}

/// "20261123T120000Z": now, for the calendar file's time stamp.
fn stamp() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        d.get_utc_full_year(),
        d.get_utc_month() + 1,
        d.get_utc_date(),
        d.get_utc_hours(),
        d.get_utc_minutes(),
        d.get_utc_seconds()
    )
}

#[component]
fn PlanPage() -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let model = CompetencyModel::builtin();
    let focus = Memo::new(move |_| {
        state
            .workspace
            .with(|w| results(model, &w.assessment, w.benchmark().as_ref()).focus)
    });
    let goals = Memo::new(move |_| state.workspace.with(|w| w.plan.goals_for(&focus.get())));
    let check_in = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.plan
                .check_in_date(&w.roi.training.start, &w.roi.training.end)
        })
    });
    let failed = move || {
        state.notify(Notice::Done {
            message: "The browser refused the download.".into(),
            undo: None,
        })
    };
    let export_ics = move |_| {
        let Some(day) = check_in.get_untracked() else {
            return;
        };
        let seed = state.workspace.with_untracked(|w| w.assessment.updated_at);
        if let Some(file) = ics(&day, &goals.get_untracked(), model, seed, &stamp()) {
            if download("skillcase-check-in.ics", "text/calendar", &file).is_err() {
                failed();
            }
        }
    };
    let export_csv = move |_| {
        let file = csv(
            &goals.get_untracked(),
            model,
            &check_in.get_untracked().unwrap_or_default(),
        );
        if download(
            &format!("skillcase-plan-{}.csv", today()),
            "text/csv",
            &file,
        )
        .is_err()
        {
            failed();
        }
    };
    let goal_cards = move || {
        focus
            .get()
            .into_iter()
            .map(|area| {
                let a = area.clone();
                let goal = Signal::derive(move || {
                    goals.with(|gs| gs.iter().find(|g| g.area == a).cloned().unwrap_or_default())
                });
                view! { <GoalEditor goal/> }
            })
            .collect_view()
    };
    view! {
        <h1>"Your development plan"</h1>
        <p class="lead">"A goal for each of your focus areas, counted, with the way you will learn and your first steps."</p>
        <Show when=move || !focus.with(Vec::is_empty) fallback=move || view! {
            <p class="card">"No focus areas yet: pick a benchmark on "<a href=View::Results.href(&base)>"Results"</a>" to find your largest gaps."</p>
        }>
            <div class="goals" data-testid="goals">{goal_cards}</div>
        </Show>
        <MentorList/>
        <section class="card check-in">
            <h2>"Check-in"</h2>
            <div class="field">
                <label for="check-in-date">"Check-in date"</label>
                <input id="check-in-date" type="date" data-testid="check-in-date"
                    prop:value=move || check_in.get().unwrap_or_default()
                    on:change=move |ev| { let v = event_target_value(&ev); state.workspace.update(|w| w.plan.check_in = v) }/>
                <p class="hint">{move || match check_in.get() {
                    Some(d) => state.workspace.with(|w| format!("{} — eight weeks after the training unless you change it. Then take the assessment again and compare.", date(&w.money, &d))),
                    None => "Set the training dates in your ROI case, or pick a date here.".into(),
                }}</p>
            </div>
            <h3>"Bring to the check-in"</h3>
            <ul class="checklist">{CHECKLIST.map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            <div class="row">
                <button on:click=export_ics disabled=move || check_in.get().is_none() data-testid="export-ics">"Add to calendar (.ics)"</button>
                <button on:click=export_csv data-testid="export-csv">"Download plan (CSV)"</button>
            </div>
        </section>
    }
}
