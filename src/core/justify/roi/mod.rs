//! The return on investment of training, conservative by default, after the Phillips ROI Methodology: every cost
//! including time away; benefits only where the user has data, each valued as money the business keeps, adjusted for
//! how much is due to the training and how sure the estimator is; first-year benefits unless the user says otherwise;
//! the most conservative reading reported.
//!
//! Here: what the user types (the training, its costs, the working time everything is priced on, the benefit models
//! with their estimates, the adjustments); `fields` checks it, `outcome` works out what it comes to, `sensitivity`
//! which inputs move it most, and `method` writes out how, with the user's numbers.

use serde::{Deserialize, Serialize};

mod fields;
mod method;
mod outcome;
mod sensitivity;
#[cfg(test)]
mod tests;

pub use fields::{Field, FieldError};
pub use method::{footnote, method, period, timing, Figure};
pub(crate) use outcome::clean;
pub use outcome::{BreakEven, Costs, Figures, Gross, Outcome, Scenario, Verdict};
pub use sensitivity::{drivers, sensitivity, swings, Driver, Input, Swing, COST_SWING};

/// The largest amount or count taken seriously: beyond it an input is a typo, not a plan.
pub const MAX_AMOUNT: f64 = 1e12;
/// Working days in a week, to turn hours saved a week into hours saved a year.
pub const DAYS_PER_WEEK: f64 = 5.0;

/// How sure the estimator is of the benefit figures (Phillips' confidence adjustment).
pub const CONFIDENCE_TIERS: [f64; 6] = [100.0, 90.0, 70.0, 50.0, 30.0, 10.0];

/// The low estimate, unless the user gives one: this share of what they expect.
pub const LOW_SHARE: f64 = 0.5;
/// The high estimate, unless the user gives one: this share of what they expect.
pub const HIGH_SHARE: f64 = 1.5;

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
    /// What the course covers, as its outline says: the arguments quote it rather than guess.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub outline: String,
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
    /// The fully loaded costs Phillips counts beside the course, each optional: the manager's time on the training
    /// (briefing, follow-up), evaluating it, and administering it, in money.
    #[serde(skip_serializing_if = "is_zero")]
    pub manager_time: f64,
    #[serde(skip_serializing_if = "is_zero")]
    pub evaluation: f64,
    #[serde(skip_serializing_if = "is_zero")]
    pub administration: f64,
    /// The session where the participants share what they learned: its length in hours and how many colleagues
    /// attend, their time priced at the participant's loaded hourly cost.
    #[serde(skip_serializing_if = "is_zero")]
    pub sharing_hours: f64,
    #[serde(skip_serializing_if = "is_zero")]
    pub sharing_people: f64,
    /// How low and how high the total cost could turn out, if the user knows: what the sensitivity swings the cost
    /// over (else a fifth either way).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost_low: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost_high: Option<f64>,
}

fn is_zero(v: &f64) -> bool {
    *v == 0.0
}

impl Default for Training {
    fn default() -> Self {
        Training {
            course: String::new(),
            provider: String::new(),
            outline: String::new(),
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
            manager_time: 0.0,
            evaluation: 0.0,
            administration: 0.0,
            sharing_hours: 0.0,
            sharing_people: 0.0,
            cost_low: None,
            cost_high: None,
        }
    }
}

/// The working time everything is priced on: days a year and hours a day, set once for time away and time saved alike.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkingTime {
    pub days_per_year: f64,
    pub hours_per_day: f64,
}

impl Default for WorkingTime {
    fn default() -> Self {
        WorkingTime {
            days_per_year: 220.0,
            hours_per_day: 8.0,
        }
    }
}

/// Typical working time by country: weekdays (260 a year) less public holidays and the usual paid leave, and the
/// usual working day. Typical, not statutory: the user sets their own where it differs.
pub const WORKING_TIME_PRESETS: [(&str, &str, f64, f64); 8] = [
    ("us", "United States", 240.0, 8.0),
    ("gb", "United Kingdom", 232.0, 7.5),
    ("de", "Germany", 220.0, 8.0),
    ("fr", "France", 224.0, 7.0),
    ("nl", "Netherlands", 228.0, 8.0),
    ("se", "Sweden", 226.0, 8.0),
    ("in", "India", 232.0, 8.0),
    ("jp", "Japan", 234.0, 8.0),
];

impl WorkingTime {
    /// Working days a year as the figures use them: 0 (no data) unless at least one.
    pub fn days(&self) -> f64 {
        Some(outcome::clean(self.days_per_year))
            .filter(|d| *d >= 1.0)
            .unwrap_or(0.0)
    }

    /// Working hours a day as the figures use them: 0 (no data) unless at least one.
    pub fn hours(&self) -> f64 {
        Some(outcome::clean(self.hours_per_day))
            .filter(|h| *h >= 1.0)
            .unwrap_or(0.0)
    }

