//! Checking what the user typed into the ROI case: every input that can't be used is named by its field, with what is
//! wrong in the user's words. Each field has one rule, its `Rule`, checked the same way wherever the field appears;
//! the page shows each message beside the field of the same name.

use super::{Estimate, MAX_AMOUNT};
use crate::core::justify::Case;

/// Every input of the ROI case that can be wrong, named once for the check and the page alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Fees,
    Travel,
    Materials,
    Backfill,
    Salary,
    ManagerTime,
    Evaluation,
    Administration,
    SharingHours,
    SharingPeople,
    CostLow,
    CostHigh,
    DaysAway,
    Participants,
    Overhead,
    DaysPerYear,
    HoursPerDay,
    Influenced,
    MarginPct,
    ImprovementPct,
    ImprovementLow,
    ImprovementHigh,
    HoursPerWeek,
    HoursLow,
    HoursHigh,
    LaunchesPerYear,
    FailureCost,
    ProbabilityReductionPct,
    ProbabilityLow,
    ProbabilityHigh,
    ReplacementCost,
    AttritionReductionPct,
    AttritionLow,
    AttritionHigh,
    AttributionPct,
    ConfidencePct,
    Years,
    /// The group case's one typed benefit a person a year, as group cases were made before the benefit models.
    BenefitPerPerson,
    RampWeeks,
    DiscountPct,
    FadePct,
    End,
}

/// What a number must be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    /// The smallest allowed value.
    pub min: f64,
    /// The largest, and its unit as the message says it.
    pub max: f64,
    pub unit: &'static str,
}

impl Rule {
    /// `v` with the rule's unit, singular for one: "1 hour", "24 hours".
    fn amount(&self, v: f64) -> String {
        let unit = if v == 1.0 {
            self.unit.strip_suffix('s').unwrap_or(self.unit)
        } else {
            self.unit
        };
        format!("{v}{unit}")
    }
}

const AMOUNT: Rule = Rule {
    min: 0.0,
    max: MAX_AMOUNT,
    unit: "",
};
const PERCENT: Rule = Rule {
    min: 0.0,
    max: 100.0,
    unit: " %",
};

