//! The return on investment of training, conservative by default, after the Phillips ROI Methodology: every cost
//! including time away; benefits only where the user has data, each adjusted for how much is due to the training and
//! how sure the estimator is; first-year benefits unless the user says otherwise.

use serde::{Deserialize, Serialize};

use super::arguments::{Arguments, LeaderCase};
use super::providers::Shortlist;

/// The largest amount or count taken seriously: beyond it an input is a typo, not a plan.
pub const MAX_AMOUNT: f64 = 1e12;
/// Working days in a year, for the loaded daily cost.
pub const WORKING_DAYS: f64 = 220.0;
/// Working hours in a day, for the loaded hourly cost.
pub const HOURS_PER_DAY: f64 = 8.0;
/// Working weeks in a year, for time saved each week.
pub const WORKING_WEEKS: f64 = 46.0;

/// How sure the estimator is of the benefit figures (Phillips' confidence adjustment).
pub const CONFIDENCE_TIERS: [f64; 6] = [100.0, 90.0, 70.0, 50.0, 30.0, 10.0];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrainingFormat {
    #[default]
    PublicCourse,
    InHouseWorkshop,
    Online,
    Academic,
    Mentoring,
}

impl TrainingFormat {
    pub const ALL: [TrainingFormat; 5] = [
        TrainingFormat::PublicCourse,
        TrainingFormat::InHouseWorkshop,
        TrainingFormat::Online,
        TrainingFormat::Academic,
        TrainingFormat::Mentoring,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TrainingFormat::PublicCourse => "Public course",
            TrainingFormat::InHouseWorkshop => "In-house workshop",
            TrainingFormat::Online => "Online course",
            TrainingFormat::Academic => "Academic course",
            TrainingFormat::Mentoring => "Mentoring",
        }
    }
}

/// The training being asked for, and what it costs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Training {
    pub course: String,
    pub provider: String,
    pub format: TrainingFormat,
    /// ISO dates, YYYY-MM-DD, as a date input gives them.
    pub start: String,
    pub end: String,
    /// Working days each participant spends away from their job.
    pub days_away: f64,
    pub participants: f64,
    /// Fees for all participants together.
    pub fees: f64,
    pub travel: f64,
    pub materials: f64,
    /// Paid to cover the participants' work while they are away.
    pub backfill: f64,
    /// A participant's annual salary, and the factor that loads it with benefits, taxes and overhead.
    pub salary: f64,
    pub overhead: f64,
}

impl Default for Training {
    fn default() -> Self {
        Training {
            course: String::new(),
            provider: String::new(),
            format: TrainingFormat::default(),
            start: String::new(),
            end: String::new(),
            days_away: 0.0,
            participants: 1.0,
            fees: 0.0,
            travel: 0.0,
            materials: 0.0,
            backfill: 0.0,
            salary: 0.0,
            // A common rule of thumb: salary plus about 30 % for benefits, taxes and overhead.
            overhead: 1.3,
        }
    }
}

/// Better decisions on the revenue or margin the PM influences.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Decisions {
    /// Whether this benefit is claimed; its figures are kept while it is off.
    pub on: bool,
    pub influenced: f64,
    pub improvement_pct: f64,
}

/// Hours a week the training saves each participant.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TimeSaved {
    /// Whether this benefit is claimed; its figures are kept while it is off.
    pub on: bool,
    pub hours_per_week: f64,
}

/// Failures or rework avoided: fewer failed launches.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AvoidedFailure {
    /// Whether this benefit is claimed; its figures are kept while it is off.
    pub on: bool,
    pub launches_per_year: f64,
    pub failure_cost: f64,
    /// Percentage points by which the chance of a launch failing falls.
    pub probability_reduction_pct: f64,
}

/// People who stay because they were developed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Retention {
    /// Whether this benefit is claimed; its figures are kept while it is off.
    pub on: bool,
    pub replacement_cost: f64,
    /// Percentage points by which the risk of the participant leaving within the year falls.
    pub attrition_reduction_pct: f64,
}

/// The benefit models, each claimed only when switched on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Benefits {
    pub decisions: Decisions,
    pub time_saved: TimeSaved,
    pub avoided_failure: AvoidedFailure,
    pub retention: Retention,
    /// Benefits named but never priced.
    pub intangibles: Vec<String>,
}

