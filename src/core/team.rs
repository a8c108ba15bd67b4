//! A manager's team, gathered from the members' report links: who is in it, the team's average and spread per area,
//! the heat map of area × member, the gaps the team shares, the team as a benchmark, and the case for training the
//! group (public course per seat against an in-house workshop).

use serde::{Deserialize, Serialize};

use super::benchmark::{role_benchmark, Benchmark, BenchmarkKind};
use super::link::{decode, LinkError};
use super::model::CompetencyModel;
use super::order;
use super::report::Report;
use super::results::results;
use super::workspace::Role;

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
    }
}

/// One area across the team.
#[derive(Clone, Debug, PartialEq)]
pub struct AreaSpread {
    pub area: String,
    /// Members who rated it (not "not relevant", not unrated).
    pub n: usize,
    pub mean: Option<f32>,
    pub min: Option<f32>,
    pub max: Option<f32>,
    pub target: Option<f32>,
    /// Role target minus team mean.
    pub gap: Option<f32>,
    /// Members at least a level below the target, by name.
    pub below: Vec<String>,
    /// Members who have this among their focus areas.
    pub in_focus: usize,
}

/// The team per area, in model order; and the heat map (member × area levels, members in team order).
#[derive(Clone, Debug, PartialEq)]
pub struct TeamView {
    pub areas: Vec<AreaSpread>,
    pub names: Vec<String>,
    /// heat[member][area], `None` where unrated or not relevant.
    pub heat: Vec<Vec<Option<f32>>>,
}

pub fn view(members: &[Opened], role: Role, model: &CompetencyModel) -> TeamView {
    let target = role_benchmark(role, &Default::default());
    let heat: Vec<Vec<Option<f32>>> = members
        .iter()
        .map(|m| {
            model
                .areas
                .iter()
                .map(|a| m.report.assessment.rating(&a.id).current())
                .collect()
        })
        .collect();
    let focus: Vec<Vec<String>> = members
        .iter()
        .map(|m| results(model, &m.report.assessment, Some(&target)).focus)
        .collect();
    let areas = model
        .areas
        .iter()
        .enumerate()
        .map(|(j, a)| {
            let values: Vec<f32> = heat.iter().filter_map(|row| row[j]).collect();
            let n = values.len();
            let mean = (n > 0).then(|| values.iter().sum::<f32>() / n as f32);
            let goal = target.levels.get(&a.id).copied();
            AreaSpread {
                area: a.id.clone(),
                n,
                mean,
                min: values.iter().copied().reduce(f32::min),
                max: values.iter().copied().reduce(f32::max),
                target: goal,
                gap: mean.zip(goal).map(|(m, t)| t - m),
                below: members
                    .iter()
                    .zip(&heat)
                    .filter(|(_, row)| row[j].zip(goal).is_some_and(|(v, t)| t - v >= 1.0))
                    .map(|(m, _)| m.name.clone())
                    .collect(),
                in_focus: focus.iter().filter(|f| f.contains(&a.id)).count(),
            }
        })
        .collect();
    TeamView {
        areas,
        names: members.iter().map(|m| m.name.clone()).collect(),
        heat,
    }
}

/// How the heat map lists the members.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberOrder {
    /// As they were added.
    Team,
    Name,
    /// Highest average level first.
    Average,
}

impl MemberOrder {
    pub const ALL: [MemberOrder; 3] = [MemberOrder::Team, MemberOrder::Name, MemberOrder::Average];

    pub fn code(self) -> &'static str {
        match self {
            MemberOrder::Team => "team",
            MemberOrder::Name => "name",
            MemberOrder::Average => "average",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            MemberOrder::Team => "Team order",
            MemberOrder::Name => "Name",
            MemberOrder::Average => "Average level, highest first",
        }
    }

    pub fn from_code(code: &str) -> Option<MemberOrder> {
        MemberOrder::ALL.into_iter().find(|o| o.code() == code)
    }
}

