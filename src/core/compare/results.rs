//! What an assessment says against a benchmark: gaps weighted by importance and ranked, strengths, the focus areas,
//! what kind each gap is, and where knowing outruns doing.
//!
//! The rule: the current level is the applied experience. Ratings are whole levels while benchmarks are often halves
//! (3.5) or averages, so a gap is read against whole levels: one under a whole level is *near* (neither learn nor
//! practise, and no course is argued from it). A larger gap is a *learn* gap if knowledge is below the whole level at
//! or above the benchmark (a course helps), and a *practise* gap if knowledge already reaches it (stretch work,
//! mentoring and doing it on the job close it; another course does not).

use std::cmp::Ordering;

use super::benchmark::Benchmark;
use crate::core::assess::Assessment;
use crate::core::model::CompetencyModel;
use crate::core::order;

/// How many of the largest gaps become the focus.
pub const FOCUS_AREAS: usize = 3;
/// Knowledge this many levels above applied experience is called out: "you know it but haven't done it".
pub const KNOW_NOT_DONE: u8 = 2;

/// What closes a gap: learning what one does not yet know, or practising what one knows but has not yet done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GapKind {
    Learn,
    Practise,
    Near,
}

impl GapKind {
    pub fn label(self) -> &'static str {
        match self {
            GapKind::Learn => "learn",
            GapKind::Practise => "practise",
            GapKind::Near => "near",
        }
    }

    /// What closes a gap of this kind, in a phrase.
    pub fn remedy(self) -> &'static str {
        match self {
            GapKind::Learn => "a course or structured learning helps",
            GapKind::Practise => "stretch work, mentoring and doing it on the job close it",
            GapKind::Near => "within a level, the work itself closes it; no course needed",
        }
    }

    /// The kind of the gap of applied experience `current` below `target`: near under a whole level; else learn or
    /// practise as `knowledge` is below or at the whole level the target asks. Unknown knowledge counts as not yet
    /// learnt.
    pub fn of(knowledge: Option<f32>, current: f32, target: f32) -> GapKind {
        // A hair under a whole level, from an average, is still under it.
        if target - current < 1.0 - 1e-4 {
            return GapKind::Near;
        }
        match knowledge {
            Some(k) if k >= (target - 1e-4).ceil() => GapKind::Practise,
            _ => GapKind::Learn,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AreaResult {
    pub area: String,
    /// The applied experience; `None` when the area is not rated or not relevant.
    pub current: Option<f32>,
    /// What the user knows, reported beside the level.
    pub knowledge: Option<f32>,
    /// `None` when the benchmark has no value for the area.
    pub target: Option<f32>,
    pub importance: u8,
    /// Target − current; negative where the user is above the benchmark.
    pub gap: Option<f32>,
    /// The gap, if positive, times importance: what ranks the areas.
    pub weighted: f32,
    /// Where there is a gap: whether learning or practice closes it.
    pub kind: Option<GapKind>,
    pub know_not_done: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// Every area, largest weighted gap first.
    pub ranked: Vec<AreaResult>,
    /// Up to three areas with a real gap: where training should go.
    pub focus: Vec<String>,
    /// Areas at or above the benchmark, strongest margin first.
    pub strengths: Vec<String>,
    /// Areas whose knowledge is well ahead of applied experience.
    pub know_not_done: Vec<String>,
}

pub fn results(
    model: &CompetencyModel,
    assessment: &Assessment,
    benchmark: Option<&Benchmark>,
) -> Results {
    let mut ranked: Vec<(usize, AreaResult)> = model
        .areas
        .iter()
        .enumerate()
        .map(|(order, area)| {
            let rating = assessment.rating(&area.id);
            let current = rating.current();
            let target = if rating.not_relevant { None } else { benchmark.and_then(|b| b.levels.get(&area.id).copied()) };
            let gap = current.zip(target).map(|(c, t)| t - c);
            let importance = rating.weight();
            let weighted = gap.map_or(0.0, |g| g.max(0.0) * f32::from(importance));
            let know_not_done = matches!((rating.knowledge, rating.experience), (Some(k), Some(e)) if k >= e + KNOW_NOT_DONE)
                && !rating.not_relevant;
            let knowledge = rating.knowledge.filter(|_| !rating.not_relevant).map(f32::from);
            let kind = current.zip(target).filter(|(c, t)| t > c).map(|(c, t)| GapKind::of(knowledge, c, t));
            (order, AreaResult { area: area.id.clone(), current, knowledge, target, importance, gap, weighted, kind, know_not_done })
        })
        .collect();
    // Ties: the larger raw gap, then the more important, then the model's own order, so the ranking never wobbles.
    order::sort_by(&mut ranked, |(ao, a), (bo, b)| {
        b.weighted
            .total_cmp(&a.weighted)
            .then_with(|| {
                b.gap
                    .unwrap_or(f32::MIN)
                    .total_cmp(&a.gap.unwrap_or(f32::MIN))
            })
            .then_with(|| b.importance.cmp(&a.importance))
            .then_with(|| ao.cmp(bo))
    });
    let ranked: Vec<AreaResult> = ranked.into_iter().map(|(_, r)| r).collect();
    let focus = ranked
        .iter()
        .filter(|r| r.weighted > 0.0)
        .take(FOCUS_AREAS)
        .map(|r| r.area.clone())
        .collect();
    let mut strengths: Vec<&AreaResult> = ranked
        .iter()
        .filter(|r| r.gap.is_some_and(|g| g <= 0.0))
        .collect();
    order::sort_by(&mut strengths, |a, b| {
        a.gap
            .unwrap_or(0.0)
            .total_cmp(&b.gap.unwrap_or(0.0))
            .then_with(|| {
                b.current
                    .unwrap_or(0.0)
                    .total_cmp(&a.current.unwrap_or(0.0))
            })
    });
    let strengths = strengths.into_iter().map(|r| r.area.clone()).collect();
    let know_not_done = model
        .areas
        .iter()
        .filter(|a| ranked.iter().any(|r| r.area == a.id && r.know_not_done))
        .map(|a| a.id.clone())
        .collect();
    Results {
        ranked,
        focus,
        strengths,
        know_not_done,
    }
}

impl Results {
    pub fn get(&self, area: &str) -> Option<&AreaResult> {
        self.ranked.iter().find(|r| r.area == area)
    }

    /// The kind of an area's gap, if it has one.
    pub fn kind(&self, area: &str) -> Option<GapKind> {
        self.get(area).and_then(|r| r.kind)
    }

    /// The focus areas whose gap is of `kind`, in focus order.
    pub fn focus_of(&self, kind: GapKind) -> Vec<String> {
        self.focus
            .iter()
            .filter(|a| self.kind(a) == Some(kind))
            .cloned()
            .collect()
    }

    /// One sentence for the chart's readers: strongest area, weakest area, biggest gap.
    pub fn summary(&self, model: &CompetencyModel) -> String {
        let name = |id: &str| model.area(id).map_or(id.to_string(), |a| a.name.clone());
        let rated: Vec<&AreaResult> = self.ranked.iter().filter(|r| r.current.is_some()).collect();
        let by_current = |a: &&AreaResult, b: &&AreaResult| {
            a.current.partial_cmp(&b.current).unwrap_or(Ordering::Equal)
        };
        let (Some(strongest), Some(weakest)) = (
            rated.iter().copied().max_by(by_current),
            rated.iter().copied().min_by(by_current),
        ) else {
            return "Rate at least one area to see a summary.".into();
        };
        let gap = match self.focus.first().and_then(|id| self.get(id)) {
            Some(r) => format!(
                "; your biggest gap is {} ({:.1} levels below the benchmark)",
                name(&r.area),
                r.gap.unwrap_or(0.0)
            ),
            None => "; you meet the benchmark everywhere you rated".into(),
        };
        format!(
            "Your strongest area is {} ({:.1}), your weakest is {} ({:.1}){gap}.",
            name(&strongest.area),
            strongest.current.unwrap_or(0.0),
            name(&weakest.area),
            weakest.current.unwrap_or(0.0),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::compare::benchmark::{role_benchmark, BenchmarkKind};
    use crate::core::model::Role;
    use std::collections::BTreeMap;

    fn model() -> &'static CompetencyModel {
        CompetencyModel::builtin()
    }

    fn flat(level: f32) -> Benchmark {
        Benchmark {
            name: "flat".into(),
            kind: BenchmarkKind::Imported,
            levels: model()
                .areas
                .iter()
                .map(|a| (a.id.clone(), level))
                .collect::<BTreeMap<_, _>>(),
            source: String::new(),
        }
    }

    fn rated(entries: &[(&str, u8, u8, u8)]) -> Assessment {
        let mut a = Assessment::default();
        for &(area, k, e, i) in entries {
            a.rate(area, 1, |r| {
                r.knowledge = Some(k);
                r.experience = Some(e);
                r.importance = Some(i);
            });
        }
        a
    }

    #[test]
    fn gaps_are_weighted_by_importance_and_ranked() {
        let a = rated(&[
            ("data", 2, 2, 5),
            ("vision", 1, 1, 1),
            ("market", 3, 3, 4),
            ("launch", 5, 5, 5),
        ]);
        let r = results(model(), &a, Some(&flat(4.0)));
        // data: gap 2 × 5 = 10; vision: gap 3 × 1 = 3; market: gap 1 × 4 = 4; launch: above the benchmark.
        let top: Vec<(&str, f32)> = r
            .ranked
            .iter()
            .take(3)
            .map(|x| (x.area.as_str(), x.weighted))
            .collect();
        assert_eq!(top, [("data", 10.0), ("market", 4.0), ("vision", 3.0)]);
        assert_eq!(r.focus, ["data", "market", "vision"]);
        assert_eq!(r.strengths, ["launch"]);
        assert_eq!(r.get("launch").unwrap().gap, Some(-1.0));
        assert_eq!(r.get("launch").unwrap().weighted, 0.0);
    }

    #[test]
    fn ties_break_on_raw_gap_then_importance_then_model_order() {
        // All weigh 4: data gap 1 × 4, vision gap 2 × 2, market gap 4 × 1, roadmap gap 1 × 4.
        let a = rated(&[
            ("roadmap", 3, 3, 4),
            ("data", 3, 3, 4),
            ("vision", 2, 2, 2),
            ("market", 1, 1, 1),
        ]);
        let mut b = flat(4.0);
        b.levels.insert("market".into(), 5.0);
        let r = results(model(), &a, Some(&b));
        let order: Vec<&str> = r.ranked.iter().take(4).map(|x| x.area.as_str()).collect();
        assert_eq!(
            order,
            ["market", "vision", "data", "roadmap"],
            "data comes before roadmap in the model"
        );
    }

    #[test]
    fn not_relevant_and_unrated_areas_have_no_gap() {
        let mut a = rated(&[("data", 1, 1, 5)]);
        a.rate("vision", 1, |r| {
            r.knowledge = Some(1);
            r.not_relevant = true;
        });
        let r = results(model(), &a, Some(&flat(5.0)));
        let vision = r.get("vision").unwrap();
        assert_eq!(
            (vision.current, vision.target, vision.gap, vision.weighted),
            (None, None, None, 0.0)
        );
        let market = r.get("market").unwrap();
        assert_eq!((market.current, market.gap), (None, None));
        assert_eq!(r.focus, ["data"]);
        assert!(r.strengths.is_empty());
    }

    #[test]
    fn unset_importance_weighs_as_the_middle_of_the_scale() {
        let mut a = Assessment::default();
        a.rate("data", 1, |r| {
            r.knowledge = Some(2);
            r.experience = Some(2);
        });
        let r = results(model(), &a, Some(&flat(4.0)));
        assert_eq!(r.get("data").unwrap().weighted, 2.0 * 3.0);
    }

    #[test]
    fn no_benchmark_means_no_gaps_but_still_the_know_not_done_call_out() {
        let a = rated(&[("data", 5, 2, 3), ("vision", 4, 3, 3)]);
        let r = results(model(), &a, None);
        assert!(r.focus.is_empty());
        assert!(r.ranked.iter().all(|x| x.gap.is_none()));
        assert_eq!(r.know_not_done, ["data"]);
    }

    /// The coach's case: knowledge 5 with experience 1 is level 1, and a practise gap, not a strength.
    #[test]
    fn knowing_without_doing_is_a_practise_gap_and_not_knowing_a_learn_gap() {
        let a = rated(&[("data", 5, 1, 5), ("vision", 2, 1, 5), ("launch", 4, 4, 5)]);
        let r = results(model(), &a, Some(&flat(3.0)));
        let data = r.get("data").unwrap();
        assert_eq!(
            (data.current, data.knowledge, data.gap),
            (Some(1.0), Some(5.0), Some(2.0))
        );
        assert_eq!(data.kind, Some(GapKind::Practise));
        assert_eq!(r.kind("vision"), Some(GapKind::Learn));
        assert_eq!(r.kind("launch"), None, "no gap, no kind");
        assert!(
            r.focus.contains(&"data".to_string()),
            "knowing does not hide a gap in doing"
        );
        assert_eq!(r.focus_of(GapKind::Practise), ["data"]);
        assert_eq!(r.focus_of(GapKind::Learn), ["vision"]);
        // Knowledge exactly at the benchmark is enough to make it a practise gap; unrated knowledge is not.
        assert_eq!(GapKind::of(Some(3.0), 1.0, 3.0), GapKind::Practise);
        assert_eq!(GapKind::of(Some(2.0), 1.0, 3.0), GapKind::Learn);
        assert_eq!(GapKind::of(None, 1.0, 3.0), GapKind::Learn);
    }

    /// Targets of half levels and averages are read against whole levels: no lean toward a course from them.
    #[test]
    fn a_gap_under_a_whole_level_is_near_and_the_rest_are_read_against_the_whole_level() {
        assert_eq!(GapKind::of(Some(3.0), 3.0, 3.5), GapKind::Near);
        assert_eq!(GapKind::of(None, 3.0, 3.9), GapKind::Near);
        assert_eq!(
            GapKind::of(Some(3.0), 2.0, 3.5),
            GapKind::Learn,
            "3.5 asks for level 4"
        );
        assert_eq!(GapKind::of(Some(4.0), 2.0, 3.5), GapKind::Practise);
        assert_eq!(
            GapKind::of(Some(4.0), 2.0, 3.0001),
            GapKind::Practise,
            "an average a hair over a level"
        );
        assert_eq!(
            GapKind::of(Some(4.0), 3.0, 4.0),
            GapKind::Practise,
            "a whole level is not near"
        );
        // A solid PM, 3 and 3 everywhere, against Senior PM's expectations: no learn gap at all.
        let model = model();
        let solid = rated(
            &model
                .areas
                .iter()
                .map(|a| (a.id.as_str(), 3, 3, 3))
                .collect::<Vec<_>>(),
        );
        let senior = role_benchmark(model, Role::SeniorPm, &BTreeMap::new()).unwrap();
        let r = results(model, &solid, Some(&senior));
        assert!(r.focus_of(GapKind::Learn).is_empty(), "{:?}", r.focus);
        assert!(r
            .ranked
            .iter()
            .filter(|a| a.gap.is_some_and(|g| g > 0.0))
            .all(|a| a.kind.is_some()));
    }

    #[test]
    fn the_summary_names_strongest_weakest_and_biggest_gap() {
        let a = rated(&[("data", 2, 2, 5), ("launch", 5, 4, 5)]);
        let r = results(model(), &a, Some(&flat(4.0)));
        assert_eq!(
            r.summary(model()),
            "Your strongest area is Go-to-market & launch (4.0), your weakest is Data fluency (2.0); \
             your biggest gap is Data fluency (2.0 levels below the benchmark)."
        );
        let none = results(model(), &Assessment::default(), None);
        assert_eq!(
            none.summary(model()),
            "Rate at least one area to see a summary."
        );
    }
}
