//! Justifying the training: the case the user brings to the person who holds the budget. The return on investment
//! (`roi`), conservative by default after the Phillips ROI Methodology; the arguments for the boss; the alternatives
//! weighed; the leader's framing questions; the shortlist of courses; the one-page proposal; and the payback chart.

use serde::{Deserialize, Serialize};

pub mod alternatives;
pub mod arguments;
pub mod leader;
pub mod objections;
pub mod payback;
pub mod proposal;
pub mod providers;
pub mod roi;
pub mod tornado;
pub mod verdict;

use alternatives::{usual_alternatives, Alternative};
use arguments::{Arguments, Pitch};
use leader::LeaderCase;
use objections::Objections;
use providers::Shortlist;
use roi::{Adjustments, Benefits, Training, WorkingTime};

/// The whole justify step as the user fills it in. Saved as `roi`, the name it has had since the first release.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Case {
    pub training: Training,
    /// The working time time away and time saved are both priced on.
    pub working_time: WorkingTime,
    pub benefits: Benefits,
    pub adjustments: Adjustments,
    /// The arguments for the boss, as the user arranged and edited them.
    pub arguments: Arguments,
    /// What the user brings beyond the figures: a decision the boss faces, evidence, a commitment, cover.
    #[serde(skip_serializing_if = "Pitch::is_empty")]
    pub pitch: Pitch,
    /// The boss's likely objections, with the user's wording of the answers.
    #[serde(skip_serializing_if = "Objections::is_empty")]
    pub objections: Objections,
    pub leader: LeaderCase,
    pub alternatives: Vec<Alternative>,
    /// The courses or providers compared; the chosen one fills in the training.
    pub shortlist: Shortlist,
}

impl Default for Case {
    fn default() -> Self {
        Case {
            training: Training::default(),
            working_time: WorkingTime::default(),
            benefits: Benefits::default(),
            adjustments: Adjustments::default(),
            arguments: Arguments::default(),
            pitch: Pitch::default(),
            objections: Objections::default(),
            leader: LeaderCase::default(),
            alternatives: usual_alternatives(),
            shortlist: Shortlist::default(),
        }
    }
}

impl Case {
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
}