impl TeamView {
    /// The heat map's order: areas by the model or by the team's gap (largest first, unknown gaps last), members
    /// by `members`. Returns indices into `areas` and `names`.
    pub fn order(&self, by_gap: bool, members: MemberOrder) -> (Vec<usize>, Vec<usize>) {
        let mut areas: Vec<usize> = (0..self.areas.len()).collect();
        if by_gap {
            let gap = |j: usize| self.areas[j].gap.unwrap_or(f32::MIN);
            order::sort_by(&mut areas, |a, b| gap(*b).total_cmp(&gap(*a)));
        }
        let mut members_order: Vec<usize> = (0..self.names.len()).collect();
        // Keys worked out once: the sort compares each member with many others.
        match members {
            MemberOrder::Team => {}
            MemberOrder::Name => {
                let names: Vec<String> = self.names.iter().map(|n| n.to_lowercase()).collect();
                order::sort_by_key(&mut members_order, |&m| &names[m]);
            }
            MemberOrder::Average => {
                let average: Vec<f32> = self
                    .heat
                    .iter()
                    .map(|row| {
                        let rated: Vec<f32> = row.iter().flatten().copied().collect();
                        if rated.is_empty() {
                            0.0
                        } else {
                            rated.iter().sum::<f32>() / rated.len() as f32
                        }
                    })
                    .collect();
                order::sort_by(&mut members_order, |a, b| {
                    average[*b].total_cmp(&average[*a])
                });
            }
        }
        (areas, members_order)
    }

    /// The areas with a gap, largest first (ties: more members below, then model order).
    pub fn top_gaps(&self) -> Vec<&AreaSpread> {
        let mut gaps: Vec<&AreaSpread> = self
            .areas
            .iter()
            .filter(|a| a.gap.is_some_and(|g| g > 0.0))
            .collect();
        order::sort_by(&mut gaps, |a, b| {
            b.gap
                .unwrap_or(0.0)
                .total_cmp(&a.gap.unwrap_or(0.0))
                .then_with(|| b.below.len().cmp(&a.below.len()))
        });
        gaps
    }

    /// The team's average as a benchmark any member can compare with.
    pub fn benchmark(&self, team_name: &str) -> Benchmark {
        Benchmark {
            name: format!("{team_name} average ({} members)", self.names.len()),
            kind: BenchmarkKind::Team,
            levels: order::map_of(
                self.areas
                    .iter()
                    .filter_map(|a| Some((a.area.clone(), (a.mean? * 10.0).round() / 10.0))),
            ),
            source: "the average of the members' own ratings".into(),
        }
    }

    /// The benchmark as an import file (`{"name", "source", "levels"}`), the form *Import a benchmark* reads.
    pub fn benchmark_file(&self, team_name: &str) -> String {
        let b = self.benchmark(team_name);
        serde_json::json!({ "name": b.name, "source": b.source, "levels": b.levels }).to_string()
    }
}

/// Group training: a public course paid per seat against an in-house workshop with a fixed fee and a cost per head.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GroupCase {
    pub seat_fee: f64,
    /// Travel and expenses per person for the public course.
    pub seat_travel: f64,
    pub workshop_fee: f64,
    /// Materials, room and catering per person for the workshop.
    pub workshop_per_head: f64,
    /// People trained; 0 uses the team's size.
    pub people: f64,
}

