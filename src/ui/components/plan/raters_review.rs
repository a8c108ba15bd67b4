use leptos::prelude::*;

use crate::core::assess::history;
use crate::core::date::{iso_date, iso_day};
use crate::core::locale::Locale;
use crate::core::share::link::rater::{before_and_after, RaterAnswer};
use crate::ui::format::date;
use crate::ui::state::{use_app_state, use_model};

/// At the check-in, both raters before and after: the user's own level in each focus area at the last snapshot and
/// now, and each kept rater's first and latest view.
#[component]
pub fn RatersReview() -> impl IntoView {
    let state = use_app_state();
    let model = use_model();
    let level = |v: Option<f32>| v.map_or("–".to_string(), |v| format!("{v:.1}"));
    let table = move || {
        state.results.with(|found| {
            state.workspace.with(|w| {
                let all = history(&w.earlier, &w.assessment);
                let (before, now) = match all.as_slice() {
                    [.., before, now] => (Some(*before), *now),
                    _ => (None, &w.assessment),
                };
                let raters = before_and_after(&w.raters);
                let heads = raters
                    .iter()
                    .map(|(first, latest)| {
                        let (before, after) = rater_columns(first, *latest, &w.locale);
                        view! {
                            <th scope="col">{before}</th>
                            <th scope="col">{after}</th>
                        }
                    })
                    .collect_view();
                let since = before.map_or("your last snapshot".to_string(), |b| format!("you, {}", date(&w.locale, &iso_date(b.updated_at))));
                let areas: Vec<String> = if found.focus.is_empty() {
                    model.areas.iter().map(|a| a.id.clone()).collect()
                } else {
                    found.focus.clone()
                };
                let rows = areas
                    .iter()
                    .map(|id| {
                        let name = model.area(id).map_or(id.clone(), |a| a.name.clone());
                        let theirs = raters
                            .iter()
                            .map(|(first, latest)| {
                                let (before_label, after_label) = rater_columns(first, *latest, &w.locale);
                                let after = latest.map(|l| l.assessment.rating(id).current());
                                view! {
                                    <td data-label=before_label>{level(first.assessment.rating(id).current())}</td>
                                    <td data-label=after_label>{after.map_or("–".to_string(), level)}</td>
                                }
                            })
                            .collect_view();
                        view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td data-label=since.clone()>{level(before.and_then(|b| b.rating(id).current()))}</td>
                                <td data-label="You, now">{level(now.rating(id).current())}</td>
                                {theirs}
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Both raters, before and after">
                        <table class="stack" data-testid="raters-before-after">
                            <caption>"Levels (applied experience) in your focus areas, as you and each rater saw them, before and after"</caption>
                            <thead><tr><th scope="col">"Area"</th><th scope="col">{since}</th><th scope="col">"You, now"</th>{heads}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
            })
        })
    };
    view! {
        <section class="card" data-testid="raters-review">
            <h2>"Both raters, before and after"</h2>
            <Show when=move || state.workspace.with(|w| !w.raters.is_empty()) fallback=|| view! {
                <p class="hint">"Keep a rater's answer (from the link they send back) to see their view here, before the training and after it."</p>
            }>
                {table}
            </Show>
        </section>
    }
}

/// A rater's two columns, before and after, as their headings and their cells' labels name them.
fn rater_columns(
    first: &RaterAnswer,
    latest: Option<&RaterAnswer>,
    l: &Locale,
) -> (String, String) {
    let who = first.who();
    let after = latest.map_or("not yet".to_string(), |a| date(l, &iso_day(a.made_on)));
    (
        format!("{who}, {}", date(l, &iso_day(first.made_on))),
        format!("{who}, {after}"),
    )
}
