//! The competency model: areas in groups, each with a one-line definition and, for every level, what someone at it
//! knows and what they have done. It is data (`*.json` beside this file), not code, so an organisation can load its
//! own; ratings name the model's id and version so a later version can carry them over.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::core::hash::fnv1a;

mod csv;
mod edit;
mod file;
mod profiles;
mod role;

pub use profiles::{Expectation, RoleProfile, RoleProfiles};
pub use role::Role;

/// The highest level on the built-in model's rating scale; the lowest is 1.
pub const MAX_LEVEL: u8 = 5;
/// The ids of the models Skillcase ships, as [`CompetencyModel::builtins`] has them (a test keeps the two in step).
const BUILTIN_IDS: [&str; 2] = ["skillcase-pm", "skillcase-po"];
/// How many levels a model's scale may have: fewer than three says too little, more than ten no one tells apart.
pub const LEVELS: std::ops::RangeInclusive<usize> = 3..=10;
/// How many areas a model may have: a radar needs three spokes, and past thirty no one rates them in one sitting.
pub const AREAS: std::ops::RangeInclusive<usize> = 3..=30;

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
        // A visitor of its own rather than an untagged enum, so a wrong value is reported where it is, in words a
        // model's author can act on.
        struct Level;
        impl<'de> serde::de::Visitor<'de> for Level {
            type Value = Anchor;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a level's text, or {\"know\": \"…\", \"done\": \"…\"}")
            }
            fn visit_str<E: serde::de::Error>(self, both: &str) -> Result<Anchor, E> {
                Ok(Anchor {
                    know: both.to_string(),
                    done: both.to_string(),
                })
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<Anchor, M::Error> {
                let (mut know, mut done) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "know" => know = Some(map.next_value::<String>()?),
                        "done" => done = Some(map.next_value::<String>()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Anchor {
                    know: know.ok_or_else(|| serde::de::Error::missing_field("know"))?,
                    done: done.ok_or_else(|| serde::de::Error::missing_field("done"))?,
                })
            }
        }
        deserializer.deserialize_any(Level)
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
    /// The organisation's career ladder on this model: the levels each role is expected at, with why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ladder: Option<RoleProfiles>,
}

