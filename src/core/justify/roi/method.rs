//! How the figures are worked out, written out with the user's own numbers: every formula and assumption the case
//! actually uses, for a finance reader to check. The numbers are written by the caller's `Figure` formatter, so the
//! page can use the browser's locale.

use super::outcome::{clean, pct, Outcome};
use super::{Adjustments, BenefitModel, Scenario, DAYS_PER_WEEK, HIGH_SHARE, LOW_SHARE};
use crate::core::justify::Case;

/// A number in a sentence, as the caller writes it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    Money(f64),
    /// A plain number with at most this many decimals.
    Number(f64, u32),
    /// A percentage, given in percent.
    Percent(f64),
}

/// "the first year" or "the first 3 years": the period the benefit is counted over.
pub fn period(years: f64, f: &dyn Fn(Figure) -> String) -> String {
    if (years - 1.0).abs() < 1e-9 {
        "the first year".into()
    } else {
        format!("the first {} years", f(Figure::Number(years, 1)))
    }
}

/// "1 participant", "3 participants".
fn count(n: f64, one: &str, many: &str, f: &dyn Fn(Figure) -> String) -> String {
    let word = if (n - 1.0).abs() < 1e-9 { one } else { many };
    format!("{} {word}", f(Figure::Number(n, 1)))
}

/// When the benefit is counted from, and what a later year is worth, in a few words: ", from 17 weeks after the
/// training, each later year faded 20 % and discounted at 10 %"; empty for a case counted at face value from the
/// training's end.
pub fn timing(a: &Adjustments, f: &dyn Fn(Figure) -> String) -> String {
    let mut words = String::new();
    if a.ramp_years() > 0.0 {
        words += &format!(
            ", from {} weeks after the training",
            f(Figure::Number(a.ramp_weeks_used(), 1))
        );
    }
    if a.is_present_value() {
        words += &format!(
            ", each later year faded {} and discounted at {}",
            f(Figure::Percent(pct(a.fade_pct) * 100.0)),
            f(Figure::Percent(a.discount_used()))
        );
    }
    words
}

/// The method in a line, for the printed proposal: the assumptions behind its figures, with the user's numbers.
pub fn footnote(case: &Case, outcome: &Outcome, f: &dyn Fn(Figure) -> String) -> String {
    let a = &case.adjustments;
    let t = &case.training;
    format!(
        "How the figures are worked out: each estimate at its low value; benefit counted = its value a year × {} due \
         to the training × {} confidence over {}{}; time away at salary × {} ÷ {} working days; payback only within \
         the period counted. Every formula: the live report.",
        f(Figure::Percent(pct(a.attribution_pct) * 100.0)),
        f(Figure::Percent(pct(a.confidence_pct) * 100.0)),
        period(outcome.figures.years, f),
        timing(a, f),
        f(Figure::Number(clean(t.overhead).clamp(1.0, 10.0), 2)),
        f(Figure::Number(case.working_time.days(), 0)),
    )
}

