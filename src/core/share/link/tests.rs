use std::collections::BTreeMap;

use proptest::prelude::*;

use super::report::KINDS;
use super::*;
use crate::core::assess::{Assessment, Rating};
use crate::core::compare::benchmark::{role_benchmark, Benchmark, BenchmarkKind};
use crate::core::date::iso_date;
use crate::core::justify::arguments::{Argument, ArgumentChoice, Arguments};
use crate::core::justify::roi::{
    Adjustments, AvoidedFailure, Benefits, Decisions, Estimate, HoursUse, Retention, TimeSaved,
    Training, TrainingFormat, WorkingTime,
};
use crate::core::model::{CompetencyModel, Role};
use crate::core::plan::{Cadence, Goal, LearningWay, MAX_TARGET};
use crate::core::share::report::{Report, ReportMoney};

fn model() -> &'static CompetencyModel {
    CompetencyModel::builtin()
}

/// The report behind `tests/fixtures/links/v1.txt`. Frozen: the fixture proves version 1 links keep opening.
fn v1_report() -> Report {
    let mut assessment = Assessment::default();
    for (i, area) in model().areas.iter().enumerate() {
        let i = i as u8;
        assessment.rate(&area.id, 0, |r| {
            r.knowledge = Some(1 + i % 5);
            r.experience = (i % 4 != 3).then_some(1 + (i + 2) % 5);
            r.importance = Some(i % 6);
        });
    }
    assessment.rate("launch", 0, |r| {
        *r = Rating {
            not_relevant: true,
            ..Rating::default()
        }
    });
    assessment.updated_at = 20_000 * 86_400_000;
    let mut arguments = Arguments::default();
    arguments.move_by(Argument::ItPaysBack, -1);
    arguments.0[3].on = false;
    arguments.0[4].edited = Some("Ich möchte das lernen — 学习.".into());
    let mut goal = Goal::suggested("customer-insight");
    goal.metric = "customer visits".into();
    goal.target = 2;
    let mut worded = Goal::suggested("data");
    worded.wording = Some("Pull my own numbers every week".into());
    worded.cadence = Cadence::Week;
    Report {
        made_on: 20_000,
        name: "Ada Lovelace".into(),
        role: Some(Role::SeniorPm),
        assessment,
        benchmark: Some(Benchmark {
            name: "Team Berlin".into(),
            kind: BenchmarkKind::Team,
            levels: BTreeMap::from([
                ("data".into(), 3.5),
                ("vision".into(), 4.0),
                ("team-leadership".into(), 1.0),
            ]),
            source: "the sender's benchmark, from a report link".into(),
        }),
        goals: vec![goal, worded, Goal::suggested("vision")],
        training: Training {
            course: "Product Strategy Intensive".into(),
            provider: "Example Academy".into(),
            outline: String::new(),
            format: TrainingFormat::Online,
            start: "2027-03-10".into(),
            end: "2027-03-12".into(),
            days_away: 2.5,
            participants: 1.0,
            fees: 2_400.0,
            travel: 350.0,
            materials: 0.0,
            backfill: 120.5,
            salary: 85_000.0,
            overhead: 1.3,
            ..Training::default()
        },
        money: Some(ReportMoney {
            currency: "EUR".into(),
            benefits: Benefits {
                decisions: Decisions {
                    on: true,
                    influenced: 2_500_000.0,
                    margin_pct: None,
                    improvement_pct: Estimate::expecting(2.25),
                    rests_on: Vec::new(),
                },
                time_saved: TimeSaved {
                    on: true,
                    hours_go_to: HoursUse::NotAsked,
                    hours_per_week: Estimate::expecting(1.5),
                    rests_on: Vec::new(),
                },
                avoided_failure: AvoidedFailure {
                    on: true,
                    launches_per_year: 4.0,
                    failure_cost: 150_000.0,
                    probability_reduction_pct: Estimate::expecting(5.0),
                    rests_on: Vec::new(),
                },
                retention: Retention::default(),
                intangibles: Vec::new(),
                distinct: Vec::new(),
            },
            adjustments: Adjustments {
                attribution_pct: 50.0,
                confidence_pct: 70.0,
                years: 1.0,
                ramp_weeks: 0.0,
                discount_pct: 0.0,
                fade_pct: 0.0,
            },
            working_time: WorkingTime::default(),
            // Version 1 counted better decisions on revenue: opened now, the report says so.
            counted_on_revenue: true,
            // Versions 1 to 4 counted from the training's end at face value, without asking what hours go to.
            before_timing: true,
        }),
        cover: String::new(),
        arguments,
    }
}

