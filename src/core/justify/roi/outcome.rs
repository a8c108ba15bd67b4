//! What the ROI case comes to: every cost, each benefit model's yearly value, the share claimed after Phillips's
//! adjustments, the ratios a finance reader checks, and what would have to be true for it to break even. The figure
//! reported is the conservative one: every estimate at its low value.

use super::{Adjustments, BenefitModel, Field, DAYS_PER_WEEK, MAX_AMOUNT};
use crate::core::justify::Case;
use crate::core::plan::check_in::Evaluation;

/// Which value of each estimate a figure is worked out on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scenario {
    /// Every estimate at its low value: the figure reported, named wherever it appears.
    Conservative,
    Expected,
    High,
}

impl Scenario {
    pub const ALL: [Scenario; 3] = [Scenario::Conservative, Scenario::Expected, Scenario::High];

    pub fn label(self) -> &'static str {
        match self {
            Scenario::Conservative => "Conservative: low estimates (reported)",
            Scenario::Expected => "Expected estimates",
            Scenario::High => "High estimates",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Costs {
    pub fees: f64,
    pub travel: f64,
    pub materials: f64,
    pub time_away: f64,
    pub backfill: f64,
    /// The fully loaded costs beside the course, each 0 unless given.
    pub manager_time: f64,
    pub evaluation: f64,
    pub administration: f64,
    /// The sharing session's hours × the colleagues attending × the loaded hourly cost.
    pub sharing: f64,
    pub total: f64,
    /// Salary × overhead ÷ working days a year.
    pub loaded_daily: f64,
    /// The loaded daily cost ÷ working hours a day.
    pub loaded_hourly: f64,
}

/// Each benefit model's yearly value before adjustment, in the order the form shows them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gross {
    pub decisions: f64,
    pub time_saved: f64,
    pub avoided_failure: f64,
    pub retention: f64,
}

impl Gross {
    pub fn total(&self) -> f64 {
        self.decisions + self.time_saved + self.avoided_failure + self.retention
    }

    pub fn of(&self, model: BenefitModel) -> f64 {
        match model {
            BenefitModel::Decisions => self.decisions,
            BenefitModel::TimeSaved => self.time_saved,
            BenefitModel::AvoidedFailure => self.avoided_failure,
            BenefitModel::Retention => self.retention,
        }
    }
}

/// Where a case stands, and so what every text about it may say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// No cost, or no benefit counted: there is nothing to weigh yet, and no return is claimed.
    Incomplete,
    /// The benefit counted exceeds the cost within the years counted.
    PaysBack,
    /// The benefit counted does not cover the cost within the years counted.
    FallsShort,
}

/// The figures a finance reader checks. Every figure is finite; a ratio with nothing to divide by is `None`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    pub cost: f64,
    /// Over the years counted, after attribution and confidence.
    pub benefit: f64,
    pub net: f64,
    pub roi_pct: Option<f64>,
    pub bcr: Option<f64>,
    /// Months until the benefit counted covers the cost: only when that is within the years counted.
    pub payback_months: Option<f64>,
    /// Years of benefit counted.
    pub years: f64,
}

/// A usable number: finite, not negative, not absurdly large. Anything else counts as no data.
pub(crate) fn clean(v: f64) -> f64 {
    if v.is_finite() && v > 0.0 {
        v.min(MAX_AMOUNT)
    } else {
        0.0
    }
}

/// A percentage as a share of one, within 0–100 %.
pub(crate) fn pct(v: f64) -> f64 {
    clean(v).min(100.0) / 100.0
}

/// Weeks in a year, for the ramp-up.
const WEEKS_PER_YEAR: f64 = 52.0;

impl Adjustments {
    /// Years of benefit counted, within 0–5.
    pub fn years_counted(&self) -> f64 {
        clean(self.years).min(5.0)
    }

    /// The ramp-up in weeks as the figures use it: within its field's range, as everything that states it says.
    pub fn ramp_weeks_used(&self) -> f64 {
        clean(self.ramp_weeks).min(Field::RampWeeks.rule().max)
    }

