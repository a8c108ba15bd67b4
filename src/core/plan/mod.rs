//! The development plan: a goal for each focus area, with a metric the user can count, a target and a cadence
//! ("visit two customers a month"), and the check-in about eight weeks after training.

use serde::{Deserialize, Serialize};

use crate::core::compare::results::{GapKind, Results};
use crate::core::words::counted;

pub mod check_in;
pub mod export;
mod suggestions;
pub mod trend;

use suggestions::suggestion;
pub use suggestions::{first_steps, suggested_impact};

/// The largest target taken seriously; more is a typo.
pub const MAX_TARGET: u16 = 999;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    Week,
    #[default]
    Month,
    Quarter,
}

impl Cadence {
    pub const ALL: [Cadence; 3] = [Cadence::Week, Cadence::Month, Cadence::Quarter];

    /// "a month", as the end of "two customer visits a month".
    pub fn per(self) -> &'static str {
        match self {
            Cadence::Week => "a week",
            Cadence::Month => "a month",
            Cadence::Quarter => "a quarter",
        }
    }
}

/// A way to learn, with its trade-off said plainly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LearningWay {
    #[default]
    ProfessionalCourse,
    AcademicCourse,
    Mentoring,
    OnTheJob,
}

impl LearningWay {
    pub const ALL: [LearningWay; 4] = [
        LearningWay::ProfessionalCourse,
        LearningWay::AcademicCourse,
        LearningWay::Mentoring,
        LearningWay::OnTheJob,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LearningWay::ProfessionalCourse => "Professional course",
            LearningWay::AcademicCourse => "Academic course",
            LearningWay::Mentoring => "Mentoring",
            LearningWay::OnTheJob => "On the job (stretch work)",
        }
    }

    /// The way we suggest for a gap: a course where there is something to learn, stretch work on the job where the
    /// user knows the ground but has not yet done it, or is within a level of it.
    pub fn for_gap(kind: Option<GapKind>) -> LearningWay {
        match kind {
            Some(GapKind::Practise | GapKind::Near) => LearningWay::OnTheJob,
            _ => LearningWay::ProfessionalCourse,
        }
    }

    pub fn trade_off(self) -> &'static str {
        match self {
            LearningWay::ProfessionalCourse => {
                "Fast and hands-on: tools you use next week, less depth."
            }
            LearningWay::AcademicCourse => {
                "Deeper and credentialed, but slower: months, and more theory."
            }
            LearningWay::Mentoring => {
                "Tailored to you and your context; slow, and only as good as the mentor."
            }
            LearningWay::OnTheJob => {
                "Real and free: a stretch assignment with a colleague to check in with; slower, and mistakes cost the team."
            }
        }
    }
}

/// A member of the user's "personal board of directors".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mentor {
    pub name: String,
    pub helps_with: String,
}

/// One goal: what the user will do more of, counted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Goal {
    /// The focus area it serves.
    pub area: String,
    /// What is counted, in the plural: "customer interviews".
    pub metric: String,
    pub target: u16,
    pub cadence: Cadence,
    /// The user's own wording of the whole goal; `None` follows the metric.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wording: Option<String>,
    pub way: LearningWay,
    /// The business measure the goal should move, from the need (the gap) to the money (the benefits resting on it).
    #[serde(skip_serializing_if = "ImpactMeasure::is_empty")]
    pub impact: ImpactMeasure,
}

/// What the business will see when the goal is met: a measure with a baseline and a target, and how it is measured.
/// The step from the gap to the money, after Phillips: need → objective → impact → benefit.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImpactMeasure {
    /// "Launches with a success metric set before launch".
    pub measure: String,
    /// "%", "a quarter", "days".
    pub unit: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// How it will be measured: the source, who counts, how often.
    pub how: String,
}

impl ImpactMeasure {
    pub fn is_empty(&self) -> bool {
        *self == ImpactMeasure::default()
    }
}

impl Default for Goal {
    fn default() -> Self {
        Goal {
            area: String::new(),
            metric: String::new(),
            target: 1,
            cadence: Cadence::Month,
            wording: None,
            way: LearningWay::default(),
            impact: ImpactMeasure::default(),
        }
    }
}

impl Goal {
    /// The goal we suggest for an area: a metric a PM can count without new tooling.
    pub fn suggested(area: &str) -> Goal {
        let (metric, target, cadence) = suggestion(area);
        Goal {
            area: area.into(),
            metric: metric.into(),
            target,
            cadence,
            wording: None,
            way: LearningWay::default(),
            impact: ImpactMeasure::default(),
        }
    }