/// The report behind `tests/fixtures/links/v2.txt`: version 1's, with what version 2 added (a contribution margin,
/// low and high estimates, the working time). Frozen: the fixture proves version 2 links keep opening.
fn v2_report() -> Report {
    let mut report = v1_report();
    let money = report.money.as_mut().unwrap();
    money.counted_on_revenue = false;
    money.working_time = WorkingTime {
        days_per_year: 232.0,
        hours_per_day: 7.5,
    };
    let b = &mut money.benefits;
    b.decisions.margin_pct = Some(22.5);
    b.decisions.improvement_pct.low = Some(1.0);
    b.decisions.improvement_pct.high = Some(3.5);
    b.time_saved.hours_per_week.high = Some(3.0);
    report
}

/// The report behind `v3.txt`: version 2's, with evidence notes and a rater's targets as the benchmark. Frozen.
fn v3_report() -> Report {
    let mut report = v2_report();
    let ratings = &mut report.assessment.ratings;
    ratings.get_mut("data").unwrap().evidence = "Ran the churn analysis for the Q3 review".into();
    ratings.get_mut("lifecycle").unwrap().evidence = "Sunset the v1 API, 2025 — 学习".into();
    report.benchmark = Some(Benchmark {
        name: "Mo Manager's targets for you, 2026-09-06".into(),
        kind: BenchmarkKind::RaterTargets,
        levels: BTreeMap::from([("data".into(), 3.5), ("vision".into(), 4.0)]),
        source: "the sender's benchmark, from a report link".into(),
    });
    report
}

/// The report behind `v4.txt`: version 3's, with who covers while the sender is away. Frozen.
fn v4_report() -> Report {
    let mut report = v3_report();
    report.cover = "Sam Lee covers my launches; handover notes in the wiki".into();
    report
}

/// The report behind `v5.txt`: version 4's, counted when benefits arrive and at what later years are worth today,
/// with what the hours saved go to. Frozen.
fn v5_report() -> Report {
    let mut report = v4_report();
    report.training.manager_time = 300.0;
    report.training.evaluation = 150.5;
    report.training.sharing_hours = 1.5;
    report.training.sharing_people = 8.0;
    let money = report.money.as_mut().unwrap();
    money.before_timing = false;
    money.benefits.time_saved.hours_go_to = HoursUse::LessOvertime;
    money.adjustments = Adjustments {
        years: 3.0,
        discount_pct: 8.0,
        ..Adjustments::default()
    };
    report
}

/// The kept link `tests/fixtures/links/{name}.txt`. With UPDATE_SNAPSHOTS set and no such file yet, `make` writes it
/// first: once, when its version is released; never rewritten after.
fn kept(name: &str, make: impl FnOnce() -> String) -> String {
    let path = format!(
        "{}/tests/fixtures/links/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() && std::fs::metadata(&path).is_err() {
        std::fs::write(&path, make() + "\n").unwrap();
    }
    std::fs::read_to_string(path)
        .expect("fixture")
        .trim()
        .to_string()
}

fn fixture(version: u8) -> String {
    kept(&format!("v{version}"), || {
        panic!("the version {version} link is kept, not made again")
    })
}

#[test]
fn every_field_of_a_full_report_survives_the_link() {
    let report = v5_report();
    let link = encode(&report, model());
    assert!(link.starts_with('5'));
    assert_eq!(decode(&link, model()), Ok(report));
}

