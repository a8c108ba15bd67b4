//! Benchmarks: the levels a user is compared against, always named with what kind of figures they are.

use std::collections::BTreeMap;

use serde::{de, Deserialize, Deserializer, Serialize};

use crate::core::model::{CompetencyModel, Expectation, Role, LEVELS};
use crate::core::order::map_of;
use crate::core::words::a;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BenchmarkKind {
    /// Levels Skillcase expects of a role: reasoned expectations, not measurements.
    RoleExpectation,
    /// The average of real assessments a manager gathered.
    Team,
    /// Levels from a file the user loaded (a career ladder, a training firm's figures).
    Imported,
    /// Someone else's ratings of the user.
    SecondRater,
    /// The levels a rater (usually the manager) set as the user's targets.
    RaterTargets,
    /// The user's own earlier assessment.
    EarlierSelf,
    /// Another person's ratings, from a report link.
    SharedReport,
}

impl BenchmarkKind {
    /// What kind of figures these are, as the chart and table say it.
    pub fn label(self) -> &'static str {
        match self {
            BenchmarkKind::RoleExpectation => "role expectations, not survey data",
            BenchmarkKind::Team => "team average of real assessments",
            BenchmarkKind::Imported => "imported from a file",
            BenchmarkKind::SecondRater => "a second rater's view",
            BenchmarkKind::RaterTargets => "targets a rater set for you",
            BenchmarkKind::EarlierSelf => "your own earlier assessment",
            BenchmarkKind::SharedReport => "someone's own ratings, from their report link",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Benchmark {
    pub name: String,
    pub kind: BenchmarkKind,
    /// Level by area id, on the model's scale (1–5 on the built-in one); an area left out has no benchmark value.
    #[serde(deserialize_with = "finite_levels")]
    pub levels: BTreeMap<String, f32>,
    /// Where the figures come from.
    #[serde(default)]
    pub source: String,
}

impl Benchmark {
    /// The benchmark as the reader of someone's report link reads its name: what the sender's own words call "your
    /// edits" or "You" is the sender's, not the reader's.
    pub fn as_read_by_others(mut self) -> Benchmark {
        self.name = self
            .name
            .replace(", with your edits", ", as the sender adjusted them");
        self.name = self.name.replace(" for you", " for them");
        if let Some(day) = self.name.strip_prefix("You on ") {
            self.name = format!("Their own ratings on {day}");
        }
        self
    }

    /// What the benchmark is, in words the user can say to their boss: whose figures these are, never "what we
    /// expect" (Skillcase's role profiles are our reasoned expectations, not the company's).
    pub fn attribution(&self) -> String {
        let name = self.name.trim();
        match self.kind {
            BenchmarkKind::RoleExpectation => {
                let (role, rest) = name.split_once(" expectations").unwrap_or((name, ""));
                let adjusted = if rest.starts_with(", with your edits") {
                    ", as I adjusted them"
                } else {
                    ""
                };
                match rest.split_once(" — ") {
                    Some((_, model)) => {
                        format!("{model}'s expectations for {}{adjusted}", a(role))
                    }
                    None => format!("Skillcase's generic expectations for {}{adjusted}", a(role)),
                }
            }
            // The team view names its benchmark "Platform team average (3 members)": said once, not twice.
            BenchmarkKind::Team => match name.split_once(" average (") {
                Some((team, members)) => format!("the {team} average ({members}"),
                None => format!("our team's average ({name})"),
            },
            BenchmarkKind::Imported => format!("the levels in “{name}”"),
            BenchmarkKind::SecondRater => name.to_string(),
            BenchmarkKind::RaterTargets => name.replace(" for you", " for me"),
            BenchmarkKind::EarlierSelf => format!("my own earlier assessment ({name})"),
            BenchmarkKind::SharedReport => match name.rsplit_once(", ") {
                Some((who, day)) => format!("{who}'s own ratings of {day}"),
                None => format!("{name}'s own ratings"),
            },
        }
    }
}

/// A role's expectation profile on a model's own ladder, with the user's edits (area id → level) laid over its
/// values; `None` when the model's ladder has no such role (or the model has no ladder).
pub fn role_benchmark(
    model: &CompetencyModel,
    role: Role,
    edits: &BTreeMap<String, f32>,
) -> Option<Benchmark> {
    let ladder = model.ladder.as_ref()?;
    let profile = ladder.get(role)?;
    let top = f32::from(model.max_level());
    let mut levels = map_of(
        profile
            .levels
            .iter()
            .map(|(area, Expectation(level, _))| (area.clone(), *level)),
    );
    for (area, level) in edits {
        if levels.contains_key(area) && is_level(*level) && *level <= top {
            levels.insert(area.clone(), *level);
        }
    }
    let edited = if edits.is_empty() {
        ""
    } else {
        ", with your edits"
    };
    // Skillcase's own ladders are its expectations; any other is the organisation's, and the name says whose.
    let whose = if model.is_builtin() {
        String::new()
    } else {
        format!(" — {}", model.name)
    };
    Some(Benchmark {
        name: format!("{} expectations{edited}{whose}", ladder.name_of(role)),
        kind: BenchmarkKind::RoleExpectation,
        levels,
        source: ladder.sources.join("; "),
    })
}

/// Levels by area id as saved, refusing a number past f32's range: serde would read it as infinity, which JSON can't
/// hold, so the next save would write `null` and the workspace would no longer open.
pub(crate) fn finite_levels<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, f32>, D::Error> {
    let levels = BTreeMap::<String, f32>::deserialize(deserializer)?;
    match levels.iter().find(|(_, level)| !level.is_finite()) {
        Some((area, _)) => Err(de::Error::custom(format!(
            "the level of \"{area}\" is too large"
        ))),
        None => Ok(levels),
    }
}

/// Whether a level is on some model's scale; a benchmark on a model with fewer levels is cut to it where it is read.
pub(crate) fn is_level(level: f32) -> bool {
    (1.0..=*LEVELS.end() as f32).contains(&level)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A benchmark of `kind` named `name`, with no levels: what its words depend on.
    fn of(kind: BenchmarkKind, name: &str) -> Benchmark {
        Benchmark {
            name: name.into(),
            kind,
            levels: BTreeMap::new(),
            source: String::new(),
        }
    }

    #[test]
    fn role_benchmarks_are_labelled_expectations_and_take_the_users_edits() {
        let pm = CompetencyModel::builtin();
        let plain = role_benchmark(pm, Role::Pm, &BTreeMap::new()).unwrap();
        assert_eq!(plain.kind, BenchmarkKind::RoleExpectation);
        assert_eq!(plain.name, "Product Manager expectations");
        assert_eq!(plain.levels.len(), 12);
        assert_eq!(plain.levels["customer-insight"], 3.0);
        assert!(plain.kind.label().contains("not survey data"));
        let edits = BTreeMap::from([
            ("customer-insight".to_string(), 4.5),
            ("nonsense".to_string(), 2.0),
            ("data".to_string(), 6.0),
        ]);
        let edited = role_benchmark(pm, Role::Pm, &edits).unwrap();
        assert_eq!(edited.levels["customer-insight"], 4.5);
        assert_eq!(
            edited.levels["data"], 3.0,
            "an out-of-scale edit is ignored"
        );
        assert!(!edited.levels.contains_key("nonsense"));
        assert!(edited.name.contains("your edits"));
    }

    #[test]
    fn every_benchmark_says_whose_figures_it_holds() {
        let pm = CompetencyModel::builtin();
        let role = role_benchmark(pm, Role::AssociatePm, &BTreeMap::new()).unwrap();
        assert_eq!(
            role.attribution(),
            "Skillcase's generic expectations for an Associate PM"
        );
        let edited =
            role_benchmark(pm, Role::Pm, &BTreeMap::from([("data".to_string(), 4.0)])).unwrap();
        assert_eq!(
            edited.attribution(),
            "Skillcase's generic expectations for a Product Manager, as I adjusted them"
        );
        let cases = [
            (
                of(BenchmarkKind::Team, "Platform average (4 members)"),
                "the Platform average (4 members)",
            ),
            (
                of(BenchmarkKind::Imported, "Acme ladder L5"),
                "the levels in “Acme ladder L5”",
            ),
            (
                of(BenchmarkKind::SecondRater, "Sam Lee's rating, 2026-11-08"),
                "Sam Lee's rating, 2026-11-08",
            ),
            (
                of(
                    BenchmarkKind::RaterTargets,
                    "Mo's targets for you, 2026-11-08",
                ),
                "Mo's targets for me, 2026-11-08",
            ),
            (
                of(BenchmarkKind::EarlierSelf, "You on 2026-05-01"),
                "my own earlier assessment (You on 2026-05-01)",
            ),
            (
                of(BenchmarkKind::SharedReport, "Ana, 2026-11-08"),
                "Ana's own ratings of 2026-11-08",
            ),
        ];
        for (benchmark, said) in cases {
            assert_eq!(benchmark.attribution(), said);
            assert!(!said.contains("we expect"));
        }
    }

    #[test]
    fn a_report_reader_reads_the_senders_words_as_the_senders() {
        let cases = [
            (
                of(
                    BenchmarkKind::RoleExpectation,
                    "Senior PM expectations, with your edits",
                ),
                "Senior PM expectations, as the sender adjusted them",
            ),
            (
                of(
                    BenchmarkKind::RaterTargets,
                    "Mo's targets for you, 2026-11-08",
                ),
                "Mo's targets for them, 2026-11-08",
            ),
            (
                of(BenchmarkKind::EarlierSelf, "You on 2026-05-01"),
                "Their own ratings on 2026-05-01",
            ),
            (
                of(BenchmarkKind::Imported, "Acme ladder L5"),
                "Acme ladder L5",
            ),
        ];
        for (benchmark, read) in cases {
            assert_eq!(benchmark.as_read_by_others().name, read);
        }
    }
}
