//! The levels Skillcase expects of each role: reasoned expectations, not measurements, each with why and the sources
//! it draws on (`role-profiles.json`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{CompetencyModel, Role};

/// One role's expected level for an area, with why. A file writes it `{"level": 3, "why": "…"}`, or as the first
/// files did, `[3, "why"]`; it is kept in the second form, which model fingerprints (and so links) are made from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Expectation(pub f32, pub String);

impl<'de> Deserialize<'de> for Expectation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Expected;
        impl<'de> serde::de::Visitor<'de> for Expected {
            type Value = Expectation;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a level and why, as {\"level\": 3, \"why\": \"…\"}")
            }
            fn visit_seq<S: serde::de::SeqAccess<'de>>(
                self,
                mut seq: S,
            ) -> Result<Expectation, S::Error> {
                let level = seq
                    .next_element()?
                    .ok_or_else(|| serde::de::Error::invalid_length(0, &self))?;
                let why = seq
                    .next_element()?
                    .ok_or_else(|| serde::de::Error::invalid_length(1, &self))?;
                Ok(Expectation(level, why))
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<Expectation, M::Error> {
                let (mut level, mut why) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "level" => level = Some(map.next_value::<f32>()?),
                        "why" => why = Some(map.next_value::<String>()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Expectation(
                    level.ok_or_else(|| serde::de::Error::missing_field("level"))?,
                    why.ok_or_else(|| serde::de::Error::missing_field("why"))?,
                ))
            }
        }
        deserializer.deserialize_any(Expected)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleProfile {
    /// The organisation's name for the role; empty for Skillcase's own ladder, whose roles are named by `Role`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    pub summary: String,
    pub levels: BTreeMap<String, Expectation>,
}

/// A career ladder: the levels each role is expected at, labelled as expectations, with reasons and sources. A
/// model's ladder has up to five roles, each in the place of one of Skillcase's (`Role`'s codes), so a role chosen on
/// one model keeps its rung on another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleProfiles {
    /// The model it belongs to; left out inside a model file.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub model: String,
    pub note: String,
    #[serde(default)]
    pub sources: Vec<String>,
    roles: BTreeMap<String, RoleProfile>,
}