    /// A participant's loaded cost of a working day: salary × overhead (at least 1, at most 10) ÷ working days.
    pub fn loaded_daily(&self, salary: f64, overhead: f64) -> f64 {
        let days = self.days();
        if days > 0.0 {
            outcome::clean(salary) * outcome::clean(overhead).clamp(1.0, 10.0) / days
        } else {
            0.0
        }
    }

    /// The preset this working time is, by its code, or `None` for the user's own.
    pub fn preset(&self) -> Option<&'static str> {
        WORKING_TIME_PRESETS
            .iter()
            .find(|(_, _, d, h)| *d == self.days_per_year && *h == self.hours_per_day)
            .map(|(code, ..)| *code)
    }

    pub fn of_preset(code: &str) -> Option<WorkingTime> {
        WORKING_TIME_PRESETS
            .iter()
            .find(|(c, ..)| *c == code)
            .map(|(_, _, d, h)| WorkingTime {
                days_per_year: *d,
                hours_per_day: *h,
            })
    }
}

/// A figure the user can only estimate, as a range: what they expect, and how low and how high it could be. The low
/// estimate is the one reported (the most conservative reading); unless the user gives them, low is [`LOW_SHARE`] and
/// high [`HIGH_SHARE`] of what they expect.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Estimate {
    pub expected: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
}

impl Estimate {
    pub fn expecting(expected: f64) -> Estimate {
        Estimate {
            expected,
            low: None,
            high: None,
        }
    }

    /// The estimate in a scenario: low, as expected, or high.
    pub fn at(&self, scenario: Scenario) -> f64 {
        match scenario {
            Scenario::Conservative => self.low.unwrap_or(self.expected * LOW_SHARE),
            Scenario::Expected => self.expected,
            Scenario::High => self.high.unwrap_or(self.expected * HIGH_SHARE),
        }
    }
}

/// One of the ways training is worth money to the business.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum BenefitModel {
    Decisions,
    TimeSaved,
    AvoidedFailure,
    Retention,
}

impl BenefitModel {
    pub const ALL: [BenefitModel; 4] = [
        BenefitModel::Decisions,
        BenefitModel::TimeSaved,
        BenefitModel::AvoidedFailure,
        BenefitModel::Retention,
    ];

    /// The name it is saved under.
    pub fn key(self) -> &'static str {
        match self {
            BenefitModel::Decisions => "decisions",
            BenefitModel::TimeSaved => "time_saved",
            BenefitModel::AvoidedFailure => "avoided_failure",
            BenefitModel::Retention => "retention",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            BenefitModel::Decisions => "Better decisions",
            BenefitModel::TimeSaved => "Time saved",
            BenefitModel::AvoidedFailure => "Avoided failure or rework",
            BenefitModel::Retention => "Retention",
        }
    }

    /// What it values, and why that is money the business keeps.
    pub fn values(self) -> &'static str {
        match self {
            BenefitModel::Decisions => {
                "Values the contribution margin better decisions add: revenue less the variable costs of earning it, \
                 the share of it the business keeps."
            }
            BenefitModel::TimeSaved => {
                "Values your hours freed at your loaded cost: time the business already pays for, spent on work it \
                 would otherwise pay for again."
            }
            BenefitModel::AvoidedFailure => {
                "Values failed launches avoided at what one costs: money spent building, launching and unwinding \
                 that is not spent."
            }
            BenefitModel::Retention => {
                "Values the lower risk of you leaving at what replacing you costs: recruiting, onboarding and lost \
                 output the business does not pay."
            }
        }
    }

    /// The areas of the built-in model this benefit usually rests on, to suggest when the user links it to gaps.
    pub fn usual_areas(self) -> &'static [&'static str] {
        match self {
            BenefitModel::Decisions => &[
                "business",
                "data",
                "discovery",
                "customer-insight",
                "market",
                "vision",
                "roadmap",
            ],
            BenefitModel::TimeSaved => &["delivery", "roadmap", "communication", "data"],
            BenefitModel::AvoidedFailure => &[
                "discovery",
                "launch",
                "delivery",
                "lifecycle",
                "customer-insight",
            ],
            BenefitModel::Retention => &["team-leadership", "communication"],
        }
    }
}

/// Better decisions on the revenue the PM influences, valued at its contribution margin.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Decisions {
    /// Whether this benefit is claimed; its figures are kept while it is off.
    pub on: bool,
    /// Revenue a year the PM's decisions influence.
    pub influenced: f64,
    /// The contribution margin on that revenue, in percent; none given, none claimed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub margin_pct: Option<f64>,
    /// By how much better decisions improve the outcome, in percent.
    pub improvement_pct: Estimate,
    /// The focus areas (area ids) the benefit rests on.
    pub rests_on: Vec<String>,
}

