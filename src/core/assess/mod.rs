//! A self-assessment: every area rated for knowledge and for applied experience, with its importance to the role.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::model::{CompetencyModel, Role, LEVELS};
use crate::core::order::{self, map_of};

/// The highest importance; 0 means "does not matter for my role".
pub const MAX_IMPORTANCE: u8 = 5;
/// Importance assumed for an area whose importance the user has not set: the middle of the scale.
pub const DEFAULT_IMPORTANCE: u8 = 3;
/// The longest evidence note kept with a rating: a line, not an essay.
pub const MAX_EVIDENCE: usize = 160;

/// Who is assessed. Every field is optional: nothing is needed to start.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub name: String,
    pub role: Option<Role>,
}

/// One area's ratings. Levels run from 1 to the model's top (5 on the built-in); `not_relevant` takes the area out of scores and gaps. The current level is the
/// applied experience: what someone has done, not what they know, is what they can be counted on for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rating {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub knowledge: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub experience: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub importance: Option<u8>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub not_relevant: bool,
    /// The user's evidence, in a line: when they last did this, and where.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub evidence: String,
}

impl Rating {
    /// Whether the user has finished this area.
    pub fn is_done(&self) -> bool {
        self.not_relevant
            || (self.knowledge.is_some() && self.experience.is_some() && self.importance.is_some())
    }

    /// The area's current level: the applied experience. Knowledge is reported beside it, and tells what kind of gap
    /// a shortfall is (see `compare::results::GapKind`), but it never raises the level.
    pub fn current(&self) -> Option<f32> {
        if self.not_relevant {
            return None;
        }
        self.experience.map(f32::from)
    }

    /// Importance as used for weighting gaps.
    pub fn weight(&self) -> u8 {
        self.importance.unwrap_or(DEFAULT_IMPORTANCE)
    }

    /// Keeps every value on its scale, whatever a file or link said.
    fn clamped(mut self) -> Rating {
        // The widest scale a model may have: the assessment does not know its model's, and the picker offers no more.
        let level = |v: Option<u8>| v.filter(|l| (1..=*LEVELS.end() as u8).contains(l));
        self.knowledge = level(self.knowledge);
        self.experience = level(self.experience);
        self.importance = self.importance.filter(|i| *i <= MAX_IMPORTANCE);
        if self.evidence.chars().count() > MAX_EVIDENCE {
            self.evidence = self.evidence.chars().take(MAX_EVIDENCE).collect();
        }
        self
    }
}

/// A self-assessment against one version of a competency model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Assessment {
    pub model_id: String,
    pub model_version: u32,
    /// When the assessment was last changed, in ms since 1970 (0 before the first rating).
    pub updated_at: u64,
    /// Ratings by area id.
    pub ratings: BTreeMap<String, Rating>,
}

impl Default for Assessment {
    fn default() -> Self {
        let model = CompetencyModel::builtin();
        Assessment {
            model_id: model.id.clone(),
            model_version: model.version,
            updated_at: 0,
            ratings: BTreeMap::new(),
        }
    }
}

impl Assessment {
    pub fn rating(&self, area: &str) -> Rating {
        self.ratings.get(area).cloned().unwrap_or_default()
    }

    /// Changes one area's rating, keeping values on their scales.
    pub fn rate(&mut self, area: &str, now: u64, change: impl FnOnce(&mut Rating)) {
        let mut rating = self.rating(area);
        change(&mut rating);
        self.ratings.insert(area.to_string(), rating.clamped());
        self.updated_at = now;
    }

    /// Areas finished, of all the model's areas.
    pub fn progress(&self, model: &CompetencyModel) -> (usize, usize) {
        let done = model
            .areas
            .iter()
            .filter(|a| self.rating(&a.id).is_done())
            .count();
        (done, model.areas.len())
    }

    /// The first area not yet finished: where the user left off.
    pub fn resume_at<'m>(&self, model: &'m CompetencyModel) -> Option<&'m str> {
        model
            .areas
            .iter()
            .find(|a| !self.rating(&a.id).is_done())
            .map(|a| a.id.as_str())
    }

    pub fn is_started(&self) -> bool {
        self.ratings.values().any(|r| *r != Rating::default())
    }

    /// Each rated area's current level, by area id: these ratings as the levels of a benchmark (a snapshot, a shared
    /// report, a second rater's view).
    pub fn current_levels(&self) -> BTreeMap<String, f32> {
        map_of(
            self.ratings
                .iter()
                .filter_map(|(id, r)| Some((id.clone(), r.current()?))),
        )
    }

    /// The same ratings on `model`: areas it renamed follow their new id, areas it dropped are left out.
    pub fn carried_to(&self, model: &CompetencyModel) -> Assessment {
        let ratings = map_of(self.ratings.iter().filter_map(|(area, rating)| {
            let id = model.carry_over(&self.model_id, self.model_version, area)?;
            Some((id, rating.clone().clamped()))
        }));
        Assessment {
            model_id: model.id.clone(),
            model_version: model.version,
            updated_at: self.updated_at,
            ratings,
        }
    }
}

