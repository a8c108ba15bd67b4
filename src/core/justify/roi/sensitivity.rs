//! Which inputs move the ROI most: each input swung over its range with the others at their expected values, the ROI
//! at either end, and the value of the input at which the case would break even. Swinging around the expected case
//! (not the conservative one, where every benefit driver already sits at its low end) lets each input move both
//! ways. Shown as a tornado chart, with the reported (conservative) ROI marked, and as a table.

use super::outcome::{clean, pct};
use super::{Adjustments, BenefitModel, Scenario, CONFIDENCE_TIERS};
use crate::core::justify::Case;
use crate::core::plan::check_in::FOLLOW_UP_WEEKS;

/// How far total cost is swung either way: quotes and salaries are known better than benefits, not exactly.
pub const COST_SWING: f64 = 0.2;
/// How far the contribution margin is swung either way: finance knows it better than any improvement.
pub const MARGIN_SWING: f64 = 0.25;

/// An input of the case that the sensitivity swings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// A benefit model's driver, over the user's low and high estimates.
    Driver(BenefitModel),
    /// The contribution margin better decisions are valued at, a quarter less and a quarter more.
    Margin,
    /// The share due to the training, from half the user's figure to half as much again (at most 100 %).
    Attribution,
    /// The confidence, a tier below and a tier above the user's.
    Confidence,
    /// Every cost together, over the user's own low and high if given, else a fifth less and a fifth more.
    Cost,
    /// Years of benefit counted, one fewer (at least one) and one more (at most five).
    Years,
    /// Weeks before the benefit starts, half and twice the user's.
    RampUp,
    /// The discount rate, none and twice the user's.
    Discount,
    /// The effect lost each year, half and twice the user's.
    Fade,
    /// In a group case: what each participant's improvement is worth a year, over the low and high estimates.
    BenefitPerPerson,
}

impl Input {
    pub fn label(self) -> &'static str {
        match self {
            Input::Driver(BenefitModel::Decisions) => "Improvement in decisions (%)",
            Input::Driver(BenefitModel::TimeSaved) => "Hours saved a week",
            Input::Driver(BenefitModel::AvoidedFailure) => "Failure less likely by (points)",
            Input::Driver(BenefitModel::Retention) => "Leaving less likely by (points)",
            Input::Margin => "Contribution margin (%)",
            Input::Attribution => "Share due to the training (%)",
            Input::Confidence => "Confidence (%)",
            Input::Cost => "Total cost",
            Input::Years => "Years of benefit counted",
            Input::RampUp => "Weeks before the benefit starts",
            Input::Discount => "Discount rate (%)",
            Input::Fade => "Effect lost each year (%)",
            Input::BenefitPerPerson => "Benefit a person a year",
        }
    }

    /// Whether the input is an amount of money (the others are counts or percentages).
    pub fn is_money(self) -> bool {
        matches!(self, Input::Cost | Input::BenefitPerPerson)
    }
}

/// One input swung over its range.
#[derive(Clone, Debug, PartialEq)]
pub struct Swing {
    pub input: Input,
    /// The input's value at either end of its range, and as reported (in the conservative case).
    pub low: f64,
    pub high: f64,
    pub reported: f64,
    /// The ROI (in %) with the input at its low and its high value, the others as expected.
    pub roi_at_low: Option<f64>,
    pub roi_at_high: Option<f64>,
    /// The input's value at which the case breaks even, the others as expected; `None` when no value in the input's
    /// possible range does (a share above 100 %, a benefit worth nothing).
    pub break_even: Option<f64>,
}

impl Swing {
    /// How far the ROI moves over the input's range: what orders the tornado.
    pub fn width(&self) -> f64 {
        match (self.roi_at_low, self.roi_at_high) {
            (Some(a), Some(b)) => (a - b).abs(),
            _ => 0.0,
        }
    }
}

/// A benefit's driver as the sensitivity swings it: its gross value a year per unit, and its low, expected and high
/// values (the low one is the reported one). A driver that is `part_of_total` adds to the benefit; one that is not
/// (the margin) prices a part already counted another way.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Driver {
    pub input: Input,
    pub per_unit: f64,
    pub low: f64,
    pub expected: f64,
    pub high: f64,
    pub part_of_total: bool,
}

