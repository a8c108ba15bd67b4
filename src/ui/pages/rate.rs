use leptos::prelude::*;

use crate::core::assessment::Assessment;
use crate::core::charts::radar::Radar;
use crate::core::link::rater::{
    decode_answer, decode_request, disagreements, encode_answer, RateRequest, RaterAnswer, Relation,
};
use crate::core::link::{LinkError, LinkKind};
use crate::core::model::{CompetencyModel, MAX_LEVEL};
use crate::core::workspace::Money;
use crate::ui::app::{use_app_state, use_base};
use crate::ui::components::copy_field::CopyField;
use crate::ui::components::radar_chart::RadarChart;
use crate::ui::files::today_days;
use crate::ui::format::date;
use crate::ui::pages::report::{use_fragment, LinkProblem};
use crate::ui::routes::View;
use crate::ui::theme::use_palette;

/// Second-rater links: a "rate me" request opens the rating form; an answer opens the comparison for the PM.
#[component]
pub fn Rate() -> impl IntoView {
    let hash = use_fragment();
    let model = CompetencyModel::builtin();
    move || {
        let link = hash.get();
        match LinkKind::of(&link) {
            Some(LinkKind::RateRequest) => match decode_request(&link, model) {
                Ok(request) => view! { <RaterForm request/> }.into_any(),
                Err(error) => view! { <LinkProblem error fragment=link/> }.into_any(),
            },
            Some(LinkKind::RaterAnswer) => match decode_answer(&link, model) {
                Ok(answer) => view! { <AnswerView answer/> }.into_any(),
                Err(error) => view! { <LinkProblem error fragment=link/> }.into_any(),
            },
            Some(LinkKind::Report) => {
                view! { <LinkProblem error=LinkError::Kind(LinkKind::Report) fragment=link/> }
                    .into_any()
            }
            None if link.trim_start_matches('#').is_empty() => {
                view! { <LinkProblem error=LinkError::Empty fragment=link/> }.into_any()
            }
            None => view! { <LinkProblem error=LinkError::NotALink fragment=link/> }.into_any(),
        }
    }
}

