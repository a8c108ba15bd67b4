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
use super::share::link::ModelRef;
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
    /// Models the user loaded or made, beside Skillcase's own: every version kept, since assessments name theirs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub models: Vec<CompetencyModel>,
    /// The assessment on each other model the user worked on, kept while they use the current one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub set_aside: Vec<Assessment>,
}

/// What came of loading a model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddedModel {
    Kept,
    /// The same model, same version, was kept already.
    AlreadyKept,
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
            BenchmarkChoice::MyRole => self.profile.role.and_then(|r| self.role_benchmark(r)),
            BenchmarkChoice::Role { role } => self.role_benchmark(*role),
            BenchmarkChoice::Earlier { at } => self
                .earlier
                .iter()
                .find(|a| a.updated_at == *at && a.model_id == self.assessment.model_id)
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

    /// A role's expectations on the current model's ladder, with the user's edits; `None` when its ladder lacks the
    /// role.
    pub fn role_benchmark(&self, role: Role) -> Option<Benchmark> {
        role_benchmark(
            self.model(),
            role,
            self.role_edits.get(role.code()).unwrap_or(&BTreeMap::new()),
        )
    }

    /// The model the current assessment is on: Skillcase's, or one the user loaded. An assessment whose model is
    /// gone (a backup from elsewhere) is read on the built-in model, whose areas it then mostly lacks.
    pub fn model(&self) -> &CompetencyModel {
        self.model_of(&self.assessment.model_id, self.assessment.model_version)
            .unwrap_or(CompetencyModel::builtin())
    }

    /// A model by id and version: the built-in of that id (older versions were carried to it on opening), or the
    /// user's own.
    pub fn model_of(&self, id: &str, version: u32) -> Option<&CompetencyModel> {
        CompetencyModel::builtin_of(id).or_else(|| {
            self.models
                .iter()
                .find(|m| m.id == id && m.version == version)
        })
    }

    /// The model a link names (`None`: the built-in one), if the user has it.
    pub fn model_named(&self, named: Option<&ModelRef>) -> Option<&CompetencyModel> {
        match named {
            None => Some(CompetencyModel::builtin()),
            Some(r) => self
                .models_to_choose()
                .into_iter()
                .chain(CompetencyModel::retired(&r.id, r.version))
                .find(|m| r.is(m)),
        }
    }

    /// Every model the user can choose: Skillcase's, then their own, newest version first.
    pub fn models_to_choose(&self) -> Vec<&CompetencyModel> {
        let mut own: Vec<&CompetencyModel> = self.models.iter().collect();
        own.sort_by(|a, b| (&a.name, &a.id, b.version).cmp(&(&b.name, &b.id, a.version)));
        CompetencyModel::builtins().into_iter().chain(own).collect()
    }

    /// Keeps a model the user loaded, checked already; says what came of it. Skillcase's ids are refused, and so is a
    /// different model under a version the user already has, since assessments on that version would change meaning.
    pub fn add_model(&mut self, model: CompetencyModel) -> Result<AddedModel, String> {
        if model.is_builtin() {
            return Err(format!(
                "this file uses the id \"{}\", which is Skillcase's own model: give your model its own \"id\"",
                model.id
            ));
        }
        match self
            .models
            .iter()
            .find(|m| m.id == model.id && m.version == model.version)
        {
            Some(kept) if *kept == model => Ok(AddedModel::AlreadyKept),
            Some(_) => Err(format!(
                "you already have version {} of \"{}\" and this file differs from it: a changed model needs a higher \"version\"",
                model.version, model.id
            )),
            None => {
                self.models.push(model);
                Ok(AddedModel::Kept)
            }
        }
    }

    /// Whether an assessment, current or set aside, or a snapshot is on this model version, so removing it would
    /// leave ratings no model explains.
    pub fn model_in_use(&self, id: &str, version: u32) -> bool {
        std::iter::once(&self.assessment)
            .chain(&self.earlier)
            .chain(&self.set_aside)
            .any(|a| a.model_id == id && a.model_version == version)
    }

    /// Removes one of the user's models, unless ratings are on it.
    pub fn remove_model(&mut self, id: &str, version: u32) -> bool {
        if self.model_in_use(id, version) {
            return false;
        }
        let before = self.models.len();
        self.models
            .retain(|m| !(m.id == id && m.version == version));
        self.models.len() < before
    }

    /// Makes another model the current one. The assessment on the model left is set aside, whole, and the one last
    /// made on the model chosen comes back (carried to this version where the model says how), or a fresh one starts.
    /// Nothing is mapped between models: their areas mean different things.
    pub fn switch_model(&mut self, id: &str, version: u32) {
        let Some(model) = self.model_of(id, version).cloned() else {
            return;
        };
        let (id, version) = (model.id.clone(), model.version);
        if self.assessment.model_id == id && self.assessment.model_version == version {
            return;
        }
        let resumed = match self.set_aside.iter().position(|a| a.model_id == id) {
            Some(at) => {
                let kept = self.set_aside.remove(at);
                if kept.model_version == version {
                    kept
                } else {
                    // The other version's ratings stay aside as they were; the chosen one starts from them.
                    let carried = kept.carried_to(&model);
                    self.set_aside.push(kept);
                    carried
                }
            }
            None => Assessment {
                model_id: id.clone(),
                model_version: version,
                ..Assessment::default()
            },
        };
        let left = std::mem::replace(&mut self.assessment, resumed);
        if left.is_started() {
            self.set_aside.retain(|a| a.model_id != left.model_id);
            self.set_aside.push(left);
        }
        self.forget_earlier_choice_off_model();
    }

    /// Keeps a model the user edited from the one `edited_from` (id, version) and makes it the one in use. When the
    /// assessment is on the model edited, its ratings move onto the edit by area id (see
    /// [`Assessment::moved_to_edit`]), and the assessment as it was is set aside whole; otherwise this is a switch.
    pub fn use_edit(
        &mut self,
        edited: CompetencyModel,
        edited_from: (&str, u32),
    ) -> Result<AddedModel, String> {
        let (id, version) = (edited.id.clone(), edited.version);
        let added = self.add_model(edited)?;
        let on_it = self.assessment.model_id == edited_from.0
            && self.assessment.model_version == edited_from.1;
        let edit = self.model_of(&id, version).cloned();
        match edit {
            Some(edit) if on_it => {
                let moved = self.assessment.moved_to_edit(&edit);
                let left = std::mem::replace(&mut self.assessment, moved);
                if left.is_started() {
                    self.set_aside.retain(|a| a.model_id != left.model_id);
                    self.set_aside.push(left);
                }
                self.forget_earlier_choice_off_model();
            }
            _ => self.switch_model(&id, version),
        }
        Ok(added)
    }

    /// An *Earlier* benchmark choice whose snapshot is on another model than the assessment's falls back to the role.
    fn forget_earlier_choice_off_model(&mut self) {
        if let BenchmarkChoice::Earlier { at } = self.compare_with {
            let id = &self.assessment.model_id;
            if !self
                .earlier
                .iter()
                .any(|a| a.updated_at == at && a.model_id == *id)
            {
                self.compare_with = BenchmarkChoice::MyRole;
            }
        }
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
            training.manager_time = blank.manager_time;
            training.evaluation = blank.evaluation;
            training.administration = blank.administration;
            training.sharing_hours = blank.sharing_hours;
            training.sharing_people = blank.sharing_people;
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
            // It names a colleague: it goes with names.
            cover: if share.names {
                self.case.pitch.cover.trim().to_string()
            } else {
                String::new()
            },
            money: share_money.then(|| ReportMoney {
                currency: self.locale.currency.clone(),
                benefits: self.case.benefits.as_shared(),
                adjustments: self.case.adjustments.clone(),
                working_time: self.case.working_time,
                counted_on_revenue: false,
                before_timing: false,
            }),
            arguments: self.case.arguments.normalised(),
        }
    }

    /// A report as a workspace of its own, so every view that reads a workspace can show it, and a recipient can
    /// take it over (their own report, opened on another device). `model` is the one the link was read on; a user's
    /// own model goes with the workspace, so the ratings keep their meaning.
    pub fn from_report(report: &Report, model: &CompetencyModel) -> Workspace {
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
        if !model.is_builtin() {
            ws.models.push(model.clone());
        }
        ws.case.training = report.training.clone();
        ws.case.pitch.cover = report.cover.clone();
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
            Some(b) => match Role::ALL
                .into_iter()
                .find(|r| Some(b) == ws.role_benchmark(*r).as_ref())
            {
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

    /// A link on a version of Skillcase's product-owner model that a newer one replaced opens on that version.
    #[test]
    fn a_link_naming_a_retired_built_in_model_finds_it() {
        let old = CompetencyModel::retired("skillcase-po", 1).unwrap();
        let named = ModelRef::describing(old);
        assert_eq!(Workspace::default().model_named(Some(&named)), Some(old));
        let unknown = ModelRef {
            version: 9,
            ..named
        };
        assert_eq!(Workspace::default().model_named(Some(&unknown)), None);
    }

    #[test]
    fn opening_carries_current_and_earlier_ratings_to_a_newer_model() {
        let mut v2 = CompetencyModel::builtin().clone();
        v2.version += 1;
        let mut ws = Workspace::default();
        ws.assessment.rate("data", 1, |r| r.knowledge = Some(3));
        ws.earlier.push(ws.assessment.clone());
        ws.carry_to(&v2);
        assert_eq!(ws.assessment.model_version, v2.version);
        assert_eq!(ws.earlier[0].model_version, v2.version);
        assert_eq!(ws.assessment.rating("data").knowledge, Some(3));
        // The same model version is left as it is.
        let before = ws.clone();
        ws.carry_to(&v2);
        assert_eq!(ws, before);
    }

    #[test]
    fn switching_models_sets_work_aside_and_brings_it_back() {
        let mut ws = Workspace::default();
        ws.profile.role = Some(Role::SeniorPm);
        ws.assessment.rate("data", 1, |r| r.knowledge = Some(4));
        ws.keep_snapshot();
        ws.compare_with = BenchmarkChoice::Earlier {
            at: ws.assessment.updated_at,
        };
        let mine = crate::core::model::own_model(8, 10);
        assert_eq!(ws.add_model(mine.clone()), Ok(AddedModel::Kept));
        assert_eq!(ws.add_model(mine.clone()), Ok(AddedModel::AlreadyKept));
        ws.switch_model(&mine.id, 1);
        assert_eq!(ws.model(), &mine);
        assert!(
            !ws.assessment.is_started(),
            "a fresh assessment on the new model"
        );
        assert_eq!(
            ws.compare_with,
            BenchmarkChoice::MyRole,
            "the snapshot is on the other model"
        );
        assert_eq!(
            ws.benchmark().map(|b| b.levels.len()),
            Some(8),
            "its ladder's expectations"
        );
        ws.assessment.rate("area-0", 2, |r| r.knowledge = Some(9));
        ws.switch_model("skillcase-pm", 2);
        assert_eq!(
            ws.assessment.rating("data").knowledge,
            Some(4),
            "the first assessment is back"
        );
        assert_eq!(ws.set_aside.len(), 1);
        assert!(ws.model_in_use(&mine.id, 1));
        assert!(
            !ws.remove_model(&mine.id, 1),
            "its ratings would lose their model"
        );
        ws.switch_model(&mine.id, 1);
        assert_eq!(ws.assessment.rating("area-0").knowledge, Some(9));
        // A model that is gone, or an id that is Skillcase's, changes nothing.
        ws.switch_model("nobody", 1);
        assert_eq!(ws.model().id, mine.id);
        let mut posing = mine.clone();
        posing.id = "skillcase-po".into();
        assert!(ws.add_model(posing).is_err());
        let mut changed = mine.clone();
        changed.areas[0].name = "Renamed".into();
        assert!(ws
            .add_model(changed.clone())
            .unwrap_err()
            .contains("higher \"version\""));
        changed.version = 2;
        assert_eq!(ws.add_model(changed), Ok(AddedModel::Kept));
        // Saved and opened again, nothing is lost.
        let text = serde_json::to_string(&ws).unwrap();
        assert_eq!(serde_json::from_str::<Workspace>(&text).unwrap(), ws);
    }

    #[test]
    fn an_edit_of_the_model_in_use_takes_the_ratings_with_it() {
        let mut ws = Workspace::default();
        ws.assessment.rate("data", 1, |r| {
            r.knowledge = Some(5);
            r.experience = Some(2);
        });
        ws.assessment.rate("launch", 1, |r| r.knowledge = Some(3));
        let mut edit = CompetencyModel::builtin().clone();
        edit.remove_area("launch");
        edit.remove_level();
        let from = CompetencyModel::builtin().version;
        let edit = edit.as_next_version(from, &ws.models);
        assert_eq!(
            ws.use_edit(edit.clone(), ("skillcase-pm", from)),
            Ok(AddedModel::Kept)
        );
        assert_eq!(ws.model(), &edit);
        let data = ws.assessment.rating("data");
        assert_eq!(
            (data.knowledge, data.experience),
            (Some(4), Some(2)),
            "lowered to the new top"
        );
        assert!(
            !ws.assessment.ratings.contains_key("launch"),
            "the removed area's rating goes"
        );
        assert_eq!(
            ws.set_aside[0].rating("launch").knowledge,
            Some(3),
            "the old assessment is kept whole"
        );
        // An edit of another model than the one in use is a switch: a fresh start on it.
        let po = CompetencyModel::builtin_of("skillcase-po").unwrap();
        let mut po_edit = po.as_next_version(1, &ws.models);
        po_edit.name = "Our PO model".into();
        ws.use_edit(po_edit, ("skillcase-po", 1)).unwrap();
        assert_eq!(ws.model().name, "Our PO model");
        assert!(!ws.assessment.is_started());
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
            let again = Workspace::from_report(&report, model).report(
                model,
                ShareOptions::default(),
                20_000,
            );
            assert_eq!(again, report);
            assert_eq!(
                Workspace::from_report(&report, model).locale.currency,
                "USD"
            );
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