impl Assessment {
    /// The ratings moved onto an edit of the model they were made on (its next version, or a copy under the user's
    /// own id): each area kept by its id, a level above the edit's top lowered to it, a removed area's ratings gone.
    pub fn moved_to_edit(&self, model: &CompetencyModel) -> Assessment {
        let top = model.max_level();
        let lower = |v: Option<u8>| v.map(|l| l.min(top));
        let ratings = map_of(
            self.ratings
                .iter()
                .filter(|(area, _)| model.area(area).is_some())
                .map(|(area, r)| {
                    let mut r = r.clone().clamped();
                    r.knowledge = lower(r.knowledge);
                    r.experience = lower(r.experience);
                    (area.clone(), r)
                }),
        );
        Assessment {
            model_id: model.id.clone(),
            model_version: model.version,
            updated_at: self.updated_at,
            ratings,
        }
    }
}

/// Every assessment the user kept (`earlier`), oldest first, and `current` last unless a snapshot already holds it: the
/// points of progress over time, one per moment.
pub fn history<'a>(earlier: &'a [Assessment], current: &'a Assessment) -> Vec<&'a Assessment> {
    // Snapshots on other models are kept, but their areas are not these.
    let mut all: Vec<&Assessment> = earlier
        .iter()
        .filter(|a| a.model_id == current.model_id)
        .collect();
    if current.is_started() && !all.iter().any(|a| a.updated_at == current.updated_at) {
        all.push(current);
    }
    order::sort_by_key(&mut all, |a| a.updated_at);
    all.dedup_by_key(|a| a.updated_at);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_area_is_done_when_all_three_are_rated_or_it_is_not_relevant() {
        let mut r = Rating::default();
        assert!(!r.is_done());
        r.knowledge = Some(3);
        r.experience = Some(2);
        assert!(!r.is_done(), "importance is still missing");
        r.importance = Some(0);
        assert!(r.is_done());
        assert!(Rating {
            not_relevant: true,
            ..Default::default()
        }
        .is_done());
    }

    #[test]
    fn current_level_is_the_applied_experience_whatever_is_known() {
        let r = |k, e| Rating {
            knowledge: k,
            experience: e,
            ..Default::default()
        };
        assert_eq!(
            r(Some(5), Some(1)).current(),
            Some(1.0),
            "knowing never raises the level"
        );
        assert_eq!(r(Some(1), Some(4)).current(), Some(4.0));
        assert_eq!(
            r(Some(4), None).current(),
            None,
            "knowledge alone is no level yet"
        );
        assert_eq!(r(None, Some(2)).current(), Some(2.0));
        assert_eq!(r(None, None).current(), None);
        let na = Rating {
            not_relevant: true,
            ..r(Some(5), Some(5))
        };
        assert_eq!(na.current(), None, "not relevant is never scored");
    }

    #[test]
    fn rating_keeps_values_on_their_scales_and_tracks_progress() {
        let model = CompetencyModel::builtin();
        let mut a = Assessment::default();
        assert_eq!(a.progress(model), (0, 12));
        assert_eq!(a.resume_at(model), Some("customer-insight"));
        a.rate("customer-insight", 5, |r| {
            r.knowledge = Some(11);
            r.experience = Some(0);
            r.importance = Some(6);
        });
        assert_eq!(
            a.rating("customer-insight"),
            Rating::default(),
            "out-of-scale values are dropped"
        );
        a.rate("customer-insight", 6, |r| {
            r.knowledge = Some(5);
            r.experience = Some(1);
            r.importance = Some(5);
        });
        assert_eq!(a.progress(model), (1, 12));
        assert_eq!(a.resume_at(model), Some("market"));
        assert_eq!(a.updated_at, 6);
        for area in &model.areas {
            a.rate(&area.id, 7, |r| r.not_relevant = true);
        }
        assert_eq!(a.resume_at(model), None);
    }

    #[test]
    fn ratings_carry_over_to_a_newer_model_version() {
        let mut next = CompetencyModel::builtin().clone();
        next.version += 1;
        next.areas[0].id = "customer-discovery".into();
        next.areas.retain(|a| a.id != "lifecycle");
        next.replaces = Some(crate::core::model::Replaces {
            version: next.version - 1,
            renamed: [(
                "customer-insight".to_string(),
                "customer-discovery".to_string(),
            )]
            .into(),
        });
        let mut a = Assessment::default();
        a.rate("customer-insight", 1, |r| r.knowledge = Some(4));
        a.rate("lifecycle", 1, |r| r.knowledge = Some(2));
        a.rate("data", 1, |r| {
            r.experience = Some(3);
            r.evidence = "Ran the pricing test in May".into();
        });
        let carried = a.carried_to(&next);
        assert_eq!(carried.model_version, next.version);
        assert_eq!(carried.rating("customer-discovery").knowledge, Some(4));
        assert_eq!(carried.rating("data").experience, Some(3));
        assert_eq!(
            carried.rating("data").evidence,
            "Ran the pricing test in May"
        );
        assert!(!carried.ratings.contains_key("lifecycle"));
        assert!(!carried.ratings.contains_key("customer-insight"));
    }

    #[test]
    fn version_1_ratings_are_carried_to_the_newest_built_in_version() {
        let model = CompetencyModel::builtin();
        let mut v1 = Assessment {
            model_version: 1,
            ..Assessment::default()
        };
        for area in &model.areas {
            v1.rate(&area.id, 1, |r| r.experience = Some(2));
        }
        let carried = v1.carried_to(model);
        assert_eq!(carried.model_version, model.version);
        assert_eq!(
            carried.ratings, v1.ratings,
            "every area keeps its id and its ratings"
        );
    }

    #[test]
    fn an_evidence_note_stays_a_line() {
        let mut a = Assessment::default();
        a.rate("data", 1, |r| r.evidence = "x".repeat(500));
        assert_eq!(a.rating("data").evidence.chars().count(), MAX_EVIDENCE);
    }
}
