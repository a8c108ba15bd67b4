//! What generated text is written from: the user's gaps and figures, in their number and date formats.

use crate::core::compare::benchmark::Benchmark;
use crate::core::compare::results::{GapKind, Results};
use crate::core::justify::arguments::Facts;
use crate::core::justify::proposal::ProposalFacts;
use crate::core::justify::roi::{BenefitModel, Outcome, Training};
use crate::core::justify::verdict::Stated;
use crate::core::locale::Locale;
use crate::core::plan::{suggested_impact, ImpactMeasure};
use crate::core::workspace::Workspace;
use crate::ui::format::{date, figure, number};

/// The ROI case's conservative figures (`o`), as every text states them, in the user's formats.
pub fn stated(w: &Workspace, o: &Outcome) -> Stated {
    let l = &w.locale;
    let f = |x| figure(l, x);
    let a = &w.case.adjustments;
    Stated::of(
        &o.figures,
        // When the other benefits cover the cost alone, there is no break-even to state beside a case that pays back.
        o.break_even
            .as_ref()
            .filter(|b| !b.others_cover)
            .map(|b| b.phrase(&f)),
        o.break_even.as_ref().is_some_and(|b| b.stretch),
        a,
        &o.unfixed,
        &f,
    )
}

/// What the arguments are written from: the user's focus gaps (`found`) against `benchmark`, and their figures, in
/// their number format.
pub fn facts(w: &Workspace, benchmark: Option<&Benchmark>, found: &Results) -> Facts {
    facts_with(w, benchmark, found, &w.case.outcome())
}

/// The arguments' facts, with the ROI outcome already worked out.
fn facts_with(w: &Workspace, benchmark: Option<&Benchmark>, found: &Results, o: &Outcome) -> Facts {
    let model = w.model();
    let name = |id: &String| model.area(id).map_or(id.clone(), |a| a.name.clone());
    let t = &w.case.training;
    let l = &w.locale;
    Facts {
        against: benchmark.map(Benchmark::attribution).unwrap_or_default(),
        outline: t.outline.clone(),
        // Only a measure the user chose is quoted to the boss as theirs; our suggestion is not their commitment.
        measures: w
            .plan
            .goals_for(found)
            .iter()
            .filter(|g| !g.impact.is_empty())
            .map(|g| impact_phrase(w, &g.area, &g.impact))
            .collect(),
        shortlist: w.case.shortlist.why_chosen(|x| number(l, x, 1)),
        pitch: w.case.pitch.clone(),
        check_in: w
            .plan
            .check_in_date(&t.start, &t.end)
            .map(|iso| date(l, &iso))
            .unwrap_or_default(),
        alternatives: alternatives(w),
        role: w
            .profile
            .role
            .map(|r| model.role_name(r).to_string())
            .unwrap_or_default(),
        focus: found.focus.iter().map(name).collect(),
        course: t.course.clone(),
        provider: t.provider.clone(),
        days_away: if t.days_away > 0.0 {
            number(&w.locale, t.days_away, 1)
        } else {
            String::new()
        },
        stated: stated(w, o),
        know_not_done: found.know_not_done.iter().map(name).collect(),
        learn: found.focus_of(GapKind::Learn).iter().map(name).collect(),
        practise: found.focus_of(GapKind::Practise).iter().map(name).collect(),
        near: found.focus_of(GapKind::Near).iter().map(name).collect(),
    }
}

/// The business measure a goal should move, from its baseline to its target where they are set: "time to first
/// customer test from 6 to 3 weeks". Without the user's own, the area's suggested measure.
fn impact_phrase(w: &Workspace, area: &str, impact: &ImpactMeasure) -> String {
    let l = &w.locale;
    let impact = if impact.is_empty() {
        suggested_impact(area)
    } else {
        impact.clone()
    };
    let unit = if impact.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", impact.unit)
    };
    let move_by = match (impact.baseline, impact.target) {
        (Some(from), Some(to)) => {
            format!(" from {} to {}{unit}", number(l, from, 1), number(l, to, 1))
        }
        (None, Some(to)) => format!(" to {}{unit}", number(l, to, 1)),
        _ => String::new(),
    };
    format!("{}{move_by}", impact.measure.to_lowercase())
}