/// What the hours freed go to: only hours the business puts to use are money it keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HoursUse {
    /// Not said yet: nothing is counted until it is.
    #[default]
    Unsaid,
    /// Work that was waiting gets done: output the business would otherwise buy or forgo.
    WaitingWork,
    /// Less overtime is paid or worked.
    LessOvertime,
    /// Nothing anyone could measure: not money the business keeps.
    NothingMeasurable,
    /// Made before Skillcase asked (a link of version 1 to 4): counted, as it was then.
    NotAsked,
}

impl HoursUse {
    /// The answers a user can give, in the order the page offers them.
    pub const ASKED: [HoursUse; 3] = [
        HoursUse::WaitingWork,
        HoursUse::LessOvertime,
        HoursUse::NothingMeasurable,
    ];

    pub fn label(self) -> &'static str {
        match self {
            HoursUse::Unsaid => "Not said yet",
            HoursUse::WaitingWork => "Work that was waiting",
            HoursUse::LessOvertime => "Less overtime",
            HoursUse::NothingMeasurable => "Nothing measurable",
            HoursUse::NotAsked => "Not asked when the case was made",
        }
    }

    /// Whether hours put to this use are money the business keeps.
    pub fn is_counted(self) -> bool {
        matches!(
            self,
            HoursUse::WaitingWork | HoursUse::LessOvertime | HoursUse::NotAsked
        )
    }

    pub fn code(self) -> &'static str {
        match self {
            HoursUse::Unsaid => "unsaid",
            HoursUse::WaitingWork => "waiting_work",
            HoursUse::LessOvertime => "less_overtime",
            HoursUse::NothingMeasurable => "nothing_measurable",
            HoursUse::NotAsked => "not_asked",
        }
    }

    pub fn of_code(code: &str) -> Option<HoursUse> {
        [HoursUse::Unsaid, HoursUse::NotAsked]
            .into_iter()
            .chain(HoursUse::ASKED)
            .find(|u| u.code() == code)
    }
}

/// Hours a week the training saves each participant, and what they go to.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TimeSaved {
    /// Whether this benefit is claimed; its figures are kept while it is off.
    pub on: bool,
    pub hours_per_week: Estimate,
    pub hours_go_to: HoursUse,
    pub rests_on: Vec<String>,
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
    pub probability_reduction_pct: Estimate,
    pub rests_on: Vec<String>,
}

/// People who stay because they were developed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Retention {
    /// Whether this benefit is claimed; its figures are kept while it is off.
    pub on: bool,
    pub replacement_cost: f64,
    /// Percentage points by which the risk of the participant leaving within the year falls.
    pub attrition_reduction_pct: Estimate,
    pub rests_on: Vec<String>,
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
    /// Pairs of benefits resting on the same gap that the user confirmed measure different money, as
    /// "decisions+time_saved" (the models' keys in their order).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub distinct: Vec<String>,
}

/// Two benefits switched on that rest on the same focus gap: the same money may be counted twice.
#[derive(Clone, Debug, PartialEq)]
pub struct Overlap {
    pub first: BenefitModel,
    pub second: BenefitModel,
    /// The focus areas both rest on.
    pub areas: Vec<String>,
    /// The user confirmed the two measure different money.
    pub confirmed: bool,
}

impl Overlap {
    /// How the pair is saved when confirmed.
    pub fn key(&self) -> String {
        pair_key(self.first, self.second)
    }
}

fn pair_key(a: BenefitModel, b: BenefitModel) -> String {
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    format!("{}+{}", a.key(), b.key())
}

impl Benefits {
    pub fn is_on(&self, model: BenefitModel) -> bool {
        match model {
            BenefitModel::Decisions => self.decisions.on,
            BenefitModel::TimeSaved => self.time_saved.on,
            BenefitModel::AvoidedFailure => self.avoided_failure.on,
            BenefitModel::Retention => self.retention.on,
        }
    }

    pub fn set_on(&mut self, model: BenefitModel, on: bool) {
        match model {
            BenefitModel::Decisions => self.decisions.on = on,
            BenefitModel::TimeSaved => self.time_saved.on = on,
            BenefitModel::AvoidedFailure => self.avoided_failure.on = on,
            BenefitModel::Retention => self.retention.on = on,
        }
    }

    /// Links a benefit model to a focus area, or unlinks it.
    pub fn link(&mut self, model: BenefitModel, area: &str, linked: bool) {
        let areas = self.rests_on_mut(model);
        areas.retain(|a| a != area);
        if linked {
            areas.push(area.to_string());
        }
    }

    /// The focus areas a benefit model rests on, as the user linked them.
    pub fn rests_on(&self, model: BenefitModel) -> &[String] {
        match model {
            BenefitModel::Decisions => &self.decisions.rests_on,
            BenefitModel::TimeSaved => &self.time_saved.rests_on,
            BenefitModel::AvoidedFailure => &self.avoided_failure.rests_on,
            BenefitModel::Retention => &self.retention.rests_on,
        }
    }

