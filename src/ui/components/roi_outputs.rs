use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use plotters_canvas::CanvasBackend;

use crate::core::charts::payback::{draw, Payback};
use crate::core::charts::Palette;
use crate::core::roi::Scenario;
use crate::core::workspace::Money;
use crate::ui::app::use_app_state;
use crate::ui::components::chart_canvas::ChartCanvas;
use crate::ui::format::{date, money, money_compact, number, percent};

fn paint(
    area: &DrawingArea<CanvasBackend, Shift>,
    chart: &(Payback, Money),
    palette: &Palette,
    scale: f64,
) {
    let (payback, m) = chart;
    // A failed drawing leaves the figures beside the chart as the record; there is nothing else to do with it.
    let _ = draw(area, payback, palette, scale, &|v| money_compact(m, v));
}

/// What the case comes to: the headline figures, the break-even sentence, the three scenarios, the itemised costs
/// and the payback chart, all in the user's currency and locale.
#[component]
pub fn RoiOutputs() -> impl IntoView {
    let state = use_app_state();
    let m = Memo::new(move |_| state.workspace.with(|w| w.money.clone()));
    let outcome = Memo::new(move |_| state.workspace.with(|w| w.roi.outcome()));
    let fmt = move |v: f64| money(&m.get(), v);
    let or_dash = |v: Option<String>| v.unwrap_or_else(|| "–".into());
    let break_even = move || {
        let o = outcome.get();
        let m = m.get();
        state.workspace.with(|w| {
            let d = &w.roi.benefits.decisions;
            match o.break_even_pct {
                Some(x) if d.on => format!(
                    "A {} better outcome on the {} you influence covers the training.",
                    percent(&m, x, 2),
                    money(&m, d.influenced)
                ),
                _ if o.costs.total == 0.0 => "Enter the costs to see what the training has to achieve.".into(),
                _ => "Switch on “Better decisions” to see the smallest improvement that pays for the training.".into(),
            }
        })
    };
    let scenarios = move || {
        let m = m.get();
        Scenario::ALL
            .into_iter()
            .map(|s| {
                let o = state.workspace.with(|w| w.roi.outcome_in(s));
                view! {
                    <tr>
                        <th scope="row">{format!("{} (×{})", s.label(), number(&m, s.factor(), 1))}</th>
                        <td>{money(&m, o.benefit)}</td>
                        <td>{money(&m, o.net)}</td>
                        <td>{o.roi_pct.map(|r| percent(&m, r, 0)).unwrap_or_else(|| "–".into())}</td>
                        <td>{o.bcr.map(|r| number(&m, r, 2)).unwrap_or_else(|| "–".into())}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let costs = move || {
        let c = outcome.get().costs;
        let m = m.get();
        [
            ("Fees", c.fees),
            ("Travel and lodging", c.travel),
            ("Materials", c.materials),
            ("Time away (days × loaded daily cost)", c.time_away),
            ("Backfill", c.backfill),
        ]
        .into_iter()
        .map(|(label, v)| view! { <tr><th scope="row">{label}</th><td>{money(&m, v)}</td></tr> })
        .collect_view()
    };
    let chart = Signal::derive(move || {
        let o = outcome.get();
        let m = m.get();
        let months = state.workspace.with(|w| w.roi.monthly(&o));
        let last = months.last().map_or(12.0, |x| f64::from(x.0));
        let payback_month = o.payback_months.filter(|p| *p <= last);
        let payback = Payback {
            months,
            payback_month,
            benefit_label: "Cumulative benefit claimed".into(),
            cost_label: "Total cost".into(),
            payback_label: payback_month
                .map(|p| format!("Pays back in {} months", number(&m, p, 1))),
            month_label: "Months after the training".into(),
        };
        (payback, m)
    });
    let chart_label = Signal::derive(move || {
        let o = outcome.get();
        format!(
            "Chart of cumulative benefit against the total cost of {} by month. {}",
            money(&m.get(), o.costs.total),
            o.payback_months.map_or(
                "It does not pay back within the period counted.".into(),
                |p| format!("It pays back in {} months.", number(&m.get(), p, 1))
            )
        )
    });
    let request = move || {
        let m = m.get();
        state.workspace.with(|w| {
            let t = &w.roi.training;
            let what = match (t.course.trim(), t.provider.trim()) {
                ("", "") => "The training".to_string(),
                (course, "") => course.to_string(),
                ("", provider) => format!("Training by {provider}"),
                (course, provider) => format!("{course} by {provider}"),
            };
            let when = match (t.start.as_str(), t.end.as_str()) {
                ("", _) => String::new(),
                (start, "") => format!(", from {}", date(&m, start)),
                (start, end) => format!(", {} – {}", date(&m, start), date(&m, end)),
            };
            format!("{what} ({}){when}", t.format.label().to_lowercase())
        })
    };
    view! {
        <section class="roi-outputs" aria-live="polite" data-testid="roi-outputs">
            <p class="request" data-testid="request">{request}</p>
            <div class="figures">
                <div class="figure"><span>"Total cost"</span><strong data-testid="total-cost">{move || fmt(outcome.get().costs.total)}</strong></div>
                <div class="figure"><span>"Benefit claimed"</span><strong data-testid="benefit">{move || fmt(outcome.get().benefit)}</strong></div>
                <div class="figure"><span>"Net benefit"</span><strong data-testid="net">{move || fmt(outcome.get().net)}</strong></div>
                <div class="figure"><span>"ROI"</span><strong data-testid="roi-pct">{move || or_dash(outcome.get().roi_pct.map(|r| percent(&m.get(), r, 0)))}</strong></div>
                <div class="figure"><span>"Benefit-cost ratio"</span><strong data-testid="bcr">{move || or_dash(outcome.get().bcr.map(|r| number(&m.get(), r, 2)))}</strong></div>
                <div class="figure"><span>"Payback"</span><strong data-testid="payback">{move || or_dash(outcome.get().payback_months.map(|p| format!("{} months", number(&m.get(), p, 1))))}</strong></div>
            </div>
            <p class="break-even" data-testid="break-even">{break_even}</p>
            <ChartCanvas data=chart paint=paint label=chart_label class="payback"/>
            // Focusable, so the keyboard can scroll them when they are wider than a phone.
            <div class="table-wrap" tabindex="0" role="region" aria-label="Scenarios">
                <table data-testid="scenarios">
                    <caption>"Scenarios: the benefit drivers halved, as entered, and half again"</caption>
                    <thead><tr><th scope="col">"Scenario"</th><th scope="col">"Benefit"</th><th scope="col">"Net"</th><th scope="col">"ROI"</th><th scope="col">"BCR"</th></tr></thead>
                    <tbody>{scenarios}</tbody>
                </table>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Costs, itemised">
                <table data-testid="costs">
                    <caption>"Costs, itemised"</caption>
                    <tbody>{costs}</tbody>
                    <tfoot><tr><th scope="row">"Total"</th><td>{move || fmt(outcome.get().costs.total)}</td></tr></tfoot>
                </table>
            </div>
        </section>
    }
}
