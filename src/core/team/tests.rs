use super::*;
use crate::core::assess::{Assessment, Rating};
use crate::core::compare::benchmark::{role_benchmark, BenchmarkKind};
use crate::core::date::DAY_MS;
use crate::core::justify::arguments::Arguments;
use crate::core::justify::roi::{
    Adjustments, BenefitModel, Estimate, Field, Figure, HoursUse, Input, Training, Verdict,
    WorkingTime,
};
use crate::core::justify::verdict::claims_a_return;
use crate::core::share::link::encode;

/// The report link a member with these ratings makes on `day`, their other steps untouched.
fn report_link(name: &str, day: u64, rate: impl Fn(&mut Assessment)) -> String {
    let mut assessment = Assessment::default();
    rate(&mut assessment);
    assessment.updated_at = day * DAY_MS;
    let report = Report {
        made_on: day,
        name: name.into(),
        role: None,
        assessment,
        benchmark: None,
        goals: Vec::new(),
        training: Training::default(),
        cover: String::new(),
        money: None,
        arguments: Arguments::default(),
    };
    let model = CompetencyModel::builtin();
    format!("https://x.org/skillcase/report/#{}", encode(&report, model))
}

fn link(name: &str, day: u64, levels: &[(&str, u8, u8)]) -> String {
    report_link(name, day, |a| {
        for (area, k, e) in levels {
            a.rate(area, 0, |r: &mut Rating| {
                r.knowledge = Some(*k);
                r.experience = Some(*e);
            });
        }
    })
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
    let na_link = report_link("Na", 1, |a| a.rate("data", 0, |r| r.not_relevant = true));
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
        (2, Some(2.0), Some(1.0), Some(3.0)),
        "n/a is left out"
    );
    let target = role_benchmark(model, Role::SeniorPm, &Default::default())
        .unwrap()
        .levels["data"];
    assert_eq!(data.gap, Some(target - 2.0));
    assert!(data.below.contains(&"A".to_string()));
    assert_eq!(v.heat.len(), 3);
    assert_eq!(
        v.heat[2][model.areas.iter().position(|a| a.id == "data").unwrap()],
        None
    );
    assert_eq!(v.top_gaps()[0].area, "data", "the only area anyone rated");
    let b = v.benchmark("Platform team");
    assert_eq!((b.kind, b.levels["data"]), (BenchmarkKind::Team, 2.0));
    assert_eq!(b.name, "Platform team average (3 members)");
    let file = v.benchmark_file("Platform team");
    assert_eq!(
        crate::core::compare::import::read(model, "team.json", &file)
            .and_then(|r| r.benchmark(model, &Default::default()))
            .unwrap()
            .levels["data"],
        2.0
    );
}

#[test]
fn a_member_on_an_older_model_version_is_compared_on_the_current_one() {
    let mut next = CompetencyModel::builtin().clone();
    next.version += 1;
    let mut team = Team::default();
    team.add_links(&link("Old", 1, &[("data", 3, 3)]), &next);
    let opened = open_members(&team.members, &next);
    assert_eq!(opened[0].report.assessment.model_version, next.version);
    assert_eq!(
        opened[0].report.assessment.rating("data").current(),
        Some(3.0)
    );
}

/// Stakeholders from other functions take seats and time away; the benefit stays the PMs'.
#[test]
fn guests_from_other_functions_add_to_the_cost_and_not_to_the_benefit() {
    let basis = WorkingTime::default();
    let pms = GroupCase {
        seat_fee: Some(1_000.0),
        seat_travel: Some(0.0),
        people: 4.0,
        days_away: 2.0,
        salary: 88_000.0,
        overhead: 1.25,
        benefit_per_person: Estimate {
            expected: 5_000.0,
            low: None,
            high: None,
        },
        ..GroupCase::default()
    };
    let with_guests = GroupCase {
        guests: 2.0,
        guest_salary: 66_000.0,
        ..pms.clone()
    };
    let (a, b) = (pms.outcome(9, &basis), with_guests.outcome(9, &basis));
    let (pa, pb) = (a.public.unwrap(), b.public.unwrap());
    assert_eq!(pb.fees, 6_000.0);
    let guest_day = basis.loaded_daily(66_000.0, 1.25);
    assert!((pb.time_away - pa.time_away - 2.0 * 2.0 * guest_day).abs() < 1e-6);
    assert_eq!(pa.figures.benefit, pb.figures.benefit);
    assert!(pb.figures.cost > pa.figures.cost);
    assert_eq!((b.people, b.guests), (4.0, 2.0));
    // Without their own salary, guests' time is priced like the participants'.
    let same = GroupCase {
        guests: 1.0,
        ..pms.clone()
    }
    .outcome(9, &basis)
    .public
    .unwrap();
    assert!((same.time_away - pa.time_away * 5.0 / 4.0).abs() < 1e-6);
}