impl CompetencyModel {
    /// Skillcase's own product-management model, with its role expectations.
    pub fn builtin() -> &'static CompetencyModel {
        static MODEL: OnceLock<CompetencyModel> = OnceLock::new();
        MODEL.get_or_init(|| {
            let mut pm = CompetencyModel::trusted(include_str!("skillcase-pm.json"));
            pm.ladder = Some(
                serde_json::from_str(include_str!("role-profiles.json"))
                    .expect("the built-in role profiles are valid (checked by a test)"),
            );
            pm
        })
    }

    /// The models written by Skillcase: the product-management model first, then the product-owner model (8 areas on
    /// a 4-level scale), whose other shape keeps every path of the app off the built-in's twelve areas and five levels.
    /// The second is read only when asked for, so a start on the first does not pay for it.
    pub fn builtins() -> [&'static CompetencyModel; 2] {
        static PO: OnceLock<CompetencyModel> = OnceLock::new();
        let po = PO.get_or_init(|| CompetencyModel::trusted(include_str!("skillcase-po.json")));
        [CompetencyModel::builtin(), po]
    }

    /// A version of one of Skillcase's models that a newer one replaced, kept only so links made on it keep opening
    /// (links on a model other than the product-management one name its version and fingerprint).
    pub fn retired(id: &str, version: u32) -> Option<&'static CompetencyModel> {
        static PO_1: OnceLock<CompetencyModel> = OnceLock::new();
        match (id, version) {
            ("skillcase-po", 1) => Some(
                PO_1.get_or_init(|| CompetencyModel::trusted(include_str!("skillcase-po-v1.json"))),
            ),
            _ => None,
        }
    }

    /// Whether Skillcase wrote this model (its ids are Skillcase's own), so its ladder holds Skillcase's expectations
    /// and its links need not name it. An organisation's own model may not take these ids: the workspace refuses them.
    pub fn is_builtin(&self) -> bool {
        BUILTIN_IDS.contains(&self.id.as_str())
    }

    /// The built-in model of this id, if Skillcase has one, newest version.
    pub fn builtin_of(id: &str) -> Option<&'static CompetencyModel> {
        match id {
            "skillcase-pm" => Some(CompetencyModel::builtin()),
            _ if BUILTIN_IDS.contains(&id) => {
                CompetencyModel::builtins().into_iter().find(|m| m.id == id)
            }
            _ => None,
        }
    }

    /// Reads and checks a model file in the built-in model's own JSON form, saying what is wrong and where (see
    /// `file`).
    pub fn from_json(text: &str) -> Result<CompetencyModel, String> {
        file::check_keys(text)?;
        let model: CompetencyModel =
            serde_json::from_str(text).map_err(|e| file::explain(text, &e))?;
        model.check()?;
        model.check_written()?;
        Ok(model)
    }

    /// A model as a model link carries it: Skillcase wrote its JSON, so there are no keys to mistype and nothing to
    /// point at, and the link's check has caught any damage; the model is checked as a file is, but for the words of
    /// every level, which the editor once let a model be saved without (its links keep opening).
    pub fn from_shared_json(text: &str) -> Result<CompetencyModel, String> {
        let model: CompetencyModel = serde_json::from_str(text)
            .map_err(|_| "what it carries is not a model this Skillcase can read".to_string())?;
        model.check()?;
        Ok(model)
    }

    /// A model Skillcase ships: read without the checks a person's file gets (a test reads each through
    /// `from_json`), so starting the app does not carry them.
    fn trusted(text: &str) -> CompetencyModel {
        serde_json::from_str(text).expect("a built-in model is valid (checked by a test)")
    }

    /// Reads and checks a model from a spreadsheet's CSV (see `csv`), named `name` (the file's name).
    pub fn from_csv(text: &str, name: &str) -> Result<CompetencyModel, String> {
        let model = csv::read(text, name)?;
        model.check()?;
        Ok(model)
    }

    /// Reads a model file the user chose: JSON when its name or its first character says so, CSV otherwise, named
    /// after the file without its extension.
    pub fn from_file(file_name: &str, text: &str) -> Result<CompetencyModel, String> {
        let stem = file_name
            .rsplit_once('.')
            .map_or(file_name, |(stem, _)| stem);
        if file_name.to_ascii_lowercase().ends_with(".json") || text.trim_start().starts_with('{') {
            CompetencyModel::from_json(text)
        } else {
            CompetencyModel::from_csv(text, stem)
        }
    }

    /// The model as CSV, one row an area, in the form `from_csv` reads.
    pub fn to_csv(&self) -> String {
        csv::write(self)
    }

    /// The model as the JSON file `from_json` reads, indented for a person to edit.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The roles one can hold on this model: its ladder's, junior first, or every role when it has no ladder.
    pub fn roles(&self) -> Vec<Role> {
        match &self.ladder {
            Some(ladder) => ladder.roles().collect(),
            None => Role::ALL.to_vec(),
        }
    }

    /// What this model's ladder calls a role; Skillcase's name where it has none.
    pub fn role_name(&self, role: Role) -> &str {
        self.ladder
            .as_ref()
            .map_or(role.label(), |ladder| ladder.name_of(role))
    }

    /// The highest level of this model's scale; the lowest is 1.
    pub fn max_level(&self) -> u8 {
        self.levels.len() as u8
    }

    /// A short check of the model's whole content (FNV-1a of its JSON, in six base-32 characters): a link names it
    /// beside the id and version, so two organisations' edits of one model are never taken for each other.
    pub fn fingerprint(&self) -> String {
        let hash = fnv1a(serde_json::to_string(self).unwrap_or_default().as_bytes());
        const DIGITS: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
        (0..6)
            .map(|i| char::from(DIGITS[(hash >> (i * 5)) as usize & 31]))
            .collect()
    }

    /// Checks what serde cannot: counts, ids, the links between areas, groups and the ladder. Each message names the
    /// field at fault as the file spells it.
    fn check(&self) -> Result<(), String> {
        let text = |field: &str, value: &str| {
            if value.trim().is_empty() {
                Err(format!("{field} is empty"))
            } else {
                Ok(())
            }
        };
        text("\"id\"", &self.id)?;
        text("\"name\"", &self.name)?;
        if !LEVELS.contains(&self.levels.len()) {
            return Err(format!(
                "\"levels\" names {} levels: a model needs {} to {}",
                self.levels.len(),
                LEVELS.start(),
                LEVELS.end()
            ));
        }
        for (i, level) in self.levels.iter().enumerate() {
            text(&format!("\"levels\"[{}]", i + 1), level)?;
        }
        if !self.level_meanings.is_empty() && self.level_meanings.len() != self.levels.len() {
            return Err(format!(
                "\"level_meanings\" explains {} levels, but \"levels\" names {}",
                self.level_meanings.len(),
                self.levels.len()
            ));
        }
        if !AREAS.contains(&self.areas.len()) {
            return Err(format!(
                "\"areas\" has {} areas: a model needs {} to {} (three to draw a radar)",
                self.areas.len(),
                AREAS.start(),
                AREAS.end()
            ));
        }
        let mut groups = std::collections::BTreeSet::new();
        for (i, group) in self.groups.iter().enumerate() {
            text(&format!("\"groups\"[{}].id", i + 1), &group.id)?;
            text(&format!("\"groups\"[{}].name", i + 1), &group.name)?;
            if !groups.insert(group.id.as_str()) {
                return Err(format!("the group id \"{}\" is used twice", group.id));
            }
        }
        let mut ids = std::collections::BTreeSet::new();
        for (i, area) in self.areas.iter().enumerate() {
            let at = format!("\"areas\"[{}]", i + 1);
            text(&format!("{at}.id"), &area.id)?;
            text(&format!("{at}.name"), &area.name)?;

            if !ids.insert(area.id.as_str()) {
                return Err(format!("the area id \"{}\" is used twice", area.id));
            }
            if !groups.contains(area.group.as_str()) {
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
        if let Some(ladder) = &self.ladder {
            ladder.check(self)?;
        }
        Ok(())
    }

    /// Every area defined and every level described: an area or a level with no words gives the user nothing to rate
    /// against. A model file or the editor must pass it; a model link made before it was asked for need not.
    fn check_written(&self) -> Result<(), String> {
        for (i, area) in self.areas.iter().enumerate() {
            let at = format!("\"areas\"[{}] (“{}”)", i + 1, area.name.trim());
            if area.definition.trim().is_empty() {
                return Err(format!("{at}.definition is empty"));
            }
            for (j, anchor) in area.levels.iter().enumerate() {
                let level = format!(
                    "{at}.levels[{}] (“{}”)",
                    j + 1,
                    self.level_name(j as u8 + 1).trim()
                );
                for (what, words) in [("know", &anchor.know), ("done", &anchor.done)] {
                    if words.trim().is_empty() {
                        return Err(format!("{level}.{what} is empty"));
                    }
                }
            }
        }
        Ok(())
    }

    /// What a model may hold and still be used, though its author would want to know: levels whose two behaviours
    /// read the same, where the knowledge and applied-experience questions cannot tell learning from doing (and so
    /// a learn gap from a practise gap). One line per area.
    pub fn warnings(&self) -> Vec<String> {
        self.areas
            .iter()
            .filter_map(|area| {
                let same: Vec<String> = area
                    .levels
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| a.know.trim() == a.done.trim())
                    .map(|(j, _)| self.level_name(j as u8 + 1).to_string())
                    .collect();
                (!same.is_empty()).then(|| {
                    format!(
                        "In “{}”, what someone knows and what they have done read the same at {}: the two questions \
                         cannot tell learning from doing there, so a gap there is not reliably learn or practise.",
                        area.name,
                        crate::core::words::list(&same)
                    )
                })
            })
            .collect()
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

/// An organisation's model for tests: `areas` areas in two groups on `levels` levels, with a ladder whose Senior PM
/// is expected near the top, as a 280 Group-style 1–10 framework would be.
#[cfg(test)]
pub(crate) fn own_model(areas: usize, levels: usize) -> CompetencyModel {
    let json = serde_json::json!({
        "id": format!("acme-{areas}x{levels}"),
        "version": 1,
        "name": format!("Acme {areas} areas"),
        "levels": (1..=levels).map(|l| format!("Step {l}")).collect::<Vec<_>>(),
        "groups": [{"id": "craft", "name": "Craft"}, {"id": "lead", "name": "Leadership"}],
        "areas": (0..areas).map(|a| serde_json::json!({
            "id": format!("area-{a}"),
            "group": if a % 2 == 0 { "craft" } else { "lead" },
            "name": format!("Area number {a}"),
            "definition": format!("What area {a} covers."),
            "levels": (1..=levels).map(|l| format!("At step {l} of area {a} I do things.")).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "ladder": {
            "note": "Acme's expectations.",
            "roles": {
                "pm": { "name": "Associate", "summary": "Learns the craft.", "levels": {} },
                "spm": {
                    "summary": "Leads the craft.",
                    "levels": (0..areas)
                        .map(|a| (format!("area-{a}"), serde_json::json!([levels as f32 - 1.5, "Near the top."])))
                        .collect::<serde_json::Map<_, _>>(),
                }
            }
        }
    });
    CompetencyModel::from_json(&json.to_string()).expect("the test model is valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_read_as_json_or_csv_by_its_name_or_content() {
        let po = CompetencyModel::builtin_of("skillcase-po").unwrap();
        assert_eq!(
            CompetencyModel::from_file("po.json", &po.to_json()).as_ref(),
            Ok(po)
        );
        assert_eq!(
            CompetencyModel::from_file("po.txt", &po.to_json()).as_ref(),
            Ok(po)
        );
        let from_csv = CompetencyModel::from_file("Our model.csv", &po.to_csv()).unwrap();
        assert_eq!(from_csv.areas, po.areas);
        assert!(CompetencyModel::from_file("x.csv", "not,a,model").is_err());
    }

    #[test]
    fn the_builtin_ids_are_the_builtin_models() {
        let ids: Vec<&str> = CompetencyModel::builtins()
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        assert_eq!(ids, BUILTIN_IDS);
        for m in CompetencyModel::builtins() {
            assert!(m.is_builtin());
            assert_eq!(CompetencyModel::builtin_of(&m.id), Some(m));
        }
        assert!(!own_model(5, 10).is_builtin());
    }

    #[test]
    fn the_builtin_model_has_twelve_areas_in_four_groups_with_two_anchors_a_level() {
        let model = CompetencyModel::builtin();
        assert_eq!((model.id.as_str(), model.version), ("skillcase-pm", 3));
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
        for model in CompetencyModel::builtins() {
            climbs_in_skill(model);
        }
        let model = CompetencyModel::builtin();
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

    /// No level of `model` climbs by scope, and its top level is mastery, not teaching.
    fn climbs_in_skill(model: &CompetencyModel) {
        // Scope (audience rank, team or project size, ownership), reputation, luck and comparison with others: none
        // of them is a behaviour the person can point to (the coach's review of version 2).
        let scope = [
            "several teams",
            "portfolio",
            "my organisation",
            "whole company",
            "across teams",
            "senior leader",
            "executives",
            "flagship",
            "i own",
            "i lead",
            "teams i",
            "held up",
            "cited as",
            "proved right",
            "proving right",
            "others check",
            "better than most",
            "where others",
            "as the example",
        ];
        let teaching = ["teach", "coach other", "mentor other", "train other"];
        let top = model.levels.len() - 1;
        for area in &model.areas {
            for (i, a) in area.levels.iter().enumerate() {
                let text = format!("{} {}", a.know, a.done).to_lowercase();
                let at = format!("{} {} level {}", model.id, area.id, i + 1);
                // What one knows can be checked; what one has done is recent and repeated.
                assert!(a.know.starts_with("I can "), "{at}: {}", a.know);
                assert!(
                    a.done.starts_with("In the last two years"),
                    "{at}: {}",
                    a.done
                );
                for word in scope
                    .iter()
                    .chain(if i == top { &teaching[..] } else { &[] })
                {
                    assert!(
                        !text.contains(word),
                        "{} {} level {}: \"{word}\" in {text}",
                        model.id,
                        area.id,
                        i + 1
                    );
                }
            }
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
            .contains("has 2 areas: a model needs 3 to 30"));
        let broken = CompetencyModel::from_json("{\n  \"id\": \"org\",\n  \"version\": \"one\"\n}")
            .unwrap_err();
        assert_eq!(
            broken,
            "version: expected a whole number, found the text \"one\" (line 3, column 18)"
        );
    }

    /// An area with nothing to rate against is refused, naming the area and the level; a level whose two
    /// behaviours read the same is kept, with a warning that says what it costs.
    #[test]
    fn empty_definitions_and_behaviours_are_refused_and_identical_ones_warned_of() {
        let edit = |f: fn(&mut serde_json::Value)| {
            let mut json: serde_json::Value = serde_json::from_str(&model_json(
                &[("a", "g"), ("b", "g"), ("c", "g")],
                &["g"],
                5,
            ))
            .unwrap();
            f(&mut json);
            CompetencyModel::from_json(&json.to_string())
        };
        assert_eq!(
            edit(|j| j["areas"][1]["definition"] = " ".into()).unwrap_err(),
            "\"areas\"[2] (“b”).definition is empty"
        );
        assert_eq!(
            edit(|j| j["areas"][2]["levels"][3] =
                serde_json::json!({"know": "I can explain it.", "done": ""}))
            .unwrap_err(),
            "\"areas\"[3] (“c”).levels[4] (“4”).done is empty"
        );
        let same = edit(|_| {}).unwrap();
        let warned = same.warnings();
        assert_eq!(warned.len(), 3, "one line an area");
        assert!(warned[0].starts_with("In “a”, what someone knows and what they have done read the same at 1, 2, 3, 4 and 5"), "{}", warned[0]);
        let apart = edit(|j| {
            for area in j["areas"].as_array_mut().unwrap() {
                area["levels"] = (1..=5).map(|l| serde_json::json!({"know": format!("I can explain {l}."), "done": format!("I have done {l}.")})).collect();
            }
        })
        .unwrap();
        assert!(apart.warnings().is_empty());
        assert!(
            CompetencyModel::builtins()
                .iter()
                .all(|m| m.warnings().is_empty()),
            "our own models tell the two apart"
        );
    }

    /// A second rater reads every behaviour of them: nothing of the first person is left in any built-in anchor.
    #[test]
    fn every_built_in_behaviour_reads_in_the_third_person() {
        for model in CompetencyModel::builtins() {
            for area in &model.areas {
                for anchor in &area.levels {
                    for text in [&anchor.know, &anchor.done] {
                        let read = crate::core::words::third_person(text);
                        let first = read
                            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                            .find(|w| {
                                [
                                    "I", "my", "My", "me", "Me", "myself", "mine", "I'm", "I’m",
                                    "I've", "I’ve",
                                ]
                                .contains(w)
                            });
                        assert_eq!(first, None, "{read}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_built_in_models_pass_every_check_a_file_gets() {
        for text in [
            include_str!("skillcase-pm.json"),
            include_str!("skillcase-po.json"),
        ] {
            CompetencyModel::from_json(text).unwrap();
        }
        CompetencyModel::from_json(&CompetencyModel::builtin().to_json()).unwrap();
    }

    /// A model with `areas` areas on a scale of `levels` levels.
    fn sized(areas: usize, levels: usize) -> Result<CompetencyModel, String> {
        let ids: Vec<String> = (0..areas).map(|i| format!("a{i}")).collect();
        let mut json: serde_json::Value = serde_json::from_str(&model_json(
            &ids.iter().map(|i| (i.as_str(), "g")).collect::<Vec<_>>(),
            &["g"],
            levels,
        ))
        .unwrap();
        json["levels"] = (1..=levels).map(|l| l.to_string()).collect();
        CompetencyModel::from_json(&json.to_string())
    }

    #[test]
    fn a_model_has_three_to_thirty_areas_on_three_to_ten_levels() {
        for (areas, levels) in [(3, 3), (30, 10), (12, 5), (8, 4)] {
            let model = sized(areas, levels).unwrap();
            assert_eq!(usize::from(model.max_level()), levels);
        }
        assert!(sized(31, 5).unwrap_err().contains("has 31 areas"));
        assert!(sized(12, 2)
            .unwrap_err()
            .contains("names 2 levels: a model needs 3 to 10"));
        assert!(sized(12, 11).unwrap_err().contains("names 11 levels"));
    }

    #[test]
    fn a_ladder_is_checked_against_its_model() {
        let ladder = |roles: serde_json::Value| {
            let mut json: serde_json::Value = serde_json::from_str(&model_json(
                &[("a", "g"), ("b", "g"), ("c", "g")],
                &["g"],
                5,
            ))
            .unwrap();
            json["ladder"] = serde_json::json!({"note": "Ours", "roles": roles});
            CompetencyModel::from_json(&json.to_string())
        };
        let ok = ladder(serde_json::json!({"pm": {"name": "Product Lead", "summary": "s", "levels": {"a": [3, "why"]}}}))
            .unwrap();
        // The form a person writes reads the same as the first files' pair.
        let written = ladder(serde_json::json!({"pm": {"name": "Product Lead", "summary": "s", "levels": {"a": {"level": 3, "why": "why"}}}}))
            .unwrap();
        assert_eq!(written, ok);
        let wrong =
            ladder(serde_json::json!({"pm": {"summary": "s", "levels": {"a": "3"}}})).unwrap_err();
        assert!(wrong.starts_with("ladder.roles.pm.levels.a: expected a level and why, as {\"level\": 3, \"why\": \"…\"}, found the text \"3\""), "{wrong}");
        let rungs = ok.ladder.as_ref().unwrap();
        assert_eq!(rungs.roles().collect::<Vec<_>>(), [Role::Pm]);
        assert_eq!(rungs.name_of(Role::Pm), "Product Lead");
        assert_eq!(
            rungs.name_of(Role::SeniorPm),
            "Senior PM",
            "a role the ladder lacks keeps Skillcase's name"
        );
        let unknown =
            ladder(serde_json::json!({"cto": {"summary": "s", "levels": {}}})).unwrap_err();
        assert!(
            unknown.contains("\"cto\": a role is one of apm, pm, spm, gpm, head"),
            "{unknown}"
        );
        let area = ladder(serde_json::json!({"pm": {"summary": "s", "levels": {"z": [3, "why"]}}}))
            .unwrap_err();
        assert!(
            area.contains("\"z\", which the model does not have"),
            "{area}"
        );
        let high = ladder(serde_json::json!({"pm": {"summary": "s", "levels": {"a": [6, "why"]}}}))
            .unwrap_err();
        assert!(high.contains("levels run from 1 to 5"), "{high}");
    }

    #[test]
    fn the_product_owner_model_has_another_shape_and_its_own_ladder() {
        let [pm, po] = CompetencyModel::builtins();
        assert_eq!(pm, CompetencyModel::builtin());
        assert_eq!((po.id.as_str(), po.version), ("skillcase-po", 2));
        assert_eq!(
            (po.areas.len(), po.levels.len(), po.groups.len()),
            (8, 4, 3)
        );
        assert_eq!(po.level_meanings.len(), 4);
        let ladder = po.ladder.as_ref().expect("its own ladder");
        let roles: Vec<Role> = ladder.roles().collect();
        assert_eq!(roles, [Role::AssociatePm, Role::Pm, Role::SeniorPm]);
        for area in &po.areas {
            let mut last = 0.0;
            for role in &roles {
                let Expectation(level, reason) = &ladder.get(*role).unwrap().levels[&area.id];
                assert!(*level >= last, "{} rises with the role", area.id);
                assert!(!reason.is_empty());
                last = *level;
            }
        }
        assert_eq!(ladder.name_of(Role::Pm), "Product Owner");
    }

    #[test]
    fn every_built_in_model_is_written_out_and_readable_beside_the_choice() {
        for model in CompetencyModel::builtins() {
            for area in &model.areas {
                assert_eq!(area.levels.len(), model.levels.len());
                for (i, a) in area.levels.iter().enumerate() {
                    let at = format!("{} {} level {}", model.id, area.id, i + 1);
                    assert!(a.know.len() > 30 && a.done.len() > 30, "{at}: written out");
                    assert!(
                        a.know.chars().count() <= 110 && a.done.chars().count() <= 110,
                        "{at}: short"
                    );
                    assert_ne!(a.know, a.done, "{at}: knowing and doing are told apart");
                }
            }
            assert_eq!(
                CompetencyModel::from_json(&model.to_json()).as_ref(),
                Ok(model)
            );
        }
    }

    #[test]
    fn a_fingerprint_tells_two_edits_of_one_model_apart() {
        let model = CompetencyModel::builtin();
        let print = model.fingerprint();
        assert_eq!(print.len(), 6);
        assert_eq!(
            print,
            model.clone().fingerprint(),
            "the same model, the same print"
        );
        let mut edited = model.clone();
        edited.areas[3].definition.push('!');
        assert_ne!(edited.fingerprint(), print);
        assert_ne!(CompetencyModel::builtins()[1].fingerprint(), print);
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
