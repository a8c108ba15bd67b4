//! The user's workspace: everything Skillcase keeps for them, saved as one versioned document.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use super::aspiring::FitCheck;
use super::assessment::Assessment;
use super::benchmark::{finite_levels, role_benchmark, Benchmark, BenchmarkKind};
use super::model::CompetencyModel;
use super::order::map_of;
use super::plan::Plan;
use super::proposal::Proposal;
use super::report::ShareOptions;
use super::roi::RoiCase;
use super::team::Team;

/// The role a user is in or aiming at; it picks the expectation profile they are compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    AssociatePm,
    Pm,
    SeniorPm,
    PrincipalPm,
    HeadOfProduct,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::AssociatePm,
        Role::Pm,
        Role::SeniorPm,
        Role::PrincipalPm,
        Role::HeadOfProduct,
    ];

    /// The name a user reads.
    pub fn label(self) -> &'static str {
        match self {
            Role::AssociatePm => "Associate PM",
            Role::Pm => "Product Manager",
            Role::SeniorPm => "Senior PM",
            Role::PrincipalPm => "Principal / Group PM",
            Role::HeadOfProduct => "Head of Product",
        }
    }

    /// A stable short code, used in forms and links.
    pub fn code(self) -> &'static str {
        match self {
            Role::AssociatePm => "apm",
            Role::Pm => "pm",
            Role::SeniorPm => "spm",
            Role::PrincipalPm => "gpm",
            Role::HeadOfProduct => "head",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// Who the workspace belongs to. Every field is optional: nothing is needed to start.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub name: String,
    pub role: Option<Role>,
}

/// Which benchmark the user compares themselves with. Saved as `{"kind": "role", "role": "pm"}` and so on, through
/// [`ChoiceFields`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "ChoiceFields", into = "ChoiceFields")]
pub enum BenchmarkChoice {
    /// The expectations of the role in the profile, following it when it changes.
    #[default]
    MyRole,
    Role {
        role: Role,
    },
    /// An earlier assessment, by when it was last changed.
    Earlier {
        at: u64,
    },
    /// An imported benchmark, by name.
    Imported {
        name: String,
    },
}

/// A [`BenchmarkChoice`] as saved: the kind and the one field that kind has. Read through this flat form rather than
/// serde's internally tagged enum, which buffers the whole object and reads it again: the same JSON, a third of the
/// code in the wasm.
#[derive(Serialize, Deserialize)]
struct ChoiceFields {
    kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    role: Option<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    at: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
}

impl TryFrom<ChoiceFields> for BenchmarkChoice {
    type Error = String;

    fn try_from(f: ChoiceFields) -> Result<Self, String> {
        let missing = |field: &str| format!("a benchmark of kind `{}` needs `{field}`", f.kind);
        Ok(match f.kind.as_str() {
            "my_role" => BenchmarkChoice::MyRole,
            "role" => BenchmarkChoice::Role {
                role: f.role.ok_or_else(|| missing("role"))?,
            },
            "earlier" => BenchmarkChoice::Earlier {
                at: f.at.ok_or_else(|| missing("at"))?,
            },
            "imported" => BenchmarkChoice::Imported {
                name: f.name.ok_or_else(|| missing("name"))?,
            },
            other => return Err(format!("unknown benchmark kind `{other}`")),
        })
    }
}

impl From<BenchmarkChoice> for ChoiceFields {
    fn from(choice: BenchmarkChoice) -> Self {
        let fields = |kind: &str| ChoiceFields {
            kind: kind.to_string(),
            role: None,
            at: None,
            name: None,
        };
        match choice {
            BenchmarkChoice::MyRole => fields("my_role"),
            BenchmarkChoice::Role { role } => ChoiceFields {
                role: Some(role),
                ..fields("role")
            },
            BenchmarkChoice::Earlier { at } => ChoiceFields {
                at: Some(at),
                ..fields("earlier")
            },
            BenchmarkChoice::Imported { name } => ChoiceFields {
                name: Some(name),
                ..fields("imported")
            },
        }
    }
}

/// Everything saved for one user.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    pub profile: Profile,
    /// The current self-assessment.
    pub assessment: Assessment,
    /// Snapshots of earlier assessments, oldest first.
    pub earlier: Vec<Assessment>,
    pub benchmark: BenchmarkChoice,
    /// The user's edits to role expectations: role code → area id → level.
    #[serde(deserialize_with = "finite_role_edits")]
    pub role_edits: BTreeMap<String, BTreeMap<String, f32>>,
    pub imported: Vec<Benchmark>,
    /// The case for the training the user wants.
    pub roi: RoiCase,
    /// How money is written: an ISO 4217 currency code, and a BCP 47 locale ("" for the browser's own).
    pub money: Money,
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Money {
    pub currency: String,
    pub locale: String,
}

impl Default for Money {
    fn default() -> Self {
        Money {
            currency: "EUR".into(),
            locale: String::new(),
        }
    }
}

