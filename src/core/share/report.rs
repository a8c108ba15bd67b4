//! The report a user shares: their ratings, the benchmark they chose, their goals, the training and (if they choose)
//! the money figures, and their arguments. It travels inside a link (see `link`), read-only for whoever opens it.

use crate::core::assess::Assessment;
use crate::core::compare::benchmark::{Benchmark, BenchmarkKind};
use crate::core::date::iso_day;
use crate::core::justify::arguments::Arguments;
use crate::core::justify::roi::{Adjustments, Benefits, Training, WorkingTime};
use crate::core::justify::Case;
use crate::core::model::Role;
use crate::core::plan::Goal;

/// The money side of the case, present only when the user shares it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportMoney {
    pub currency: String,
    pub benefits: Benefits,
    pub adjustments: Adjustments,
    pub working_time: WorkingTime,
    /// Made by a Skillcase that counted better decisions on revenue (a version 1 link): they are not counted now,
    /// and the report says why.
    pub counted_on_revenue: bool,
    /// Made by a Skillcase that counted benefits from the training's end at face value (a link of version 1 to 4):
    /// its figures stay as they were made, and the report says so.
    pub before_timing: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The day the link was made, as days since 1970.
    pub made_on: u64,
    /// Empty when the user left names out.
    pub name: String,
    pub role: Option<Role>,
    /// The ratings, on the model version they were made on.
    pub assessment: Assessment,
    pub benchmark: Option<Benchmark>,
    /// One goal per focus area, in focus order.
    pub goals: Vec<Goal>,
    /// The training asked for; its money fields are zero unless `money` is shared.
    pub training: Training,
    /// Who covers while the sender is away, in their words; empty unless names are shared (version 4 on).
    pub cover: String,
    pub money: Option<ReportMoney>,
    pub arguments: Arguments,
}

impl Report {
    /// What the reader is looking at, request first: "Ada Lovelace asks to attend “Strategy”", or the skills report
    /// alone when no course is named.
    pub fn title(&self) -> String {
        match (self.name.is_empty(), self.training.course.trim()) {
            (false, "") => format!("Skills report of {}", self.name),
            (true, "") => "A shared skills report".into(),
            (false, course) => format!("{} asks to attend “{course}”", self.name),
            (true, course) => format!("A request to attend “{course}”"),
        }
    }

    pub fn made_on_iso(&self) -> String {
        iso_day(self.made_on)
    }

    /// The case as the ROI calculations take it; `None` when money was left out.
    pub fn roi(&self) -> Option<Case> {
        let money = self.money.as_ref()?;
        Some(Case {
            training: self.training.clone(),
            working_time: money.working_time,
            benefits: money.benefits.clone(),
            adjustments: money.adjustments.clone(),
            arguments: self.arguments.clone(),
            ..Case::default()
        })
    }

    /// This person's current levels as a benchmark, to compare with or keep in one's own workspace.
    pub fn as_benchmark(&self) -> Benchmark {
        let who = if self.name.is_empty() {
            "Shared report".to_string()
        } else {
            self.name.clone()
        };
        Benchmark {
            name: format!("{who}, {}", self.made_on_iso()),
            kind: BenchmarkKind::SharedReport,
            levels: self.assessment.current_levels(),
            source: "a report link".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(name: &str, course: &str) -> Report {
        Report {
            made_on: 20_000,
            name: name.into(),
            role: None,
            assessment: Assessment::default(),
            benchmark: None,
            goals: Vec::new(),
            training: Training {
                course: course.into(),
                ..Training::default()
            },
            cover: String::new(),
            money: None,
            arguments: Arguments::default(),
        }
    }

    #[test]
    fn the_title_leads_with_the_request_when_a_course_is_named() {
        assert_eq!(
            report("Ada", "Strategy").title(),
            "Ada asks to attend “Strategy”"
        );
        assert_eq!(
            report("", " Strategy ").title(),
            "A request to attend “Strategy”"
        );
        assert_eq!(report("Ada", "  ").title(), "Skills report of Ada");
        assert_eq!(report("", "").title(), "A shared skills report");
    }
}