#[test]
fn a_version_5_link_keeps_opening() {
    let link = kept("v5", || encode(&v5_report(), model()));
    assert!(link.starts_with('5'));
    assert_eq!(decode(&link, model()), Ok(v5_report()));
}

/// A link on this build's ramp-up, discount and fade carries none of them; other values are written out.
#[test]
fn a_link_on_the_default_timing_leaves_it_out() {
    let mut report = v5_report();
    report.money.as_mut().unwrap().adjustments = Adjustments::default();
    let short = encode(&report, model());
    assert_eq!(decode(&short, model()), Ok(report.clone()));
    report.money.as_mut().unwrap().adjustments.ramp_weeks = 4.0;
    let long = encode(&report, model());
    assert!(long.len() > short.len(), "{short} {long}");
    assert_eq!(decode(&long, model()), Ok(report));
}

#[test]
fn a_version_4_link_keeps_opening() {
    let link = kept("v4", || encode(&v4_report(), model()));
    assert!(link.starts_with('4'));
    assert_eq!(decode(&link, model()), Ok(v4_report()));
}

/// Links on a model other than the product-management one name its version and fingerprint; when Skillcase's
/// product-owner model moved to version 2, version 1 was kept for them. Frozen.
#[test]
fn a_link_made_on_the_first_product_owner_model_keeps_opening() {
    let old = CompetencyModel::retired("skillcase-po", 1).expect("kept for its links");
    let link = kept("po-v1", || {
        panic!("the first product-owner model's link is kept, not made again")
    });
    // It names that kept version, which a workspace finds (see its tests).
    assert!(model_named(&link).unwrap().unwrap().is(old));
    let mut as_made = report_on(old);
    as_made.money = v4_report().money;
    as_made.training = v4_report().training;
    assert_eq!(decode(&link, old), Ok(as_made));
    let newest = CompetencyModel::builtin_of("skillcase-po").unwrap();
    assert!(
        newest.version > 1 && decode(&link, newest).is_err(),
        "never read on the newer areas' words"
    );
}

#[test]
fn a_version_3_link_keeps_opening() {
    let link = kept("v3", || encode(&v3_report(), model()));
    assert!(link.starts_with('3'));
    assert_eq!(decode(&link, model()), Ok(v3_report()));
}

#[test]
fn a_version_2_link_keeps_opening() {
    let link = kept("v2", || encode(&v2_report(), model()));
    assert!(link.starts_with('2'));
    assert_eq!(decode(&link, model()), Ok(v2_report()));
}

#[test]
fn a_version_1_link_keeps_opening() {
    let link = fixture(1);
    assert!(link.starts_with('1'));
    assert_eq!(decode(&link, model()), Ok(v1_report()));
}

#[test]
fn the_whole_address_or_just_the_fragment_opens() {
    let link = encode(&v1_report(), model());
    let url = format!("https://example.org/skillcase/report/#{link}");
    assert_eq!(decode(&url, model()), decode(&link, model()));
    assert_eq!(
        decode(&format!("  {url}\n"), model()),
        decode(&link, model())
    );
}

#[test]
fn bad_links_say_what_is_wrong() {
    let link = encode(&v1_report(), model());
    assert_eq!(decode("", model()), Err(LinkError::Empty));
    assert_eq!(
        decode("https://example.org/skillcase/report/#", model()),
        Err(LinkError::Empty)
    );
    assert_eq!(decode("hello there", model()), Err(LinkError::NotALink));
    assert_eq!(
        decode("1 this is not base64!", model()),
        Err(LinkError::NotALink)
    );
    assert_eq!(decode("0AAAA", model()), Err(LinkError::NotALink));
    assert_eq!(
        decode(&format!("7{}", &link[1..]), model()),
        Err(LinkError::FutureVersion(7))
    );
    for cut in [1, 2, 5, 20, link.len() / 2] {
        assert_eq!(
            decode(&link[..link.len() - cut], model()),
            Err(LinkError::Damaged),
            "cut {cut}"
        );
    }
    for at in [3, 10, link.len() / 2, link.len() - 2] {
        let mut edited = link.clone().into_bytes();
        edited[at] = if edited[at] == b'A' { b'B' } else { b'A' };
        let edited = String::from_utf8(edited).unwrap();
        assert_eq!(
            decode(&edited, model()),
            Err(LinkError::Damaged),
            "edited at {at}"
        );
    }
    for e in [
        LinkError::Empty,
        LinkError::NotALink,
        LinkError::FutureVersion(2),
        LinkError::Damaged,
    ] {
        assert!(e.message().len() > 40);
    }
}