/// Phillips' conservative adjustments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Adjustments {
    /// The share of the improvement due to the training rather than anything else.
    pub attribution_pct: f64,
    /// The estimator's confidence, one of [`CONFIDENCE_TIERS`].
    pub confidence_pct: f64,
    /// Years of benefit counted: 1 (first year only) unless the user says otherwise.
    pub years: f64,
}

impl Default for Adjustments {
    fn default() -> Self {
        Adjustments {
            attribution_pct: 50.0,
            confidence_pct: 70.0,
            years: 1.0,
        }
    }
}

/// The whole case, as the user fills it in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoiCase {
    pub training: Training,
    pub benefits: Benefits,
    pub adjustments: Adjustments,
    /// The arguments for the boss, as the user arranged and edited them.
    pub arguments: Arguments,
    pub leader: LeaderCase,
    pub alternatives: Vec<Alternative>,
    /// The courses or providers compared; the chosen one fills in the training.
    pub shortlist: Shortlist,
    /// What the user saw at the check-in, level by level (Kirkpatrick).
    pub observed: Observed,
}

/// What the user observed at the check-in, on Kirkpatrick's four levels; learning is also measured by reassessing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Observed {
    /// Level 1: how the training was received.
    pub reaction: String,
    /// Level 2: what was learned, in the user's words (the reassessment gives the numbers).
    pub learning: String,
    /// Level 3: what the user now does differently; counts against the goals.
    pub behaviour: String,
    /// Level 4: results seen.
    pub results: String,
    /// The improvement in decisions actually seen, in percent, to set against the one predicted.
    pub improvement_pct: Option<f64>,
}

impl Default for RoiCase {
    fn default() -> Self {
        RoiCase {
            training: Training::default(),
            benefits: Benefits::default(),
            adjustments: Adjustments::default(),
            arguments: Arguments::default(),
            leader: LeaderCase::default(),
            alternatives: usual_alternatives(),
            shortlist: Shortlist::default(),
            observed: Observed::default(),
        }
    }
}

/// Another way to learn that was weighed, and why this training was chosen over it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Alternative {
    pub way: String,
    pub why_not: String,
}

/// The alternatives a case starts with, each with a short why-not the user can rewrite.
pub fn usual_alternatives() -> Vec<Alternative> {
    [
        ("Academic course", "Deep and credentialed, but takes months and teaches more theory than I can apply soon."),
        ("Mentoring", "Valuable alongside, but slower, and depends on one person's experience and time."),
        ("Learning on the job", "Free in fees but slow and costly in mistakes; no tools or practice to start from."),
    ]
    .into_iter()
    .map(|(way, why_not)| Alternative { way: way.into(), why_not: why_not.into() })
    .collect()
}

/// An input that can't be used, named by its field, with what is wrong in the user's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

/// The three scenarios: the benefit drivers (improvement, hours, probability, attrition) scaled down or up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scenario {
    Conservative,
    Expected,
    Optimistic,
}

impl Scenario {
    pub const ALL: [Scenario; 3] = [
        Scenario::Conservative,
        Scenario::Expected,
        Scenario::Optimistic,
    ];

    pub fn factor(self) -> f64 {
        match self {
            Scenario::Conservative => 0.5,
            Scenario::Expected => 1.0,
            Scenario::Optimistic => 1.5,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Scenario::Conservative => "Conservative",
            Scenario::Expected => "Expected",
            Scenario::Optimistic => "Optimistic",
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
    pub total: f64,
    /// Salary × overhead ÷ working days.
    pub loaded_daily: f64,
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
}

/// What the case comes to. Every figure is finite; a ratio with nothing to divide by is `None`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    pub costs: Costs,
    /// Yearly, before adjustment.
    pub gross: Gross,
    /// Over the years counted, after attribution and confidence.
    pub benefit: f64,
    pub net: f64,
    pub roi_pct: Option<f64>,
    pub bcr: Option<f64>,
    pub payback_months: Option<f64>,
    /// The smallest improvement on the influenced revenue (in %) that pays for the training, other benefits included.
    pub break_even_pct: Option<f64>,
}

/// A usable number: finite, not negative, not absurdly large. Anything else counts as no data.
fn clean(v: f64) -> f64 {
    if v.is_finite() && v > 0.0 {
        v.min(MAX_AMOUNT)
    } else {
        0.0
    }
}

fn pct(v: f64) -> f64 {
    clean(v).min(100.0) / 100.0
}

impl RoiCase {
    /// Takes a shortlisted provider as the training asked for: its name, course, fees and days away.
    pub fn choose(&mut self, i: usize) {
        if let Some(p) = self.shortlist.providers.get(i) {
            self.training.provider = p.name.clone();
            self.training.course = p.course.clone();
            self.training.fees = p.fees;
            self.training.days_away = p.days_away;
            self.shortlist.chosen = Some(i);
        }
    }