impl RoleProfiles {
    /// Skillcase's expectations on its product-management model.
    pub fn builtin() -> &'static RoleProfiles {
        CompetencyModel::builtin()
            .ladder
            .as_ref()
            .expect("the built-in model carries its role profiles")
    }

    /// A role of Skillcase's own ladder, which has every role.
    pub fn role(&self, role: Role) -> &RoleProfile {
        &self.roles[role.code()]
    }

    /// A role of any ladder, if it has it.
    pub fn get(&self, role: Role) -> Option<&RoleProfile> {
        self.roles.get(role.code())
    }

    /// Drops what each role expects of an area the model no longer has.
    pub(super) fn forget_area(&mut self, area: &str) {
        for profile in self.roles.values_mut() {
            profile.levels.remove(area);
        }
    }

    /// Lowers every expectation above `top` to it, when the scale loses its top level.
    pub(super) fn cap_at(&mut self, top: f32) {
        for e in self.roles.values_mut().flat_map(|p| p.levels.values_mut()) {
            e.0 = e.0.min(top);
        }
    }

    /// The roles this ladder has, junior first.
    pub fn roles(&self) -> impl Iterator<Item = Role> + '_ {
        Role::ALL
            .into_iter()
            .filter(|r| self.roles.contains_key(r.code()))
    }

    /// What the ladder calls a role: its own name, or Skillcase's.
    pub fn name_of(&self, role: Role) -> &str {
        match self.get(role) {
            Some(p) if !p.name.trim().is_empty() => p.name.trim(),
            _ => role.label(),
        }
    }

    /// Every role is one of the five places, and expects a level on the model's scale for areas the model has.
    pub(super) fn check(&self, model: &CompetencyModel) -> Result<(), String> {
        if self.roles.is_empty() {
            return Err("\"ladder\".roles names no role".into());
        }
        let max = f32::from(model.max_level());
        for (code, profile) in &self.roles {
            if Role::from_code(code).is_none() {
                let codes: Vec<&str> = Role::ALL.iter().map(|r| r.code()).collect();
                return Err(format!(
                    "\"ladder\".roles has \"{code}\": a role is one of {}, junior first",
                    codes.join(", ")
                ));
            }
            for (area, Expectation(level, _)) in &profile.levels {
                if model.area(area).is_none() {
                    return Err(format!(
                        "\"ladder\".roles.{code} expects a level in \"{area}\", which the model does not have"
                    ));
                }
                if !(1.0..=max).contains(level) {
                    return Err(format!(
                        "\"ladder\".roles.{code} expects {level} in \"{area}\": levels run from 1 to {max}"
                    ));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::CompetencyModel;

    #[test]
    fn every_role_expects_a_level_with_a_reason_for_every_area() {
        let model = CompetencyModel::builtin();
        let profiles = RoleProfiles::builtin();
        assert_eq!(profiles.model, model.id);
        assert!(profiles.sources.len() >= 3);
        assert!(profiles.note.contains("not survey data"));
        for role in Role::ALL {
            let profile = profiles.role(role);
            assert_eq!(profile.levels.len(), model.areas.len(), "{role:?}");
            for area in &model.areas {
                let Expectation(level, reason) = &profile.levels[&area.id];
                assert!((1.0..=5.0).contains(level), "{role:?} {}", area.id);
                assert!(!reason.is_empty(), "{role:?} {}", area.id);
            }
        }
        // More senior roles never expect less on average.
        let mean = |r: Role| profiles.role(r).levels.values().map(|e| e.0).sum::<f32>() / 12.0;
        for pair in Role::ALL.windows(2) {
            assert!(mean(pair[0]) < mean(pair[1]), "{pair:?}");
        }
    }

    /// A reason's content words, crudely stemmed: what it has in common with an anchor.
    fn words(text: &str) -> std::collections::BTreeSet<String> {
        const STOP: &str = "with that this have from they their them what when which where your mine about into than \
            then each more most does done know knows every also before after other only some such over under will \
            would these those being been were while there here just make makes made work works well";
        let stop: Vec<&str> = STOP.split_whitespace().collect();
        text.to_lowercase()
            .split(|c: char| !c.is_ascii_lowercase())
            .filter(|w| w.len() >= 4 && !stop.contains(w))
            .map(|w| {
                ["ing", "ed", "es", "s"]
                    .iter()
                    .find(|s| w.ends_with(*s) && w.len() - s.len() >= 4)
                    .map_or(w, |s| &w[..w.len() - s.len()])
                    .to_string()
            })
            .collect()
    }

    /// Each reason describes the level its value names (the coach's review found a Head of Product expected at 4 for
    /// reasons that were level-5 anchors): it shares more words with the anchors of that level (or, for a half level,
    /// of either level it sits between) than with any other level's, and at least two.
    #[test]
    fn every_reason_describes_the_level_its_value_names() {
        let model = CompetencyModel::builtin();
        let profiles = RoleProfiles::builtin();
        let mut wrong = Vec::new();
        for role in Role::ALL {
            for area in &model.areas {
                let Expectation(value, reason) = &profiles.role(role).levels[&area.id];
                let said = words(reason);
                let overlap: Vec<usize> = area
                    .levels
                    .iter()
                    .map(|a| {
                        said.intersection(&words(&format!("{} {}", a.know, a.done)))
                            .count()
                    })
                    .collect();
                let named = [value.floor() as usize, value.ceil() as usize];
                let inside = named.iter().map(|l| overlap[l - 1]).max().unwrap_or(0);
                let outside = (1..=overlap.len())
                    .filter(|l| !named.contains(l))
                    .map(|l| overlap[l - 1])
                    .max()
                    .unwrap_or(0);
                if inside < 2 || outside >= inside {
                    wrong.push(format!(
                        "{role:?} {} at {value}: {overlap:?} — {reason}",
                        area.id
                    ));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "reasons that describe another level:\n{}",
            wrong.join("\n")
        );
    }

    /// The check above can fail: a Head of Product expected at 4 in data for version 1's level-5 reason.
    #[test]
    fn a_reason_from_another_level_is_caught() {
        let area = CompetencyModel::builtin().area("data").unwrap();
        let reason =
            words("Gets sound answers where standard methods fail; analyses others check against.");
        let overlap: Vec<usize> = area
            .levels
            .iter()
            .map(|a| {
                reason
                    .intersection(&words(&format!("{} {}", a.know, a.done)))
                    .count()
            })
            .collect();
        let best = overlap
            .iter()
            .enumerate()
            .max_by_key(|(_, o)| **o)
            .unwrap()
            .0
            + 1;
        assert_eq!(best, 5, "{overlap:?}");
    }
}