    /// The discount rate in percent as the figures use it, within its field's range.
    pub fn discount_used(&self) -> f64 {
        clean(self.discount_pct).min(Field::DiscountPct.rule().max)
    }

    /// The ramp-up as a share of a year, within 0–1.
    pub fn ramp_years(&self) -> f64 {
        self.ramp_weeks_used() / WEEKS_PER_YEAR
    }

    /// What a year of benefit is worth a year later: faded by the share lost, discounted at the rate.
    pub fn year_on_year(&self) -> f64 {
        (1.0 - pct(self.fade_pct)) / (1.0 + self.discount_used() / 100.0)
    }

    /// Each year counted as (from, to, weight): the part of it after the ramp-up, in years from the training's end,
    /// and what a year of benefit in it is worth today (year 1 in full, each later one faded and discounted once more).
    fn stretches(&self) -> Vec<(f64, f64, f64)> {
        let (ramp, years, q) = (self.ramp_years(), self.years_counted(), self.year_on_year());
        (1..=years.ceil() as u32)
            .map(|k| {
                let k = f64::from(k);
                ((k - 1.0).max(ramp), k.min(years), q.powf(k - 1.0))
            })
            .filter(|(from, to, _)| to > from)
            .collect()
    }

    /// How many full years of benefit the period counted is worth today: the years counted at face value when there
    /// is no ramp-up, discount or fade.
    pub fn years_worth(&self) -> f64 {
        self.worth_by(f64::INFINITY)
    }

    /// The years' worth counted by `t` years after the training's end.
    pub fn worth_by(&self, t: f64) -> f64 {
        self.stretches()
            .into_iter()
            .map(|(from, to, w)| (to.min(t) - from).max(0.0) * w)
            .sum()
    }

    /// Years' worth of each year counted, in order, for the method to write out.
    pub fn worth_of_each_year(&self) -> Vec<f64> {
        let mut each = vec![0.0; self.years_counted().ceil() as usize];
        for (from, to, w) in self.stretches() {
            each[(to.ceil() as usize).saturating_sub(1)] = (to - from) * w;
        }
        each
    }

    /// When, in years from the training's end, the benefit counted reaches `worth` years' worth; `None` if not
    /// within the period counted.
    pub fn years_to(&self, worth: f64) -> Option<f64> {
        let mut so_far = 0.0;
        for (from, to, w) in self.stretches() {
            let here = (to - from) * w;
            if w > 0.0 && so_far + here >= worth {
                return Some(from + (worth - so_far).max(0.0) / w);
            }
            so_far += here;
        }
        None
    }

    /// Whether a later year is faded or discounted: then the benefit is a present value, and says so.
    pub fn is_present_value(&self) -> bool {
        self.years_counted() > 1.0 && self.year_on_year() < 1.0
    }

    /// What the benefit figure is called wherever it is shown.
    pub fn benefit_label(&self) -> &'static str {
        if self.is_present_value() {
            "Benefit counted (present value)"
        } else {
            "Benefit counted"
        }
    }

    /// The share due to the training as the figures use it: within 0–1.
    pub fn attribution_share(&self) -> f64 {
        pct(self.attribution_pct)
    }

    /// The confidence as the figures use it: within 0–1.
    pub fn confidence_share(&self) -> f64 {
        pct(self.confidence_pct)
    }

    /// The share of a year's gross benefit before the time it takes: attribution × confidence.
    pub fn adjusted_share(&self) -> f64 {
        self.attribution_share() * self.confidence_share()
    }

    /// The share of a year's gross benefit that is claimed in all: attribution × confidence × years' worth.
    pub fn claimed_share(&self) -> f64 {
        self.adjusted_share() * self.years_worth()
    }
}

