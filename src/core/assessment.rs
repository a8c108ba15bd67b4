//! A self-assessment: every area rated for knowledge and for applied experience, with its importance to the role.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::{CompetencyModel, MAX_LEVEL};
use super::order::map_of;

/// The highest importance; 0 means "does not matter for my role".
pub const MAX_IMPORTANCE: u8 = 5;
/// Importance assumed for an area whose importance the user has not set: the middle of the scale.
pub const DEFAULT_IMPORTANCE: u8 = 3;

/// One area's ratings. Levels run 1–5; `not_relevant` takes the area out of scores and gaps.
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
}

impl Rating {
    /// Whether the user has finished this area.
    pub fn is_done(&self) -> bool {
        self.not_relevant
            || (self.knowledge.is_some() && self.experience.is_some() && self.importance.is_some())
    }

    /// The area's current level: the mean of knowledge and applied experience, or whichever is rated.
    pub fn current(&self) -> Option<f32> {
        if self.not_relevant {
            return None;
        }
        match (self.knowledge, self.experience) {
            (Some(k), Some(e)) => Some((f32::from(k) + f32::from(e)) / 2.0),
            (Some(one), None) | (None, Some(one)) => Some(f32::from(one)),
            (None, None) => None,
        }
    }

    /// Importance as used for weighting gaps.
    pub fn weight(&self) -> u8 {
        self.importance.unwrap_or(DEFAULT_IMPORTANCE)
    }

    /// Keeps every value on its scale, whatever a file or link said.
    fn clamped(mut self) -> Rating {
        let level = |v: Option<u8>| v.filter(|l| (1..=MAX_LEVEL).contains(l));
        self.knowledge = level(self.knowledge);
        self.experience = level(self.experience);
        self.importance = self.importance.filter(|i| *i <= MAX_IMPORTANCE);
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
    fn current_level_is_the_mean_of_knowledge_and_experience() {
        let r = |k, e| Rating {
            knowledge: k,
            experience: e,
            ..Default::default()
        };
        assert_eq!(r(Some(4), Some(1)).current(), Some(2.5));
        assert_eq!(r(Some(4), None).current(), Some(4.0));
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
            r.knowledge = Some(9);
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
        let mut v2 = CompetencyModel::builtin().clone();
        v2.version = 2;
        v2.areas[0].id = "customer-discovery".into();
        v2.areas.retain(|a| a.id != "lifecycle");
        v2.replaces = Some(crate::core::model::Replaces {
            version: 1,
            renamed: [(
                "customer-insight".to_string(),
                "customer-discovery".to_string(),
            )]
            .into(),
        });
        let mut a = Assessment::default();
        a.rate("customer-insight", 1, |r| r.knowledge = Some(4));
        a.rate("lifecycle", 1, |r| r.knowledge = Some(2));
        a.rate("data", 1, |r| r.experience = Some(3));
        let carried = a.carried_to(&v2);
        assert_eq!(carried.model_version, 2);
        assert_eq!(carried.rating("customer-discovery").knowledge, Some(4));
        assert_eq!(carried.rating("data").experience, Some(3));
        assert!(!carried.ratings.contains_key("lifecycle"));
        assert!(!carried.ratings.contains_key("customer-insight"));
    }
}
