//! The report a user shares: their ratings, the benchmark they chose, their goals, the training and (if they choose)
//! the money figures, and their arguments. It travels inside a link (see `link`), read-only for whoever opens it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::arguments::Arguments;
use super::assessment::Assessment;
use super::benchmark::{Benchmark, BenchmarkKind};
use super::model::CompetencyModel;
use super::plan::Goal;
use super::plan::Plan;
use super::results::results;
use super::roi::{Adjustments, Benefits, RoiCase, Training};
use super::workspace::{iso_date, BenchmarkChoice, Money, Profile, Role, Workspace};

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

    /// The report as a workspace of its own, so every view that reads a workspace can show it, and a recipient can
    /// take it over (their own report, opened on another device).
    pub fn workspace(&self) -> Workspace {
        let mut ws = Workspace {
            profile: Profile {
                name: self.name.clone(),
                role: self.role,
            },
            assessment: self.assessment.clone(),
            plan: Plan {
                goals: self.goals.clone(),
                ..Plan::default()
            },
            ..Workspace::default()
        };
        ws.roi.training = self.training.clone();
        ws.roi.arguments = self.arguments.clone();
        if let Some(m) = &self.money {
            ws.roi.benefits = m.benefits.clone();
            ws.roi.adjustments = m.adjustments.clone();
            ws.money = Money {
                currency: m.currency.clone(),
                locale: String::new(),
            };
        }
        ws.benchmark = match &self.benchmark {
            None => BenchmarkChoice::MyRole,
            Some(b) => match Role::ALL.into_iter().find(|r| *b == ws.role_benchmark(*r)) {
                Some(role) if Some(role) == self.role => BenchmarkChoice::MyRole,
                Some(role) => BenchmarkChoice::Role { role },
                None => {
                    ws.imported.push(b.clone());
                    BenchmarkChoice::Imported {
                        name: b.name.clone(),
                    }
                }
            },
        };
        ws
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reports_workspace_makes_the_same_report_again() {
        let model = CompetencyModel::builtin();
        let mut ws = Workspace::default();
        ws.profile.name = "Ada".into();
        ws.profile.role = Some(Role::Pm);
        ws.assessment.rate("data", 0, |r| r.knowledge = Some(2));
        ws.assessment.rate("vision", 0, |r| r.experience = Some(1));
        ws.roi.training.fees = 1000.0;
        ws.money.currency = "USD".into();
        let mut choices = vec![
            BenchmarkChoice::MyRole,
            BenchmarkChoice::Role {
                role: Role::HeadOfProduct,
            },
        ];
        ws.imported.push(Benchmark {
            name: "Ladder".into(),
            kind: BenchmarkKind::Imported,
            levels: BTreeMap::from([("data".into(), 4.0)]),
            source: String::new(),
        });
        choices.push(BenchmarkChoice::Imported {
            name: "Ladder".into(),
        });
        for choice in choices {
            ws.benchmark = choice;
            let report = Report::of(&ws, model, ShareOptions::default(), 20_000);
            let again = Report::of(&report.workspace(), model, ShareOptions::default(), 20_000);
            assert_eq!(again, report);
            assert_eq!(report.workspace().money.currency, "USD");
        }
        let mine = Report::of(&ws, model, ShareOptions::default(), 20_000).as_benchmark();
        assert_eq!(mine.kind, BenchmarkKind::SharedReport);
        assert_eq!(mine.name, "Ada, 2024-10-04");
        assert_eq!(
            mine.levels,
            BTreeMap::from([("data".into(), 2.0), ("vision".into(), 1.0)])
        );
    }

    #[test]
    fn money_stays_home_unless_shared_and_priced() {
        let model = CompetencyModel::builtin();
        let mut ws = Workspace::default();
        ws.roi.training.salary = 90_000.0;
        ws.roi.training.days_away = 2.0;
        let shared = Report::of(&ws, model, ShareOptions::default(), 1);
        assert_eq!(shared.training.salary, 90_000.0);
        assert!(shared.money.is_some());
        let private = Report::of(
            &ws,
            model,
            ShareOptions {
                names: true,
                money: false,
            },
            1,
        );
        assert_eq!(
            (private.training.salary, private.money.is_none()),
            (0.0, true)
        );
        assert_eq!(private.training.days_away, 2.0);
        let untouched = Report::of(&Workspace::default(), model, ShareOptions::default(), 1);
        assert_eq!(untouched.money, None);
    }
}