/// Every input of the individual case that moves its ROI, the one that moves it most first. Empty until there is a
/// cost and a benefit to weigh, or while a field has an error.
pub fn sensitivity(case: &Case) -> Vec<Swing> {
    if !case.unfixed().is_empty() {
        return Vec::new();
    }
    let cost = case.costs().total;
    let t = &case.training;
    let range = (
        t.cost_low.map(clean).unwrap_or(cost * (1.0 - COST_SWING)),
        t.cost_high.map(clean).unwrap_or(cost * (1.0 + COST_SWING)),
    );
    swings(cost, range, &drivers(case), &case.adjustments)
}

/// The drivers of a case's benefits as the sensitivity swings them: each benefit switched on, and the margin better
/// decisions are valued at.
pub fn drivers(case: &Case) -> Vec<Driver> {
    let costs = case.costs();
    let mut drivers: Vec<Driver> = BenefitModel::ALL
        .into_iter()
        .filter(|m| case.benefits.is_on(*m))
        .map(|model| Driver {
            input: Input::Driver(model),
            per_unit: case.gross_of(model, 1.0, &costs),
            low: case.driver(model, Scenario::Conservative),
            expected: case.driver(model, Scenario::Expected),
            high: case.driver(model, Scenario::High),
            part_of_total: true,
        })
        .collect();
    let d = &case.benefits.decisions;
    if let Some(margin) = d.margin_pct.map(clean).filter(|m| d.on && *m > 0.0) {
        let margin = margin.min(100.0);
        // Better decisions are worth their margin in proportion: their value at the expected improvement, per point.
        let expected = case.gross_of(
            BenefitModel::Decisions,
            case.driver(BenefitModel::Decisions, Scenario::Expected),
            &costs,
        );
        drivers.push(Driver {
            input: Input::Margin,
            per_unit: expected / margin,
            low: margin * (1.0 - MARGIN_SWING),
            expected: margin,
            high: (margin * (1.0 + MARGIN_SWING)).min(100.0),
            part_of_total: false,
        });
    }
    drivers
}

/// An input of when the benefit arrives or what a later year is worth: its range, the most it can be, and how to set
/// it in the adjustments.
struct Timing {
    input: Input,
    reported: f64,
    low: f64,
    high: f64,
    most: f64,
    set: fn(&mut Adjustments, f64),
}

/// Where `net` changes sign between `lo` and `hi`, by halving; `None` if it does not.
fn root(lo: f64, hi: f64, net: impl Fn(f64) -> f64) -> Option<f64> {
    let (mut a, mut b) = (lo, hi);
    let (na, nb) = (net(a), net(b));
    if !(na.is_finite() && nb.is_finite()) || na.signum() == nb.signum() && na != 0.0 && nb != 0.0 {
        return None;
    }
    if na == 0.0 {
        return Some(a);
    }
    for _ in 0..80 {
        let mid = (a + b) / 2.0;
        if net(mid).signum() == na.signum() {
            a = mid;
        } else {
            b = mid;
        }
    }
    Some((a + b) / 2.0)
}