impl Field {
    /// The id of the field's input on the page, where its message is shown.
    pub fn id(self) -> &'static str {
        match self {
            Field::Fees => "fees",
            Field::Travel => "travel",
            Field::Materials => "materials",
            Field::Backfill => "backfill",
            Field::Salary => "salary",
            Field::ManagerTime => "manager_time",
            Field::Evaluation => "evaluation",
            Field::Administration => "administration",
            Field::SharingHours => "sharing_hours",
            Field::SharingPeople => "sharing_people",
            Field::CostLow => "cost_low",
            Field::CostHigh => "cost_high",
            Field::DaysAway => "days_away",
            Field::Participants => "participants",
            Field::Overhead => "overhead",
            Field::DaysPerYear => "days_per_year",
            Field::HoursPerDay => "hours_per_day",
            Field::Influenced => "influenced",
            Field::MarginPct => "margin_pct",
            Field::ImprovementPct => "improvement_pct",
            Field::ImprovementLow => "improvement_low",
            Field::ImprovementHigh => "improvement_high",
            Field::HoursPerWeek => "hours_per_week",
            Field::HoursLow => "hours_low",
            Field::HoursHigh => "hours_high",
            Field::LaunchesPerYear => "launches_per_year",
            Field::FailureCost => "failure_cost",
            Field::ProbabilityReductionPct => "probability_reduction_pct",
            Field::ProbabilityLow => "probability_low",
            Field::ProbabilityHigh => "probability_high",
            Field::ReplacementCost => "replacement_cost",
            Field::AttritionReductionPct => "attrition_reduction_pct",
            Field::AttritionLow => "attrition_low",
            Field::AttritionHigh => "attrition_high",
            Field::AttributionPct => "attribution_pct",
            Field::ConfidencePct => "confidence_pct",
            Field::Years => "years",
            Field::BenefitPerPerson => "benefit",
            Field::RampWeeks => "ramp_weeks",
            Field::DiscountPct => "discount_pct",
            Field::FadePct => "fade_pct",
            Field::End => "end",
        }
    }

    /// Whether the field is asked with the training and its costs (the case's first step) rather than with the
    /// benefits and adjustments.
    pub fn is_about_the_training(self) -> bool {
        matches!(
            self,
            Field::Fees
                | Field::Travel
                | Field::Materials
                | Field::Backfill
                | Field::Salary
                | Field::ManagerTime
                | Field::Evaluation
                | Field::Administration
                | Field::SharingHours
                | Field::SharingPeople
                | Field::CostLow
                | Field::CostHigh
                | Field::DaysAway
                | Field::Participants
                | Field::Overhead
                | Field::DaysPerYear
                | Field::HoursPerDay
                | Field::End
        )
    }

    /// The field's name as the page labels it, to name it where figures wait for it.
    pub fn label(self) -> &'static str {
        match self {
            Field::Fees => "Fees",
            Field::Travel => "Travel",
            Field::Materials => "Materials",
            Field::Backfill => "Backfill",
            Field::Salary => "Annual salary",
            Field::ManagerTime => "Your manager's time",
            Field::Evaluation => "Evaluation",
            Field::Administration => "Administration",
            Field::SharingHours => "Sharing session, hours",
            Field::SharingPeople => "Colleagues at the sharing session",
            Field::CostLow => "Total cost, low",
            Field::CostHigh => "Total cost, high",
            Field::DaysAway => "Days away",
            Field::Participants => "Participants",
            Field::Overhead => "Overhead factor",
            Field::DaysPerYear => "Working days a year",
            Field::HoursPerDay => "Working hours a day",
            Field::Influenced => "Revenue you influence",
            Field::MarginPct => "Contribution margin",
            Field::ImprovementPct => "Improvement you expect",
            Field::ImprovementLow => "Improvement, low estimate",
            Field::ImprovementHigh => "Improvement, high estimate",
            Field::HoursPerWeek => "Hours saved a week",
            Field::HoursLow => "Hours saved, low estimate",
            Field::HoursHigh => "Hours saved, high estimate",
            Field::LaunchesPerYear => "Launches a year",
            Field::FailureCost => "Cost of a failed launch",
            Field::ProbabilityReductionPct => "Less likely to fail by",
            Field::ProbabilityLow => "Less likely to fail, low estimate",
            Field::ProbabilityHigh => "Less likely to fail, high estimate",
            Field::ReplacementCost => "Replacement cost",
            Field::AttritionReductionPct => "Less likely to leave by",
            Field::AttritionLow => "Less likely to leave, low estimate",
            Field::AttritionHigh => "Less likely to leave, high estimate",
            Field::AttributionPct => "Share due to the training",
            Field::ConfidencePct => "Confidence",
            Field::Years => "Years of benefit counted",
            Field::BenefitPerPerson => "Benefit a person a year",
            Field::RampWeeks => "Weeks before the benefit starts",
            Field::DiscountPct => "Discount rate",
            Field::FadePct => "Effect lost each year",
            Field::End => "Last day",
        }
    }

    /// The field's one rule. (The training's last day has a rule of its own: not before the first.)
    pub fn rule(self) -> Rule {
        match self {
            Field::Overhead => Rule {
                min: 1.0,
                max: 10.0,
                unit: "",
            },
            Field::DaysPerYear => Rule {
                min: 1.0,
                max: 366.0,
                unit: " days",
            },
            Field::HoursPerDay => Rule {
                min: 1.0,
                max: 24.0,
                unit: " hours",
            },
            Field::SharingHours => Rule {
                min: 0.0,
                max: 24.0,
                unit: " hours",
            },
            Field::HoursPerWeek | Field::HoursLow | Field::HoursHigh => Rule {
                min: 0.0,
                max: 60.0,
                unit: " hours",
            },
            Field::MarginPct
            | Field::ImprovementPct
            | Field::ImprovementLow
            | Field::ImprovementHigh
            | Field::ProbabilityReductionPct
            | Field::ProbabilityLow
            | Field::ProbabilityHigh
            | Field::AttritionReductionPct
            | Field::AttritionLow
            | Field::AttritionHigh
            | Field::AttributionPct
            | Field::ConfidencePct
            | Field::FadePct => PERCENT,
            Field::DiscountPct => Rule {
                min: 0.0,
                max: 50.0,
                unit: " %",
            },
            Field::RampWeeks => Rule {
                min: 0.0,
                max: 52.0,
                unit: " weeks",
            },
            Field::Years => Rule {
                min: 0.0,
                max: 5.0,
                unit: " years",
            },
            _ => AMOUNT,
        }
    }

    /// What is wrong with `v` in this field, if anything.
    pub fn check(self, v: f64) -> Option<String> {
        let rule = self.rule();
        if !v.is_finite() {
            Some("enter a number".into())
        } else if v < 0.0 {
            Some("can't be negative".into())
        } else if v < rule.min {
            Some(match self {
                Field::Overhead => "is a factor of at least 1 (salary alone is 1)".into(),
                _ => format!("can't be less than {}", rule.amount(rule.min)),
            })
        } else if v > rule.max {
            Some(if rule.max >= MAX_AMOUNT {
                "is too large to be right".into()
            } else {
                format!("can't be more than {}", rule.amount(rule.max))
            })
        } else {
            None
        }
    }
}

/// An input that can't be used, named by its field, with what is wrong in the user's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