impl Default for GroupCase {
    fn default() -> Self {
        GroupCase {
            seat_fee: 2_000.0,
            seat_travel: 500.0,
            workshop_fee: 12_000.0,
            workshop_per_head: 100.0,
            people: 0.0,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupOutcome {
    pub people: f64,
    pub public: f64,
    pub workshop: f64,
    /// From how many people the workshop costs less; `None` when it never does.
    pub break_even_people: Option<f64>,
}

impl GroupCase {
    pub fn outcome(&self, team_size: usize) -> GroupOutcome {
        let clean = |v: f64| {
            if v.is_finite() && v > 0.0 {
                v.min(1e12)
            } else {
                0.0
            }
        };
        let people = if clean(self.people) > 0.0 {
            clean(self.people).round()
        } else {
            team_size as f64
        };
        let per_seat = clean(self.seat_fee) + clean(self.seat_travel);
        let public = per_seat * people;
        let workshop = clean(self.workshop_fee) + clean(self.workshop_per_head) * people;
        // fixed + head × n < seat × n  ⇔  n > fixed / (seat − head)
        let saving = per_seat - clean(self.workshop_per_head);
        let break_even_people =
            (saving > 0.0).then(|| (clean(self.workshop_fee) / saving).floor() + 1.0);
        GroupOutcome {
            people,
            public,
            workshop,
            break_even_people,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::link::encode;
    use crate::core::report::ShareOptions;
    use crate::core::workspace::Workspace;

    fn link(name: &str, day: u64, levels: &[(&str, u8, u8)]) -> String {
        let mut ws = Workspace::default();
        ws.profile.name = name.into();
        for (area, k, e) in levels {
            ws.assessment.rate(area, 0, |r| {
                r.knowledge = Some(*k);
                r.experience = Some(*e);
            });
        }
        let model = CompetencyModel::builtin();
        format!(
            "https://x.org/skillcase/report/#{}",
            encode(&Report::of(&ws, model, ShareOptions::default(), day), model)
        )
    }

    #[test]
    fn the_heat_map_orders_areas_by_gap_and_members_by_name_or_average() {
        let model = CompetencyModel::builtin();
        let mut team = Team::default();
        team.add_links(
            &[
                link("bea", 10, &[("data", 2, 2), ("vision", 4, 4)]),
                link("Al", 10, &[("data", 5, 5), ("vision", 5, 5)]),
                link("Cy", 10, &[("data", 1, 1)]),
            ]
            .join(" "),
            model,
        );
        let v = view(&open_members(&team.members, model), team.role, model);
        let (areas, members) = v.order(false, MemberOrder::Team);
        assert_eq!(areas, (0..model.areas.len()).collect::<Vec<_>>());
        assert_eq!(members, vec![0, 1, 2]);
        assert_eq!(
            v.order(false, MemberOrder::Name).1,
            vec![1, 0, 2],
            "by name, ignoring case"
        );
        assert_eq!(
            v.order(false, MemberOrder::Average).1,
            vec![1, 0, 2],
            "5, 3, 1"
        );
        let (by_gap, _) = v.order(true, MemberOrder::Team);
        let gaps: Vec<f32> = by_gap
            .iter()
            .map(|&j| v.areas[j].gap.unwrap_or(f32::MIN))
            .collect();
        assert!(gaps.windows(2).all(|w| w[0] >= w[1]), "{gaps:?}");
        assert_eq!(
            v.areas[by_gap[0]].area, "data",
            "the team is lowest on data"
        );
        assert_eq!(
            MemberOrder::from_code("average"),
            Some(MemberOrder::Average)
        );
        assert_eq!(MemberOrder::from_code("nonsense"), None);
    }

    #[test]
    fn links_are_added_refreshed_and_bad_ones_reported_by_position() {
        let model = CompetencyModel::builtin();
        let mut team = Team::default();
        let ada = link("Ada", 100, &[("data", 2, 2)]);
        let pasted = format!(
            "{ada}\n{}  nonsense\n{ada}\n{}",
            link("Bo", 100, &[]),
            link("", 100, &[])
        );
        let added = team.add_links(&pasted, model);
        assert_eq!((added.added, added.refreshed), (3, 0));
        assert_eq!(
            added.problems,
            vec![
                (3, "not a Skillcase report link".to_string()),
                (4, "already in the team".to_string())
            ]
        );
        let newer = link("Ada", 200, &[("data", 4, 4)]);
        let again = team.add_links(&format!("{newer} {}", link("Ada", 50, &[])), model);
        assert_eq!((again.added, again.refreshed), (0, 1));
        assert_eq!(
            again.problems,
            vec![(2, "older than the link already in the team".to_string())]
        );
        let opened = open_members(&team.members, model);
        assert_eq!(
            opened.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(),
            ["Ada", "Bo", "Member 3"]
        );
        assert_eq!(
            opened[0].report.assessment.rating("data").current(),
            Some(4.0)
        );
        team.members[2].rename = "Cy".into();
        assert_eq!(open_members(&team.members, model)[2].name, "Cy");
    }

    #[test]
    fn the_team_view_averages_what_was_rated_and_names_who_is_below() {
        let model = CompetencyModel::builtin();
        let mut team = Team {
            role: Role::SeniorPm,
            ..Team::default()
        };
        let mut na = Workspace::default();
        na.profile.name = "Na".into();
        na.assessment.rate("data", 0, |r| r.not_relevant = true);
        let na_link = encode(&Report::of(&na, model, ShareOptions::default(), 1), model);
        team.add_links(
            &format!(
                "{} {} {na_link}",
                link("A", 1, &[("data", 1, 1)]),
                link("B", 1, &[("data", 4, 3)])
            ),
            model,
        );
        let v = view(&open_members(&team.members, model), team.role, model);
        let data = v.areas.iter().find(|a| a.area == "data").unwrap();
        assert_eq!(
            (data.n, data.mean, data.min, data.max),
            (2, Some(2.25), Some(1.0), Some(3.5)),
            "n/a is left out"
        );
        let target = role_benchmark(Role::SeniorPm, &Default::default()).levels["data"];
        assert_eq!(data.gap, Some(target - 2.25));
        assert!(data.below.contains(&"A".to_string()));
        assert_eq!(v.heat.len(), 3);
        assert_eq!(
            v.heat[2][model.areas.iter().position(|a| a.id == "data").unwrap()],
            None
        );
        assert_eq!(v.top_gaps()[0].area, "data", "the only area anyone rated");
        let b = v.benchmark("Platform team");
        assert_eq!((b.kind, b.levels["data"]), (BenchmarkKind::Team, 2.3));
        assert_eq!(b.name, "Platform team average (3 members)");
        let file = v.benchmark_file("Platform team");
        assert_eq!(
            crate::core::benchmark::import(model, "team.json", &file)
                .unwrap()
                .levels["data"],
            2.3
        );
    }

    #[test]
    fn a_member_on_an_older_model_version_is_compared_on_the_current_one() {
        let mut v2 = CompetencyModel::builtin().clone();
        v2.version = 2;
        let mut team = Team::default();
        team.add_links(&link("Old", 1, &[("data", 3, 3)]), &v2);
        let opened = open_members(&team.members, &v2);
        assert_eq!(opened[0].report.assessment.model_version, 2);
        assert_eq!(
            opened[0].report.assessment.rating("data").current(),
            Some(3.0)
        );
    }

    #[test]
    fn group_training_compares_seats_with_a_workshop_and_finds_the_break_even() {
        let case = GroupCase {
            seat_fee: 2_000.0,
            seat_travel: 500.0,
            workshop_fee: 12_000.0,
            workshop_per_head: 100.0,
            people: 0.0,
        };
        let o = case.outcome(10);
        assert_eq!((o.people, o.public, o.workshop), (10.0, 25_000.0, 13_000.0));
        // 12 000 / (2 500 − 100) = 5: at 5 people both cost 12 500; from 6 the workshop is cheaper.
        assert_eq!(o.break_even_people, Some(6.0));
        let five = case.outcome(5);
        assert!(five.workshop >= five.public);
        let six = case.outcome(6);
        assert!(six.workshop < six.public);
        let never = GroupCase {
            workshop_per_head: 3_000.0,
            ..case.clone()
        }
        .outcome(10);
        assert_eq!(never.break_even_people, None);
        let nonsense = GroupCase {
            seat_fee: f64::NAN,
            people: -3.0,
            ..case
        }
        .outcome(4);
        assert_eq!((nonsense.people, nonsense.public), (4.0, 2_000.0));
    }
}
