//! The user's workspace: everything Skillcase keeps for them, saved as one versioned document. It holds a piece of
//! every journey step, so it sits above them all: what needs the whole workspace (the benchmark chosen, the report it
//! shares) is worked out here.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use super::assess::{Assessment, Profile};
use super::compare::benchmark::{finite_levels, role_benchmark, Benchmark, BenchmarkKind};
use super::compare::choice::BenchmarkChoice;
use super::compare::results::{results, Results};
use super::date::{iso_date, DAY_MS};
use super::fit::FitCheck;
use super::justify::proposal::Proposal;
use super::justify::roi::Training;
use super::justify::Case;
use super::locale::Locale;
use super::model::{CompetencyModel, Role};
use super::order::{self, map_of};
use super::plan::Plan;
use super::share::link::rater::RaterAnswer;
use super::share::report::{Report, ReportMoney};
use super::share::ShareOptions;
use super::team::Team;

/// Everything saved for one user.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    pub profile: Profile,
    /// The current self-assessment.
    pub assessment: Assessment,
    /// Snapshots of earlier assessments, oldest first.
    pub earlier: Vec<Assessment>,
    /// What the user picked under *Compare with*; [`Workspace::benchmark`] is what it comes to.
    #[serde(rename = "benchmark")]
    pub compare_with: BenchmarkChoice,
    /// The user's edits to role expectations: role code → area id → level.
    #[serde(deserialize_with = "finite_role_edits")]
    pub role_edits: BTreeMap<String, BTreeMap<String, f32>>,
    pub imported: Vec<Benchmark>,
    /// The case for the training the user wants: the ROI figures, the arguments and what goes with them.
    #[serde(rename = "roi")]
    pub case: Case,
    /// How money, numbers and dates are written.
    #[serde(rename = "money")]
    pub locale: Locale,
    /// Goals for the focus areas.
    pub plan: Plan,
    /// The user's wording and choices for the printed proposal.
    pub proposal: Proposal,
    /// What report links carry.
    pub share: ShareOptions,
    /// The fit check, for someone not yet a PM.
    pub fit: FitCheck,
    /// For managers: the team gathered from members' links.
    pub team: Team,
    /// Second raters' answers the user kept, oldest first: their view before and after training, and what they said
    /// matters.
    pub raters: Vec<RaterAnswer>,
    /// Whose importance weighs the gaps: a kept rater's, or the user's own when `None`.
    pub importance_from: Option<RaterRef>,
}

/// One kept rater answer, by who made it and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RaterRef {
    pub rater: String,
    pub made_on: u64,
}

