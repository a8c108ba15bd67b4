use leptos::prelude::*;

use crate::core::plan::check_in::CHECKLIST;
use crate::core::plan::export::{csv, ics, Event};
use crate::ui::clock::{stamp, today};
use crate::ui::components::common::empty_state::EmptyState;
use crate::ui::components::plan::goal_editor::GoalEditor;
use crate::ui::components::plan::mentor_list::MentorList;
use crate::ui::files::download;
use crate::ui::format::date;
use crate::ui::routes::{use_base, View};
use crate::ui::state::{use_app_state, use_model, Notice};

/// The development plan: a goal for each focus area, the personal board of directors, and the check-in.
#[component]
pub fn Plan() -> impl IntoView {
    let state = use_app_state();
    let started = move || state.workspace.with(|ws| ws.assessment.is_started());
    let model = use_model();
    let focus = Memo::new(move |_| state.results.with(|r| r.focus.clone()));
    let goals = Memo::new(move |_| {
        state
            .results
            .with(|found| state.workspace.with(|w| w.plan.goals_for(found)))
    });
    let check_in = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.plan
                .check_in_date(&w.case.training.start, &w.case.training.end)
        })
    });
    let follow_up = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.plan
                .follow_up_date(&w.case.training.start, &w.case.training.end)
        })
    });
    let failed = move || {
        state.notify(Notice::Done {
            message: "The browser refused the download.".into(),
            undo: None,
        })
    };
    let export_ics = move |event: Event, day: Memo<Option<String>>, name: &str| {
        let Some(day) = day.get_untracked() else {
            return;
        };
        let seed = state.workspace.with_untracked(|w| w.assessment.updated_at);
        if let Some(file) = ics(event, &day, &goals.get_untracked(), model, seed, &stamp()) {
            if download(name, "text/calendar", &file).is_err() {
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
            <h1>"Your development plan"</h1>
            <p class="lead">"A goal for each of your focus areas, counted, with the way you will learn and your first steps."</p>
            <Show when=move || !focus.with(Vec::is_empty) fallback=move || view! {
                <p class="card">"No focus areas yet: pick a benchmark on "<a href=View::Results.href(&use_base())>"Results"</a>" to find your largest gaps."</p>
            }>
                <p class="hint impact-intro">
                    "Each goal can carry an impact measure: a business figure it should move, with where it stands now "
                    "and where it should get to. The benefits in your ROI case rest on it; at the follow-up you record "
                    "what it became."
                </p>
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
                        Some(d) => state.workspace.with(|w| format!("{} — eight weeks after the training unless you change it. Then take the assessment again and compare.", date(&w.locale, &d))),
                        None => "Set the training dates in your ROI case, or pick a date here.".into(),
                    }}</p>
                </div>
                <h3>"Bring to the check-in"</h3>
                <ul class="checklist">{CHECKLIST.map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                <div class="row">
                    <button on:click=move |_| export_ics(Event::CheckIn, check_in, "skillcase-check-in.ics")
                        disabled=move || check_in.get().is_none() data-testid="export-ics">"Add to calendar (.ics)"</button>
                    <button on:click=export_csv data-testid="export-csv">"Download plan (CSV)"</button>
                </div>
            </section>
            <section class="card follow-up">
                <h2>"Follow-up for impact"</h2>
                <p class="hint">
                    "Business results take longer to show than new habits. Some months after the training, read each goal's "
                    "impact measure against its baseline and target, and record what you see with the share due to the "
                    "training: the return it actually made."
                </p>
                <div class="field">
                    <label for="follow-up-date">"Follow-up date"</label>
                    <input id="follow-up-date" type="date" data-testid="follow-up-date"
                        prop:value=move || follow_up.get().unwrap_or_default()
                        on:change=move |ev| { let v = event_target_value(&ev); state.workspace.update(|w| w.plan.follow_up = v) }/>
                    <p class="hint">{move || match follow_up.get() {
                        Some(d) => state.workspace.with(|w| format!("{} — about four months after the training unless you change it; three to six is usual.", date(&w.locale, &d))),
                        None => "Set the training dates in your ROI case, or pick a date here.".into(),
                    }}</p>
                </div>
                <button on:click=move |_| export_ics(Event::FollowUp, follow_up, "skillcase-follow-up.ics")
                    disabled=move || follow_up.get().is_none() data-testid="export-follow-up">"Add the follow-up to calendar (.ics)"</button>
            </section>
        </Show>
    }
}
