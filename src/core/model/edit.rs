//! Editing a model in the browser: the changes the editor offers, each keeping the model whole (every area describes
//! every level, the ladder only names areas and levels that exist), and the new version an edit is saved as.

use super::{Anchor, Area, CompetencyModel, Group, Replaces, AREAS, LEVELS};

impl CompetencyModel {
    /// Adds an area at the end of `group`'s areas, named for the user to rename; its id is new to the model.
    pub fn add_area(&mut self, group: &str) -> Option<String> {
        if self.areas.len() >= *AREAS.end() || !self.groups.iter().any(|g| g.id == group) {
            return None;
        }
        let id = fresh_id(|id| self.area(id).is_some(), "area");
        let at = self
            .areas
            .iter()
            .rposition(|a| a.group == group)
            .map_or(self.areas.len(), |i| i + 1);
        self.areas.insert(
            at,
            Area {
                id: id.clone(),
                group: group.to_string(),
                name: format!("New area {}", self.areas.len() + 1),
                definition: String::new(),
                levels: vec![Anchor::empty(); self.levels.len()],
            },
        );
        Some(id)
    }

    /// Removes an area, and what the ladder expects of it; never below the three a radar needs.
    pub fn remove_area(&mut self, id: &str) -> bool {
        if self.areas.len() <= *AREAS.start() || self.area(id).is_none() {
            return false;
        }
        self.areas.retain(|a| a.id != id);
        if let Some(ladder) = &mut self.ladder {
            ladder.forget_area(id);
        }
        true
    }

    /// Adds a group, named for the user to rename, and returns its id.
    pub fn add_group(&mut self) -> String {
        let id = fresh_id(|id| self.groups.iter().any(|g| g.id == id), "group");
        self.groups.push(Group {
            id: id.clone(),
            name: format!("New group {}", self.groups.len() + 1),
        });
        id
    }

    /// Removes a group no area is in.
    pub fn remove_group(&mut self, id: &str) -> bool {
        if self.areas.iter().any(|a| a.group == id) {
            return false;
        }
        let before = self.groups.len();
        self.groups.retain(|g| g.id != id);
        self.groups.len() < before
    }

    /// Adds a level at the top of the scale; every area gets an empty behaviour to write for it.
    pub fn add_level(&mut self) -> bool {
        if self.levels.len() >= *LEVELS.end() {
            return false;
        }
        self.levels.push(format!("Level {}", self.levels.len() + 1));
        if !self.level_meanings.is_empty() {
            self.level_meanings.push(String::new());
        }
        for area in &mut self.areas {
            area.levels.push(Anchor::empty());
        }
        true
    }

    /// Removes the top level, its behaviours, and lowers the ladder's expectations above it to the new top.
    pub fn remove_level(&mut self) -> bool {
        if self.levels.len() <= *LEVELS.start() {
            return false;
        }
        self.levels.pop();
        self.level_meanings.truncate(self.levels.len());
        for area in &mut self.areas {
            area.levels.truncate(self.levels.len());
        }
        let top = f32::from(self.max_level());
        if let Some(ladder) = &mut self.ladder {
            ladder.cap_at(top);
        }
        true
    }

    /// The edited model as the next version the user keeps: under its own id (a copy of Skillcase's model gets one
    /// of the user's), one version above any they have of it, and saying it replaces the version it was edited from,
    /// so ratings on that one carry over by area id.
    pub fn as_next_version(&self, edited_from: u32, kept: &[CompetencyModel]) -> CompetencyModel {
        let mut next = self.clone();
        if self.is_builtin() {
            next.id = format!("{}-own", self.id);
            next.replaces = None;
            next.version = 1;
        } else {
            next.replaces = Some(Replaces {
                version: edited_from,
                renamed: Default::default(),
            });
        }
        next.version = kept
            .iter()
            .filter(|m| m.id == next.id)
            .map(|m| m.version + 1)
            .max()
            .unwrap_or(next.version)
            .max(next.version);
        if let Some(ladder) = &mut next.ladder {
            ladder.model = String::new();
        }
        next
    }
}

impl Anchor {
    fn empty() -> Anchor {
        Anchor {
            know: String::new(),
            done: String::new(),
        }
    }
}

/// `stem-N` for the smallest N not taken.
fn fresh_id(taken: impl Fn(&str) -> bool, stem: &str) -> String {
    (1..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::own_model;

    #[test]
    fn edits_keep_the_model_whole_and_within_its_bounds() {
        let mut m = own_model(3, 3);
        assert!(!m.remove_area("area-0"), "three areas is the least");
        assert!(!m.remove_level(), "three levels is the least");
        let id = m.add_area("lead").unwrap();
        assert_eq!(m.areas.len(), 4);
        assert_eq!(
            (m.areas[2].id.as_str(), m.areas[2].group.as_str()),
            (id.as_str(), "lead"),
            "after the group's last area"
        );
        assert!(m.add_level());
        assert!(m.areas.iter().all(|a| a.levels.len() == 4));
        // What was added is blank until written, and saving says where.
        let refused = CompetencyModel::from_json(&m.to_json()).unwrap_err();
        assert!(refused.ends_with(" is empty"), "{refused}");
        for area in &mut m.areas {
            if area.definition.is_empty() {
                area.definition = "What it covers.".into();
            }
            for (i, anchor) in area.levels.iter_mut().enumerate() {
                if anchor.know.is_empty() {
                    *anchor = Anchor {
                        know: format!("I can explain {i}."),
                        done: format!("I have done {i}."),
                    };
                }
            }
        }
        assert!(
            CompetencyModel::from_json(&m.to_json()).is_ok(),
            "a valid model once written"
        );
        assert!(m.remove_area("area-0"));
        assert!(m.remove_level());
        // The ladder expected 1.5 of 3 levels: still in range; on a smaller scale it is lowered to the top.
        assert!(CompetencyModel::from_json(&m.to_json()).is_ok());
        let g = m.add_group();
        assert!(m.remove_group(&g));
        assert!(!m.remove_group("craft"), "areas are in it");
        while m.add_level() {}
        assert_eq!(m.levels.len(), 10);
        assert!(!m.add_level(), "ten levels is the most");
        while m.add_area("craft").is_some() {}
        assert_eq!(m.areas.len(), 30);
    }

    #[test]
    fn removing_levels_lowers_the_ladder_and_removing_areas_forgets_them() {
        let mut m = own_model(4, 10);
        for _ in 0..7 {
            m.remove_level();
        }
        m.remove_area("area-1");
        let checked = CompetencyModel::from_json(&m.to_json()).expect("valid");
        let spm = checked.ladder.unwrap();
        let levels = &spm.get(crate::core::model::Role::SeniorPm).unwrap().levels;
        assert!(!levels.contains_key("area-1"));
        assert!(levels.values().all(|e| e.0 <= 3.0));
    }

    #[test]
    fn an_edit_is_saved_as_the_next_version_under_the_users_own_id() {
        let builtin = CompetencyModel::builtin();
        let first = builtin.as_next_version(builtin.version, &[]);
        assert_eq!((first.id.as_str(), first.version), ("skillcase-pm-own", 1));
        assert!(!first.is_builtin());
        let second = first.as_next_version(1, std::slice::from_ref(&first));
        assert_eq!(second.version, 2);
        assert_eq!(second.replaces.as_ref().map(|r| r.version), Some(1));
        let mine = own_model(5, 5);
        assert_eq!(
            mine.as_next_version(1, std::slice::from_ref(&mine)).version,
            2
        );
    }
}
