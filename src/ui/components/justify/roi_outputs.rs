use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use plotters_canvas::CanvasBackend;

use crate::core::chart::Palette;
use crate::core::justify::payback::{draw, Payback};
use crate::core::justify::roi::{method, period, sensitivity, Scenario, Verdict};
use crate::core::justify::verdict::Stated;
use crate::core::locale::Locale;
use crate::core::words::with_unit;
use crate::ui::components::common::chart_canvas::ChartCanvas;
use crate::ui::components::justify::sensitivity::Sensitivity;
use crate::ui::facts::stated;
use crate::ui::format::{date, figure, money, money_compact, number, roi};
use crate::ui::routes::{use_base, View};
use crate::ui::state::use_app_state;

fn paint(
    area: &DrawingArea<CanvasBackend, Shift>,
    chart: &(Payback, Locale),
    palette: &Palette,
    scale: f64,
) {
    let (payback, m) = chart;
    // A failed drawing leaves the figures beside the chart as the record; there is nothing else to do with it.
    let _ = draw(area, payback, palette, scale, &|v| money_compact(m, v));
}

/// What the case comes to, on conservative figures (every estimate at its low value), named as such: the headline
/// figures, what they say (a return, or the shortfall and what would make it break even), the spread of the estimates,
/// the itemised costs, the payback chart, which inputs move the result most, and how every figure is worked out.
#[component]
pub fn RoiOutputs() -> impl IntoView {
    let state = use_app_state();
    let m = Memo::new(move |_| state.workspace.with(|w| w.locale.clone()));
    let outcome = Memo::new(move |_| state.workspace.with(|w| w.case.outcome()));
    let fmt = move |v: f64| money(&m.get(), v);
    let or_dash = |v: Option<String>| v.unwrap_or_else(|| "–".into());
    let said = Memo::new(move |_| outcome.with(|o| state.workspace.with(|w| stated(w, o))));
    let payback = move || {
        let m = m.get();
        outcome.with(|o| match o.figures.payback_months {
            Some(p) => with_unit(&number(&m, p, 1), "month", "months"),
            None => format!("not within {}", period(o.figures.years, &|f| figure(&m, f))),
        })
    };
    let break_even = move || {
        let m = m.get();
        let f = |x| figure(&m, x);
        outcome.with(|o| match &o.break_even {
            _ if o.costs.total == 0.0 => "Enter the costs to see what the training has to achieve.".to_string(),
            Some(even) => {
                let stretch = if even.stretch {
                    " That is more than your own high estimate: a stretch."
                } else {
                    ""
                };
                format!("To break even it needs {}.{stretch}", even.phrase(&f))
            }
            None => "Set the share due to the training and your confidence to see what it has to achieve.".into(),
        })
    };
    // Each field to fix, as a link to it on the step that asks for it.
    let base = use_base();
    let unfixed_links = move || {
        let training = View::Roi.href(&base);
        outcome.with(|o| {
            o.unfixed
                .iter()
                .map(|x| {
                    let step = if x.is_about_the_training() {
                        training.as_str()
                    } else {
                        ""
                    };
                    view! { <li><a href=format!("{step}#{}", x.id())>{x.label()}</a></li> }
                })
                .collect_view()
        })
    };
    let scenarios = move || {
        let m = m.get();
        Scenario::ALL
            .into_iter()
            .map(|s| {
                let o = state.workspace.with(|w| w.case.outcome_in(s)).figures;
                view! {
                    <tr>
                        <th scope="row">{s.label()}</th>
                        <td class="money" data-label="Benefit">{money(&m, o.benefit)}</td>
                        <td class="money" data-label="Net">{money(&m, o.net)}</td>
                        <td data-label="ROI">{o.roi_pct.map(|r| roi(&m, r)).unwrap_or_else(|| "–".into())}</td>
                        <td data-label="BCR">{o.bcr.map(|r| number(&m, r, 2)).unwrap_or_else(|| "–".into())}</td>
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
            ("Your manager's time", c.manager_time),
            ("Evaluation", c.evaluation),
            ("Administration", c.administration),
            ("Sharing session (hours × colleagues × loaded hourly cost)", c.sharing),
        ]
        .into_iter()
        .enumerate()
        // The fully loaded costs are listed only when given.
        .filter(|(i, (_, v))| *i < 5 || *v > 0.0)
        .map(|(_, row)| row)
        .map(|(label, v)| view! { <tr><th scope="row">{label}</th><td class="money">{money(&m, v)}</td></tr> })
        .collect_view()
    };
    let chart = Signal::derive(move || {
        let o = outcome.get();
        let m = m.get();
        let months = state.workspace.with(|w| w.case.monthly(&o));
        let payback_month = o.figures.payback_months;
        let payback = Payback {
            months,
            payback_month,
            benefit_label: "Benefit so far (conservative)".into(),
            cost_label: "Total cost".into(),
            payback_label: payback_month.map(|p| {
                format!(
                    "Pays back in {}",
                    with_unit(&number(&m, p, 1), "month", "months")
                )
            }),
            month_label: "Months after the training".into(),
        };
        (payback, m)
    });
    let chart_label = Signal::derive(move || {
        let o = outcome.get();
        let m = m.get();
        format!(
            "Chart of cumulative benefit counted, on conservative figures, against the total cost of {} by month. {}",
            money(&m, o.costs.total),
            o.figures.payback_months.map_or(
                format!(
                    "It does not pay back within {}, the period counted.",
                    period(o.figures.years, &|f| figure(&m, f))
                ),
                |p| format!("It pays back in {}.", with_unit(&number(&m, p, 1), "month", "months"))
            )
        )
    });
    let request = move || {
        let m = m.get();
        state.workspace.with(|w| {
            let t = &w.case.training;
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
    let swings = Signal::derive(move || state.workspace.with(|w| sensitivity(&w.case)));
    let reported = Signal::derive(move || outcome.with(|o| o.figures.roi_pct));
    let expected = Signal::derive(move || {
        state
            .workspace
            .with(|w| w.case.outcome_in(Scenario::Expected).figures.roi_pct)
    });
    let method_lines = move || {
        let m = m.get();
        outcome.with(|o| {
            state.workspace.with(|w| {
                method(&w.case, o, &|f| figure(&m, f))
                    .into_iter()
                    .map(|line| view! { <li>{line}</li> })
                    .collect_view()
            })
        })
    };
    view! {
        <section class="roi-outputs" aria-live="polite" data-testid="roi-outputs">
            <p class="request" data-testid="request">{request}</p>
            <h2 class="figures-title">"Conservative figures (low estimates): what goes to your boss"</h2>
            <div class="warn" role="status" data-testid="figures-incomplete" hidden=move || outcome.with(|o| o.unfixed.is_empty())>
                <p>{move || said.with(|s| s.incomplete().unwrap_or_default())}". Until then no figure is worked out, "
                    "here, on the proposal or in a report link."</p>
                <ul>{unfixed_links}</ul>
            </div>
            <div class="worked-out" hidden=move || outcome.with(|o| !o.unfixed.is_empty())>
            <div class="figures">
                <div class="figure"><span>"Total cost"</span><strong data-testid="total-cost">{move || fmt(outcome.get().costs.total)}</strong></div>
                <div class="figure"><span>{move || state.workspace.with(|w| w.case.adjustments.benefit_label())}</span><strong data-testid="benefit">{move || fmt(outcome.get().figures.benefit)}</strong></div>
                <div class="figure"><span>"Net benefit"</span><strong data-testid="net">{move || fmt(outcome.get().figures.net)}</strong></div>
                <div class="figure"><span>"ROI"</span><strong data-testid="roi-pct">{move || or_dash(outcome.get().figures.roi_pct.map(|r| roi(&m.get(), r)))}</strong></div>
                <div class="figure"><span>"Benefit-cost ratio"</span><strong data-testid="bcr">{move || or_dash(outcome.get().figures.bcr.map(|r| number(&m.get(), r, 2)))}</strong></div>
                <div class="figure"><span>"Payback"</span><strong data-testid="payback">{payback}</strong></div>
            </div>
            <p class="verdict" data-testid="verdict" class:falls-short=move || said.with(|s| s.verdict == Verdict::FallsShort)>
                {move || said.with(Stated::sentence)}
            </p>
            <p class="break-even" data-testid="break-even">{break_even}</p>
            <ChartCanvas data=chart paint=paint label=chart_label class="payback"/>
            // Focusable, so the keyboard can scroll them when they are wider than a phone.
            <div class="table-wrap" tabindex="0" role="region" aria-label="The spread of your estimates">
                <table class="stack" data-testid="scenarios">
                    <caption>"The spread of your estimates: every driver at its low value (reported), as expected, and at its high value"</caption>
                    <thead><tr><th scope="col">"Estimates"</th><th scope="col">"Benefit"</th><th scope="col">"Net"</th><th scope="col">"ROI"</th><th scope="col">"BCR"</th></tr></thead>
                    <tbody>{scenarios}</tbody>
                </table>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Costs, itemised">
                <table data-testid="costs">
                    <caption>"Costs, itemised"</caption>
                    <tbody>{costs}</tbody>
                    <tfoot><tr><th scope="row">"Total"</th><td class="money">{move || fmt(outcome.get().costs.total)}</td></tr></tfoot>
                </table>
            </div>
            <h3>"Which inputs move the result most"</h3>
            <Sensitivity swings expected reported locale=m.into() name="case"/>
            <details class="method" data-testid="method">
                <summary>"How these figures are worked out"</summary>
                <ol>{method_lines}</ol>
            </details>
            </div>
        </section>
    }
}