    pub fn rests_on_mut(&mut self, model: BenefitModel) -> &mut Vec<String> {
        match model {
            BenefitModel::Decisions => &mut self.decisions.rests_on,
            BenefitModel::TimeSaved => &mut self.time_saved.rests_on,
            BenefitModel::AvoidedFailure => &mut self.avoided_failure.rests_on,
            BenefitModel::Retention => &mut self.retention.rests_on,
        }
    }

    /// The figures a report link carries: the models and their estimates, without what stays at home (the benefits
    /// named but not priced, and which focus areas each rests on).
    pub fn as_shared(&self) -> Benefits {
        let mut shared = self.clone();
        shared.intangibles.clear();
        shared.distinct.clear();
        // What hours saved would go to says nothing while time saved is off.
        if !shared.time_saved.on {
            shared.time_saved.hours_go_to = HoursUse::Unsaid;
        }
        for model in BenefitModel::ALL {
            shared.rests_on_mut(model).clear();
        }
        shared
    }

    /// Every pair of benefits switched on that rest on a common `focus` area, in the models' order, with whether the
    /// user confirmed they measure different money.
    pub fn overlaps(&self, focus: &[String]) -> Vec<Overlap> {
        let on: Vec<BenefitModel> = BenefitModel::ALL
            .into_iter()
            .filter(|m| self.is_on(*m))
            .collect();
        let mut found = Vec::new();
        for (i, first) in on.iter().enumerate() {
            for second in &on[i + 1..] {
                let areas: Vec<String> = focus
                    .iter()
                    .filter(|a| {
                        self.rests_on(*first).contains(a) && self.rests_on(*second).contains(a)
                    })
                    .cloned()
                    .collect();
                if !areas.is_empty() {
                    found.push(Overlap {
                        first: *first,
                        second: *second,
                        confirmed: self.distinct.contains(&pair_key(*first, *second)),
                        areas,
                    });
                }
            }
        }
        found
    }

    /// Records that two benefits resting on the same gap measure different money.
    pub fn confirm_distinct(&mut self, first: BenefitModel, second: BenefitModel) {
        let key = pair_key(first, second);
        if !self.distinct.contains(&key) {
            self.distinct.push(key);
        }
    }

    /// The models switched on that rest on none of the `focus` areas: benefits with no gap behind them.
    pub fn unsupported(&self, focus: &[String]) -> Vec<BenefitModel> {
        BenefitModel::ALL
            .into_iter()
            .filter(|m| self.is_on(*m) && !self.rests_on(*m).iter().any(|a| focus.contains(a)))
            .collect()
    }
}

/// The rate a later year's benefit is discounted at unless the user gives their organisation's own: a cost of capital
/// at the top of the usual 8–10 %, the conservative end.
pub const DISCOUNT_PCT: f64 = 10.0;
/// The share of the training's effect lost each later year unless the user says otherwise: skills not used decay
/// (Arthur, Bennett, Stanush & McNelly 1998, a review of skill-decay studies) and people change jobs.
pub const FADE_PCT: f64 = 20.0;

/// Phillips' conservative adjustments, and when the benefit arrives and what a later year of it is worth today.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Adjustments {
    /// The share of the improvement due to the training rather than anything else.
    pub attribution_pct: f64,
    /// The estimator's confidence, one of [`CONFIDENCE_TIERS`].
    pub confidence_pct: f64,
    /// Years of benefit counted from the training's end: 1 (first year only) unless the user says otherwise.
    pub years: f64,
    /// Weeks after the training before its benefit starts: by default the impact follow-up's, when the plan looks for
    /// it. Cases made before storage version 5 have none, and keep their figures as made.
    pub ramp_weeks: f64,
    /// The rate each later year's benefit is discounted at, in percent: the organisation's cost of capital.
    pub discount_pct: f64,
    /// The share of the effect lost each later year, in percent.
    pub fade_pct: f64,
}

impl Default for Adjustments {
    fn default() -> Self {
        Adjustments {
            attribution_pct: 50.0,
            confidence_pct: 70.0,
            years: 1.0,
            ramp_weeks: crate::core::plan::check_in::FOLLOW_UP_WEEKS as f64,
            discount_pct: DISCOUNT_PCT,
            fade_pct: FADE_PCT,
        }
    }
}

impl Adjustments {
    /// As a case was counted before ramp-up, discounting and fade were asked for: from the training's end, at face
    /// value. What old links and workspaces open with, so their figures stay as they were made.
    pub fn as_made_before_timing(self) -> Adjustments {
        Adjustments {
            ramp_weeks: 0.0,
            discount_pct: 0.0,
            fade_pct: 0.0,
            ..self
        }
    }
}