#[test]
fn a_link_from_a_newer_competency_model_is_refused_honestly() {
    let mut report = v1_report();
    report.assessment.model_version = 9;
    let link = encode(&report, model());
    assert_eq!(decode(&link, model()), Err(LinkError::FutureVersion(1)));
}

#[test]
fn base64_round_trips_every_length() {
    for len in 0..40u8 {
        let bytes: Vec<u8> = (0..len)
            .map(|i| i.wrapping_mul(97).wrapping_add(len))
            .collect();
        assert_eq!(unbase64(&base64(&bytes)), Some(bytes));
    }
}

/// Cases for the property tests below: 100 000 in CI; `LINK_CASES=1000000` for the longer run in the README.
fn cases() -> u32 {
    std::env::var("LINK_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100_000)
}

fn rating() -> impl Strategy<Value = Rating> {
    prop_oneof![
        Just(Rating {
            not_relevant: true,
            ..Rating::default()
        }),
        (
            proptest::option::of(1..=5u8),
            proptest::option::of(1..=5u8),
            proptest::option::of(0..=5u8),
            // An evidence note as kept: trimmed, one line.
            proptest::option::of("[a-zA-Z0-9é—学][^\n]{0,30}[a-z.]")
        )
            .prop_map(|(knowledge, experience, importance, evidence)| Rating {
                knowledge,
                experience,
                importance,
                evidence: evidence.unwrap_or_default(),
                ..Rating::default()
            }),
    ]
}

/// A value on the grid a field keeps: `scale` steps, up to a large amount.
fn amount(scale: f64) -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        (0u64..2_000_000_000).prop_map(move |n| n as f64 / scale)
    ]
}