/// The alternatives the user weighed, with why not, as they typed them.
fn alternatives(w: &Workspace) -> Vec<(String, String)> {
    w.case
        .alternatives
        .iter()
        .filter(|a| !a.way.trim().is_empty())
        .map(|a| (a.way.trim().to_string(), a.why_not.trim().to_string()))
        .collect()
}

/// Each focus area's chain from the gap to the money, in a line: the goal, the impact measure it should move (from
/// its baseline to its target where they are set), and the benefits that rest on it.
pub fn chain_lines(w: &Workspace, found: &Results) -> Vec<(String, String)> {
    let model = w.model();
    let b = &w.case.benefits;
    w.plan
        .goals_for(found)
        .iter()
        .map(|g| {
            let name = model
                .area(&g.area)
                .map_or(g.area.clone(), |a| a.name.clone());
            let money: Vec<&str> = BenefitModel::ALL
                .into_iter()
                .filter(|m| b.is_on(*m) && b.rests_on(*m).contains(&g.area))
                .map(|m| m.label())
                .collect();
            let worth = if money.is_empty() {
                String::new()
            } else {
                format!(" → {}", money.join(", ").to_lowercase())
            };
            (
                name,
                format!(
                    "{} → {}{worth}",
                    g.text(),
                    impact_phrase(w, &g.area, &g.impact)
                ),
            )
        })
        .collect()
}

/// The training's dates in the user's date format: "12 May 2027 – 14 May 2027", or empty while none is set.
pub fn dates(l: &Locale, t: &Training) -> String {
    match (t.start.trim(), t.end.trim()) {
        ("", "") => String::new(),
        (start, "") => date(l, start),
        ("", end) => format!("until {}", date(l, end)),
        (start, end) if start == end => date(l, start),
        (start, end) => format!("{} – {}", date(l, start), date(l, end)),
    }
}

/// What the proposal is written from: the user's gaps against `benchmark` (`found`), goals and figures, in their
/// number and date formats.
pub fn proposal_facts(
    w: &Workspace,
    benchmark: Option<&Benchmark>,
    found: &Results,
) -> ProposalFacts {
    let model = w.model();
    let name = |id: &str| model.area(id).map_or(id.to_string(), |a| a.name.clone());
    let m = &w.locale;
    let t = &w.case.training;
    let o = w.case.outcome();
    let dates = dates(m, t);
    // The figures the arguments are written with, in the same words.
    let shared = facts_with(w, benchmark, found, &o);
    ProposalFacts {
        practise: shared.practise.clone(),
        near: shared.near.clone(),
        course: t.course.clone(),
        provider: t.provider.clone(),
        format: t.format.label().into(),
        dates,
        days_away: shared.days_away,
        stated: shared.stated,
        benchmark: benchmark.map(|b| b.attribution()).unwrap_or_default(),
        cover: w.case.pitch.cover.clone(),
        handover: w.case.pitch.handover.clone(),
        focus: found
            .focus
            .iter()
            .map(|id| {
                let gap = found.get(id).and_then(|r| r.gap).unwrap_or(0.0);
                let unit = if (gap - 1.0).abs() < 0.05 {
                    "level"
                } else {
                    "levels"
                };
                (name(id), format!("{} {unit}", number(m, f64::from(gap), 1)))
            })
            .collect(),
        goals: chain_lines(w, found),
        alternatives: shared.alternatives.clone(),
        // The date the plan holds: the user's, or eight weeks after the training.
        check_in: shared.check_in.clone(),
        first_focus: found.focus.first().map(|id| name(id)).unwrap_or_default(),
    }
}
