use leptos::prelude::*;

use crate::core::justify::providers::{Criterion, Provider, Shortlist, MAX_PROVIDERS, MAX_SCORE};
use crate::core::number::parse_amount;
use crate::ui::format::number;
use crate::ui::state::use_app_state;

/// Up to four courses or providers, scored 1–5 on criteria the user weighs 0–5; the best scores first, and the one
/// chosen fills in the training above.
#[component]
pub fn ProviderShortlist() -> impl IntoView {
    let state = use_app_state();
    let list = Memo::new(move |_| state.workspace.with(|w| w.case.shortlist.clone()));
    let edit = move |f: Box<dyn FnOnce(&mut Shortlist)>| {
        state.workspace.update(|w| f(&mut w.case.shortlist))
    };
    // The table is rebuilt only when an option is added or removed; every cell reads its own value, so choosing a
    // score never rebuilds the select that has the focus.
    let count = Memo::new(move |_| list.with(|l| l.providers.len()));
    let full = move || count.get() >= MAX_PROVIDERS;
    let weight_cell = move |k: usize| {
        let options = (0..=MAX_SCORE)
            .map(|v| view! { <option value=v.to_string() selected=move || list.with(|l| l.weights[k] == v)>{v}</option> })
            .collect_view();
        view! {
            <select aria-label=format!("Weight of “{}”", Criterion::ALL[k].label())
                on:change=move |ev| {
                    let v = event_target_value(&ev).parse().unwrap_or(0);
                    edit(Box::new(move |l| l.weights[k] = v))
                }>{options}</select>
        }
    };
    let score_cell = move |i: usize, k: usize| {
        let options = (1..=MAX_SCORE)
            .map(|v| {
                view! { <option value=v.to_string() selected=move || list.with(|l| l.providers.get(i).and_then(|p| p.scores[k]) == Some(v))>{v}</option> }
            })
            .collect_view();
        view! {
            <td data-label=format!("Option {}", i + 1)>
                <select aria-label=move || format!("{}: {}", provider_name(&list.get(), i), Criterion::ALL[k].label())
                    on:change=move |ev| {
                        let v = event_target_value(&ev).parse().ok();
                        edit(Box::new(move |l| if let Some(p) = l.providers.get_mut(i) { p.scores[k] = v }))
                    }>
                    <option value="" selected=move || list.with(|l| l.providers.get(i).is_some_and(|p| p.scores[k].is_none()))>"–"</option>
                    {options}
                </select>
            </td>
        }
    };
    let text_cell = move |i: usize,
                          what: &'static str,
                          get: fn(&Provider) -> String,
                          put: fn(&mut Provider, String)| {
        view! {
            <td data-label=format!("Option {}", i + 1)>
                <input type="text" maxlength="80" aria-label=format!("{what} {}", i + 1)
                    prop:value=move || list.with(|l| l.providers.get(i).map(get).unwrap_or_default())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        edit(Box::new(move |l| if let Some(p) = l.providers.get_mut(i) { put(p, v) }))
                    }/>
            </td>
        }
    };
    let table = move || {
        let columns = 0..count.get();
        let best = move || {
            list.with(|l| {
                l.ranking()
                    .first()
                    .copied()
                    .filter(|i| l.score(*i).is_some())
            })
        };
        view! {
            <div class="table-wrap">
                <table class="shortlist stack" data-testid="shortlist">
                    <thead>
                        <tr>
                            <th scope="col">"Criterion"</th>
                            <th scope="col">"Weight"</th>
                            {columns.clone().map(|i| view! { <th scope="col">{format!("Option {}", i + 1)}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        <tr><th scope="row">"Provider"</th><td></td>
                            {columns.clone().map(|i| text_cell(i, "Provider", |p| p.name.clone(), |p, v| p.name = v)).collect_view()}</tr>
                        <tr><th scope="row">"Course"</th><td></td>
                            {columns.clone().map(|i| text_cell(i, "Course", |p| p.course.clone(), |p, v| p.course = v)).collect_view()}</tr>
                        <tr><th scope="row">"Fees"</th><td></td>
                            {columns.clone().map(|i| text_cell(i, "Fees of option", |p| p.fees.to_string(),
                                |p, v| if let Some(x) = parse_amount(&v).filter(|x| *x >= 0.0) { p.fees = x })).collect_view()}</tr>
                        <tr><th scope="row">"Days away"</th><td></td>
                            {columns.clone().map(|i| text_cell(i, "Days away for option", |p| p.days_away.to_string(),
                                |p, v| if let Some(x) = parse_amount(&v).filter(|x| *x >= 0.0) { p.days_away = x })).collect_view()}</tr>
                        {Criterion::ALL.iter().enumerate().map(|(k, c)| view! {
                            <tr>
                                <th scope="row">{c.label()}</th>
                                <td data-label="Weight">{weight_cell(k)}</td>
                                {columns.clone().map(|i| score_cell(i, k)).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">"Score (0–5)"</th><td></td>
                            {columns.clone().map(|i| {
                                let score = move || {
                                    let m = state.workspace.with(|w| w.locale.clone());
                                    list.with(|l| l.score(i)).map(|s| number(&m, s, 1)).unwrap_or_else(|| "–".into())
                                };
                                view! {
                                    <td class:best=move || best() == Some(i) data-label=format!("Option {}", i + 1) data-testid="provider-score">{score}</td>
                                }
                            }).collect_view()}
                        </tr>
                        <tr>
                            <th scope="row"></th><td></td>
                            {columns.map(|i| {
                                let chosen = move || list.with(|l| l.chosen == Some(i));
                                view! {
                                    <td>
                                        <button type="button" class:primary=chosen disabled=chosen
                                            on:click=move |_| state.workspace.update(|w| w.case.choose(i))>
                                            {move || if chosen() { "Chosen" } else { "Use this one" }}
                                        </button>
                                        <button type="button" class="link" on:click=move |_| edit(Box::new(move |l| l.remove(i)))>
                                            "Remove"
                                        </button>
                                    </td>
                                }
                            }).collect_view()}
                        </tr>
                    </tfoot>
                </table>
            </div>
        }
    };
    view! {
        <section class="card">
            <h2>"Compare courses and providers"</h2>
            <p class="hint">
                "Score up to four options from 1 to 5 on each criterion, and weigh the criteria from 0 (doesn't matter) to 5. "
                "The score is the weighted average; “Use this one” fills in the training above."
            </p>
            <Show when=move || { count.get() > 0 } fallback=|| view! { <p>"No options yet."</p> }>{table}</Show>
            <button type="button" disabled=full on:click=move |_| edit(Box::new(|l| { l.add(); }))>
                {move || if full() { "Four is the most to compare" } else { "Add an option" }}
            </button>
        </section>
    }
}

fn provider_name(list: &Shortlist, i: usize) -> String {
    list.providers
        .get(i)
        .map(|p| p.name.trim())
        .filter(|n| !n.is_empty())
        .map_or_else(|| format!("Option {}", i + 1), String::from)
}