impl Figures {
    /// The figures of a case costing `cost` whose benefits are worth `yearly_gross` a year before adjustment.
    pub fn of(cost: f64, yearly_gross: f64, adjustments: &Adjustments) -> Figures {
        let years = adjustments.years_counted();
        let benefit = yearly_gross * adjustments.claimed_share();
        let net = benefit - cost;
        // A ratio over a vanishing divisor is no figure at all, not infinity.
        let finite = |v: f64| v.is_finite().then_some(v);
        let ratio = |x: f64| (cost > 0.0).then(|| x / cost).and_then(finite);
        // Paying back within the years counted is exactly a positive net; it comes when the benefit counted so far
        // reaches the cost, counted from the training's end.
        let yearly = yearly_gross * adjustments.adjusted_share();
        let payback_months = (net > 0.0 && cost > 0.0 && yearly > 0.0)
            .then(|| adjustments.years_to(cost / yearly))
            .flatten()
            .map(|t| t * 12.0)
            .and_then(finite);
        Figures {
            cost,
            benefit,
            net,
            roi_pct: ratio(net).map(|r| r * 100.0),
            bcr: ratio(benefit),
            payback_months,
            years,
        }
    }

    pub fn verdict(&self) -> Verdict {
        if self.cost <= 0.0 || self.benefit <= 0.0 {
            Verdict::Incomplete
        } else if self.net > 0.0 {
            Verdict::PaysBack
        } else {
            Verdict::FallsShort
        }
    }
}

/// What would have to be true for the case to break even, others as reported.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BreakEven {
    /// The benefit a year, before adjustment, that exactly covers the cost: what every benefit together must be worth.
    pub yearly_gross: f64,
    /// Better decisions' share of it: the improvement (in %) that, with the other benefits as reported, covers the
    /// cost; `None` when better decisions are off or have no margin to work on.
    pub improvement_pct: Option<f64>,
    /// That improvement in money: the contribution a year it adds.
    pub contribution: Option<f64>,
    /// The margin the user's decisions influence (revenue × margin), the base of the improvement.
    pub margin_influenced: Option<f64>,
    /// The improvement needed is above the user's own high estimate, or above 100 %: a stretch.
    pub stretch: bool,
    /// Benefits other than better decisions are counted, so the improvement is what is needed beside them.
    pub with_others: bool,
    /// Those other benefits already cover the cost: no improvement in decisions is needed at all.
    pub others_cover: bool,
}

/// What the case comes to in one scenario.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    pub costs: Costs,
    /// Yearly, before adjustment.
    pub gross: Gross,
    pub figures: Figures,
    /// `None` when nothing can be credited to the training (no attribution, confidence or years).
    pub break_even: Option<BreakEven>,
    /// Inputs that can't be used as they are: while there are any, the figures are empty and no text states one.
    pub unfixed: Vec<super::Field>,
}

impl Outcome {
    pub fn verdict(&self) -> Verdict {
        self.figures.verdict()
    }
}

impl BreakEven {
    /// What would make the case break even, in words: the improvement in decisions where there is one, otherwise what
    /// the benefits together must be worth.
    pub fn phrase(&self, f: &dyn Fn(super::Figure) -> String) -> String {
        use super::Figure;
        let beside = if self.with_others {
            ", with the other benefits as counted"
        } else {
            ""
        };
        match (self.improvement_pct, self.margin_influenced) {
            (Some(_), Some(_)) if self.others_cover => {
                "no better decisions at all: the other benefits alone cover the cost".to_string()
            }
            // More than the whole margin again is not a share worth printing: the money says it.
            (Some(x), Some(m)) if x > 100.0 => format!(
                "better decisions worth {} a year before adjustment{beside}, more than the whole {} of margin \
                 influenced",
                f(Figure::Money(self.contribution.unwrap_or(0.0))),
                f(Figure::Money(m)),
            ),
            (Some(x), Some(m)) => format!(
                "a {} better outcome on the {} of margin influenced ({} a year before adjustment{beside})",
                f(Figure::Percent(x)),
                f(Figure::Money(m)),
                f(Figure::Money(self.contribution.unwrap_or(0.0)))
            ),
            _ => format!(
                "benefits worth {} a year before adjustment",
                f(Figure::Money(self.yearly_gross))
            ),
        }
    }
}

