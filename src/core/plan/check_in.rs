//! The check-in: when it is (eight weeks after the training's last day unless the user picks a date), what to bring to
//! it, and what the user observed there, evaluated as Phillips does it; and the follow-up for impact, some months on.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Plan;
use crate::core::assess::Assessment;
use crate::core::date::{days_from_iso, iso_day};
use crate::core::model::CompetencyModel;
use crate::core::order;

/// Weeks from the end of training to the check-in where the user reassesses.
pub const CHECK_IN_WEEKS: u64 = 8;
/// Weeks from the end of training to the follow-up where the impact measures are read: about four months, within
/// the three to six Phillips leaves for business impact to show.
pub const FOLLOW_UP_WEEKS: u64 = 17;

/// What to bring to the check-in.
pub const CHECKLIST: [&str; 5] = [
    "A new self-assessment (take it again the week before)",
    "Your count on each goal's metric since the training",
    "One decision or piece of work you did differently because of it",
    "What you shared with the team, and how it landed",
    "What you still need: practice, a mentor, or a next course",
];

impl Plan {
    /// The check-in date: the user's, or CHECK_IN_WEEKS after the training's last day (`end`, else `start`).
    pub fn check_in_date(&self, start: &str, end: &str) -> Option<String> {
        if days_from_iso(&self.check_in).is_some() {
            return Some(self.check_in.trim().to_string());
        }
        check_in(if end.trim().is_empty() { start } else { end })
    }

    /// The follow-up for impact: the user's date, or FOLLOW_UP_WEEKS after the training's last day.
    pub fn follow_up_date(&self, start: &str, end: &str) -> Option<String> {
        if days_from_iso(&self.follow_up).is_some() {
            return Some(self.follow_up.trim().to_string());
        }
        let day = days_from_iso(if end.trim().is_empty() { start } else { end })?;
        Some(iso_day(day + FOLLOW_UP_WEEKS * 7))
    }

    /// Whether the impact follow-up has come by `today` (ISO): only then is a return worked out from what was measured.
    /// Before it, the check-in sees behaviour, not yet impact; without training dates, there is no follow-up yet.
    pub fn impact_due(&self, start: &str, end: &str, today: &str) -> bool {
        self.follow_up_date(start, end)
            .is_some_and(|day| day.as_str() <= today.trim())
    }
}

/// The check-in date, CHECK_IN_WEEKS after an ISO date (YYYY-MM-DD), as an ISO date.
pub fn check_in(after: &str) -> Option<String> {
    let day = days_from_iso(after)?;
    Some(iso_day(day + CHECK_IN_WEEKS * 7))
}

/// The learning the check-in measures: every area whose current level moved by half a level or more between two
/// moments, with the change, largest gain first (ties in the model's order). Every area, not only the focus: the
/// focus may have changed since, the progress has not.
pub fn moved(model: &CompetencyModel, before: &Assessment, now: &Assessment) -> Vec<(String, f32)> {
    let mut changes: Vec<(String, f32)> = model
        .areas
        .iter()
        .filter_map(|a| {
            let change = now.rating(&a.id).current()? - before.rating(&a.id).current()?;
            Some((a.id.clone(), change))
        })
        .filter(|(_, change)| change.abs() >= 0.5)
        .collect();
    order::sort_by(&mut changes, |a, b| b.1.total_cmp(&a.1));
    changes
}

/// What the user saw at the check-in, evaluated as Phillips does it: Kirkpatrick's four levels in the user's words;
/// each benefit's driver and each focus area's impact measure as measured; and the share due to the training and the
/// confidence in these figures, estimated afresh after the training rather than carried over from before it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evaluation {
    /// Level 1: how the training was received.
    pub reaction: String,
    /// Level 2: what was learned, in the user's words (the reassessment gives the numbers).
    pub learning: String,
    /// Level 3: what the user now does differently; counts against the goals.
    pub behaviour: String,
    /// Level 4: results seen.
    pub results: String,
    /// Each benefit model's driver as measured: the improvement in decisions (%), hours saved a week, points by which
    /// failure and leaving became less likely. `None`: not measured, and nothing is claimed from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub improvement_pct: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours_per_week: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub probability_reduction_pct: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attrition_reduction_pct: Option<f64>,
    /// The share of the change due to the training, and the confidence in these figures, estimated afresh.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution_pct: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence_pct: Option<f64>,
    /// Each focus area's impact measure as measured, by area id.
    pub impacts: BTreeMap<String, f64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_check_in_is_eight_weeks_after_training_unless_the_user_moves_it() {
        let mut plan = Plan::default();
        assert_eq!(
            plan.check_in_date("2027-03-01", "2027-03-03").as_deref(),
            Some("2027-04-28")
        );
        assert_eq!(
            plan.check_in_date("2027-03-01", "").as_deref(),
            Some("2027-04-26")
        );
        assert_eq!(plan.check_in_date("", ""), None);
        plan.check_in = "2027-06-01".into();
        assert_eq!(
            plan.check_in_date("2027-03-01", "2027-03-03").as_deref(),
            Some("2027-06-01")
        );
        plan.check_in = "June".into();
        assert_eq!(
            plan.check_in_date("2027-03-01", "").as_deref(),
            Some("2027-04-26")
        );
    }

    #[test]
    fn a_return_is_read_only_from_the_impact_follow_up_on() {
        let plan = Plan::default();
        // Training ending 1 March 2027: the follow-up is 17 weeks on, 28 June.
        assert_eq!(
            plan.follow_up_date("2027-02-26", "2027-03-01").as_deref(),
            Some("2027-06-28")
        );
        assert!(
            !plan.impact_due("2027-02-26", "2027-03-01", "2027-04-26"),
            "the 8-week check-in is early"
        );
        assert!(plan.impact_due("2027-02-26", "2027-03-01", "2027-06-28"));
        assert!(
            !plan.impact_due("", "", "2030-01-01"),
            "no dates, no follow-up yet"
        );
        let moved = Plan {
            follow_up: "2027-05-01".into(),
            ..Plan::default()
        };
        assert!(moved.impact_due("2027-02-26", "2027-03-01", "2027-05-01"));
    }

    #[test]
    fn the_check_in_date_is_eight_weeks_on_and_nonsense_has_none() {
        assert_eq!(check_in("2027-03-10").as_deref(), Some("2027-05-05"));
        assert_eq!(check_in("soon"), None);
    }

    #[test]
    fn the_check_in_measures_what_moved_half_a_level_or_more_largest_gain_first() {
        let model = CompetencyModel::builtin();
        let rated = |levels: &[(&str, u8)]| {
            let mut a = Assessment::default();
            for (area, level) in levels {
                a.rate(area, 1, |r| {
                    r.knowledge = Some(*level);
                    r.experience = Some(*level);
                });
            }
            a
        };
        let before = rated(&[("data", 2), ("vision", 3), ("market", 4), ("launch", 2)]);
        let now = rated(&[
            ("data", 4),
            ("vision", 3),
            ("market", 3),
            ("launch", 3),
            ("discovery", 5),
        ]);
        assert_eq!(
            moved(model, &before, &now),
            vec![
                ("data".to_string(), 2.0),
                ("launch".to_string(), 1.0),
                ("market".to_string(), -1.0)
            ],
            "unchanged and newly rated areas are not a change"
        );
    }
}