    /// Whether the metric, target and cadence are still the ones we suggest, so a link need not spell them out.
    pub fn is_suggested(&self) -> bool {
        let (metric, _, _) = suggestion(&self.area);
        self.metric == metric
    }

    /// "4 customer interviews a month", "1 strategy review with my leadership a quarter", or the user's own words.
    pub fn text(&self) -> String {
        match &self.wording {
            Some(w) if !w.trim().is_empty() => w.trim().to_string(),
            _ => format!(
                "{} {}",
                counted(self.target, self.metric.trim()),
                self.cadence.per()
            ),
        }
    }
}

/// The goals, one per focus area, in focus order; the user's mentors; and when they check in.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub goals: Vec<Goal>,
    pub mentors: Vec<Mentor>,
    /// The check-in date the user chose (YYYY-MM-DD); empty follows the training's end date.
    pub check_in: String,
    /// The follow-up date for impact the user chose; empty follows the training's end date.
    pub follow_up: String,
    /// What the user saw at the check-in.
    pub evaluation: check_in::Evaluation,
}

impl Plan {
    /// The goals for these focus areas: the user's own where they set one, our suggestion otherwise.
    pub fn goals_for(&self, found: &Results) -> Vec<Goal> {
        found
            .focus
            .iter()
            .map(|area| self.goal_for(area, found.kind(area)))
            .collect()
    }

    /// The user's goal for an area, or the one we suggest for its kind of gap.
    pub fn goal_for(&self, area: &str, kind: Option<GapKind>) -> Goal {
        self.goals
            .iter()
            .find(|g| g.area == area)
            .cloned()
            .unwrap_or_else(|| Goal {
                way: LearningWay::for_gap(kind),
                ..Goal::suggested(area)
            })
    }

    /// Keeps a goal the user changed; replaces any earlier goal for the same area.
    pub fn set(&mut self, goal: Goal) {
        self.goals.retain(|g| g.area != goal.area);
        self.goals.push(goal);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_goal_reads_as_a_target_and_the_users_words_win() {
        let mut g = Goal::suggested("customer-insight");
        assert_eq!(g.text(), "4 customer conversations a month");
        assert!(g.is_suggested());
        g.metric = "customer visits".into();
        g.target = 2;
        assert_eq!(g.text(), "2 customer visits a month");
        assert!(!g.is_suggested());
        g.wording = Some(" Visit two customers every month ".into());
        assert_eq!(g.text(), "Visit two customers every month");
        g.wording = Some("  ".into());
        assert_eq!(g.text(), "2 customer visits a month");
    }

    #[test]
    fn goals_follow_the_focus_and_keep_the_users_changes() {
        let mut plan = Plan::default();
        let mut mine = Goal::suggested("data");
        mine.target = 5;
        plan.set(mine.clone());
        plan.set(mine.clone());
        assert_eq!(plan.goals.len(), 1);
        assert_eq!(plan.goal_for("data", Some(GapKind::Learn)), mine);
        assert_eq!(plan.goal_for("launch", None), Goal::suggested("launch"));
    }

    /// The way to learn we suggest follows the gap: a course for what there is to learn, stretch work on the job for
    /// what is known but not yet done; the user's own choice stays.
    #[test]
    fn the_suggested_way_to_learn_follows_the_kind_of_gap() {
        use crate::core::assess::Assessment;
        use crate::core::compare::benchmark::{Benchmark, BenchmarkKind};
        use crate::core::compare::results::results;
        use crate::core::model::CompetencyModel;
        let mut a = Assessment::default();
        a.rate("data", 1, |r| {
            r.knowledge = Some(5);
            r.experience = Some(1);
        });
        a.rate("vision", 1, |r| {
            r.knowledge = Some(1);
            r.experience = Some(1);
        });
        let b = Benchmark {
            name: "b".into(),
            kind: BenchmarkKind::Imported,
            levels: [("data".to_string(), 3.0), ("vision".to_string(), 3.0)].into(),
            source: String::new(),
        };
        let found = results(CompetencyModel::builtin(), &a, Some(&b));
        let mut plan = Plan::default();
        let ways = |plan: &Plan| -> Vec<(String, LearningWay)> {
            plan.goals_for(&found)
                .into_iter()
                .map(|g| (g.area, g.way))
                .collect()
        };
        assert_eq!(
            ways(&plan),
            [
                ("data".to_string(), LearningWay::OnTheJob),
                ("vision".to_string(), LearningWay::ProfessionalCourse)
            ]
        );
        plan.set(Goal {
            way: LearningWay::Mentoring,
            ..plan.goal_for("data", Some(GapKind::Practise))
        });
        assert_eq!(
            ways(&plan)[0].1,
            LearningWay::Mentoring,
            "the user's choice stays"
        );
    }
}