    /// Every input that can't be used as it is. Figures with an error count as zero until corrected.
    pub fn errors(&self) -> Vec<FieldError> {
        let t = &self.training;
        let mut errors = Vec::new();
        let mut amount = |field: &'static str, v: f64| {
            let message = if !v.is_finite() {
                Some("enter a number".to_string())
            } else if v < 0.0 {
                Some("can't be negative".to_string())
            } else if v > MAX_AMOUNT {
                Some("is too large to be right".to_string())
            } else {
                None
            };
            if let Some(message) = message {
                errors.push(FieldError { field, message });
            }
        };
        amount("fees", t.fees);
        amount("travel", t.travel);
        amount("materials", t.materials);
        amount("backfill", t.backfill);
        amount("salary", t.salary);
        amount("days_away", t.days_away);
        amount("participants", t.participants);
        amount("overhead", t.overhead);
        let b = &self.benefits;
        if b.decisions.on {
            let d = &b.decisions;
            amount("influenced", d.influenced);
            amount("improvement_pct", d.improvement_pct);
        }
        if b.time_saved.on {
            amount("hours_per_week", b.time_saved.hours_per_week);
        }
        if b.avoided_failure.on {
            let f = &b.avoided_failure;
            amount("launches_per_year", f.launches_per_year);
            amount("failure_cost", f.failure_cost);
            amount("probability_reduction_pct", f.probability_reduction_pct);
        }
        if b.retention.on {
            let r = &b.retention;
            amount("replacement_cost", r.replacement_cost);
            amount("attrition_reduction_pct", r.attrition_reduction_pct);
        }
        let a = &self.adjustments;
        amount("attribution_pct", a.attribution_pct);
        amount("confidence_pct", a.confidence_pct);
        amount("years", a.years);
        let mut over = |field: &'static str, v: f64, max: f64, unit: &str| {
            if v.is_finite() && v > max {
                errors.push(FieldError {
                    field,
                    message: format!("can't be more than {max}{unit}"),
                });
            }
        };
        for (field, v) in [
            (
                "improvement_pct",
                b.decisions.on.then_some(b.decisions.improvement_pct),
            ),
            (
                "probability_reduction_pct",
                b.avoided_failure
                    .on
                    .then_some(b.avoided_failure.probability_reduction_pct),
            ),
            (
                "attrition_reduction_pct",
                b.retention
                    .on
                    .then_some(b.retention.attrition_reduction_pct),
            ),
            ("attribution_pct", Some(a.attribution_pct)),
            ("confidence_pct", Some(a.confidence_pct)),
        ] {
            over(field, v.unwrap_or(0.0), 100.0, " %");
        }
        if b.time_saved.on {
            over(
                "hours_per_week",
                b.time_saved.hours_per_week,
                60.0,
                " hours",
            );
        }
        over("years", a.years, 5.0, " years");
        if t.overhead.is_finite() && t.overhead > 0.0 && t.overhead < 1.0 {
            errors.push(FieldError {
                field: "overhead",
                message: "is a factor of at least 1 (salary alone is 1)".into(),
            });
        }
        if !t.start.is_empty() && !t.end.is_empty() && t.end < t.start {
            errors.push(FieldError {
                field: "end",
                message: "is before the start".into(),
            });
        }
        errors
    }

    pub fn costs(&self) -> Costs {
        let t = &self.training;
        let participants = clean(t.participants);
        let loaded_daily = clean(t.salary) * clean(t.overhead).max(1.0) / WORKING_DAYS;
        let time_away = clean(t.days_away) * loaded_daily * participants;
        let (fees, travel, materials, backfill) = (
            clean(t.fees),
            clean(t.travel),
            clean(t.materials),
            clean(t.backfill),
        );
        Costs {
            fees,
            travel,
            materials,
            time_away,
            backfill,
            total: fees + travel + materials + time_away + backfill,
            loaded_daily,
        }
    }

    /// Yearly benefits before adjustment, with every driver scaled by `factor` (a scenario).
    fn gross(&self, factor: f64) -> Gross {
        let b = &self.benefits;
        let t = &self.training;
        let participants = clean(t.participants);
        let loaded_hourly = self.costs().loaded_daily / HOURS_PER_DAY;
        Gross {
            decisions: Some(&b.decisions).filter(|m| m.on).map_or(0.0, |d| {
                clean(d.influenced) * (pct(d.improvement_pct) * factor).min(1.0)
            }),
            time_saved: Some(&b.time_saved).filter(|m| m.on).map_or(0.0, |s| {
                clean(s.hours_per_week).min(60.0)
                    * factor
                    * WORKING_WEEKS
                    * loaded_hourly
                    * participants
            }),
            avoided_failure: Some(&b.avoided_failure).filter(|m| m.on).map_or(0.0, |f| {
                clean(f.launches_per_year)
                    * clean(f.failure_cost)
                    * (pct(f.probability_reduction_pct) * factor).min(1.0)
            }),
            retention: Some(&b.retention).filter(|m| m.on).map_or(0.0, |r| {
                clean(r.replacement_cost)
                    * (pct(r.attrition_reduction_pct) * factor).min(1.0)
                    * participants
            }),
        }
    }

    /// The share of gross benefit that is claimed: attribution × confidence × years counted.
    fn claimed_share(&self) -> f64 {
        let a = &self.adjustments;
        pct(a.attribution_pct) * pct(a.confidence_pct) * clean(a.years).min(5.0)
    }

    pub fn outcome(&self) -> Outcome {
        self.outcome_in(Scenario::Expected)
    }

    pub fn outcome_in(&self, scenario: Scenario) -> Outcome {
        let costs = self.costs();
        let gross = self.gross(scenario.factor());
        let share = self.claimed_share();
        let benefit = gross.total() * share;
        let net = benefit - costs.total;
        let total_cost = costs.total;
        // A ratio over a vanishing divisor is no figure at all, not infinity.
        let finite = |v: f64| v.is_finite().then_some(v);
        let ratio = |x: f64| (total_cost > 0.0).then(|| x / total_cost).and_then(finite);
        let years = clean(self.adjustments.years).min(5.0);
        let monthly = if years > 0.0 {
            benefit / (12.0 * years)
        } else {
            0.0
        };
        let payback_months = (monthly > 0.0)
            .then(|| costs.total / monthly)
            .and_then(finite);
        // Net is zero when (influenced × x + other gross) × share = cost: solve for x, and never below zero.
        let break_even_pct = Some(&self.benefits.decisions)
            .filter(|d| d.on)
            .and_then(|d| {
                let influenced = clean(d.influenced);
                (influenced > 0.0 && share > 0.0)
                    .then(|| {
                        let other = gross.total() - gross.decisions;
                        ((costs.total / share - other) / influenced * 100.0).max(0.0)
                    })
                    .and_then(finite)
            });
        Outcome {
            costs,
            gross,
            benefit,
            net,
            roi_pct: ratio(net).map(|r| r * 100.0),
            bcr: ratio(benefit),
            payback_months,
            break_even_pct,
        }
    }

    /// The outcome with the improvement in decisions the user observed in place of the predicted one; `None` until
    /// they record it.
    pub fn observed_outcome(&self) -> Option<Outcome> {
        let seen = self
            .observed
            .improvement_pct
            .filter(|p| p.is_finite() && *p >= 0.0)?;
        let mut case = self.clone();
        case.benefits.decisions.on = true;
        case.benefits.decisions.improvement_pct = seen;
        Some(case.outcome())
    }

    /// Cumulative benefit and the cost, month by month over the years counted (at least a year), for the chart:
    /// costs fall at the start, benefits accrue evenly.
    /// Takes the expected `outcome` the caller already has, rather than working it out again.
    pub fn monthly(&self, outcome: &Outcome) -> Vec<(u32, f64, f64)> {
        let years = clean(self.adjustments.years).clamp(1.0, 5.0);
        let months = (12.0 * years).ceil() as u32;
        let per_month = outcome.benefit / (12.0 * years);
        (0..=months)
            .map(|m| (m, per_month * f64::from(m), outcome.costs.total))
            .collect()
    }
}