#[test]
fn group_training_compares_seats_with_a_workshop_on_full_cost_and_finds_the_break_even() {
    let basis = WorkingTime::default(); // 220 days
    let case = GroupCase {
        seat_fee: Some(2_000.0),
        seat_travel: Some(500.0),
        workshop_fee: Some(12_000.0),
        workshop_per_head: Some(100.0),
        days_away: 2.0,
        salary: 88_000.0,
        overhead: 1.25,
        ..GroupCase::default()
    };
    let o = case.outcome(10, &basis);
    // Time away: 2 days × 88 000 × 1.25 ÷ 220 = 1 000 a person, the same for either option.
    let (public, workshop) = (o.public.clone().unwrap(), o.workshop.clone().unwrap());
    assert_eq!((o.people, public.time_away), (10.0, 10_000.0));
    // Each part is shown as what it is: seat fees as fees, travel as travel.
    assert_eq!((public.fees, public.travel), (20_000.0, 5_000.0));
    assert_eq!((workshop.fees, workshop.travel), (13_000.0, 0.0));
    assert_eq!(
        (public.figures.cost, workshop.figures.cost),
        (35_000.0, 23_000.0)
    );
    // 12 000 / (2 500 − 100) = 5: at 5 people both cost 12 500 in fees; from 6 the workshop is cheaper.
    assert_eq!(o.break_even_people, Some(6.0));
    assert_eq!(o.cheaper().unwrap().0, "the in-house workshop");
    let five = case.outcome(5, &basis);
    assert!(five.workshop.unwrap().figures.cost >= five.public.unwrap().figures.cost);
    let never = GroupCase {
        workshop_per_head: Some(3_000.0),
        ..case.clone()
    }
    .outcome(10, &basis);
    assert_eq!(never.break_even_people, None);
    let nonsense = GroupCase {
        seat_fee: Some(f64::NAN),
        people: -3.0,
        days_away: 0.0,
        ..case.clone()
    }
    .outcome(4, &basis);
    assert_eq!(
        (nonsense.people, nonsense.public.unwrap().figures.cost),
        (4.0, 2_000.0)
    );
}

#[test]
fn an_untyped_price_is_a_quote_pending_never_a_figure() {
    let basis = WorkingTime::default();
    let pending = GroupCase {
        seat_fee: Some(1_500.0),
        ..GroupCase::default()
    };
    let o = pending.outcome(8, &basis);
    assert_eq!(
        (o.public.clone(), o.workshop.clone(), o.break_even_people),
        (None, None, None)
    );
    assert!(pending.stated(&o, &|f| format!("{f:?}")).is_none());
    let f = |fig: Figure| match fig {
        Figure::Money(v) => format!("€{v:.0}"),
        other => format!("{other:?}"),
    };
    assert_eq!(price(None, &f), "quote pending");
    assert_eq!(price(Some(1_500.0), &f), "€1500");
}

#[test]
fn the_group_case_counts_benefits_conservatively_and_says_when_it_falls_short() {
    let basis = WorkingTime::default();
    let f = |fig: Figure| match fig {
        Figure::Money(v) => format!("€{v:.0}"),
        Figure::Percent(v) => format!("{v:.0}%"),
        Figure::Number(v, _) => format!("{v}"),
    };
    let mut case = GroupCase {
        seat_fee: Some(1_000.0),
        seat_travel: Some(0.0),
        workshop_fee: Some(50_000.0),
        workshop_per_head: Some(0.0),
        days_away: 0.0,
        benefit_per_person: Estimate::expecting(8_000.0),
        adjustments: Adjustments {
            attribution_pct: 50.0,
            confidence_pct: 50.0,
            years: 1.0,
            ramp_weeks: 0.0,
            discount_pct: 0.0,
            fade_pct: 0.0,
        },
        ..GroupCase::default()
    };
    // 10 people, public course 10 000; benefit 10 × 4 000 (low: half of 8 000) × 50 % × 50 % = 10 000: net 0.
    let o = case.outcome(10, &basis);
    let public = o.public.clone().unwrap();
    assert_eq!(
        (public.figures.cost, public.figures.benefit),
        (10_000.0, 10_000.0)
    );
    assert_eq!(o.break_even_per_person, Some(4_000.0));
    let (name, stated) = case.stated(&o, &f).unwrap();
    assert_eq!(name, "the public course");
    assert_eq!(stated.verdict, Verdict::FallsShort);
    assert!(
        !claims_a_return(&stated.sentence()),
        "{}",
        stated.sentence()
    );
    assert!(stated
        .sentence()
        .contains("a benefit of €4000 a person a year"));
    case.benefit_per_person.low = Some(6_000.0);
    let (_, pays) = case.stated(&case.outcome(10, &basis), &f).unwrap();
    assert_eq!(pays.verdict, Verdict::PaysBack);
    assert!(
        pays.sentence().contains("returns 50%"),
        "{}",
        pays.sentence()
    );
    let swings = case.sensitivity(10, &basis);
    assert!(swings.iter().any(|s| s.input == Input::BenefitPerPerson));
}