fn report() -> impl Strategy<Value = Report> {
    let areas: Vec<String> = model().areas.iter().map(|a| a.id.clone()).collect();
    let ratings = proptest::collection::vec(rating(), 12);
    let benchmark = proptest::option::of(prop_oneof![
        (0..5usize).prop_map(|r| role_benchmark(model(), Role::ALL[r], &BTreeMap::new()).unwrap()),
        (
            0..6usize,
            ".{0,30}",
            proptest::collection::vec(proptest::option::of(2..=10u8), 12)
        )
            .prop_map(|(kind, name, halves)| Benchmark {
                name,
                kind: KINDS[kind],
                levels: model()
                    .areas
                    .iter()
                    .zip(halves)
                    .filter_map(|(a, h)| Some((a.id.clone(), f32::from(h?) / 2.0)))
                    .collect(),
                source: "the sender's benchmark, from a report link".into(),
            }),
    ]);
    let goals = proptest::collection::vec(
        (
            0..12usize,
            0..3usize,
            0..=MAX_TARGET,
            proptest::option::of(".{0,40}"),
            proptest::option::of(".{0,60}"),
        ),
        0..4,
    )
    .prop_map(move |goals| {
        goals
            .into_iter()
            .map(|(area, cadence, target, metric, wording)| {
                let mut g = Goal::suggested(&model().areas[area].id);
                g.cadence = Cadence::ALL[cadence];
                // Any way to learn, chosen from the target so the strategy keeps its shape.
                g.way = LearningWay::ALL[usize::from(target) % LearningWay::ALL.len()];
                g.target = target;
                if let Some(m) = metric {
                    g.metric = m;
                }
                g.wording = wording;
                g
            })
            .collect::<Vec<_>>()
    });
    let training = (
        (
            ".{0,40}",
            ".{0,30}",
            0..5usize,
            proptest::option::of(1..30_000u64),
            0..30u64,
            amount(10.0),
            amount(10.0),
        ),
        proptest::collection::vec(amount(1.0), 5),
        amount(100.0),
    )
        .prop_map(
            |(
                (course, provider, format, start, length, days_away, participants),
                costs,
                overhead,
            )| {
                let start_iso = start.map(|d| iso_date(d * 86_400_000));
                Training {
                    course,
                    provider,
                    // Not carried by the link: the sender's outline stays with them.
                    outline: String::new(),
                    format: TrainingFormat::ALL[format],
                    end: start_iso
                        .as_ref()
                        .map(|_| iso_date((start.unwrap_or(0) + length) * 86_400_000))
                        .unwrap_or_default(),
                    start: start_iso.unwrap_or_default(),
                    days_away,
                    participants,
                    fees: costs[0],
                    travel: costs[1],
                    materials: costs[2],
                    backfill: costs[3],
                    salary: costs[4],
                    overhead,
                    ..Training::default()
                }
            },
        );
    let money = proptest::option::of(
        (
            "[A-Z]{3}",
            proptest::collection::vec(any::<bool>(), 4),
            proptest::collection::vec(amount(10.0), 10),
            proptest::collection::vec(proptest::option::of(amount(10.0)), 8),
            proptest::option::of(amount(100.0)),
            (amount(10.0), amount(10.0)),
            // The timing: this build's default (left out of the link), or any ramp-up, discount and fade.
            proptest::option::of((amount(10.0), amount(10.0), amount(10.0))),
            0..4usize,
        )
            .prop_map(
                |(currency, on, v, ranges, margin, (days, hours), timing, hours_use)| {
                    let mut b = Benefits::default();
                    b.decisions.on = on[0];
                    b.time_saved.on = on[1];
                    b.avoided_failure.on = on[2];
                    b.retention.on = on[3];
                    let estimate = |expected: f64, i: usize| Estimate {
                        expected,
                        low: ranges[i],
                        high: ranges[i + 1],
                    };
                    if on[0] {
                        b.decisions.influenced = v[0].round();
                        b.decisions.improvement_pct = estimate(v[1], 0);
                        b.decisions.margin_pct = margin;
                    }
                    if on[1] {
                        b.time_saved.hours_per_week = estimate(v[2], 2);
                    }
                    if on[2] {
                        b.avoided_failure.launches_per_year = v[3];
                        b.avoided_failure.failure_cost = v[4].round();
                        b.avoided_failure.probability_reduction_pct = estimate(v[5], 4);
                    }
                    if on[3] {
                        b.retention.replacement_cost = v[6].round();
                        b.retention.attrition_reduction_pct = estimate(v[7], 6);
                    }
                    b.time_saved.hours_go_to = [
                        HoursUse::Unsaid,
                        HoursUse::WaitingWork,
                        HoursUse::LessOvertime,
                        HoursUse::NothingMeasurable,
                    ][hours_use];
                    let mut adjustments = Adjustments {
                        attribution_pct: v[8],
                        confidence_pct: v[9],
                        years: v[0],
                        ..Adjustments::default()
                    };
                    if let Some((ramp, discount, fade)) = timing {
                        (
                            adjustments.ramp_weeks,
                            adjustments.discount_pct,
                            adjustments.fade_pct,
                        ) = (ramp, discount, fade);
                    }
                    ReportMoney {
                        currency,
                        benefits: b,
                        adjustments,
                        working_time: WorkingTime {
                            days_per_year: days,
                            hours_per_day: hours,
                        },
                        counted_on_revenue: false,
                        before_timing: false,
                    }
                },
            ),
    );
    let arguments = (
        Just(Argument::ALL.to_vec()).prop_shuffle(),
        proptest::collection::vec((any::<bool>(), proptest::option::of(".{0,80}")), 7),
    )
        .prop_map(|(order, choices)| {
            Arguments(
                order
                    .into_iter()
                    .zip(choices)
                    .map(|(argument, (on, edited))| ArgumentChoice {
                        argument,
                        on,
                        edited,
                    })
                    .collect(),
            )
        });
    (
        0..=u64::from(u16::MAX),
        ".{0,40}",
        proptest::option::of(0..5usize),
        ratings,
        benchmark,
        goals,
        training,
        money,
        arguments,
        ".{0,60}",
    )
        .prop_map(
            move |(
                made_on,
                name,
                role,
                ratings,
                benchmark,
                goals,
                mut training,
                money,
                arguments,
                cover,
            )| {
                let mut assessment = Assessment::default();
                for (area, r) in areas.iter().zip(ratings) {
                    if r != Rating::default() {
                        assessment.ratings.insert(area.clone(), r);
                    }
                }
                assessment.updated_at = made_on * 86_400_000;
                if money.is_none() {
                    let blank = Training::default();
                    (
                        training.fees,
                        training.travel,
                        training.materials,
                        training.backfill,
                        training.salary,
                    ) = (0.0, 0.0, 0.0, 0.0, 0.0);
                    training.overhead = blank.overhead;
                } else {
                    // The fully loaded costs travel with the money, from the same amounts.
                    (
                        training.manager_time,
                        training.evaluation,
                        training.administration,
                        training.sharing_hours,
                        training.sharing_people,
                    ) = (
                        training.fees,
                        training.travel,
                        training.backfill,
                        training.days_away,
                        training.participants,
                    );
                }
                Report {
                    made_on,
                    name,
                    role: role.map(|r| Role::ALL[r]),
                    assessment,
                    benchmark,
                    goals,
                    training,
                    cover,
                    money,
                    arguments,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases() / 20))]

    #[test]
    fn any_report_survives_the_link(report in report()) {
        let link = encode(&report, model());
        prop_assert!(link.bytes().all(|c| ALPHABET.contains(&c)));
        prop_assert_eq!(decode(&link, model()), Ok(report));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn arbitrary_text_never_panics_the_decoder(text in ".{0,300}") {
        let _ = decode(&text, model());
        let _ = decode(&format!("1{text}"), model());
    }

    /// Bytes that pass the check reach every branch of the reader: it must answer, never panic.
    #[test]
    fn arbitrary_bytes_with_a_valid_check_never_panic_the_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let mut all = vec![VERSION];
        all.extend_from_slice(&bytes);
        let mut signed = bytes.clone();
        signed.extend_from_slice(&check(&all).to_le_bytes());
        let _ = decode(&format!("1{}", base64(&signed)), model());
    }
}