/// Reads a number as people type it — "4200", "4 200", "4,200.50", "4.200,50", "1,5", "12 %" — or `None`. Only
/// digits, separators and a leading minus count, so "inf", "NaN" and exponents never get in.
pub fn parse_amount(text: &str) -> Option<f64> {
    let t: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '\''))
        .collect();
    let (commas, dots) = (t.matches(',').count(), t.matches('.').count());
    let decimals_after_comma = t.rsplit(',').next().map_or(0, str::len);
    let normal = match (commas, dots) {
        (0, 0 | 1) => t,
        // "1.000.000": dots group thousands.
        (0, _) => t.replace('.', ""),
        // "1,5" is a decimal comma; "1,500" and "1,000,000" group thousands.
        (1, 0) if decimals_after_comma != 3 => t.replace(',', "."),
        (_, 0) => t.replace(',', ""),
        // Both: whichever comes last separates the decimals.
        _ if t.rfind(',') > t.rfind('.') => t.replace('.', "").replace(',', "."),
        _ => t.replace(',', ""),
    };
    let digits = normal.strip_prefix('-').unwrap_or(&normal);
    if digits.is_empty()
        || !digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        || digits.matches('.').count() > 1
    {
        return None;
    }
    normal.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_observed_improvement_replaces_the_predicted_one_and_nothing_else() {
        let mut case = RoiCase::default();
        case.training.fees = 1_000.0;
        case.benefits.decisions = Decisions {
            on: true,
            influenced: 100_000.0,
            improvement_pct: 2.0,
        };
        assert_eq!(case.observed_outcome(), None);
        case.observed.improvement_pct = Some(1.0);
        let seen = case.observed_outcome().unwrap();
        let predicted = case.outcome();
        assert_eq!(seen.costs, predicted.costs);
        assert!(
            (seen.benefit * 2.0 - predicted.benefit).abs() < 1e-9,
            "half the improvement, half the benefit"
        );
        case.observed.improvement_pct = Some(f64::NAN);
        assert_eq!(case.observed_outcome(), None);
    }
    use proptest::prelude::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6 * b.abs().max(1.0)
    }

    /// Every benefit claimed in full, for a year: to check the formulas before adjustment.
    const FULL_CLAIM: Adjustments = Adjustments {
        attribution_pct: 100.0,
        confidence_pct: 100.0,
        years: 1.0,
    };

    /// A case whose only benefit is a plain amount, to check the formulas on round numbers.
    fn plain(cost: f64, benefit: f64) -> RoiCase {
        RoiCase {
            training: Training {
                fees: cost,
                ..Default::default()
            },
            benefits: Benefits {
                decisions: Decisions {
                    on: true,
                    influenced: benefit,
                    improvement_pct: 100.0,
                },
                ..Default::default()
            },
            adjustments: FULL_CLAIM,
            ..Default::default()
        }
    }

    #[test]
    fn amounts_are_read_as_people_type_them() {
        for (text, want) in [
            ("4200", 4200.0),
            (" 4 200 ", 4200.0),
            ("4,200.50", 4200.5),
            ("4.200,50", 4200.5),
            ("1,5", 1.5),
            ("1,500", 1500.0),
            ("1.000.000", 1e6),
            ("2,500,000", 2.5e6),
            ("12 %", 12.0),
            ("0.4", 0.4),
            (".5", 0.5),
            ("-3", -3.0),
            ("1'000", 1000.0),
        ] {
            assert_eq!(parse_amount(text), Some(want), "{text:?}");
        }
        for text in [
            "",
            "abc",
            "inf",
            "NaN",
            "1e5",
            "1,2.3.4",
            "--1",
            "4 200 €",
            "-",
            "1-2",
        ] {
            assert_eq!(parse_amount(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_benefit_switched_off_keeps_its_figures_and_claims_nothing() {
        let mut case = plain(1_000.0, 100_000.0);
        case.benefits.decisions.on = false;
        let o = case.outcome();
        assert_eq!((o.benefit, o.break_even_pct), (0.0, None));
        assert_eq!(case.benefits.decisions.influenced, 100_000.0);
        case.benefits.decisions.influenced = -5.0;
        assert!(
            case.errors().is_empty(),
            "figures of a model that is off are not checked"
        );
    }

    #[test]
    fn the_chosen_provider_fills_in_the_training() {
        let mut case = RoiCase::default();
        case.shortlist.add();
        case.shortlist.providers[0] = crate::core::providers::Provider {
            name: "Example Academy".into(),
            course: "Strategy".into(),
            fees: 3_000.0,
            days_away: 2.0,
            ..Default::default()
        };
        case.choose(0);
        case.choose(5);
        assert_eq!(
            (
                case.training.provider.as_str(),
                case.training.course.as_str(),
                case.training.fees,
                case.training.days_away
            ),
            ("Example Academy", "Strategy", 3_000.0, 2.0)
        );
        assert_eq!(case.shortlist.chosen, Some(0));
    }

    #[test]
    fn the_worked_check_from_the_brief() {
        // Benefits 750,000 and costs 425,000 give BCR 1.76 and ROI 76 %.
        let o = plain(425_000.0, 750_000.0).outcome();
        assert!(close(o.benefit, 750_000.0));
        assert!(close(o.net, 325_000.0));
        assert_eq!(format!("{:.2}", o.bcr.unwrap()), "1.76");
        assert_eq!(format!("{:.0}", o.roi_pct.unwrap()), "76");
        // Paid back in 425 / 750 of a year.
        assert!(close(o.payback_months.unwrap(), 12.0 * 425.0 / 750.0));
    }

    #[test]
    fn costs_include_time_away_at_the_loaded_daily_cost() {
        let case = RoiCase {
            training: Training {
                fees: 2_000.0,
                travel: 500.0,
                materials: 100.0,
                backfill: 1_000.0,
                days_away: 3.0,
                participants: 2.0,
                salary: 110_000.0,
                overhead: 1.3,
                ..Default::default()
            },
            ..Default::default()
        };
        let c = case.costs();
        // 110,000 × 1.3 ÷ 220 = 650 a day; 3 days × 2 people = 3,900.
        assert!(close(c.loaded_daily, 650.0));
        assert!(close(c.time_away, 3_900.0));
        assert!(close(c.total, 2_000.0 + 500.0 + 100.0 + 1_000.0 + 3_900.0));
    }

    #[test]
    fn each_benefit_model_by_hand() {
        let mut case = RoiCase {
            training: Training {
                salary: 88_000.0,
                overhead: 1.0,
                participants: 1.0,
                ..Default::default()
            },
            adjustments: FULL_CLAIM,
            ..Default::default()
        };
        case.benefits.decisions = Decisions {
            on: true,
            influenced: 2_500_000.0,
            improvement_pct: 2.0,
        };
        case.benefits.time_saved = TimeSaved {
            on: true,
            hours_per_week: 2.0,
        };
        case.benefits.avoided_failure = AvoidedFailure {
            on: true,
            launches_per_year: 4.0,
            failure_cost: 200_000.0,
            probability_reduction_pct: 5.0,
        };
        case.benefits.retention = Retention {
            on: true,
            replacement_cost: 60_000.0,
            attrition_reduction_pct: 10.0,
        };
        let g = case.outcome().gross;
        assert!(close(g.decisions, 50_000.0)); // 2 % of 2.5 M
        assert!(close(g.time_saved, 2.0 * 46.0 * 50.0)); // 88,000 ÷ 220 ÷ 8 = 50 an hour
        assert!(close(g.avoided_failure, 4.0 * 200_000.0 * 0.05));
        assert!(close(g.retention, 6_000.0));
        assert!(close(g.total(), 50_000.0 + 4_600.0 + 40_000.0 + 6_000.0));
    }

    #[test]
    fn adjustments_shrink_the_benefit_claimed() {
        let mut case = plain(10_000.0, 100_000.0);
        case.adjustments = Adjustments {
            attribution_pct: 50.0,
            confidence_pct: 70.0,
            years: 1.0,
        };
        assert!(close(case.outcome().benefit, 35_000.0));
        case.adjustments.years = 2.0;
        assert!(close(case.outcome().benefit, 70_000.0));
    }

    #[test]
    fn no_data_means_no_benefit_and_no_ratio() {
        let o = RoiCase::default().outcome();
        assert_eq!(
            (
                o.benefit,
                o.net,
                o.roi_pct,
                o.bcr,
                o.payback_months,
                o.break_even_pct
            ),
            (0.0, 0.0, None, None, None, None)
        );
        let costs_only = RoiCase {
            training: Training {
                fees: 1_000.0,
                ..Default::default()
            },
            ..Default::default()
        };
        let o = costs_only.outcome();
        assert_eq!((o.benefit, o.net, o.payback_months), (0.0, -1_000.0, None));
        assert_eq!((o.roi_pct, o.bcr), (Some(-100.0), Some(0.0)));
    }

    #[test]
    fn a_vanishing_share_or_benefit_gives_no_figure_rather_than_infinity() {
        let mut case = plain(1e12, 1_000.0);
        case.adjustments.attribution_pct = f64::MIN_POSITIVE;
        let o = case.outcome();
        assert_eq!((o.break_even_pct, o.payback_months), (None, None));
    }

    #[test]
    fn break_even_improvement_pays_for_the_training_exactly() {
        let mut case = plain(10_000.0, 2_500_000.0);
        case.adjustments = Adjustments {
            attribution_pct: 50.0,
            confidence_pct: 80.0,
            years: 1.0,
        };
        let x = case.outcome().break_even_pct.unwrap();
        // 10,000 ÷ (0.5 × 0.8) = 25,000 needed gross, which is 1 % of 2.5 M.
        assert!(close(x, 1.0));
        case.benefits.decisions.improvement_pct = x;
        assert!(case.outcome().net.abs() < 1e-6);
        // Other benefits that already cover the cost make the break-even zero.
        case.benefits.retention = Retention {
            on: true,
            replacement_cost: 1e6,
            attrition_reduction_pct: 50.0,
        };
        assert_eq!(case.outcome().break_even_pct, Some(0.0));
    }

    #[test]
    fn scenarios_scale_the_drivers() {
        let mut case = plain(10_000.0, 1_000_000.0);
        case.benefits.decisions.improvement_pct = 2.0;
        let [low, mid, high] = Scenario::ALL.map(|s| case.outcome_in(s).benefit);
        assert!(close(low, 10_000.0) && close(mid, 20_000.0) && close(high, 30_000.0));
        // A driver at its ceiling cannot go past 100 %.
        case.benefits.decisions.improvement_pct = 80.0;
        assert!(close(
            case.outcome_in(Scenario::Optimistic).gross.decisions,
            1_000_000.0
        ));
    }

    #[test]
    fn the_monthly_series_reaches_the_benefit_and_crosses_the_cost_at_payback() {
        let case = plain(6_000.0, 12_000.0);
        let months = case.monthly(&case.outcome());
        assert_eq!(months.len(), 13);
        assert_eq!(months[0], (0, 0.0, 6_000.0));
        assert!(close(months[12].1, 12_000.0));
        assert!(close(months[6].1, 6_000.0));
        assert!(close(case.outcome().payback_months.unwrap(), 6.0));
    }

    #[test]
    fn invalid_inputs_are_named_by_field() {
        let mut case = plain(-5.0, f64::NAN);
        case.training.overhead = 0.5;
        case.training.start = "2026-12-10".into();
        case.training.end = "2026-12-01".into();
        case.adjustments.attribution_pct = 120.0;
        case.adjustments.years = 9.0;
        case.benefits.time_saved = TimeSaved {
            on: true,
            hours_per_week: 80.0,
        };
        let errors: Vec<(&str, String)> = case
            .errors()
            .into_iter()
            .map(|e| (e.field, e.message))
            .collect();
        for (field, message) in [
            ("fees", "can't be negative"),
            ("influenced", "enter a number"),
            ("overhead", "at least 1"),
            ("end", "before the start"),
            ("attribution_pct", "more than 100 %"),
            ("years", "more than 5 years"),
            ("hours_per_week", "more than 60 hours"),
        ] {
            assert!(
                errors
                    .iter()
                    .any(|(f, m)| *f == field && m.contains(message)),
                "{field}: {errors:?}"
            );
        }
        assert!(plain(425_000.0, 750_000.0).errors().is_empty());
        // An invalid figure counts as zero, so the outcome stays a number.
        let o = case.outcome();
        assert!(o.net.is_finite() && o.costs.total == 0.0);
    }

    fn any_number() -> impl Strategy<Value = f64> {
        prop_oneof![
            Just(0.0),
            Just(-1.0),
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(f64::NEG_INFINITY),
            Just(f64::MAX),
            Just(f64::MIN_POSITIVE),
            -1e15..1e15f64,
            0.0..100.0f64,
        ]
    }

    fn any_case() -> impl Strategy<Value = RoiCase> {
        let n = any_number;
        (
            proptest::collection::vec(n(), 9),
            proptest::collection::vec(n(), 8),
            proptest::collection::vec(any::<bool>(), 4),
            proptest::collection::vec(n(), 3),
        )
            .prop_map(|(t, b, on, a)| RoiCase {
                training: Training {
                    days_away: t[0],
                    participants: t[1],
                    fees: t[2],
                    travel: t[3],
                    materials: t[4],
                    backfill: t[5],
                    salary: t[6],
                    overhead: t[7],
                    ..Default::default()
                }
                .with_start(t[8]),
                benefits: Benefits {
                    decisions: Decisions {
                        on: on[0],
                        influenced: b[0],
                        improvement_pct: b[1],
                    },
                    time_saved: TimeSaved {
                        on: on[1],
                        hours_per_week: b[2],
                    },
                    avoided_failure: AvoidedFailure {
                        on: on[2],
                        launches_per_year: b[3],
                        failure_cost: b[4],
                        probability_reduction_pct: b[5],
                    },
                    retention: Retention {
                        on: on[3],
                        replacement_cost: b[6],
                        attrition_reduction_pct: b[7],
                    },
                    intangibles: Vec::new(),
                },
                adjustments: Adjustments {
                    attribution_pct: a[0],
                    confidence_pct: a[1],
                    years: a[2],
                },
                ..Default::default()
            })
    }

    impl Training {
        /// Test helper: a start date derived from a number, so dates vary too.
        fn with_start(mut self, seed: f64) -> Self {
            if seed.is_finite() && seed > 0.0 {
                self.start = format!("2026-{:02}-01", (seed as u64 % 12) + 1);
                self.end = "2026-06-15".into();
            }
            self
        }
    }

    proptest! {
        #[test]
        fn no_input_yields_nan_infinity_or_a_panic(case in any_case()) {
            for scenario in Scenario::ALL {
                let o = case.outcome_in(scenario);
                let c = &o.costs;
                for v in [c.fees, c.travel, c.materials, c.time_away, c.backfill, c.total, c.loaded_daily, o.gross.total(), o.benefit, o.net] {
                    prop_assert!(v.is_finite(), "{:?}", o);
                }
                for v in [o.roi_pct, o.bcr, o.payback_months, o.break_even_pct].into_iter().flatten() {
                    prop_assert!(v.is_finite() && !v.is_nan(), "{:?}", o);
                }
                prop_assert!(c.total >= 0.0 && o.benefit >= 0.0);
            }
            for (_, benefit, cost) in case.monthly(&case.outcome()) {
                prop_assert!(benefit.is_finite() && cost.is_finite());
            }
            let _ = case.errors();
        }

        #[test]
        fn no_text_panics_the_amount_reader_and_what_it_reads_is_finite(text in any::<String>()) {
            if let Some(v) = parse_amount(&text) {
                prop_assert!(v.is_finite());
            }
        }

        #[test]
        fn every_unusable_input_is_reported(case in any_case()) {
            let t = &case.training;
            let bad = |v: f64| !(0.0..=MAX_AMOUNT).contains(&v);
            let errors = case.errors();
            for (field, v) in [("fees", t.fees), ("travel", t.travel), ("salary", t.salary), ("participants", t.participants)] {
                prop_assert_eq!(bad(v), errors.iter().any(|e| e.field == field), "{}", field);
            }
        }

        #[test]
        fn plugging_in_the_break_even_gives_net_zero(
            cost in 1.0..1e5f64, attribution in 1.0..100.0f64, tier in 0usize..6, headroom in 1.0..1000.0f64,
        ) {
            // Revenue large enough that the break-even is at most 100 %: `headroom` times what is needed at 100 %
            // (kept under MAX_AMOUNT, beyond which inputs are capped).
            let share = attribution / 100.0 * CONFIDENCE_TIERS[tier] / 100.0;
            let mut case = plain(cost, cost / share * headroom);
            case.adjustments = Adjustments { attribution_pct: attribution, confidence_pct: CONFIDENCE_TIERS[tier], years: 1.0 };
            let x = case.outcome().break_even_pct.unwrap();
            prop_assert!((x - 100.0 / headroom).abs() < 1e-6, "break-even {} %", x);
            case.benefits.decisions.improvement_pct = x;
            let net = case.outcome().net;
            prop_assert!(net.abs() <= 1e-6 * cost.max(1.0), "net {} at {} %", net, x);
        }
    }
}
