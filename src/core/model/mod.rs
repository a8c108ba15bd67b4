//! The competency model: areas in groups, each with a one-line definition and, for every level, what someone at it
//! knows and what they have done. It is data (`*.json` beside this file), not code, so an organisation can load its
//! own; ratings name the model's id and version so a later version can carry them over.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

mod profiles;
mod role;

pub use profiles::{Expectation, RoleProfile, RoleProfiles};
pub use role::Role;

/// The highest level on the rating scale; the lowest is 1.
pub const MAX_LEVEL: u8 = 5;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub id: String,
    pub group: String,
    pub name: String,
    pub definition: String,
    /// What someone at each level knows and has done, from level 1 up.
    pub levels: Vec<Anchor>,
}

/// One level of an area, anchored in behaviour: what you know, for the knowledge question, and what you have done,
/// for the applied-experience one, so each rating has a meaning of its own. A model that gives one behaviour per
/// level (a plain string) uses it for both.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Anchor {
    pub know: String,
    pub done: String,
}

impl<'de> Deserialize<'de> for Anchor {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            One(String),
            Two { know: String, done: String },
        }
        Ok(match Either::deserialize(deserializer)? {
            Either::One(both) => Anchor {
                know: both.clone(),
                done: both,
            },
            Either::Two { know, done } => Anchor { know, done },
        })
    }
}

/// How a newer model version maps the areas of an older one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Replaces {
    pub version: u32,
    /// Old area id → new area id; areas not named keep their id.
    #[serde(default)]
    pub renamed: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompetencyModel {
    pub id: String,
    pub version: u32,
    pub name: String,
    /// The name of each level, from 1 up.
    pub levels: Vec<String>,
    /// What each level means in any area, in a line, from 1 up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub level_meanings: Vec<String>,
    pub groups: Vec<Group>,
    pub areas: Vec<Area>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<Replaces>,
}