/// The rater's form. Kept only in this page, never in the rater's own workspace: the answer leaves as a link.
#[component]
fn RaterForm(request: RateRequest) -> impl IntoView {
    let model = CompetencyModel::builtin();
    let base = use_base();
    let ratings = RwSignal::new(Assessment {
        model_version: request.model_version,
        ..Assessment::default()
    });
    let rater = RwSignal::new(String::new());
    let relation = RwSignal::new(Relation::Manager);
    let who = if request.name.is_empty() {
        "A colleague".to_string()
    } else {
        request.name.clone()
    };
    let for_name = request.name.clone();
    let made = RwSignal::new(false);
    let answer_link = Signal::derive(move || {
        let answer = RaterAnswer {
            for_name: for_name.clone(),
            rater: rater.get().trim().to_string(),
            relation: relation.get(),
            made_on: today_days(),
            assessment: ratings.get(),
        };
        View::Rate.link(&base, &encode_answer(&answer, model))
    });
    let rated = move || ratings.with(|a| a.ratings.len());
    let select = move |area: String, experience: bool| {
        let label = if experience {
            "Applied experience"
        } else {
            "Knowledge"
        };
        let id = format!(
            "rate-{area}-{}",
            if experience {
                "experience"
            } else {
                "knowledge"
            }
        );
        let a = area.clone();
        view! {
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| {
                let level = event_target_value(&ev).parse::<u8>().ok().filter(|l| (1..=MAX_LEVEL).contains(l));
                ratings.update(|r| r.rate(&a, 0, |r| if experience { r.experience = level } else { r.knowledge = level }));
            }>
                <option value="0">"Not observed"</option>
                {(1..=MAX_LEVEL).map(|l| view! { <option value=l.to_string()>{format!("{l} — {}", model.level_name(l))}</option> }).collect_view()}
            </select>
        }
    };
    let areas = model
        .areas
        .iter()
        .map(|area| {
            view! {
                <fieldset class="rate-area" data-area=area.id.clone()>
                    <legend>{area.name.clone()}</legend>
                    <p class="hint">{area.definition.clone()}</p>
                    <div class="pickers">
                        <div>{select(area.id.clone(), false)}</div>
                        <div>{select(area.id.clone(), true)}</div>
                    </div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <h1 data-testid="rate-title">{format!("{who} asks you to rate their product-management skills")}</h1>
        <p class="lead">
            {request.role.map(|r| format!("They are measured as a {}. ", r.label())).unwrap_or_default()}
            "Rate what you have seen them know and do in each area; skip what you have not seen."
        </p>
        <p class="hint read-only">"What you enter here is not saved in this browser and does not touch your own Skillcase workspace. It reaches them only inside the link you make and send."</p>
        <div class="row">
            <div class="field">
                <label for="rater-name">"Your name"</label>
                <input id="rater-name" type="text" maxlength="80" prop:value=move || rater.get() on:input=move |ev| rater.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="rater-relation">"You are their"</label>
                <select id="rater-relation" on:change=move |ev| {
                    let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                    relation.set(Relation::ALL[i.min(2)]);
                }>
                    {Relation::ALL.iter().enumerate().map(|(i, r)| view! { <option value=i.to_string()>{r.label()}</option> }).collect_view()}
                </select>
            </div>
        </div>
        {areas}
        <section class="card">
            <h2>"Send your ratings back"</h2>
            <p>{move || format!("{} of 12 areas rated.", rated())}</p>
            <button class="primary" disabled=move || rated() == 0 on:click=move |_| made.set(true) data-testid="make-answer">"Make the link with my ratings"</button>
            <Show when=move || made.get()>
                <p>"Send this link back; it carries your name and your ratings, nothing else."</p>
                <CopyField link=answer_link id="answer-link" label="Link with your ratings"/>
            </Show>
        </section>
    }
}

/// A rater's answer, opened by the PM: self against rater on the radar, the largest disagreements, and keeping it.
#[component]
fn AnswerView(answer: RaterAnswer) -> impl IntoView {
    let state = use_app_state();
    let base = use_base();
    let model = CompetencyModel::builtin();
    let palette = use_palette();
    let benchmark = answer.as_benchmark();
    let who = if answer.rater.is_empty() {
        format!("Your {}", answer.relation.label().to_lowercase())
    } else {
        answer.rater.clone()
    };
    let when = date(
        &Money::default(),
        &crate::core::workspace::iso_date(answer.made_on * 86_400_000),
    );
    let meant = state.workspace.with_untracked(|w| {
        let mine = w.profile.name.trim();
        (!answer.for_name.is_empty() && !mine.is_empty() && mine != answer.for_name).then(|| {
            format!(
                "This was made for {}, and your workspace is {mine}'s.",
                answer.for_name
            )
        })
    });
    let radar = {
        let b = benchmark.clone();
        Signal::derive(move || {
            state
                .workspace
                .with(|w| Radar::of(model, &w.assessment, Some(&b), &palette.get()))
        })
    };
    let theirs = answer.assessment.clone();
    let differences = Memo::new(move |_| {
        state
            .workspace
            .with(|w| disagreements(&w.assessment, &theirs, model))
    });
    let name = move |id: &str| model.area(id).map_or(id.to_string(), |a| a.name.clone());
    let rater_name = StoredValue::new(who.clone());
    let keep = {
        let b = benchmark.clone();
        move |_| {
            let mut ws = state.workspace.get_untracked();
            ws.keep_benchmark(b.clone());
            state.replace(
                ws,
                &format!(
                    "Kept “{}”: pick it as the benchmark on Results to compare again.",
                    b.name
                ),
            );
        }
    };
    view! {
        <h1 data-testid="answer-title">{format!("How {who} rated you")}</h1>
        <p class="lead">{format!("{} ({}), on {when}.", who, answer.relation.label().to_lowercase())}</p>
        {meant.map(|m| view! { <p class="callout card">{m}</p> })}
        <p class="hint read-only">"Opening this link changed nothing in your workspace."</p>
        <Show when=move || state.workspace.with(|w| w.assessment.is_started()) fallback=move || view! {
            <p class="card">"Rate yourself first to compare: "<a href=View::Assess.href(&base)>"start the assessment"</a>"."</p>
        }>
            <p class="benchmark-kind">{format!("Your ratings against {} (dashed).", benchmark.name)}</p>
            <div class="chart-block"><RadarChart radar/></div>
            <section class="card">
                <h2>"Where you see it differently"</h2>
                <Show when=move || !differences.with(Vec::is_empty) fallback=|| view! { <p>"You agree within half a level everywhere you both rated."</p> }>
                    <ol data-testid="disagreements">
                        {move || differences.get().into_iter().map(|(area, mine, theirs)| {
                            view! { <li>{format!("{} — you {mine:.1}, {} {theirs:.1}", name(&area), rater_name.get_value())}</li> }
                        }).collect_view()}
                    </ol>
                </Show>
            </section>
        </Show>
        <button class="primary" on:click=keep data-testid="keep-rating">"Keep this rating as a benchmark"</button>
    }
}