// ---- links on other models ----

/// A report on `model` touching every rating and benchmark value its scale allows, with a goal and the ladder's
/// expectations as the benchmark.
fn report_on(model: &CompetencyModel) -> Report {
    let top = model.max_level();
    let mut report = v5_report();
    report.assessment = Assessment {
        model_id: model.id.clone(),
        model_version: model.version,
        ..Assessment::default()
    };
    for (i, area) in model.areas.iter().enumerate() {
        let i = i as u8;
        report.assessment.rate(&area.id, 0, |r| {
            r.knowledge = Some(1 + i % top);
            r.experience = (i % 3 != 2).then_some(top - i % top);
            r.importance = Some(i % 6);
            r.evidence = if i == 1 {
                "Did it twice".into()
            } else {
                String::new()
            };
        });
    }
    report.assessment.updated_at = 20_000 * 86_400_000;
    report.goals = vec![Goal::suggested(&model.areas[2].id)];
    report.benchmark = role_benchmark(model, Role::SeniorPm, &BTreeMap::new());
    report
}

#[test]
fn links_on_other_models_round_trip_and_name_their_model() {
    let po = CompetencyModel::builtin_of("skillcase-po").unwrap();
    for model in [
        po,
        &crate::core::model::own_model(30, 10),
        &crate::core::model::own_model(3, 3),
    ] {
        let report = report_on(model);
        assert!(
            report.benchmark.is_some(),
            "{}: its ladder has the role",
            model.id
        );
        let link = encode(&report, model);
        assert_eq!(decode(&link, model), Ok(report), "{}", model.id);
        let named = model_named(&format!("https://x.org/report/#{link}"))
            .unwrap()
            .unwrap();
        assert_eq!(
            (named.id.as_str(), named.version, named.name.as_str()),
            (model.id.as_str(), model.version, model.name.as_str())
        );
        assert!(named.is(model));
        assert_eq!(named.fingerprint, model.fingerprint());
    }
}

