//! Which inputs move the ROI most: each input swung over its range with the others as reported, the ROI at either
//! end, and the value of the input at which the case would break even. Shown as a tornado chart and as a table.

use super::outcome::{clean, pct};
use super::{Adjustments, BenefitModel, Scenario, CONFIDENCE_TIERS};
use crate::core::justify::Case;

/// How far total cost is swung either way: quotes and salaries are known better than benefits, not exactly.
pub const COST_SWING: f64 = 0.2;

/// An input of the case that the sensitivity swings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// A benefit model's driver, over the user's low and high estimates.
    Driver(BenefitModel),
    /// The share due to the training, from half the user's figure to half as much again (at most 100 %).
    Attribution,
    /// The confidence, a tier below and a tier above the user's.
    Confidence,
    /// Every cost together, a fifth less and a fifth more.
    Cost,
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
            Input::Attribution => "Share due to the training (%)",
            Input::Confidence => "Confidence (%)",
            Input::Cost => "Total cost",
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
    /// The input's value at either end of its range, and as reported.
    pub low: f64,
    pub high: f64,
    pub reported: f64,
    /// The ROI (in %) with the input at its low and its high value, the others as reported.
    pub roi_at_low: Option<f64>,
    pub roi_at_high: Option<f64>,
    /// The input's value at which the case breaks even, the others as reported; `None` when no value in the input's
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

/// A benefit's driver as the sensitivity swings it: its gross value a year per unit, and its low and high values (the
/// low one is the reported one).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Driver {
    pub input: Input,
    pub per_unit: f64,
    pub low: f64,
    pub high: f64,
}

/// Every input of the individual case that moves its reported ROI, the one that moves it most first. Empty until
/// there is a cost and a benefit to weigh.
pub fn sensitivity(case: &Case) -> Vec<Swing> {
    let costs = case.costs();
    let drivers: Vec<Driver> = BenefitModel::ALL
        .into_iter()
        .filter(|m| case.benefits.is_on(*m))
        .map(|model| Driver {
            input: Input::Driver(model),
            per_unit: case.gross_of(model, 1.0, &costs),
            low: case.driver(model, Scenario::Conservative),
            high: case.driver(model, Scenario::High),
        })
        .collect();
    swings(costs.total, &drivers, &case.adjustments)
}

/// Every input of a case costing `cost`, whose benefits are the `drivers` at their low values, swung over its range.
pub fn swings(cost: f64, drivers: &[Driver], adjustments: &Adjustments) -> Vec<Swing> {
    let g: f64 = drivers.iter().map(|d| d.per_unit * clean(d.low)).sum();
    let (attribution, confidence, years) = (
        pct(adjustments.attribution_pct),
        pct(adjustments.confidence_pct),
        adjustments.years_counted(),
    );
    let share = attribution * confidence * years;
    if cost <= 0.0 || g <= 0.0 || share <= 0.0 {
        return Vec::new();
    }
    let roi =
        |cost: f64, benefit: f64| Some((benefit - cost) / cost * 100.0).filter(|r| r.is_finite());
    let mut swings = Vec::new();
    for d in drivers.iter().filter(|d| d.per_unit > 0.0) {
        let (low, high) = (clean(d.low), clean(d.high));
        let other = g - d.per_unit * low;
        let at = |v: f64| (other + d.per_unit * v) * share;
        swings.push(Swing {
            input: d.input,
            low,
            high,
            reported: low,
            roi_at_low: roi(cost, at(low)),
            roi_at_high: roi(cost, at(high)),
            break_even: Some(((cost / share - other) / d.per_unit).max(0.0))
                .filter(|v| v.is_finite()),
        });
    }
    let percent = |v: f64| v * 100.0;
    // The share due to the training: benefit in proportion.
    let (a_low, a_high) = (attribution / 2.0, (attribution * 1.5).min(1.0));
    swings.push(Swing {
        input: Input::Attribution,
        low: percent(a_low),
        high: percent(a_high),
        reported: percent(attribution),
        roi_at_low: roi(cost, g * a_low * confidence * years),
        roi_at_high: roi(cost, g * a_high * confidence * years),
        break_even: Some(cost / (g * confidence * years))
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
        roi_at_low: roi(cost, g * attribution * c_low * years),
        roi_at_high: roi(cost, g * attribution * c_high * years),
        break_even: Some(cost / (g * attribution * years))
            .filter(|v| *v <= 1.0)
            .map(percent),
    });
    let benefit = g * share;
    let (cost_low, cost_high) = (cost * (1.0 - COST_SWING), cost * (1.0 + COST_SWING));
    swings.push(Swing {
        input: Input::Cost,
        low: cost_low,
        high: cost_high,
        reported: cost,
        roi_at_low: roi(cost_low, benefit),
        roi_at_high: roi(cost_high, benefit),
        break_even: Some(benefit),
    });
    crate::core::order::sort_by(&mut swings, |x, y| y.width().total_cmp(&x.width()));
    swings
}
