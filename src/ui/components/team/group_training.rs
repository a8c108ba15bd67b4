use leptos::prelude::*;

use crate::core::justify::roi::CONFIDENCE_TIERS;
use crate::core::locale::Locale;
use crate::core::team::{GroupCase, GroupOption, GroupOutcome};
use crate::ui::components::common::number_field::NumberField;
use crate::ui::components::justify::sensitivity::Sensitivity;
use crate::ui::components::team::group_benefits::GroupBenefits;
use crate::ui::format::{figure, money, number, percent};
use crate::ui::state::use_app_state;

/// Training the group as a case of its own: a public course per seat against an in-house workshop, each on its full
/// cost (fees, travel and everyone's time away), against what the participants' improvement is worth on conservative
/// figures. A price not typed is a quote pending, never a figure.
#[component]
pub fn GroupTraining(group: Memo<GroupOutcome>, locale: Memo<Locale>) -> impl IntoView {
    let state = use_app_state();
    // Every group figure by the same rules as one person's case, checked once per change.
    let errors = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.team
                .group
                .errors(w.team.members.len(), &w.case.working_time)
        })
    });
    // Every figure of the group case is an amount or a count: none may be negative.
    let error = move |get: fn(&GroupCase) -> Option<f64>| {
        Signal::derive(move || {
            state.workspace.with(|w| {
                get(&w.team.group)
                    .filter(|v| !v.is_finite() || *v < 0.0)
                    .map(|_| "can't be negative".to_string())
            })
        })
    };
    // A figure the manager may leave blank, saying what blank means: a price until its quote arrives, an estimate
    // left to its default.
    let optional = move |id: &'static str,
                         label: &'static str,
                         blank: &'static str,
                         get: fn(&GroupCase) -> Option<f64>,
                         set: fn(&mut GroupCase, Option<f64>)| {
        view! {
            <NumberField id label blank error=error(get)
                value=Signal::derive(move || state.workspace.with(|w| get(&w.team.group)))
                on_set=Callback::new(move |v| state.workspace.update(|w| set(&mut w.team.group, v)))/>
        }
    };
    let field = move |id: &'static str,
                      label: &'static str,
                      hint: &'static str,
                      get: fn(&GroupCase) -> f64,
                      set: fn(&mut GroupCase, f64)| {
        view! {
            <NumberField id label hint
                // The rules of one person's case where the field is one of its own (its id after "group-"), else no
                // negative count.
                error=Signal::derive(move || {
                    let ruled = errors.with(|e| {
                        e.iter()
                            .find(|x| id.strip_prefix("group-") == Some(x.field.id()))
                            .map(|x| x.message.clone())
                    });
                    ruled.or_else(|| state.workspace.with(|w| {
                        let v = get(&w.team.group);
                        (!v.is_finite() || v < 0.0).then(|| "can't be negative".to_string())
                    }))
                })
                value=Signal::derive(move || state.workspace.with(|w| Some(get(&w.team.group))))
                on_set=Callback::new(move |v: Option<f64>| if let Some(v) = v { state.workspace.update(|w| set(&mut w.team.group, v)) })/>
        }
    };
    let tiers = CONFIDENCE_TIERS
        .into_iter()
        .map(|t| view! {
            <option value=t.to_string() selected=move || state.workspace.with(|w| w.team.group.adjustments.confidence_pct == t)>
                {move || percent(&locale.get(), t, 0)}
            </option>
        })
        .collect_view();
    let option_line = move |name: &str, option: Option<GroupOption>| {
        let m = locale.get();
        match option {
            Some(o) => format!(
                "{name}: fees {} + travel {} + time away {} = {} in all.",
                money(&m, o.fees),
                money(&m, o.travel),
                money(&m, o.time_away),
                money(&m, o.figures.cost)
            ),
            None => format!("{name}: quote pending."),
        }
    };
    let verdict = move || {
        let m = locale.get();
        let o = group.get();
        state.workspace.with(|w| match w.team.group.stated(&o, &|f| figure(&m, f)) {
            Some((name, said)) => format!("The cheaper is {name}. {}", said.sentence()),
            None => "Type the prices of at least one option to compare them; until then they are quotes pending."
                .into(),
        })
    };
    let swings = Signal::derive(move || {
        state.workspace.with(|w| {
            w.team
                .group
                .sensitivity(w.team.members.len(), &w.case.working_time)
        })
    });
    let reported =
        Signal::derive(move || group.with(|o| o.cheaper().and_then(|(_, c)| c.figures.roi_pct)));
    let expected = Signal::derive(move || {
        state.workspace.with(|w| {
            w.team
                .group
                .expected_roi(w.team.members.len(), &w.case.working_time)
        })
    });
    view! {
        <section class="card" data-testid="group-case">
            <h2>"Training the group"</h2>
            <h3>"Prices"</h3>
            <div class="row">
                {optional("seat-fee", "Public course fee per seat", "quote pending", |g| g.seat_fee, |g, v| g.seat_fee = v)}
                {optional("seat-travel", "Travel and expenses per person", "quote pending", |g| g.seat_travel, |g, v| g.seat_travel = v)}
                {optional("workshop-fee", "In-house workshop fee", "quote pending", |g| g.workshop_fee, |g, v| g.workshop_fee = v)}
                {optional("workshop-head", "Workshop cost per person", "quote pending", |g| g.workshop_per_head, |g, v| g.workshop_per_head = v)}
            </div>
            <h3>"People and their time"</h3>
            <div class="row">
                {field("group-people", "People to train", "0: the whole team", |g| g.people, |g, v| g.people = v)}
                {field("group-guests", "Guests from other functions", "attending alongside; no benefit claimed for them", |g| g.guests, |g, v| g.guests = v)}
                {field("group-guest-salary", "Guests' salary (yearly, on average)", "0: as the participants'", |g| g.guest_salary, |g, v| g.guest_salary = v)}
                {field("group-days_away", "Working days away each", "", |g| g.days_away, |g, v| g.days_away = v)}
                {field("group-salary", "Average annual salary", "prices everyone's time away", |g| g.salary, |g, v| g.salary = v)}
                {field("group-overhead", "Overhead factor", "", |g| g.overhead, |g, v| g.overhead = v)}
            </div>
            <h3>"What it is worth"</h3>
            <p class="hint">
                "The same benefits as one person's case, for the group: switch on only what you can put a figure on. Each is "
                "money the business keeps, counted at your low estimate."
            </p>
            <GroupBenefits errors/>
            // A group case made before the benefit models: its one typed benefit a person counts until a model is on.
            <div class="row" data-testid="group-benefit-typed" hidden=move || state.workspace.with(|w| {
                let g = &w.team.group;
                g.uses_models() || g.benefit_per_person == Default::default()
            })>
                <p class="hint">"Made before the benefit models: one typed benefit a person a year, counted until you switch a model on."</p>
                {field("group-benefit", "Benefit a person a year you expect", "", |g| g.benefit_per_person.expected, |g, v| g.benefit_per_person.expected = v)}
                {optional("group-benefit-low", "Low estimate", "half what you expect", |g| g.benefit_per_person.low, |g, v| g.benefit_per_person.low = v)}
                {optional("group-benefit-high", "High estimate", "1.5 × what you expect", |g| g.benefit_per_person.high, |g, v| g.benefit_per_person.high = v)}
            </div>
            <div class="row">
                {field("group-attribution_pct", "Share due to the training (%)", "", |g| g.adjustments.attribution_pct, |g, v| g.adjustments.attribution_pct = v)}
                <div class="field">
                    <label for="group-confidence">"How sure are you of these figures?"</label>
                    <select id="group-confidence" on:change=move |ev| {
                        if let Ok(t) = event_target_value(&ev).parse::<f64>() {
                            state.workspace.update(|w| w.team.group.adjustments.confidence_pct = t);
                        }
                    }>{tiers}</select>
                </div>
                {field("group-years", "Years of benefit counted", "1 = first year only", |g| g.adjustments.years, |g, v| g.adjustments.years = v)}
                {field("group-ramp_weeks", "Weeks before the benefit starts", "the ramp-up", |g| g.adjustments.ramp_weeks, |g, v| g.adjustments.ramp_weeks = v)}
            </div>
            <div class="row" hidden=move || state.workspace.with(|w| w.team.group.adjustments.years_counted() <= 1.0)>
                {field("group-discount_pct", "Discount rate a year (%)", "your organisation's cost of capital", |g| g.adjustments.discount_pct, |g, v| g.adjustments.discount_pct = v)}
                {field("group-fade_pct", "Effect lost each year (%)", "skills fade unused and jobs change", |g| g.adjustments.fade_pct, |g, v| g.adjustments.fade_pct = v)}
            </div>
            <div data-testid="group-outcome">
                <p>{move || option_line("Public course", group.get().public)}</p>
                <p>{move || option_line("In-house workshop", group.get().workshop)}</p>
                <p>{move || {
                    let m = locale.get();
                    match group.get().break_even_people {
                        Some(n) => format!("On fees, the workshop costs less from {} people.", number(&m, n, 0)),
                        None => "On fees, the workshop never costs less, or a price is still a quote pending.".into(),
                    }
                }}</p>
                <p class="verdict" data-testid="group-verdict">{verdict}</p>
            </div>
            <h3>"Which inputs move the group's result most"</h3>
            <Sensitivity swings expected reported locale=locale.into() name="group"/>
            <button class="primary" on:click=move |_| { let _ = window().print(); } data-testid="print-team">"Print the group proposal"</button>
        </section>
    }
}
