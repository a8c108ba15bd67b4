//! The report a user shares: their ratings, the benchmark they chose, their goals, the training and (if they choose)
//! the money figures, and their arguments. It travels inside a link (see `link`), read-only for whoever opens it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::arguments::Arguments;
use super::assessment::Assessment;
use super::benchmark::{Benchmark, BenchmarkKind};
use super::model::CompetencyModel;
use super::plan::Goal;
use super::results::results;
use super::roi::{Adjustments, Benefits, RoiCase, Training};
use super::workspace::{iso_date, Role, Workspace};

/// What the user lets a link carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShareOptions {
    /// The user's name.
    pub names: bool,
    /// Costs, salary and benefit figures, and with them the ROI.
    pub money: bool,
}

impl Default for ShareOptions {
    fn default() -> Self {
        ShareOptions {
            names: true,
            money: true,
        }
    }
}

/// The money side of the case, present only when the user shares it.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportMoney {
    pub currency: String,
    pub benefits: Benefits,
    pub adjustments: Adjustments,
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
    pub money: Option<ReportMoney>,
    pub arguments: Arguments,
}

impl Report {
    /// The report of a workspace, as the share options allow, made on `today` (days since 1970).
    pub fn of(ws: &Workspace, model: &CompetencyModel, share: ShareOptions, today: u64) -> Report {
        let benchmark = ws.benchmark();
        let found = results(model, &ws.assessment, benchmark.as_ref());
        let mut training = ws.roi.training.clone();
        // An untouched case has no figures worth sending.
        let b = &ws.roi.benefits;
        let priced = ws.roi.costs().total > 0.0
            || [
                b.decisions.on,
                b.time_saved.on,
                b.avoided_failure.on,
                b.retention.on,
            ]
            .contains(&true);
        let share_money = share.money && priced;
        if !share_money {
            let blank = Training::default();
            training.fees = blank.fees;
            training.travel = blank.travel;
            training.materials = blank.materials;
            training.backfill = blank.backfill;
            training.salary = blank.salary;
            training.overhead = blank.overhead;
        }
        let mut assessment = ws.assessment.clone();
        assessment.updated_at = today * 86_400_000;
        Report {
            made_on: today,
            name: if share.names {
                ws.profile.name.trim().to_string()
            } else {
                String::new()
            },
            role: ws.profile.role,
            assessment,
            benchmark,
            goals: ws.plan.goals_for(&found.focus),
            training,
            money: share_money.then(|| ReportMoney {
                currency: ws.money.currency.clone(),
                benefits: Benefits {
                    intangibles: Vec::new(),
                    ..ws.roi.benefits.clone()
                },
                adjustments: ws.roi.adjustments.clone(),
            }),
            arguments: ws.roi.arguments.normalised(),
        }
    }

    /// "Ada Lovelace's report" or "A shared report".
    pub fn title(&self) -> String {
        if self.name.is_empty() {
            "A shared skills report".into()
        } else {
            format!("{}’s skills report", self.name)
        }
    }

    pub fn made_on_iso(&self) -> String {
        iso_date(self.made_on * 86_400_000)
    }

    /// The case as the ROI calculations take it; `None` when money was left out.
    pub fn roi(&self) -> Option<RoiCase> {
        let money = self.money.as_ref()?;
        Some(RoiCase {
            training: self.training.clone(),
            benefits: money.benefits.clone(),
            adjustments: money.adjustments.clone(),
            arguments: self.arguments.clone(),
            ..RoiCase::default()
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
            levels: self
                .assessment
                .ratings
                .iter()
                .filter_map(|(id, r)| Some((id.clone(), r.current()?)))
                .collect::<BTreeMap<_, _>>(),
            source: "a report link".into(),
        }
    }
}