#[test]
fn a_link_read_on_another_model_names_the_one_it_needs() {
    let po = CompetencyModel::builtin_of("skillcase-po").unwrap();
    let pm = model();
    let on_po = encode(&report_on(po), po);
    assert_eq!(
        decode(&on_po, pm),
        Err(LinkError::OtherModel(ModelRef::of(po).unwrap()))
    );
    let message = LinkError::OtherModel(ModelRef::of(po).unwrap()).message();
    assert!(
        message.contains(&po.name) && message.contains("skillcase-po"),
        "{message}"
    );
    // A built-in link names no model, and says so when read on another.
    let on_pm = encode(&v3_report(), pm);
    assert!(!on_pm.contains('~'));
    assert_eq!(model_named(&on_pm), Ok(None));
    assert!(matches!(decode(&on_pm, po), Err(LinkError::OtherModel(r)) if r.id == pm.id));
    // The same id and version with other content is another model: its fingerprint tells them apart.
    let mine = crate::core::model::own_model(5, 10);
    let mut changed = mine.clone();
    changed.areas[0].name = "Renamed".into();
    let link = encode(&report_on(&mine), &mine);
    assert!(matches!(
        decode(&link, &changed),
        Err(LinkError::OtherModel(_))
    ));
    // Cutting the name off, or changing it, breaks the check rather than reading on the wrong model.
    let body = link.split('~').next().unwrap();
    assert!(decode(body, &mine).is_err());
    let forged = format!("{body}~{}", base64(&ModelRef::describing(&changed).bytes()));
    assert_eq!(decode(&forged, &changed), Err(LinkError::Damaged));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases() / 20))]

    /// Any ratings on any scale from 3 to 10 levels, with any benchmark in half levels, survive the link.
    #[test]
    fn any_ratings_on_any_scale_survive_the_link(
        levels in 3..=10usize,
        areas in 3..=30usize,
        values in proptest::collection::vec((0..=10u8, 0..=10u8, proptest::option::of(0..=5u8), proptest::option::of(2..=20u8)), 30),
    ) {
        let model = crate::core::model::own_model(areas, levels);
        let top = levels as u8;
        let mut report = report_on(&model);
        report.assessment.ratings.clear();
        let mut bench = BTreeMap::new();
        for (area, (k, e, importance, half)) in model.areas.iter().zip(values) {
            let r = Rating {
                knowledge: (1..=top).contains(&k).then_some(k),
                experience: (1..=top).contains(&e).then_some(e),
                importance,
                ..Rating::default()
            };
            if r != Rating::default() {
                report.assessment.ratings.insert(area.id.clone(), r);
            }
            if let Some(h) = half.filter(|h| *h <= 2 * top) {
                bench.insert(area.id.clone(), f32::from(h) / 2.0);
            }
        }
        report.benchmark = Some(Benchmark {
            name: "Team".into(),
            kind: BenchmarkKind::Team,
            levels: bench,
            source: "the sender's benchmark, from a report link".into(),
        });
        prop_assert_eq!(decode(&encode(&report, &model), &model), Ok(report));
    }
}
