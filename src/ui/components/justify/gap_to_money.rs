use leptos::prelude::*;

use crate::core::justify::roi::BenefitModel;
use crate::core::plan::suggested_impact;
use crate::core::words::list;
use crate::ui::routes::{use_base, View};
use crate::ui::state::{use_app_state, use_model};

/// From the gap to the money, after Phillips: each focus area's need (the gap), objective (the goal), impact measure
/// (what the business will see) and the benefits that rest on it; a benefit resting on no gap is flagged.
#[component]
pub fn GapToMoney() -> impl IntoView {
    let state = use_app_state();
    let model = use_model();
    let plan_href = View::Plan.href(&use_base());
    let rows = move || {
        state.results.with(|found| {
            state.workspace.with(|w| {
                let b = &w.case.benefits;
                w.plan
                    .goals_for(found)
                    .into_iter()
                    .map(|g| {
                        let name = model
                            .area(&g.area)
                            .map_or(g.area.clone(), |a| a.name.clone());
                        let gap = found.get(&g.area).and_then(|r| r.gap).unwrap_or(0.0);
                        let impact = if g.impact.is_empty() {
                            format!("{} (suggested)", suggested_impact(&g.area).measure)
                        } else {
                            g.impact.measure.clone()
                        };
                        let money: Vec<&str> = BenefitModel::ALL
                            .into_iter()
                            .filter(|m| b.is_on(*m) && b.rests_on(*m).contains(&g.area))
                            .map(|m| m.label())
                            .collect();
                        let money = if money.is_empty() {
                            "no benefit rests on it yet".to_string()
                        } else {
                            money.join(", ")
                        };
                        view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td data-label="Need">{format!("{gap:.1} levels below")}</td>
                                <td data-label="Objective">{g.text()}</td>
                                <td data-label="Impact measure">{impact}</td>
                                <td data-label="Benefit">{money}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let unsupported = move || {
        state.results.with(|found| {
            state
                .workspace
                .with(|w| w.case.benefits.unsupported(&found.focus))
        })
    };
    view! {
        <section class="card gap-to-money" data-testid="gap-to-money">
            <h2>"From your gaps to the money"</h2>
            <p class="hint">
                "Each benefit should rest on a gap the training closes, through a goal and a business measure that will "
                "show it. Set the measures, their baseline and target, on the "<a href=plan_href>"Plan"</a>" page."
            </p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="From the gaps to the money">
                <table class="stack">
                    <thead><tr><th scope="col">"Focus area"</th><th scope="col">"Need"</th><th scope="col">"Objective"</th>
                        <th scope="col">"Impact measure"</th><th scope="col">"Benefit"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <Show when=move || !unsupported().is_empty()>
                <p class="warn" role="status" data-testid="unsupported-benefits">
                    {move || {
                        let benefits: Vec<&str> = unsupported().iter().map(|m| m.label()).collect();
                        let (rests, it, off) = if benefits.len() == 1 { ("rests", "it", "it") } else { ("rest", "each", "them") };
                        format!(
                            "Unsupported: {} {rests} on no focus gap. Link {it} to the gap it comes from under Benefits, or switch {off} off: a benefit that no gap explains is hard to defend.",
                            list(&benefits)
                        )
                    }}
                </p>
            </Show>
        </section>
    }
}
