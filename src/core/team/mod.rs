//! A manager's team, gathered from the members' report links: who is in it (here), the team's average and spread per
//! area, the gaps it shares and the team as a benchmark (`view`), the heat map of member × area (`heat`), and the case
//! for training the group, a public course per seat against an in-house workshop (`group`).

use serde::{Deserialize, Serialize};

use crate::core::model::{CompetencyModel, Role};
use crate::core::share::link::{decode, LinkError};
use crate::core::share::report::Report;

mod group;
pub mod heat;
#[cfg(test)]
mod tests;
mod view;

pub use group::{price, GroupCase, GroupOption, GroupOutcome};
pub use view::{view, AreaSpread, MemberOrder, TeamView};

/// One member as kept: the link they sent (it holds everything) and the name the manager gave them, if any.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Member {
    pub link: String,
    pub rename: String,
}

/// The manager's team and their group-training figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Team {
    pub members: Vec<Member>,
    /// The role the team is measured against.
    pub role: Role,
    pub group: GroupCase,
}

impl Default for Team {
    fn default() -> Self {
        Team {
            members: Vec::new(),
            role: Role::Pm,
            group: GroupCase::default(),
        }
    }
}

/// What happened to each link pasted at once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Added {
    pub added: usize,
    /// Newer links from members already in the team, which replaced their older ones.
    pub refreshed: usize,
    /// (position in the paste, 1-based; what was wrong).
    pub problems: Vec<(usize, String)>,
}

impl Added {
    /// What happened, in a sentence: what was added or updated, and each problem by its link's position.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        if self.added > 0 {
            parts.push(format!("Added {}", self.added));
        }
        if self.refreshed > 0 {
            parts.push(format!("updated {} with a newer link", self.refreshed));
        }
        let mut s = if parts.is_empty() {
            "Nothing added".to_string()
        } else {
            parts.join(", ")
        };
        s.push('.');
        for (at, what) in &self.problems {
            s.push_str(&format!(" Link {at}: {what}."));
        }
        s
    }
}

/// A member opened: their report and the name shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub name: String,
    pub report: Report,
}

impl Team {
    /// Adds every link in `text` (separated by white space); a link from someone already in the team replaces their
    /// older one, an identical link or an older one is reported, and a bad link is reported by position.
    pub fn add_links(&mut self, text: &str, model: &CompetencyModel) -> Added {
        let mut out = Added::default();
        // Each member's name and date, read once: comparing every new link with every member must not decode them
        // all again each time (50 links would be 1 250 decodings).
        let mut known: Vec<(String, u64)> = self
            .members
            .iter()
            .map(|m| decode(&m.link, model).map_or((String::new(), 0), |r| (r.name, r.made_on)))
            .collect();
        for (i, link) in text.split_whitespace().enumerate() {
            let position = i + 1;
            let report = match decode(link, model) {
                Ok(r) => r,
                Err(e) => {
                    out.problems.push((position, short(&e)));
                    continue;
                }
            };
            if self.members.iter().any(|m| same_link(&m.link, link)) {
                out.problems.push((position, "already in the team".into()));
                continue;
            }
            let same_person = (!report.name.is_empty())
                .then(|| known.iter().position(|(name, _)| *name == report.name))
                .flatten();
            match same_person {
                Some(at) if report.made_on >= known[at].1 => {
                    self.members[at].link = link.to_string();
                    known[at].1 = report.made_on;
                    out.refreshed += 1;
                }
                Some(_) => out
                    .problems
                    .push((position, "older than the link already in the team".into())),
                None => {
                    self.members.push(Member {
                        link: link.to_string(),
                        rename: String::new(),
                    });
                    known.push((report.name, report.made_on));
                    out.added += 1;
                }
            }
        }
        out
    }
}

/// Every member whose link still opens, with the name to show: the manager's, the link's, or "Member N".
pub fn open_members(members: &[Member], model: &CompetencyModel) -> Vec<Opened> {
    members
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let mut report = decode(&m.link, model).ok()?;
            // Members on an older model version are compared on the current one.
            report.assessment = report.assessment.carried_to(model);
            let name = [m.rename.trim(), report.name.trim()]
                .into_iter()
                .find(|n| !n.is_empty())
                .map_or_else(|| format!("Member {}", i + 1), str::to_string);
            Some(Opened { name, report })
        })
        .collect()
}

fn same_link(a: &str, b: &str) -> bool {
    let frag = |l: &str| l.split_once('#').map_or(l, |(_, f)| f).trim().to_string();
    frag(a) == frag(b)
}

fn short(e: &LinkError) -> String {
    match e {
        LinkError::Empty => "carries no report".into(),
        LinkError::NotALink => "not a Skillcase report link".into(),
        LinkError::FutureVersion(_) => "made by a newer Skillcase".into(),
        LinkError::Damaged => "incomplete or changed".into(),
        LinkError::Kind(k) => format!("{}, not a report", k.describe()),
        LinkError::OtherModel(m) => format!(
            "made on another model, \u{201c}{}\u{201d} (version {}), so it is left out; choose that model to see it",
            m.name, m.version
        ),
    }
}