/// The lines of the method, in the order a reader checks them; `outcome` is the case's reported (conservative) one.
pub fn method(case: &Case, outcome: &Outcome, f: &dyn Fn(Figure) -> String) -> Vec<String> {
    let money = |v: f64| f(Figure::Money(v));
    let percent = |v: f64| f(Figure::Percent(v));
    let t = &case.training;
    let w = &case.working_time;
    let c = &outcome.costs;
    let b = &case.benefits;
    let a = &case.adjustments;
    let participants = clean(t.participants);
    if !outcome.unfixed.is_empty() {
        let names: Vec<&str> = outcome.unfixed.iter().map(|x| x.label()).collect();
        return vec![format!(
            "No figure is worked out while a value can't be used: fix {} first.",
            names.join(", ")
        )];
    }
    let mut lines = vec![format!(
        "Every figure reported is the conservative one: each estimate at its low value (unless you set it, {} of what \
         you expect; the high value, {}).",
        percent(LOW_SHARE * 100.0),
        percent(HIGH_SHARE * 100.0)
    )];
    lines.push(format!(
        "Loaded daily cost = annual salary {} × overhead factor {} ÷ {} working days a year = {}.",
        money(clean(t.salary)),
        f(Figure::Number(clean(t.overhead).clamp(1.0, 10.0), 2)),
        f(Figure::Number(w.days(), 0)),
        money(c.loaded_daily)
    ));
    lines.push(format!(
        "Time away = {} × {} × {} = {}.",
        count(clean(t.days_away), "day", "days", f),
        money(c.loaded_daily),
        count(participants, "participant", "participants", f),
        money(c.time_away)
    ));
    let mut parts = vec![
        format!("fees {}", money(c.fees)),
        format!("travel {}", money(c.travel)),
        format!("materials {}", money(c.materials)),
        format!("time away {}", money(c.time_away)),
        format!("backfill {}", money(c.backfill)),
    ];
    // The fully loaded costs, each only when given, so a case without them reads as it always has.
    for (name, v) in [
        ("manager's time", c.manager_time),
        ("evaluation", c.evaluation),
        ("administration", c.administration),
        ("sharing session", c.sharing),
    ] {
        if v > 0.0 {
            parts.push(format!("{name} {}", money(v)));
        }
    }
    if c.sharing > 0.0 {
        lines.push(format!(
            "Sharing session = {} × {} × loaded hourly cost {} = {}.",
            count(clean(t.sharing_hours).min(24.0), "hour", "hours", f),
            count(clean(t.sharing_people), "colleague", "colleagues", f),
            money(c.loaded_hourly),
            money(c.sharing)
        ));
    }
    lines.push(format!(
        "Total cost = {} = {}.",
        parts.join(" + "),
        money(c.total)
    ));
    let g = &outcome.gross;
    let low = |m| case.driver(m, Scenario::Conservative);
    // Revenue and launches are the participants' together; hours and the risk of leaving are each participant's.
    let together = if participants > 1.0 {
        " (all participants together)"
    } else {
        ""
    };
    if b.decisions.on {
        let d = &b.decisions;
        lines.push(match d.margin_pct {
            Some(margin) => format!(
                "Better decisions = {} of revenue influenced{together} × {} contribution margin × {} better outcome \
                 (low estimate) = {} a year.",
                money(clean(d.influenced)),
                percent(pct(margin) * 100.0),
                percent(pct(low(BenefitModel::Decisions)) * 100.0),
                money(g.decisions)
            ),
            None => "Better decisions: no contribution margin is given, so nothing is claimed from them (revenue \
                     is not money the business keeps)."
                .into(),
        });
    }
    let hours = b.time_saved.hours_go_to;
    if b.time_saved.on && !hours.is_counted() {
        lines.push(
            if hours == super::HoursUse::Unsaid {
                "Time saved: not counted until you say what the freed hours go to."
            } else {
                "Time saved: not counted, as the freed hours go to nothing measurable: hours the business pays for \
                 either way are not money it keeps."
            }
            .into(),
        );
    } else if b.time_saved.on {
        lines.push(format!(
            "Time saved = {} hours a week (low estimate) × {} working weeks ({} days ÷ {}) × loaded hourly cost {} \
             ({} ÷ {} hours a day) × {} = {} a year.",
            f(Figure::Number(clean(low(BenefitModel::TimeSaved)).min(60.0), 1)),
            f(Figure::Number(w.days() / DAYS_PER_WEEK, 1)),
            f(Figure::Number(w.days(), 0)),
            f(Figure::Number(DAYS_PER_WEEK, 0)),
            money(c.loaded_hourly),
            money(c.loaded_daily),
            f(Figure::Number(w.hours(), 1)),
            count(participants, "participant", "participants", f),
            money(g.time_saved)
        ));
    }
    if b.avoided_failure.on {
        let x = &b.avoided_failure;
        lines.push(format!(
            "Avoided failure = {} launches a year{together} × {} a failed launch × {} points less likely to fail (low \
             estimate) = {} a year.",
            f(Figure::Number(clean(x.launches_per_year), 1)),
            money(clean(x.failure_cost)),
            f(Figure::Number(pct(low(BenefitModel::AvoidedFailure)) * 100.0, 1)),
            money(g.avoided_failure)
        ));
    }
    if b.retention.on {
        lines.push(format!(
            "Retention = replacement cost {} × {} points less likely to leave (low estimate) × {} = {} a year.",
            money(clean(b.retention.replacement_cost)),
            f(Figure::Number(pct(low(BenefitModel::Retention)) * 100.0, 1)),
            count(participants, "participant", "participants", f),
            money(g.retention)
        ));
    }
    let o = &outcome.figures;
    let timed = !timing(a, f).is_empty();
    if timed {
        let each = a.worth_of_each_year();
        let parts = each
            .iter()
            .enumerate()
            .map(|(i, w)| format!("year {}: {}", i + 1, f(Figure::Number(*w, 2))))
            .collect::<Vec<_>>()
            .join(" + ");
        let mut why = Vec::new();
        if a.ramp_years() > 0.0 {
            why.push(format!(
                "benefits start {} weeks after the training (the ramp-up), so a year counts only its part after that",
                f(Figure::Number(a.ramp_weeks_used(), 1))
            ));
        }
        if a.is_present_value() {
            why.push(format!(
                "each later year is worth (1 − {} fade) ÷ (1 + {} discount rate) = {} of the one before",
                f(Figure::Percent(pct(a.fade_pct) * 100.0)),
                f(Figure::Percent(a.discount_used())),
                f(Figure::Number(a.year_on_year(), 3))
            ));
        }
        lines.push(format!(
            "Years' worth = {parts} = {}: {}.",
            f(Figure::Number(a.years_worth(), 2)),
            why.join("; ")
        ));
        lines.push(format!(
            "Benefit counted{} = {} a year × {} due to the training × {} confidence × {} years' worth = {}.",
            if a.is_present_value() {
                " (present value)"
            } else {
                ""
            },
            money(g.total()),
            percent(pct(a.attribution_pct) * 100.0),
            percent(pct(a.confidence_pct) * 100.0),
            f(Figure::Number(a.years_worth(), 2)),
            money(o.benefit)
        ));
    } else {
        lines.push(format!(
            "Benefit counted = {} a year × {} due to the training × {} confidence × {} = {}.",
            money(g.total()),
            percent(pct(a.attribution_pct) * 100.0),
            percent(pct(a.confidence_pct) * 100.0),
            count(o.years, "year", "years", f),
            money(o.benefit)
        ));
    }
    let ratio =
        |v: Option<f64>, digits| v.map_or("–".to_string(), |r| f(Figure::Number(r, digits)));
    lines.push(format!(
        "Net benefit = benefit − cost = {}. ROI = net ÷ cost = {}. Benefit-cost ratio = benefit ÷ cost = {}.",
        money(o.net),
        o.roi_pct.map_or("–".to_string(), percent),
        ratio(o.bcr, 2)
    ));
    lines.push(match o.payback_months {
        Some(months) if timed => format!(
            "Payback = when the benefit counted so far reaches the cost of {}: {} months after the training's end, \
             ramp-up included, within {}.",
            money(o.cost),
            f(Figure::Number(months, 1)),
            period(o.years, f)
        ),
        Some(months) => format!(
            "Payback = cost ÷ benefit a month ({} ÷ {}) = {} months, within {}.",
            money(o.cost),
            money(o.benefit / (12.0 * o.years)),
            f(Figure::Number(months, 1)),
            period(o.years, f)
        ),
        None => format!(
            "Payback: not within {}, the period counted, so none is reported.",
            period(o.years, f)
        ),
    });
    if let Some(even) = &outcome.break_even {
        lines.push(match (even.improvement_pct, even.margin_influenced) {
            (Some(x), Some(m)) => format!(
                "Break-even: the benefit must be worth {} a year before adjustment; with the other benefits as \
                 counted, that is a {} better outcome on the {} of margin influenced ({} a year).",
                money(even.yearly_gross),
                percent(x),
                money(m),
                money(even.contribution.unwrap_or(0.0))
            ),
            _ => format!(
                "Break-even: the benefits must be worth {} a year before adjustment.",
                money(even.yearly_gross)
            ),
        });
    }
    if !b.intangibles.is_empty() {
        lines.push(format!("Listed, not priced: {}.", b.intangibles.join("; ")));
    }
    lines
}