/// Every input of a case costing `cost` (possibly anywhere in `cost_range`), whose benefits are the `drivers`, swung
/// over its range with the others at their expected values.
pub fn swings(
    cost: f64,
    cost_range: (f64, f64),
    drivers: &[Driver],
    adjustments: &Adjustments,
) -> Vec<Swing> {
    let g: f64 = drivers
        .iter()
        .filter(|d| d.part_of_total)
        .map(|d| d.per_unit * clean(d.expected))
        .sum();
    let (attribution, confidence) = (
        adjustments.attribution_share(),
        adjustments.confidence_share(),
    );
    let benefit_with = |g: f64, a: &Adjustments| g * a.claimed_share();
    let share = adjustments.claimed_share();
    if cost <= 0.0 || g <= 0.0 || share <= 0.0 {
        return Vec::new();
    }
    let roi =
        |cost: f64, benefit: f64| Some((benefit - cost) / cost * 100.0).filter(|r| r.is_finite());
    let percent = |v: f64| v * 100.0;
    let mut swings = Vec::new();
    for d in drivers.iter().filter(|d| d.per_unit > 0.0) {
        let (low, high) = (clean(d.low), clean(d.high));
        let other = g - d.per_unit * clean(d.expected);
        let at = |v: f64| (other + d.per_unit * v) * share;
        swings.push(Swing {
            input: d.input,
            low,
            high,
            reported: if d.part_of_total {
                low
            } else {
                clean(d.expected)
            },
            roi_at_low: roi(cost, at(low)),
            roi_at_high: roi(cost, at(high)),
            break_even: Some(((cost / share - other) / d.per_unit).max(0.0))
                .filter(|v| v.is_finite() && (d.part_of_total || *v <= 100.0)),
        });
    }
    let worth = adjustments.years_worth();
    // The share due to the training: benefit in proportion.
    let (a_low, a_high) = (attribution / 2.0, (attribution * 1.5).min(1.0));
    swings.push(Swing {
        input: Input::Attribution,
        low: percent(a_low),
        high: percent(a_high),
        reported: percent(attribution),
        roi_at_low: roi(cost, g * a_low * confidence * worth),
        roi_at_high: roi(cost, g * a_high * confidence * worth),
        break_even: Some(cost / (g * confidence * worth))
            .filter(|v| *v <= 1.0)
            .map(percent),
    });
    let tier = CONFIDENCE_TIERS
        .iter()
        .position(|t| (*t - percent(confidence)).abs() < 1e-9);
    let (c_low, c_high) = match tier {
        Some(i) => (
            CONFIDENCE_TIERS[(i + 1).min(CONFIDENCE_TIERS.len() - 1)] / 100.0,
            CONFIDENCE_TIERS[i.saturating_sub(1)] / 100.0,
        ),
        None => (confidence, confidence),
    };
    swings.push(Swing {
        input: Input::Confidence,
        low: percent(c_low),
        high: percent(c_high),
        reported: percent(confidence),
        roi_at_low: roi(cost, g * attribution * c_low * worth),
        roi_at_high: roi(cost, g * attribution * c_high * worth),
        break_even: Some(cost / (g * attribution * worth))
            .filter(|v| *v <= 1.0)
            .map(percent),
    });
    let benefit = g * share;
    let (cost_low, cost_high) = cost_range;
    swings.push(Swing {
        input: Input::Cost,
        low: cost_low,
        high: cost_high,
        reported: cost,
        roi_at_low: roi(cost_low, benefit),
        roi_at_high: roi(cost_high, benefit),
        break_even: Some(benefit),
    });
    // When the benefit arrives and what later years are worth: each swung with the case recomputed over time.
    let years = adjustments.years_counted();
    let ramp = adjustments.ramp_weeks_used();
    let (discount, fade) = (
        adjustments.discount_used(),
        pct(adjustments.fade_pct) * 100.0,
    );
    let mut timing = vec![
        Timing {
            input: Input::Years,
            reported: years,
            low: (years - 1.0).max(1.0),
            high: (years + 1.0).min(5.0),
            most: 5.0,
            set: |a, v| a.years = v,
        },
        Timing {
            input: Input::RampUp,
            reported: ramp,
            low: ramp / 2.0,
            high: if ramp > 0.0 {
                (ramp * 2.0).min(52.0)
            } else {
                FOLLOW_UP_WEEKS as f64
            },
            most: 52.0,
            set: |a, v| a.ramp_weeks = v,
        },
    ];
    // Only a later year is discounted or faded.
    if years > 1.0 {
        timing.push(Timing {
            input: Input::Discount,
            reported: discount,
            low: 0.0,
            high: (discount * 2.0).clamp(5.0, 50.0),
            most: 50.0,
            set: |a, v| a.discount_pct = v,
        });
        timing.push(Timing {
            input: Input::Fade,
            reported: fade,
            low: fade / 2.0,
            high: (fade * 2.0).clamp(10.0, 100.0),
            most: 100.0,
            set: |a, v| a.fade_pct = v,
        });
    }
    for t in timing {
        let at = |v: f64| {
            let mut a = adjustments.clone();
            (t.set)(&mut a, v);
            benefit_with(g, &a)
        };
        swings.push(Swing {
            input: t.input,
            low: t.low,
            high: t.high,
            reported: t.reported,
            roi_at_low: roi(cost, at(t.low)),
            roi_at_high: roi(cost, at(t.high)),
            break_even: root(0.0, t.most, |v| at(v) - cost),
        });
    }
    crate::core::order::sort_by(&mut swings, |x, y| y.width().total_cmp(&x.width()));
    swings
}