impl CompetencyModel {
    /// Skillcase's own model.
    pub fn builtin() -> &'static CompetencyModel {
        static MODEL: OnceLock<CompetencyModel> = OnceLock::new();
        MODEL.get_or_init(|| {
            CompetencyModel::from_json(include_str!("skillcase-pm.json"))
                .expect("the built-in model is valid (checked by a test)")
        })
    }

    /// Reads and checks a model file, saying what is wrong in the user's words.
    pub fn from_json(text: &str) -> Result<CompetencyModel, String> {
        let model: CompetencyModel = serde_json::from_str(text)
            .map_err(|e| format!("the model file is not as expected ({e})"))?;
        model.check()?;
        Ok(model)
    }

    fn check(&self) -> Result<(), String> {
        if self.levels.len() != MAX_LEVEL as usize {
            return Err(format!(
                "a model needs {MAX_LEVEL} level names, this one has {}",
                self.levels.len()
            ));
        }
        if !self.level_meanings.is_empty() && self.level_meanings.len() != self.levels.len() {
            return Err(format!(
                "the model explains {} levels, but names {}",
                self.level_meanings.len(),
                self.levels.len()
            ));
        }
        if self.areas.len() < 3 {
            return Err("a model needs at least three areas to draw a radar".into());
        }
        let mut ids = std::collections::BTreeSet::new();
        for area in &self.areas {
            if !ids.insert(area.id.as_str()) {
                return Err(format!("the area id \"{}\" is used twice", area.id));
            }
            if !self.groups.iter().any(|g| g.id == area.group) {
                return Err(format!(
                    "the area \"{}\" names a group \"{}\" that does not exist",
                    area.id, area.group
                ));
            }
            if area.levels.len() != self.levels.len() {
                return Err(format!(
                    "the area \"{}\" describes {} levels, not {}",
                    area.id,
                    area.levels.len(),
                    self.levels.len()
                ));
            }
        }
        Ok(())
    }

    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    pub fn group_name(&self, id: &str) -> &str {
        self.groups
            .iter()
            .find(|g| g.id == id)
            .map_or("", |g| g.name.as_str())
    }

    /// The name of a level (1-based), e.g. "Independent".
    pub fn level_name(&self, level: u8) -> &str {
        self.levels
            .get(usize::from(level).wrapping_sub(1))
            .map_or("", String::as_str)
    }

    /// What a level (1-based) means in any area, in a line; empty if the model does not say.
    pub fn level_meaning(&self, level: u8) -> &str {
        self.level_meanings
            .get(usize::from(level).wrapping_sub(1))
            .map_or("", String::as_str)
    }

    /// Where an area of an older version of this model lives now, or `None` if this model does not carry it over.
    pub fn carry_over(&self, model_id: &str, version: u32, area: &str) -> Option<String> {
        if model_id != self.id || version > self.version {
            return None;
        }
        let renamed = match &self.replaces {
            Some(r) if version < self.version && version <= r.version => {
                r.renamed.get(area).cloned()
            }
            _ => None,
        };
        let id = renamed.unwrap_or_else(|| area.to_string());
        self.area(&id).map(|a| a.id.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_model_has_twelve_areas_in_four_groups_with_two_anchors_a_level() {
        let model = CompetencyModel::builtin();
        assert_eq!((model.id.as_str(), model.version), ("skillcase-pm", 2));
        assert_eq!(model.groups.len(), 4);
        assert_eq!(model.areas.len(), 12);
        // As in the product brief: three, three, four and two areas.
        let sizes: Vec<usize> = model
            .groups
            .iter()
            .map(|g| model.areas.iter().filter(|a| a.group == g.id).count())
            .collect();
        assert_eq!(sizes, [3, 3, 4, 2]);
        for area in &model.areas {
            assert_eq!(area.levels.len(), 5, "{}", area.id);
            for (i, a) in area.levels.iter().enumerate() {
                let at = format!("{} level {}", area.id, i + 1);
                assert!(a.know.len() > 30 && a.done.len() > 30, "{at}: written out");
                assert!(
                    a.know.chars().count() <= 110 && a.done.chars().count() <= 110,
                    "{at}: short enough to read beside the choice"
                );
                assert_ne!(a.know, a.done, "{at}: knowing and doing are told apart");
            }
        }
        assert_eq!(model.level_name(1), "Aware");
        assert_eq!(model.level_name(5), "Expert");
        assert!(model.level_meaning(5).starts_with("Mastery"));
        assert_eq!(model.level_name(0), "");
        assert_eq!(model.level_name(6), "");
    }

    /// The coach's review of version 1: levels must climb in independence, quality and complexity, not in
    /// organisational scope, and the top level is mastery, not teaching.
    #[test]
    fn levels_climb_in_skill_not_in_scope_or_teaching() {
        let model = CompetencyModel::builtin();
        let scope = [
            "several teams",
            "portfolio",
            "my organisation",
            "whole company",
            "across teams",
        ];
        let teaching = ["teach", "coach other", "mentor other", "train other"];
        for area in &model.areas {
            for (i, a) in area.levels.iter().enumerate() {
                let text = format!("{} {}", a.know, a.done).to_lowercase();
                for word in scope.iter().chain(if i == 4 { &teaching[..] } else { &[] }) {
                    assert!(
                        !text.contains(word),
                        "{} level {}: \"{word}\" in {text}",
                        area.id,
                        i + 1
                    );
                }
            }
        }
        let pricing = model.area("business").unwrap();
        assert!(pricing.name.contains("pricing"));
        for a in &pricing.levels {
            let text = format!("{} {}", a.know, a.done).to_lowercase();
            assert!(
                text.contains("pric") || text.contains("packag"),
                "pricing at every level: {text}"
            );
        }
        // Discovery keeps to one subject: testing ideas, never writing specs (delivery's) or interviewing for
        // problems (customer insight's).
        for a in &model.area("discovery").unwrap().levels {
            let text = format!("{} {}", a.know, a.done).to_lowercase();
            assert!(
                !text.contains("spec") && !text.contains("stor") && !text.contains("interview"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_level_given_as_one_behaviour_is_used_for_both_questions() {
        let a: Anchor = serde_json::from_str("\"I run interviews.\"").unwrap();
        assert_eq!(
            (a.know.as_str(), a.done.as_str()),
            ("I run interviews.", "I run interviews.")
        );
        let b: Anchor = serde_json::from_str(r#"{"know": "k", "done": "d"}"#).unwrap();
        assert_eq!((b.know.as_str(), b.done.as_str()), ("k", "d"));
    }

    fn model_json(areas: &[(&str, &str)], groups: &[&str], levels: usize) -> String {
        let areas: Vec<_> = areas
            .iter()
            .map(|(id, group)| {
                serde_json::json!({"id": id, "group": group, "name": id, "definition": "d",
                    "levels": vec!["behaviour"; levels]})
            })
            .collect();
        let groups: Vec<_> = groups
            .iter()
            .map(|g| serde_json::json!({"id": g, "name": g}))
            .collect();
        serde_json::json!({"id": "org", "version": 1, "name": "Org", "levels": ["1", "2", "3", "4", "5"],
            "groups": groups, "areas": areas})
        .to_string()
    }

    #[test]
    fn a_model_file_is_checked_and_says_what_is_wrong() {
        let ok = model_json(&[("a", "g"), ("b", "g"), ("c", "g")], &["g"], 5);
        assert!(CompetencyModel::from_json(&ok).is_ok());
        let twice = model_json(&[("a", "g"), ("a", "g"), ("c", "g")], &["g"], 5);
        assert!(CompetencyModel::from_json(&twice)
            .unwrap_err()
            .contains("\"a\" is used twice"));
        let orphan = model_json(&[("a", "g"), ("b", "x"), ("c", "g")], &["g"], 5);
        assert!(CompetencyModel::from_json(&orphan)
            .unwrap_err()
            .contains("group \"x\""));
        let short = model_json(&[("a", "g"), ("b", "g"), ("c", "g")], &["g"], 4);
        assert!(CompetencyModel::from_json(&short)
            .unwrap_err()
            .contains("describes 4 levels"));
        let two = model_json(&[("a", "g"), ("b", "g")], &["g"], 5);
        assert!(CompetencyModel::from_json(&two)
            .unwrap_err()
            .contains("three areas"));
        assert!(CompetencyModel::from_json("{")
            .unwrap_err()
            .contains("not as expected"));
    }

    #[test]
    fn a_newer_model_carries_ratings_over_through_renamed_areas() {
        let mut v2 = CompetencyModel::from_json(&model_json(
            &[("a", "g"), ("bee", "g"), ("c", "g")],
            &["g"],
            5,
        ))
        .unwrap();
        v2.version = 2;
        v2.replaces = Some(Replaces {
            version: 1,
            renamed: BTreeMap::from([("b".to_string(), "bee".to_string())]),
        });
        assert_eq!(v2.carry_over("org", 1, "a").as_deref(), Some("a"));
        assert_eq!(v2.carry_over("org", 1, "b").as_deref(), Some("bee"));
        assert_eq!(
            v2.carry_over("org", 1, "gone"),
            None,
            "an area the new model dropped is not carried"
        );
        assert_eq!(
            v2.carry_over("org", 2, "b"),
            None,
            "renames apply only to older versions"
        );
        assert_eq!(
            v2.carry_over("org", 3, "a"),
            None,
            "a newer model's ratings are not guessed at"
        );
        assert_eq!(
            v2.carry_over("other", 1, "a"),
            None,
            "another model's ratings are not mixed in"
        );
    }
}