/// The group's benefit is built from the same four models as one person's case, worked out by the same code: hours
/// saved for each participant, priced on their loaded cost, what the hours go to asked; the ramp-up, the present value,
/// the honesty rules and the sensitivity come with it. A field with an error blocks every figure.
#[test]
fn the_group_case_is_built_on_the_four_benefit_models() {
    let basis = WorkingTime::default();
    let f = |fig: Figure| match fig {
        Figure::Money(v) => format!("€{v:.0}"),
        Figure::Percent(v) => format!("{v:.0}%"),
        Figure::Number(v, _) => format!("{v}"),
    };
    let mut group = GroupCase {
        seat_fee: Some(1_000.0),
        seat_travel: Some(0.0),
        days_away: 0.0,
        salary: 88_000.0,
        overhead: 1.0,
        // Left from before the models: not counted once a model is on.
        benefit_per_person: Estimate::expecting(1_000_000.0),
        ..GroupCase::default()
    };
    group.benefits.time_saved.on = true;
    group.benefits.time_saved.hours_per_week = Estimate::expecting(2.0);
    // Not said what the hours go to: nothing counted.
    let o = group.outcome(10, &basis);
    assert_eq!(o.public.as_ref().unwrap().figures.benefit, 0.0);
    group.benefits.time_saved.hours_go_to = HoursUse::WaitingWork;
    // 88,000 ÷ 220 ÷ 8 = €50 an hour; 1 hour a week (low) × 44 weeks × €50 × 10 people = €22,000 a year; × 50 % × 70 %
    // × 35/52 of the year after the 17-week ramp-up.
    let o = group.outcome(10, &basis);
    let public = o.public.clone().unwrap();
    let expected = 22_000.0 * 0.5 * 0.7 * 35.0 / 52.0;
    assert!(
        (public.figures.benefit - expected).abs() < 1e-6,
        "{}",
        public.figures.benefit
    );
    assert_eq!(public.figures.cost, 10_000.0);
    let (_, stated) = group.stated(&o, &f).unwrap();
    assert_eq!(stated.verdict, Verdict::FallsShort);
    assert!(
        !claims_a_return(&stated.sentence()),
        "{}",
        stated.sentence()
    );
    let swings = group.sensitivity(10, &basis);
    assert!(swings
        .iter()
        .any(|s| s.input == Input::Driver(BenefitModel::TimeSaved)));
    assert!(swings.iter().any(|s| s.input == Input::RampUp));
    // An attribution of 120 %: no figure, the field named.
    group.adjustments.attribution_pct = 120.0;
    let o = group.outcome(10, &basis);
    assert_eq!(o.unfixed, vec![Field::AttributionPct]);
    assert_eq!(o.public.as_ref().unwrap().figures.benefit, 0.0);
    let (_, stated) = group.stated(&o, &f).unwrap();
    assert!(stated
        .headline()
        .starts_with("Figures incomplete: fix 1 field (Share due to the training)"));
    assert!(group.sensitivity(10, &basis).is_empty());
    // Before the models, a low estimate above the expected one is refused too.
    let mut typed = GroupCase {
        benefit_per_person: Estimate {
            expected: 5_000.0,
            low: Some(9_000.0),
            high: None,
        },
        ..GroupCase::default()
    };
    assert_eq!(
        typed.outcome(4, &basis).unfixed,
        vec![Field::BenefitPerPerson]
    );
    typed.benefit_per_person.low = Some(2_000.0);
    assert!(typed.outcome(4, &basis).unfixed.is_empty());
}

#[test]
fn what_a_paste_did_is_said_in_a_sentence() {
    let added = Added {
        added: 2,
        refreshed: 1,
        problems: vec![(3, "already in the team".into())],
    };
    assert_eq!(
        added.summary(),
        "Added 2, updated 1 with a newer link. Link 3: already in the team."
    );
    assert_eq!(Added::default().summary(), "Nothing added.");
}

#[test]
fn the_team_radar_shows_average_spread_and_the_roles_expectations() {
    let model = CompetencyModel::builtin();
    let mut team = Team::default();
    team.add_links(
        &format!(
            "{} {}",
            link("Ada", 1, &[("data", 2, 2)]),
            link("Bo", 1, &[("data", 4, 4)])
        ),
        model,
    );
    let v = view(&open_members(&team.members, model), Role::Pm, model);
    let radar = v.radar(model, Role::Pm, &crate::core::chart::Palette::LIGHT);
    let data = model.areas.iter().position(|a| a.id == "data").unwrap();
    let values: Vec<Option<f32>> = radar.series.iter().map(|s| s.values[data]).collect();
    assert_eq!(values, [Some(3.0), Some(2.0), Some(4.0), Some(3.0)]);
    assert_eq!(radar.axes.len(), model.areas.len());
    assert!(radar
        .caption
        .starts_with("Team of 2 against Product Manager expectations"));
}