impl Case {
    pub fn costs(&self) -> Costs {
        let t = &self.training;
        let w = &self.working_time;
        let participants = clean(t.participants);
        let loaded_daily = w.loaded_daily(t.salary, t.overhead);
        let hours = w.hours();
        let loaded_hourly = if hours > 0.0 {
            loaded_daily / hours
        } else {
            0.0
        };
        let time_away = clean(t.days_away) * loaded_daily * participants;
        let (fees, travel, materials, backfill) = (
            clean(t.fees),
            clean(t.travel),
            clean(t.materials),
            clean(t.backfill),
        );
        let (manager_time, evaluation, administration) = (
            clean(t.manager_time),
            clean(t.evaluation),
            clean(t.administration),
        );
        let sharing = clean(t.sharing_hours).min(24.0) * clean(t.sharing_people) * loaded_hourly;
        Costs {
            fees,
            travel,
            materials,
            time_away,
            backfill,
            manager_time,
            evaluation,
            administration,
            sharing,
            total: fees
                + travel
                + materials
                + time_away
                + backfill
                + manager_time
                + evaluation
                + administration
                + sharing,
            loaded_daily,
            loaded_hourly,
        }
    }

    /// One benefit model's yearly value before adjustment, with its driver (improvement, hours a week, points less
    /// likely) at `driver`, whether or not it is switched on.
    pub fn gross_of(&self, model: BenefitModel, driver: f64, costs: &Costs) -> f64 {
        let b = &self.benefits;
        let participants = clean(self.training.participants);
        match model {
            BenefitModel::Decisions => {
                let d = &b.decisions;
                clean(d.influenced) * pct(d.margin_pct.unwrap_or(0.0)) * pct(driver)
            }
            // Hours freed for nothing measurable are not money the business keeps.
            BenefitModel::TimeSaved if !b.time_saved.hours_go_to.is_counted() => 0.0,
            BenefitModel::TimeSaved => {
                let weeks = self.working_time.days() / DAYS_PER_WEEK;
                clean(driver).min(60.0) * weeks * costs.loaded_hourly * participants
            }
            BenefitModel::AvoidedFailure => {
                let f = &b.avoided_failure;
                clean(f.launches_per_year) * clean(f.failure_cost) * pct(driver)
            }
            BenefitModel::Retention => {
                clean(b.retention.replacement_cost) * pct(driver) * participants
            }
        }
    }

    /// The driver of a benefit model in a scenario.
    pub fn driver(&self, model: BenefitModel, scenario: Scenario) -> f64 {
        let b = &self.benefits;
        match model {
            BenefitModel::Decisions => b.decisions.improvement_pct.at(scenario),
            BenefitModel::TimeSaved => b.time_saved.hours_per_week.at(scenario),
            BenefitModel::AvoidedFailure => {
                b.avoided_failure.probability_reduction_pct.at(scenario)
            }
            BenefitModel::Retention => b.retention.attrition_reduction_pct.at(scenario),
        }
    }

    /// Yearly benefits before adjustment, each model that is on with its driver in `scenario`.
    pub fn gross(&self, scenario: Scenario, costs: &Costs) -> Gross {
        let value = |model| {
            if self.benefits.is_on(model) {
                self.gross_of(model, self.driver(model, scenario), costs)
            } else {
                0.0
            }
        };
        Gross {
            decisions: value(BenefitModel::Decisions),
            time_saved: value(BenefitModel::TimeSaved),
            avoided_failure: value(BenefitModel::AvoidedFailure),
            retention: value(BenefitModel::Retention),
        }
    }

    /// What the case comes to as reported: every estimate at its low value.
    pub fn outcome(&self) -> Outcome {
        self.outcome_in(Scenario::Conservative)
    }

    /// What the case comes to in `scenario`; no figures while a field has an error, as a figure from a value the
    /// user has not finished typing would reach the boss.
    pub fn outcome_in(&self, scenario: Scenario) -> Outcome {
        let costs = self.costs();
        let gross = self.gross(scenario, &costs);
        let unfixed = self.unfixed();
        if !unfixed.is_empty() {
            return Outcome {
                costs,
                gross,
                figures: Figures {
                    years: self.adjustments.years_counted(),
                    ..Figures::default()
                },
                break_even: None,
                unfixed,
            };
        }
        let figures = Figures::of(costs.total, gross.total(), &self.adjustments);
        let break_even = self.break_even(&costs, &gross);
        Outcome {
            costs,
            gross,
            figures,
            break_even,
            unfixed,
        }
    }

