use leptos::prelude::*;

use crate::core::roi::{RoiCase, TrainingFormat, CONFIDENCE_TIERS};
use crate::ui::app::use_app_state;
use crate::ui::components::argument_list::{Alternatives, ArgumentList, LeaderQuestions};
use crate::ui::components::check_in_review::CheckInReview;
use crate::ui::components::number_field::NumberField;
use crate::ui::components::provider_shortlist::ProviderShortlist;
use crate::ui::components::roi_outputs::RoiOutputs;
use crate::ui::format::{percent, CURRENCIES, LOCALES};

type Get = fn(&RoiCase) -> f64;
type Set = fn(&mut RoiCase, f64);

/// The ROI case: the training asked for, every cost, the benefits the user can stand behind, the conservative
/// adjustments, and what it all comes to, updated as they type.
#[component]
pub fn Roi() -> impl IntoView {
    let state = use_app_state();
    let errors = Memo::new(move |_| state.workspace.with(|w| w.roi.errors()));
    let number =
        move |id: &'static str, label: &'static str, hint: &'static str, get: Get, set: Set| {
            view! {
                <NumberField
                    id
                    label
                    hint
                    value=Signal::derive(move || state.workspace.with(|w| get(&w.roi)))
                    on_set=Callback::new(move |v| state.workspace.update(|w| set(&mut w.roi, v)))
                    error=Signal::derive(move || {
                        errors.with(|e| e.iter().find(|x| x.field == id).map(|x| x.message.clone()))
                    })
                />
            }
        };
    let text = move |id: &'static str,
                     label: &'static str,
                     get: fn(&RoiCase) -> String,
                     set: fn(&mut RoiCase, String)| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="text" maxlength="120"
                    prop:value=move || state.workspace.with(|w| get(&w.roi))
                    on:input=move |ev| state.workspace.update(|w| set(&mut w.roi, event_target_value(&ev)))/>
            </div>
        }
    };
    let date = move |id: &'static str,
                     label: &'static str,
                     get: fn(&RoiCase) -> String,
                     set: fn(&mut RoiCase, String)| {
        let error = move || {
            errors.with(|e| {
                e.iter()
                    .find(|x| x.field == id)
                    .map(|x| format!("The end {}", x.message))
            })
        };
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="date"
                    prop:value=move || state.workspace.with(|w| get(&w.roi))
                    on:input=move |ev| state.workspace.update(|w| set(&mut w.roi, event_target_value(&ev)))/>
                <p class="error" role="alert">{error}</p>
            </div>
        }
    };
    // A benefit model: a switch, and its fields while it is on (their figures are kept while it is off).
    let model = move |id: &'static str,
                      title: &'static str,
                      prompt: &'static str,
                      on: fn(&RoiCase) -> bool,
                      toggle: fn(&mut RoiCase, bool),
                      fields: ViewFn| {
        view! {
            <fieldset class="benefit">
                <legend>
                    <label>
                        <input type="checkbox" id=id prop:checked=move || state.workspace.with(|w| on(&w.roi))
                            on:change=move |ev| state.workspace.update(|w| toggle(&mut w.roi, event_target_checked(&ev)))/>
                        " " {title}
                    </label>
                </legend>
                <p class="hint">{prompt}</p>
                <Show when=move || state.workspace.with(|w| on(&w.roi))>{fields.run()}</Show>
            </fieldset>
        }
    };
    let formats = TrainingFormat::ALL
        .into_iter()
        .map(|f| {
            view! {
                <option value=format!("{f:?}") selected=move || state.workspace.with(|w| w.roi.training.format == f)>
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
            state.workspace.update(|w| w.roi.training.format = f);
        }
    };
    let tiers = CONFIDENCE_TIERS
        .into_iter()
        .map(|t| {
            view! {
                <option value=t.to_string()
                    selected=move || state.workspace.with(|w| w.roi.adjustments.confidence_pct == t)>
                    {move || state.workspace.with(|w| percent(&w.money, t, 0))}
                </option>
            }
        })
        .collect_view();
    let set_tier = move |ev| {
        if let Ok(t) = event_target_value(&ev).parse::<f64>() {
            state
                .workspace
                .update(|w| w.roi.adjustments.confidence_pct = t);
        }
    };
    let currency_options = CURRENCIES
        .into_iter()
        .map(|c| view! { <option value=c selected=move || state.workspace.with(|w| w.money.currency == c)>{c}</option> })
        .collect_view();
    let locale_options = LOCALES
        .into_iter()
        .map(|(code, name)| {
            view! { <option value=code selected=move || state.workspace.with(|w| w.money.locale == code)>{name}</option> }
        })
        .collect_view();
    let intangibles = move || {
        state
            .workspace
            .with(|w| w.roi.benefits.intangibles.join("\n"))
    };
    let set_intangibles = move |ev| {
        let lines: Vec<String> = event_target_value(&ev)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        state
            .workspace
            .update(|w| w.roi.benefits.intangibles = lines);
    };

    view! {
        <h1>"Your ROI case"</h1>
        <p class="lead">
            "Put numbers on the training you want. Skillcase counts every cost, including your time away, and claims "
            "benefits conservatively: only where you have a figure, only the share due to the training, scaled by how "
            "sure you are, and for the first year unless you say otherwise."
        </p>
        <div class="roi-layout">
            <form class="roi-form" on:submit=|ev| ev.prevent_default()>
                <section class="card">
                    <h2>"The training"</h2>
                    {text("course", "Course", |c| c.training.course.clone(), |c, v| c.training.course = v)}
                    {text("provider", "Provider", |c| c.training.provider.clone(), |c, v| c.training.provider = v)}
                    <div class="field">
                        <label for="format">"Format"</label>
                        <select id="format" on:change=set_format>{formats}</select>
                    </div>
                    <div class="row">
                        {date("start", "First day", |c| c.training.start.clone(), |c, v| c.training.start = v)}
                        {date("end", "Last day", |c| c.training.end.clone(), |c, v| c.training.end = v)}
                    </div>
                    <div class="row">
                        {number("days_away", "Working days away", "per participant", |c| c.training.days_away, |c, v| c.training.days_away = v)}
                        {number("participants", "Participants", "", |c| c.training.participants, |c, v| c.training.participants = v)}
                    </div>
                </section>
                <section class="card">
                    <h2>"Costs"</h2>
                    <div class="row">
                        {number("fees", "Fees", "for all participants", |c| c.training.fees, |c, v| c.training.fees = v)}
                        {number("travel", "Travel and lodging", "", |c| c.training.travel, |c, v| c.training.travel = v)}
                    </div>
                    <div class="row">
                        {number("materials", "Materials", "", |c| c.training.materials, |c, v| c.training.materials = v)}
                        {number("backfill", "Backfill", "paid to cover the work while you are away", |c| c.training.backfill, |c, v| c.training.backfill = v)}
                    </div>
                    <div class="row">
                        {number("salary", "Annual salary", "of one participant; prices the time away", |c| c.training.salary, |c, v| c.training.salary = v)}
                        {number("overhead", "Overhead factor", "salary × this = loaded cost; 1.3 adds 30 % for benefits and overhead", |c| c.training.overhead, |c, v| c.training.overhead = v)}
                    </div>
                </section>
                <section class="card">
                    <h2>"Benefits"</h2>
                    <p class="hint">"Switch on only what you can put a figure on; no data, no benefit claimed."</p>
                    {model("benefit-decisions", "Better decisions",
                        "How much revenue or margin do your product decisions influence each year, and by how much could better decisions improve it?",
                        |c| c.benefits.decisions.on, |c, on| c.benefits.decisions.on = on,
                        ViewFn::from(move || view! {
                            <div class="row">
                                {number("influenced", "Revenue or margin you influence", "per year", |c| c.benefits.decisions.influenced, |c, v| c.benefits.decisions.influenced = v)}
                                {number("improvement_pct", "Improvement (%)", "e.g. 1 for a 1 % better outcome", |c| c.benefits.decisions.improvement_pct, |c, v| c.benefits.decisions.improvement_pct = v)}
                            </div>
                        }))}
                    {model("benefit-time", "Time saved",
                        "How many hours a week will you save with better tools, templates and practice? Priced at your loaded hourly cost.",
                        |c| c.benefits.time_saved.on, |c, on| c.benefits.time_saved.on = on,
                        ViewFn::from(move || view! {
                            {number("hours_per_week", "Hours saved a week", "per participant", |c| c.benefits.time_saved.hours_per_week, |c, v| c.benefits.time_saved.hours_per_week = v)}
                        }))}
                    {model("benefit-failure", "Avoided failure or rework",
                        "How many launches a year, what a failed launch costs, and how many points less likely a failure becomes.",
                        |c| c.benefits.avoided_failure.on, |c, on| c.benefits.avoided_failure.on = on,
                        ViewFn::from(move || view! {
                            <div class="row">
                                {number("launches_per_year", "Launches a year", "", |c| c.benefits.avoided_failure.launches_per_year, |c, v| c.benefits.avoided_failure.launches_per_year = v)}
                                {number("failure_cost", "Cost of a failed launch", "", |c| c.benefits.avoided_failure.failure_cost, |c, v| c.benefits.avoided_failure.failure_cost = v)}
                                {number("probability_reduction_pct", "Less likely by (points %)", "", |c| c.benefits.avoided_failure.probability_reduction_pct, |c, v| c.benefits.avoided_failure.probability_reduction_pct = v)}
                            </div>
                        }))}
                    {model("benefit-retention", "Retention",
                        "What it costs to replace you, and how many points less likely you are to leave within the year.",
                        |c| c.benefits.retention.on, |c, on| c.benefits.retention.on = on,
                        ViewFn::from(move || view! {
                            <div class="row">
                                {number("replacement_cost", "Replacement cost", "recruiting, onboarding, lost time", |c| c.benefits.retention.replacement_cost, |c, v| c.benefits.retention.replacement_cost = v)}
                                {number("attrition_reduction_pct", "Less likely to leave by (points %)", "", |c| c.benefits.retention.attrition_reduction_pct, |c, v| c.benefits.retention.attrition_reduction_pct = v)}
                            </div>
                        }))}
                    <div class="field">
                        <label for="intangibles">"Benefits you can't price "<span class="hint">"(one a line; listed, never counted)"</span></label>
                        <textarea id="intangibles" rows="3" prop:value=intangibles on:change=set_intangibles></textarea>
                    </div>
                </section>
                <section class="card">
                    <h2>"Conservative adjustments"</h2>
                    <div class="row">
                        {number("attribution_pct", "Share due to the training (%)", "the rest comes from other causes", |c| c.adjustments.attribution_pct, |c, v| c.adjustments.attribution_pct = v)}
                        <div class="field">
                            <label for="confidence_pct">"How sure are you of these figures?"</label>
                            <select id="confidence_pct" on:change=set_tier>{tiers}</select>
                        </div>
                        {number("years", "Years of benefit counted", "1 = first year only", |c| c.adjustments.years, |c, v| c.adjustments.years = v)}
                    </div>
                </section>
                <section class="card">
                    <h2>"Money format"</h2>
                    <div class="row">
                        <div class="field">
                            <label for="currency">"Currency"</label>
                            <select id="currency" on:change=move |ev| state.workspace.update(|w| w.money.currency = event_target_value(&ev))>
                                {currency_options}
                            </select>
                        </div>
                        <div class="field">
                            <label for="locale">"Number and date format"</label>
                            <select id="locale" on:change=move |ev| state.workspace.update(|w| w.money.locale = event_target_value(&ev))>
                                {locale_options}
                            </select>
                        </div>
                    </div>
                </section>
            </form>
            <RoiOutputs/>
        </div>
        <ProviderShortlist/>
        <ArgumentList/>
        <Alternatives/>
        <LeaderQuestions/>
        <CheckInReview/>
    }
}
