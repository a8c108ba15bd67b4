//! Which benchmark the user compares themselves with: what the *Compare with* picker saves.

use serde::{Deserialize, Serialize};

use crate::core::model::Role;

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
}
