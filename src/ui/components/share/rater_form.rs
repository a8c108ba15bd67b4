use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::core::assess::{Assessment, MAX_IMPORTANCE};
use crate::core::model::{Area, CompetencyModel};
use crate::core::share::link::rater::{encode_answer, RateRequest, RaterAnswer, Relation};
use crate::core::words::{a, third_person};
use crate::ui::clock::today_days;
use crate::ui::components::assess::level_picker::{Choice, LevelPicker};
use crate::ui::components::common::copy_field::CopyField;
use crate::ui::routes::{use_base, View};

const IMPORTANCE: [&str; 6] = [
    "Not needed",
    "Minor",
    "Useful",
    "Important",
    "Very important",
    "Critical",
];

/// The rater's form. Kept only in this page, never in the rater's own workspace: the answer leaves as a link. Each
/// area is rated as the person rated it, every level's behaviour beside its choice (read of them: "They have…"),
/// with the person's own evidence note; when asked, the rater also says how much
/// the area matters to the person's role and what level it should reach.
#[component]
pub fn RaterForm(request: RateRequest, model: &'static CompetencyModel) -> impl IntoView {
    let top = model.max_level();
    let base = use_base();
    let ratings = RwSignal::new(Assessment {
        model_version: request.model_version,
        ..Assessment::default()
    });
    let targets = RwSignal::new(BTreeMap::<String, f32>::new());
    let rater = RwSignal::new(String::new());
    let relation = RwSignal::new(Relation::Manager);
    let who = if request.name.is_empty() {
        "A colleague".to_string()
    } else {
        request.name.clone()
    };
    let for_name = request.name.clone();
    let asks = request.ask_priorities;
    let made = RwSignal::new(false);
    let answer_link = Signal::derive(move || {
        let answer = RaterAnswer {
            for_name: for_name.clone(),
            rater: rater.get().trim().to_string(),
            relation: relation.get(),
            made_on: today_days(),
            assessment: ratings.get(),
            targets: targets.get(),
        };
        View::Rate.link(&base, &encode_answer(&answer, model))
    });
    let rated = move || {
        ratings.with(|r| {
            r.ratings
                .values()
                .filter(|r| r.knowledge.is_some() || r.experience.is_some())
                .count()
        })
    };
    // The same picker the person rated themselves with, every level's behaviour beside its choice, read of them;
    // "Not observed" first, since a rater skips what they have not seen.
    let picker = move |area: &Area, experience: bool| {
        let choices: Vec<Choice> = std::iter::once((0, "Not observed".to_string(), String::new()))
            .chain((1..=top).map(|l| {
                let anchor = &area.levels[usize::from(l) - 1];
                let words = if experience {
                    &anchor.done
                } else {
                    &anchor.know
                };
                (l, model.level_name(l).to_string(), third_person(words))
            }))
            .collect();
        let (id, a) = (area.id.clone(), area.id.clone());
        view! {
            <LevelPicker
                legend=if experience { "What they have done: recently, with results" } else { "What they know" }
                name=format!("rate-{}-{}", area.id, if experience { "experience" } else { "knowledge" })
                choices
                value=Signal::derive(move || ratings.with(|r| {
                    let r = r.rating(&id);
                    Some(if experience { r.experience } else { r.knowledge }.unwrap_or(0))
                }))
                on_pick=Callback::new(move |l: u8| {
                    let level = (l > 0).then_some(l);
                    ratings.update(|r| r.rate(&a, 0, |r| if experience { r.experience = level } else { r.knowledge = level }));
                })
            />
        }
    };
    let priorities = move |area: String| {
        let (importance_id, target_id) = (
            format!("rate-{area}-importance"),
            format!("rate-{area}-target"),
        );
        let (a, b) = (area.clone(), area.clone());
        let halves = (2..=2 * top).map(|h| f32::from(h) / 2.0);
        view! {
            <div class="field">
                <label for=importance_id.clone()>"How much it matters in their role"</label>
                <select id=importance_id on:change=move |ev| {
                    let importance = event_target_value(&ev).parse::<u8>().ok().filter(|i| *i <= MAX_IMPORTANCE);
                    ratings.update(|r| r.rate(&a, 0, |r| r.importance = importance));
                }>
                    <option value="">"Not set"</option>
                    {IMPORTANCE.iter().enumerate().map(|(i, l)| view! { <option value=i.to_string()>{format!("{i} — {l}")}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=target_id.clone()>"The level it should reach"</label>
                <select id=target_id on:change=move |ev| {
                    let target = event_target_value(&ev).parse::<f32>().ok();
                    targets.update(|t| match target {
                        Some(level) => { t.insert(b.clone(), level); }
                        None => { t.remove(&b); }
                    });
                }>
                    <option value="">"Not set"</option>
                    {halves.map(|l| view! { <option value=l.to_string()>{format!("{l}")}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    let areas = model
        .areas
        .iter()
        .map(|area| {
            let note = request.evidence.get(&area.id).cloned();
            view! {
                <fieldset class="rate-area" data-area=area.id.clone()>
                    <legend>{area.name.clone()}</legend>
                    <p class="hint">{area.definition.clone()}</p>
                    {note.map(|n| view! { <p class="evidence-note" data-testid="evidence-note">"Their evidence: " <q>{n}</q></p> })}
                    <div class="pickers">
                        {picker(area, false)}
                        {picker(area, true)}
                    </div>
                    {asks.then(|| view! { <div class="pickers priorities">{priorities(area.id.clone())}</div> })}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        // Skillcase's own model is product management; any other is named as its author named it.
        <h1 data-testid="rate-title">{if model.id == CompetencyModel::builtin().id {
            format!("{who} asks you to rate their product-management skills")
        } else {
            format!("{who} asks you to rate their skills on “{}”", model.name)
        }}</h1>
        <p class="lead">
            {request.role.map(|r| format!("They are measured as {}. ", a(model.role_name(r)))).unwrap_or_default()}
            "Rate what you have seen them know and do in each area; skip what you have not seen. Their level is what "
            "they have done, recently and with results."
            {asks.then_some(" They also ask you what matters: how important each area is to their role, and the level it should reach.")}
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
            <p>{move || format!("{} of {} areas rated.", rated(), model.areas.len())}</p>
            <button class="primary" disabled=move || rated() == 0 && targets.with(BTreeMap::is_empty) on:click=move |_| made.set(true) data-testid="make-answer">"Make the link with my ratings"</button>
            <Show when=move || made.get()>
                <p>"Send this link back; it carries your name and your ratings, nothing else."</p>
                <CopyField link=answer_link id="answer-link" label="Link with your ratings"/>
            </Show>
        </section>
    }
}
