//! The team per area against a role: average, spread, who is a level or more below, for how many it is a focus; the
//! heat map's order; the team's largest gaps; and the team's average as a benchmark.

use super::Opened;
use crate::core::chart::{Palette, Series};
use crate::core::compare::benchmark::{role_benchmark, Benchmark, BenchmarkKind};
use crate::core::compare::radar::Radar;
use crate::core::compare::results::results;
use crate::core::model::{CompetencyModel, Role};
use crate::core::order;
use crate::core::words::count;

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
    // A ladder without the role leaves the team without a target: spreads and levels still show.
    let target = role_benchmark(model, role, &Default::default()).unwrap_or(Benchmark {
        name: String::new(),
        kind: BenchmarkKind::RoleExpectation,
        levels: Default::default(),
        source: String::new(),
    });
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

    /// The team's average, lowest and highest per area against the role's expectations, as one radar.
    pub fn radar(&self, model: &CompetencyModel, role: Role, palette: &Palette) -> Radar {
        let pick = |f: fn(&AreaSpread) -> Option<f32>| self.areas.iter().map(f).collect::<Vec<_>>();
        let series = |label: String, values, color, dashed| Series {
            label,
            values,
            color,
            dashed,
        };
        let role_name = model
            .ladder
            .as_ref()
            .map_or(role.label(), |l| l.name_of(role));
        Radar {
            axes: model.areas.iter().map(|a| a.name.clone()).collect(),
            series: vec![
                series(
                    "Team average".into(),
                    pick(|a| a.mean),
                    Palette::KNOWLEDGE,
                    false,
                ),
                series("Lowest".into(), pick(|a| a.min), Palette::EXPERIENCE, true),
                series("Highest".into(), pick(|a| a.max), Palette::EXPERIENCE, true),
                series(
                    format!("{role_name} expectations"),
                    pick(|a| a.target),
                    palette.benchmark,
                    true,
                ),
            ],
            max: f32::from(model.max_level()),
            caption: format!(
                "Team of {} against {role_name} expectations (role expectations, not survey data)",
                self.names.len(),
            ),
        }
    }

    /// The team's average as a benchmark any member can compare with.
    pub fn benchmark(&self, team_name: &str) -> Benchmark {
        Benchmark {
            name: format!(
                "{team_name} average ({})",
                count(self.names.len(), "member", "members")
            ),
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