    /// Net is zero when (the other benefits + margin influenced × x) × share = cost: solve for x, never below zero.
    fn break_even(&self, costs: &Costs, gross: &Gross) -> Option<BreakEven> {
        let share = self.adjustments.claimed_share();
        if share <= 0.0 {
            return None;
        }
        let yearly_gross = Some(costs.total / share).filter(|g| g.is_finite())?;
        let d = &self.benefits.decisions;
        let margin_influenced = Some(clean(d.influenced) * pct(d.margin_pct.unwrap_or(0.0)))
            .filter(|m| d.on && *m > 0.0);
        let others = gross.total() - gross.decisions;
        let improvement_pct = margin_influenced
            .map(|m| ((yearly_gross - others) / m * 100.0).max(0.0))
            .filter(|x| x.is_finite());
        let high = d.improvement_pct.at(Scenario::High);
        Some(BreakEven {
            yearly_gross,
            contribution: improvement_pct
                .zip(margin_influenced)
                .map(|(x, m)| m * x / 100.0),
            stretch: improvement_pct.is_some_and(|x| x > high || x > 100.0),
            improvement_pct,
            margin_influenced,
            with_others: others > 0.0,
            others_cover: others >= yearly_gross,
        })
    }

    /// The case as measured at the check-in (Phillips's evaluation): each benefit model's driver as measured, with
    /// attribution and confidence estimated afresh. A model not measured claims nothing. `None` until attribution and
    /// confidence are given and at least one model is measured.
    pub fn observed_outcome(&self, seen: &Evaluation) -> Option<Outcome> {
        let attribution = seen
            .attribution_pct
            .filter(|v| v.is_finite() && *v >= 0.0)?;
        let confidence = seen.confidence_pct.filter(|v| v.is_finite() && *v >= 0.0)?;
        let mut case = self.clone();
        let b = &mut case.benefits;
        let mut measured = false;
        let mut observe =
            |on: &mut bool, estimate: &mut super::Estimate, value: Option<f64>| match value
                .filter(|v| v.is_finite() && *v >= 0.0)
            {
                Some(v) if *on => {
                    *estimate = super::Estimate {
                        expected: v,
                        low: Some(v),
                        high: Some(v),
                    };
                    measured = true;
                }
                _ => *on = false,
            };
        observe(
            &mut b.decisions.on,
            &mut b.decisions.improvement_pct,
            seen.improvement_pct,
        );
        observe(
            &mut b.time_saved.on,
            &mut b.time_saved.hours_per_week,
            seen.hours_per_week,
        );
        observe(
            &mut b.avoided_failure.on,
            &mut b.avoided_failure.probability_reduction_pct,
            seen.probability_reduction_pct,
        );
        observe(
            &mut b.retention.on,
            &mut b.retention.attrition_reduction_pct,
            seen.attrition_reduction_pct,
        );
        if !measured {
            return None;
        }
        case.adjustments.attribution_pct = attribution;
        case.adjustments.confidence_pct = confidence;
        Some(case.outcome())
    }

    /// Cumulative benefit and the cost, month by month, for the chart: costs fall at the start, benefits start after
    /// the ramp-up and accrue over the years counted, faded and discounted as counted, and no further; the chart runs
    /// at least a year. Takes the `outcome` the caller already has.
    pub fn monthly(&self, outcome: &Outcome) -> Vec<(u32, f64, f64)> {
        let a = &self.adjustments;
        let counted = 12.0 * a.years_counted();
        let months = counted.clamp(12.0, 60.0).ceil() as u32;
        let worth = a.years_worth();
        let per_year_worth = if worth > 0.0 {
            outcome.figures.benefit / worth
        } else {
            0.0
        };
        (0..=months)
            .map(|m| {
                (
                    m,
                    per_year_worth * a.worth_by(f64::from(m) / 12.0),
                    outcome.costs.total,
                )
            })
            .collect()
    }
}
