use leptos::prelude::*;

use crate::core::justify::roi::{Field, FieldError, TrainingFormat};
use crate::ui::components::justify::case_date::CaseDate;
use crate::ui::components::justify::case_number::CaseNumber;
use crate::ui::components::justify::case_text::CaseText;
use crate::ui::state::use_app_state;

/// The training asked for: what, from whom, in what form, when, and for how many.
#[component]
pub fn TrainingCard(errors: Memo<Vec<FieldError>>) -> impl IntoView {
    let state = use_app_state();
    let formats = TrainingFormat::ALL
        .into_iter()
        .map(|f| {
            view! {
                <option value=format!("{f:?}") selected=move || state.workspace.with(|w| w.case.training.format == f)>
                    {f.label()}
                </option>
            }
        })
        .collect_view();
    let set_format = move |ev| {
        let chosen = event_target_value(&ev);
        if let Some(f) = TrainingFormat::ALL
            .into_iter()
            .find(|f| format!("{f:?}") == chosen)
        {
            state.workspace.update(|w| w.case.training.format = f);
        }
    };
    view! {
        <section class="card">
            <h2>"The training"</h2>
            <CaseText id="course" label="Course" get=|c| c.training.course.clone() set=|c, v| c.training.course = v/>
            <CaseText id="provider" label="Provider" get=|c| c.training.provider.clone() set=|c, v| c.training.provider = v/>
            <CaseText id="outline" label="Outline (optional)" long=true
                hint="What the course covers, from its outline: the arguments quote it rather than guess."
                get=|c| c.training.outline.clone() set=|c, v| c.training.outline = v/>
            <div class="field">
                <label for="format">"Format"</label>
                <select id="format" on:change=set_format>{formats}</select>
            </div>
            <div class="row">
                <CaseDate id="start" label="First day" get=|c| c.training.start.clone() set=|c, v| c.training.start = v errors/>
                <CaseDate id="end" label="Last day" get=|c| c.training.end.clone() set=|c, v| c.training.end = v
                    checked_as=Field::End errors/>
            </div>
            <div class="row">
                <CaseNumber field=Field::DaysAway label="Working days away" hint="per participant"
                    get=|c| c.training.days_away set=|c, v| c.training.days_away = v errors/>
                <CaseNumber field=Field::Participants label="Participants"
                    get=|c| c.training.participants set=|c, v| c.training.participants = v errors/>
            </div>
        </section>
    }
}