impl Workspace {
    /// True when there is nothing a user would miss if it were gone.
    pub fn is_empty(&self) -> bool {
        *self == Workspace::default()
    }

    /// The benchmark chosen, if it can be drawn: a role must be known, a snapshot or import must still exist.
    pub fn benchmark(&self) -> Option<Benchmark> {
        match &self.benchmark {
            BenchmarkChoice::MyRole => self.profile.role.map(|r| self.role_benchmark(r)),
            BenchmarkChoice::Role { role } => Some(self.role_benchmark(*role)),
            BenchmarkChoice::Earlier { at } => self
                .earlier
                .iter()
                .find(|a| a.updated_at == *at)
                .map(|a| Benchmark {
                    name: format!("You on {}", iso_date(*at)),
                    kind: BenchmarkKind::EarlierSelf,
                    levels: map_of(
                        a.ratings
                            .iter()
                            .filter_map(|(id, r)| Some((id.clone(), r.current()?))),
                    ),
                    source: "your own earlier ratings".into(),
                }),
            BenchmarkChoice::Imported { name } => {
                self.imported.iter().find(|b| b.name == *name).cloned()
            }
        }
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

    /// Brings ratings made on an older version of the competency model onto the current one.
    pub fn carry_to(&mut self, model: &CompetencyModel) {
        for assessment in std::iter::once(&mut self.assessment).chain(self.earlier.iter_mut()) {
            if assessment.model_id == model.id && assessment.model_version < model.version {
                *assessment = assessment.carried_to(model);
            }
        }
    }
}

/// A moment (ms since 1970) as its UTC date, YYYY-MM-DD.
pub fn iso_date(ms: u64) -> String {
    // Days since 1970 to a civil date (the proleptic Gregorian calendar), after Howard Hinnant's algorithm.
    let z = (ms / 86_400_000) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The saved form is the one every released version wrote (serde's internally tagged enum, before
    /// `ChoiceFields`), and what is not a choice is refused with its reason.
    #[test]
    fn benchmark_choices_keep_their_saved_form() {
        let forms = [
            (BenchmarkChoice::MyRole, r#"{"kind":"my_role"}"#),
            (
                BenchmarkChoice::Role {
                    role: Role::SeniorPm,
                },
                r#"{"kind":"role","role":"senior_pm"}"#,
            ),
            (
                BenchmarkChoice::Earlier {
                    at: 1_795_000_000_000,
                },
                r#"{"kind":"earlier","at":1795000000000}"#,
            ),
            (
                BenchmarkChoice::Imported {
                    name: "Guild \"22\"".into(),
                },
                r#"{"kind":"imported","name":"Guild \"22\""}"#,
            ),
        ];
        for (choice, json) in forms {
            assert_eq!(serde_json::to_string(&choice).unwrap(), json);
            assert_eq!(
                serde_json::from_str::<BenchmarkChoice>(json).unwrap(),
                choice
            );
        }
        for (json, reason) in [
            (r#"{"kind":"role"}"#, "needs `role`"),
            (r#"{"kind":"earlier","at":-1}"#, "invalid value"),
            (r#"{"kind":"boss"}"#, "unknown benchmark kind `boss`"),
            (r#"{"role":"pm"}"#, "missing field `kind`"),
        ] {
            let error = serde_json::from_str::<BenchmarkChoice>(json)
                .unwrap_err()
                .to_string();
            assert!(error.contains(reason), "{json}: {error}");
        }
    }

    #[test]
    fn role_codes_round_trip_and_are_distinct() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        let mut codes: Vec<_> = Role::ALL.iter().map(|r| r.code()).collect();
        codes.dedup();
        assert_eq!(codes.len(), Role::ALL.len());
        assert_eq!(Role::from_code("cto"), None);
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
    fn dates_are_written_as_utc_calendar_days() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(951_782_400_000), "2000-02-29");
        assert_eq!(iso_date(1_795_000_000_000), "2026-11-18");
        assert_eq!(iso_date(u64::MAX), iso_date(u64::MAX), "never panics");
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
        ws.benchmark = BenchmarkChoice::Role {
            role: Role::AssociatePm,
        };
        assert_eq!(ws.benchmark().unwrap().kind, BenchmarkKind::RoleExpectation);
        let mut then = Assessment::default();
        then.rate("data", 1_795_000_000_000, |r| r.knowledge = Some(2));
        ws.earlier.push(then);
        ws.benchmark = BenchmarkChoice::Earlier {
            at: 1_795_000_000_000,
        };
        let earlier = ws.benchmark().unwrap();
        assert_eq!(
            (earlier.name.as_str(), earlier.kind),
            ("You on 2026-11-18", BenchmarkKind::EarlierSelf)
        );
        assert_eq!(earlier.levels, BTreeMap::from([("data".to_string(), 2.0)]));
        ws.benchmark = BenchmarkChoice::Imported {
            name: "gone".into(),
        };
        assert_eq!(ws.benchmark(), None);
    }
}