/// Role edits as saved, each role's levels read by [`finite_levels`].
fn finite_role_edits<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, BTreeMap<String, f32>>, D::Error> {
    #[derive(Deserialize)]
    struct Levels(#[serde(deserialize_with = "finite_levels")] BTreeMap<String, f32>);
    let edits = BTreeMap::<String, Levels>::deserialize(deserializer)?;
    Ok(map_of(
        edits
            .into_iter()
            .map(|(role, Levels(levels))| (role, levels)),
    ))
}

impl Workspace {
    /// True when there is nothing a user would miss if it were gone.
    pub fn is_empty(&self) -> bool {
        *self == Workspace::default()
    }

    /// The benchmark chosen, if it can be drawn: a role must be known, a snapshot or import must still exist.
    pub fn benchmark(&self) -> Option<Benchmark> {
        match &self.compare_with {
            BenchmarkChoice::MyRole => self.profile.role.map(|r| self.role_benchmark(r)),
            BenchmarkChoice::Role { role } => Some(self.role_benchmark(*role)),
            BenchmarkChoice::Earlier { at } => self
                .earlier
                .iter()
                .find(|a| a.updated_at == *at)
                .map(|a| Benchmark {
                    name: format!("You on {}", iso_date(*at)),
                    kind: BenchmarkKind::EarlierSelf,
                    levels: a.current_levels(),
                    source: "your own earlier ratings".into(),
                }),
            BenchmarkChoice::Imported { name } => {
                self.imported.iter().find(|b| b.name == *name).cloned()
            }
        }
    }

    /// The current assessment against the benchmark chosen: gaps, focus areas, strengths. Gaps are weighed by the
    /// importance the user set, or by a kept rater's where the user chose theirs (areas they left unset keep the
    /// user's).
    pub fn results(&self, model: &CompetencyModel) -> Results {
        self.results_against(model, self.benchmark().as_ref())
    }

    /// The results against a benchmark already resolved (the page keeps it in a memo): the gaps weighed as the user
    /// chose, by their own importance or a rater's.
    pub fn results_against(
        &self,
        model: &CompetencyModel,
        benchmark: Option<&Benchmark>,
    ) -> Results {
        results(model, &self.weighed(), benchmark)
    }

    /// The assessment with the importance that weighs its gaps: the user's own, or a kept rater's where the user
    /// chose theirs.
    fn weighed(&self) -> Cow<'_, Assessment> {
        let Some(rater) = self.importance_rater() else {
            return Cow::Borrowed(&self.assessment);
        };
        let mut assessment = self.assessment.clone();
        for (area, importance) in rater.importance() {
            assessment.ratings.entry(area).or_default().importance = Some(importance);
        }
        Cow::Owned(assessment)
    }

    /// The kept rater answer whose importance weighs the gaps, if the user chose one and it is still kept.
    pub fn importance_rater(&self) -> Option<&RaterAnswer> {
        let from = self.importance_from.as_ref()?;
        self.raters
            .iter()
            .find(|r| r.rater == from.rater && r.made_on == from.made_on)
    }

    /// Keeps a rater's answer, replacing one the same rater made the same day.
    pub fn keep_rater(&mut self, answer: RaterAnswer) {
        self.raters
            .retain(|r| !(r.rater == answer.rater && r.made_on == answer.made_on));
        self.raters.push(answer);
        order::sort_by_key(&mut self.raters, |r| r.made_on);
    }

    /// Keeps a rater's answer and their view as a benchmark; as the user chooses, their targets become the benchmark
    /// compared with, and their importance weighs the gaps.
    pub fn keep_rater_answer(
        &mut self,
        answer: &RaterAnswer,
        use_targets: bool,
        use_importance: bool,
    ) {
        self.keep_rater(answer.clone());
        self.keep_benchmark(answer.as_benchmark());
        if let Some(targets) = answer.targets_benchmark().filter(|_| use_targets) {
            self.compare_with = BenchmarkChoice::Imported {
                name: targets.name.clone(),
            };
            self.keep_benchmark(targets);
        }
        if use_importance && !answer.importance().is_empty() {
            self.weigh_by(Some(answer));
        }
    }

    /// Weighs the gaps by a kept rater's importance (`Some`), or by the user's own (`None`).
    pub fn weigh_by(&mut self, rater: Option<&RaterAnswer>) {
        self.importance_from = rater.map(|r| RaterRef {
            rater: r.rater.clone(),
            made_on: r.made_on,
        });
    }

    /// Keeps a benchmark among the imported ones, replacing any of the same name (a newer file, a newer link).
    pub fn keep_benchmark(&mut self, benchmark: Benchmark) {
        self.imported.retain(|i| i.name != benchmark.name);
        self.imported.push(benchmark);
    }

    pub fn role_benchmark(&self, role: Role) -> Benchmark {
        role_benchmark(
            role,
            self.role_edits.get(role.code()).unwrap_or(&BTreeMap::new()),
        )
    }

    /// Whether today's ratings are already kept as a snapshot.
    pub fn snapshot_kept(&self) -> bool {
        self.earlier
            .iter()
            .any(|a| a.updated_at == self.assessment.updated_at)
    }

    /// Keeps today's ratings as a snapshot to compare with later, once.
    pub fn keep_snapshot(&mut self) {
        if !self.snapshot_kept() {
            self.earlier.push(self.assessment.clone());
        }
    }

    /// Brings ratings made on an older version of the competency model onto the current one.
    pub fn carry_to(&mut self, model: &CompetencyModel) {
        for assessment in std::iter::once(&mut self.assessment).chain(self.earlier.iter_mut()) {
            if assessment.model_id == model.id && assessment.model_version < model.version {
                *assessment = assessment.carried_to(model);
            }
        }
    }

    /// The report this workspace shares, as the share options allow, made on `today` (days since 1970).
    pub fn report(&self, model: &CompetencyModel, share: ShareOptions, today: u64) -> Report {
        let benchmark = self.benchmark();
        let found = self.results(model);
        let mut training = self.case.training.clone();
        // An untouched case has no figures worth sending.
        let b = &self.case.benefits;
        let priced = self.case.costs().total > 0.0
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
        // The importance that weighed the gaps travels with the ratings, so the report ranks them as the user sees them.
        let mut assessment = self.weighed().into_owned();
        assessment.updated_at = today * DAY_MS;
        if !share.evidence {
            for rating in assessment.ratings.values_mut() {
                rating.evidence.clear();
            }
        }
        Report {
            made_on: today,
            name: if share.names {
                self.profile.name.trim().to_string()
            } else {
                String::new()
            },
            role: self.profile.role,
            assessment,
            benchmark,
            goals: self.plan.goals_for(&found),
            training,
            money: share_money.then(|| ReportMoney {
                currency: self.locale.currency.clone(),
                benefits: self.case.benefits.as_shared(),
                adjustments: self.case.adjustments.clone(),
                working_time: self.case.working_time,
                counted_on_revenue: false,
            }),
            arguments: self.case.arguments.normalised(),
        }
    }

    /// A report as a workspace of its own, so every view that reads a workspace can show it, and a recipient can
    /// take it over (their own report, opened on another device).
    pub fn from_report(report: &Report) -> Workspace {
        let mut ws = Workspace {
            profile: Profile {
                name: report.name.clone(),
                role: report.role,
            },
            assessment: report.assessment.clone(),
            plan: Plan {
                goals: report.goals.clone(),
                ..Plan::default()
            },
            ..Workspace::default()
        };
        ws.case.training = report.training.clone();
        ws.case.arguments = report.arguments.clone();
        if let Some(m) = &report.money {
            ws.case.benefits = m.benefits.clone();
            ws.case.adjustments = m.adjustments.clone();
            ws.case.working_time = m.working_time;
            ws.locale = Locale {
                currency: m.currency.clone(),
                tag: String::new(),
            };
        }
        ws.compare_with = match &report.benchmark {
            None => BenchmarkChoice::MyRole,
            Some(b) => match Role::ALL.into_iter().find(|r| *b == ws.role_benchmark(*r)) {
                Some(role) if Some(role) == report.role => BenchmarkChoice::MyRole,
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::share::link::{decode, encode};

    /// The manager sets what matters (as SVPG's coaching assessment has it): their importance reweighs the gaps and
    /// their targets can be the benchmark.
    #[test]
    fn a_managers_importance_and_targets_change_the_gaps() {
        let model = CompetencyModel::builtin();
        let mut ws = Workspace::default();
        for (area, importance) in [("data", 5), ("vision", 1)] {
            ws.assessment.rate(area, 1, |r| {
                r.knowledge = Some(2);
                r.experience = Some(2);
                r.importance = Some(importance);
            });
        }
        let mut answer = RaterAnswer {
            rater: "Mo".into(),
            made_on: 20_000,
            ..RaterAnswer::default()
        };
        answer
            .assessment
            .rate("vision", 1, |r| r.importance = Some(5));
        answer
            .assessment
            .rate("data", 1, |r| r.importance = Some(0));
        answer.targets = BTreeMap::from([("vision".into(), 4.0), ("data".into(), 4.0)]);
        ws.keep_benchmark(answer.targets_benchmark().unwrap());
        ws.compare_with = BenchmarkChoice::Imported {
            name: answer.targets_benchmark().unwrap().name,
        };
        assert_eq!(
            ws.results(model).focus,
            ["data", "vision"],
            "the user's own importance first"
        );
        ws.keep_rater(answer.clone());
        ws.weigh_by(Some(&answer));
        assert_eq!(
            ws.results(model).focus,
            ["vision"],
            "the manager says data does not matter here"
        );
        ws.raters.clear();
        assert_eq!(ws.importance_rater(), None);
        assert_eq!(
            ws.results(model).focus,
            ["data", "vision"],
            "a rater no longer kept weighs nothing"
        );
    }

    #[test]
    fn a_new_workspace_is_empty_and_an_edited_one_is_not() {
        let mut ws = Workspace::default();
        assert!(ws.is_empty());
        ws.profile.name = "Ada".into();
        assert!(!ws.is_empty());
    }

    #[test]
    fn opening_carries_current_and_earlier_ratings_to_a_newer_model() {
        let mut v2 = CompetencyModel::builtin().clone();
        v2.version = 2;
        let mut ws = Workspace::default();
        ws.assessment.rate("data", 1, |r| r.knowledge = Some(3));
        ws.earlier.push(ws.assessment.clone());
        ws.carry_to(&v2);
        assert_eq!(ws.assessment.model_version, 2);
        assert_eq!(ws.earlier[0].model_version, 2);
        assert_eq!(ws.assessment.rating("data").knowledge, Some(3));
        // The same model version is left as it is.
        let before = ws.clone();
        ws.carry_to(&v2);
        assert_eq!(ws, before);
    }

    #[test]
    fn a_kept_benchmark_replaces_one_of_the_same_name() {
        let mut ws = Workspace::default();
        let b = |level: f32| Benchmark {
            name: "Team".into(),
            kind: BenchmarkKind::Team,
            levels: BTreeMap::from([("data".to_string(), level)]),
            source: String::new(),
        };
        ws.keep_benchmark(b(2.0));
        ws.keep_benchmark(b(3.0));
        assert_eq!(ws.imported, vec![b(3.0)]);
    }

    #[test]
    fn the_benchmark_follows_the_choice_and_disappears_honestly() {
        let mut ws = Workspace::default();
        assert_eq!(ws.benchmark(), None, "no role yet: nothing to compare with");
        ws.profile.role = Some(Role::SeniorPm);
        assert_eq!(ws.benchmark().unwrap().name, "Senior PM expectations");
        ws.role_edits
            .insert("spm".into(), BTreeMap::from([("data".to_string(), 5.0)]));
        assert_eq!(ws.benchmark().unwrap().levels["data"], 5.0);
        ws.compare_with = BenchmarkChoice::Role {
            role: Role::AssociatePm,
        };
        assert_eq!(ws.benchmark().unwrap().kind, BenchmarkKind::RoleExpectation);
        let mut then = Assessment::default();
        then.rate("data", 1_795_000_000_000, |r| r.experience = Some(2));
        ws.earlier.push(then);
        ws.compare_with = BenchmarkChoice::Earlier {
            at: 1_795_000_000_000,
        };
        let earlier = ws.benchmark().unwrap();
        assert_eq!(
            (earlier.name.as_str(), earlier.kind),
            ("You on 2026-11-18", BenchmarkKind::EarlierSelf)
        );
        assert_eq!(earlier.levels, BTreeMap::from([("data".to_string(), 2.0)]));
        ws.compare_with = BenchmarkChoice::Imported {
            name: "gone".into(),
        };
        assert_eq!(ws.benchmark(), None);
    }

    #[test]
    fn a_snapshot_is_kept_once() {
        let mut ws = Workspace::default();
        ws.assessment.rate("data", 5, |r| r.knowledge = Some(2));
        assert!(!ws.snapshot_kept());
        ws.keep_snapshot();
        ws.keep_snapshot();
        assert_eq!(ws.earlier.len(), 1);
        assert!(ws.snapshot_kept());
        ws.assessment.rate("data", 6, |r| r.knowledge = Some(3));
        assert!(!ws.snapshot_kept(), "changed ratings are a new moment");
    }

    #[test]
    fn a_reports_workspace_makes_the_same_report_again() {
        let model = CompetencyModel::builtin();
        let mut ws = Workspace::default();
        ws.profile.name = "Ada".into();
        ws.profile.role = Some(Role::Pm);
        ws.assessment.rate("data", 0, |r| {
            r.knowledge = Some(3);
            r.experience = Some(2);
        });
        ws.assessment.rate("vision", 0, |r| r.experience = Some(1));
        ws.case.training.fees = 1000.0;
        ws.locale.currency = "USD".into();
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
            ws.compare_with = choice;
            let report = ws.report(model, ShareOptions::default(), 20_000);
            let again =
                Workspace::from_report(&report).report(model, ShareOptions::default(), 20_000);
            assert_eq!(again, report);
            assert_eq!(Workspace::from_report(&report).locale.currency, "USD");
        }
        let mine = ws
            .report(model, ShareOptions::default(), 20_000)
            .as_benchmark();
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
        ws.case.training.salary = 90_000.0;
        ws.case.training.days_away = 2.0;
        let shared = ws.report(model, ShareOptions::default(), 1);
        assert_eq!(shared.training.salary, 90_000.0);
        assert!(shared.money.is_some());
        let private = ws.report(
            model,
            ShareOptions {
                money: false,
                ..ShareOptions::default()
            },
            1,
        );
        assert_eq!(
            (private.training.salary, private.money.is_none()),
            (0.0, true)
        );
        assert_eq!(private.training.days_away, 2.0);
        let untouched = Workspace::default().report(model, ShareOptions::default(), 1);
        assert_eq!(untouched.money, None);
    }

    /// What a workspace shares travels whole through its link, and the share options leave out what they say.
    #[test]
    fn share_options_leave_out_the_name_and_the_money() {
        let mut ws = Workspace::default();
        ws.profile.name = "Ada".into();
        ws.profile.role = Some(Role::Pm);
        ws.assessment.rate("data", 0, |r| r.knowledge = Some(2));
        ws.case.training.course = "Course".into();
        ws.case.training.fees = 999.0;
        ws.case.benefits.decisions.on = true;
        ws.case.benefits.decisions.influenced = 1e6;
        let private = ShareOptions {
            names: false,
            money: false,
            evidence: false,
        };
        let report = ws.report(CompetencyModel::builtin(), private, 20_000);
        let link = encode(&report, CompetencyModel::builtin());
        let opened = decode(&link, CompetencyModel::builtin()).unwrap();
        assert_eq!(opened, report);
        assert_eq!(opened.name, "");
        assert_eq!(opened.money, None);
        assert_eq!(opened.training.fees, 0.0);
        assert_eq!(opened.training.course, "Course");
        assert!(
            encode(
                &ws.report(CompetencyModel::builtin(), ShareOptions::default(), 20_000),
                CompetencyModel::builtin()
            )
            .len()
                > link.len()
        );
        let full = decode(
            &encode(
                &ws.report(CompetencyModel::builtin(), ShareOptions::default(), 20_000),
                CompetencyModel::builtin(),
            ),
            CompetencyModel::builtin(),
        )
        .unwrap();
        assert_eq!((full.name.as_str(), full.training.fees), ("Ada", 999.0));
        assert_eq!(full.roi().unwrap().benefits.decisions.influenced, 1e6);
    }

    #[test]
    fn an_empty_workspace_makes_a_short_link_that_opens() {
        let report = Workspace::default().report(
            CompetencyModel::builtin(),
            ShareOptions::default(),
            20_000,
        );
        let link = encode(&report, CompetencyModel::builtin());
        assert!(link.len() < 40, "{link}");
        assert_eq!(decode(&link, CompetencyModel::builtin()), Ok(report));
    }
}