impl Case {
    /// Every input that can't be used as it is. Figures with an error count as zero until corrected. A benefit model
    /// switched off is not checked: its figures wait, unused.
    pub fn errors(&self) -> Vec<FieldError> {
        let t = &self.training;
        let w = &self.working_time;
        let b = &self.benefits;
        let a = &self.adjustments;
        let mut errors = Vec::new();
        let mut check = |field: Field, v: f64| {
            if let Some(message) = field.check(v) {
                errors.push(FieldError { field, message });
            }
        };
        for (field, v) in [
            (Field::Fees, t.fees),
            (Field::Travel, t.travel),
            (Field::Materials, t.materials),
            (Field::Backfill, t.backfill),
            (Field::Salary, t.salary),
            (Field::ManagerTime, t.manager_time),
            (Field::Evaluation, t.evaluation),
            (Field::Administration, t.administration),
            (Field::SharingHours, t.sharing_hours),
            (Field::SharingPeople, t.sharing_people),
            (Field::DaysAway, t.days_away),
            (Field::Participants, t.participants),
            (Field::Overhead, t.overhead),
            (Field::DaysPerYear, w.days_per_year),
            (Field::HoursPerDay, w.hours_per_day),
            (Field::AttributionPct, a.attribution_pct),
            (Field::ConfidencePct, a.confidence_pct),
            (Field::Years, a.years),
            (Field::RampWeeks, a.ramp_weeks),
            (Field::DiscountPct, a.discount_pct),
            (Field::FadePct, a.fade_pct),
        ] {
            check(field, v);
        }
        for (field, v) in [(Field::CostLow, t.cost_low), (Field::CostHigh, t.cost_high)] {
            if let Some(v) = v {
                check(field, v);
            }
        }
        if b.decisions.on {
            check(Field::Influenced, b.decisions.influenced);
            if let Some(margin) = b.decisions.margin_pct {
                check(Field::MarginPct, margin);
            }
        }
        if b.avoided_failure.on {
            check(Field::LaunchesPerYear, b.avoided_failure.launches_per_year);
            check(Field::FailureCost, b.avoided_failure.failure_cost);
        }
        if b.retention.on {
            check(Field::ReplacementCost, b.retention.replacement_cost);
        }
        let estimates = [
            (
                b.decisions.on,
                &b.decisions.improvement_pct,
                [
                    Field::ImprovementPct,
                    Field::ImprovementLow,
                    Field::ImprovementHigh,
                ],
            ),
            (
                b.time_saved.on,
                &b.time_saved.hours_per_week,
                [Field::HoursPerWeek, Field::HoursLow, Field::HoursHigh],
            ),
            (
                b.avoided_failure.on,
                &b.avoided_failure.probability_reduction_pct,
                [
                    Field::ProbabilityReductionPct,
                    Field::ProbabilityLow,
                    Field::ProbabilityHigh,
                ],
            ),
            (
                b.retention.on,
                &b.retention.attrition_reduction_pct,
                [
                    Field::AttritionReductionPct,
                    Field::AttritionLow,
                    Field::AttritionHigh,
                ],
            ),
        ];
        for (on, estimate, fields) in estimates {
            if on {
                errors.extend(estimate_errors(estimate, fields));
            }
        }
        // The cost's own range must hold the cost it is a range of.
        let total = self.costs().total;
        if t.cost_low.is_some_and(|l| l > total) {
            errors.push(FieldError {
                field: Field::CostLow,
                message: "is above the total cost".into(),
            });
        }
        if t.cost_high.is_some_and(|h| h < total) {
            errors.push(FieldError {
                field: Field::CostHigh,
                message: "is below the total cost".into(),
            });
        }
        if !t.start.is_empty() && !t.end.is_empty() && t.end < t.start {
            errors.push(FieldError {
                field: Field::End,
                message: "is before the start".into(),
            });
        }
        errors
    }
}

impl Case {
    /// The fields with an error, each once, in the order the page shows them: while there are any, no figure is
    /// stated.
    pub fn unfixed(&self) -> Vec<Field> {
        let mut fields: Vec<Field> = Vec::new();
        for e in self.errors() {
            if !fields.contains(&e.field) {
                fields.push(e.field);
            }
        }
        fields
    }
}

/// An estimate's three values, each by its rule, and low ≤ expected ≤ high where the user gave them.
fn estimate_errors(e: &Estimate, [expected, low, high]: [Field; 3]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (field, v) in [(expected, Some(e.expected)), (low, e.low), (high, e.high)] {
        if let Some(message) = v.and_then(|v| field.check(v)) {
            errors.push(FieldError { field, message });
        }
    }
    if e.low.is_some_and(|l| l > e.expected) {
        errors.push(FieldError {
            field: low,
            message: "is above what you expect".into(),
        });
    }
    if e.high.is_some_and(|h| h < e.expected) {
        errors.push(FieldError {
            field: high,
            message: "is below what you expect".into(),
        });
    }
    errors
}
