//! The levels Skillcase expects of each role: reasoned expectations, not measurements, each with why and the sources
//! it draws on (`role-profiles.json`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::Role;

/// One role's expected level for an area, with why.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Expectation(pub f32, pub String);

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RoleProfile {
    pub summary: String,
    pub levels: BTreeMap<String, Expectation>,
}

/// The levels Skillcase expects of each role: labelled as expectations, with reasons and sources.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RoleProfiles {
    pub model: String,
    pub note: String,
    pub sources: Vec<String>,
    roles: BTreeMap<String, RoleProfile>,
}

impl RoleProfiles {
    pub fn builtin() -> &'static RoleProfiles {
        static PROFILES: OnceLock<RoleProfiles> = OnceLock::new();
        PROFILES.get_or_init(|| {
            serde_json::from_str(include_str!("role-profiles.json"))
                .expect("the built-in role profiles are valid (checked by a test)")
        })
    }

    pub fn role(&self, role: Role) -> &RoleProfile {
        &self.roles[role.code()]
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
