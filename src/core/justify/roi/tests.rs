use proptest::prelude::*;

use super::*;
use crate::core::justify::arguments::{write, Argument, Facts};
use crate::core::justify::objections::{answer, Objection};
use crate::core::justify::proposal::{generated, ProposalFacts, Section};
use crate::core::justify::providers::Provider;
use crate::core::justify::verdict::{claims_a_return, Stated};
use crate::core::justify::Case;
use crate::core::plan::check_in::Evaluation;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

/// Every benefit claimed in full, for a year: to check the formulas before adjustment.
const FULL_CLAIM: Adjustments = Adjustments {
    attribution_pct: 100.0,
    confidence_pct: 100.0,
    years: 1.0,
    ramp_weeks: 0.0,
    discount_pct: 0.0,
    fade_pct: 0.0,
};

/// An estimate the user is sure of: low, expected and high alike.
fn exactly(v: f64) -> Estimate {
    Estimate {
        expected: v,
        low: Some(v),
        high: Some(v),
    }
}

/// A case whose only benefit is a plain amount a year, to check the formulas on round numbers: decisions improving
/// the whole of a margin equal to `benefit`.
fn plain(cost: f64, benefit: f64) -> Case {
    Case {
        training: Training {
            fees: cost,
            ..Default::default()
        },
        benefits: Benefits {
            decisions: Decisions {
                on: true,
                influenced: benefit,
                margin_pct: Some(100.0),
                improvement_pct: exactly(100.0),
                rests_on: Vec::new(),
            },
            ..Default::default()
        },
        adjustments: FULL_CLAIM,
        ..Default::default()
    }
}

/// Money as whole units, percentages as they are: a formatter for the texts, as the page's Intl would write them.
fn words(f: Figure) -> String {
    match f {
        Figure::Money(v) => format!("€{v:.0}"),
        Figure::Number(v, digits) => {
            let s = format!("{v:.*}", digits as usize);
            if s.contains('.') {
                s.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                s
            }
        }
        Figure::Percent(v) => format!("{v:.1} %"),
    }
}

fn stated(case: &Case) -> Stated {
    let o = case.outcome();
    let a = &case.adjustments;
    Stated::of(
        &o.figures,
        o.break_even.as_ref().map(|b| b.phrase(&words)),
        o.break_even.as_ref().is_some_and(|b| b.stretch),
        a,
        &o.unfixed,
        &words,
    )
}

#[test]
fn the_worked_check_from_the_brief() {
    // Benefits 750,000 and costs 425,000 give BCR 1.76 and ROI 76 %.
    let o = plain(425_000.0, 750_000.0).outcome().figures;
    assert!(close(o.benefit, 750_000.0));
    assert!(close(o.net, 325_000.0));
    assert_eq!(format!("{:.2}", o.bcr.unwrap()), "1.76");
    assert_eq!(format!("{:.0}", o.roi_pct.unwrap()), "76");
    // Paid back in 425 / 750 of a year.
    assert!(close(o.payback_months.unwrap(), 12.0 * 425.0 / 750.0));
}

#[test]
fn better_decisions_are_counted_on_contribution_margin_not_revenue() {
    // 1,000,000 influenced, 10 % better, 20 % margin, full attribution and confidence, one year: 20,000 claimed.
    let mut case = Case {
        adjustments: FULL_CLAIM,
        ..Default::default()
    };
    case.benefits.decisions = Decisions {
        on: true,
        influenced: 1_000_000.0,
        margin_pct: Some(20.0),
        improvement_pct: exactly(10.0),
        rests_on: Vec::new(),
    };
    let o = case.outcome();
    assert!(close(o.gross.decisions, 20_000.0));
    assert!(close(o.figures.benefit, 20_000.0));
    // No margin given: no benefit claimed from revenue, and the method says why.
    case.benefits.decisions.margin_pct = None;
    let o = case.outcome();
    assert_eq!(o.figures.benefit, 0.0);
    let lines = method(&case, &o, &words).join("\n");
    assert!(
        lines.contains("no contribution margin is given, so nothing is claimed"),
        "{lines}"
    );
    // Each model says what it values and why it is money the business keeps.
    for model in BenefitModel::ALL {
        assert!(model.values().starts_with("Values ") && model.values().ends_with('.'));
    }
}

#[test]
fn costs_include_time_away_at_the_loaded_daily_cost() {
    let case = Case {
        training: Training {
            fees: 2_000.0,
            travel: 500.0,
            materials: 100.0,
            backfill: 1_000.0,
            days_away: 3.0,
            participants: 2.0,
            salary: 110_000.0,
            overhead: 1.3,
            ..Default::default()
        },
        ..Default::default()
    };
    let c = case.costs();
    // 110,000 × 1.3 ÷ 220 = 650 a day; 3 days × 2 people = 3,900.
    assert!(close(c.loaded_daily, 650.0));
    assert!(close(c.time_away, 3_900.0));
    assert!(close(c.total, 2_000.0 + 500.0 + 100.0 + 1_000.0 + 3_900.0));
}

/// Phillips counts every cost of the programme: the manager's time, evaluation, administration, and the colleagues'
/// time in the session where the participant shares what they learned, each itemised in the method.
#[test]
fn fully_loaded_costs_are_counted_and_itemised() {
    let mut case = plain(2_000.0, 0.0);
    case.training.salary = 110_000.0;
    let before = method(&case, &case.outcome(), &words).join("\n");
    assert!(before.contains("Total cost = fees €2000 + travel €0 + materials €0 + time away €0 + backfill €0 = €2000."), "{before}");
    case.training.manager_time = 400.0;
    case.training.evaluation = 250.0;
    case.training.administration = 100.0;
    case.training.sharing_hours = 1.5;
    case.training.sharing_people = 8.0;
    let c = case.costs();
    // 110,000 × 1.3 ÷ 220 ÷ 8 = €81.25 an hour; 1.5 hours × 8 colleagues = 12 hours = €975.
    assert!(close(c.loaded_hourly, 81.25));
    assert!(close(c.sharing, 975.0));
    assert!(close(c.total, 2_000.0 + 400.0 + 250.0 + 100.0 + 975.0));
    let lines = method(&case, &case.outcome(), &words).join("\n");
    for said in [
        "Sharing session = 1.5 hours × 8 colleagues × loaded hourly cost €81 = €975.",
        "backfill €0 + manager's time €400 + evaluation €250 + administration €100 + sharing session €975 = €3725.",
    ] {
        assert!(lines.contains(said), "{said}\n{lines}");
    }
    case.training.sharing_people = -3.0;
    assert!(case.unfixed().contains(&Field::SharingPeople));
}

#[test]
fn time_away_and_time_saved_are_priced_on_one_working_time() {
    let mut case = Case {
        training: Training {
            salary: 88_000.0,
            overhead: 1.0,
            days_away: 1.0,
            ..Default::default()
        },
        adjustments: FULL_CLAIM,
        ..Default::default()
    };
    case.benefits.time_saved = TimeSaved {
        on: true,
        hours_go_to: HoursUse::WaitingWork,
        hours_per_week: exactly(2.0),
        rests_on: Vec::new(),
    };
    // 220 days of 8 hours: 400 a day, 50 an hour; 44 weeks of 2 hours saved = 4,400.
    let o = case.outcome();
    assert!(close(o.costs.time_away, 400.0));
    assert!(close(o.gross.time_saved, 4_400.0));
    // The same salary over another country's year: both move together, a day saved is worth a day away.
    case.working_time = WorkingTime::of_preset("gb").unwrap();
    let o = case.outcome();
    let day = 88_000.0 / 232.0;
    assert!(close(o.costs.time_away, day));
    assert!(close(o.gross.time_saved, 2.0 * 232.0 / 5.0 * day / 7.5));
    assert_eq!(case.working_time.preset(), Some("gb"));
    case.working_time.days_per_year = 230.0;
    assert_eq!(case.working_time.preset(), None, "the user's own");
}

#[test]
fn each_benefit_model_by_hand() {
    let mut case = Case {
        training: Training {
            salary: 88_000.0,
            overhead: 1.0,
            participants: 1.0,
            ..Default::default()
        },
        adjustments: FULL_CLAIM,
        ..Default::default()
    };
    case.benefits.decisions = Decisions {
        on: true,
        influenced: 2_500_000.0,
        margin_pct: Some(20.0),
        improvement_pct: exactly(2.0),
        rests_on: Vec::new(),
    };
    case.benefits.time_saved = TimeSaved {
        on: true,
        hours_go_to: HoursUse::WaitingWork,
        hours_per_week: exactly(2.0),
        rests_on: Vec::new(),
    };
    case.benefits.avoided_failure = AvoidedFailure {
        on: true,
        launches_per_year: 4.0,
        failure_cost: 200_000.0,
        probability_reduction_pct: exactly(5.0),
        rests_on: Vec::new(),
    };
    case.benefits.retention = Retention {
        on: true,
        replacement_cost: 60_000.0,
        attrition_reduction_pct: exactly(10.0),
        rests_on: Vec::new(),
    };
    let g = case.outcome().gross;
    assert!(close(g.decisions, 10_000.0)); // 2 % of a 20 % margin on 2.5 M
    assert!(close(g.time_saved, 2.0 * 44.0 * 50.0)); // 88,000 ÷ 220 ÷ 8 = 50 an hour, 220 ÷ 5 = 44 weeks
    assert!(close(g.avoided_failure, 4.0 * 200_000.0 * 0.05));
    assert!(close(g.retention, 6_000.0));
    assert!(close(g.total(), 10_000.0 + 4_400.0 + 40_000.0 + 6_000.0));
}

#[test]
fn adjustments_shrink_the_benefit_claimed() {
    let mut case = plain(10_000.0, 100_000.0);
    case.adjustments = Adjustments {
        attribution_pct: 50.0,
        confidence_pct: 70.0,
        years: 1.0,
        ramp_weeks: 0.0,
        discount_pct: 0.0,
        fade_pct: 0.0,
    };
    assert!(close(case.outcome().figures.benefit, 35_000.0));
    case.adjustments.years = 2.0;
    assert!(close(case.outcome().figures.benefit, 70_000.0));
}

#[test]
fn no_data_means_no_benefit_no_ratio_and_no_claim() {
    let o = Case::default().outcome();
    let f = &o.figures;
    assert_eq!(
        (f.benefit, f.net, f.roi_pct, f.bcr, f.payback_months),
        (0.0, 0.0, None, None, None)
    );
    assert_eq!(o.verdict(), Verdict::Incomplete);
    let costs_only = Case {
        training: Training {
            fees: 1_000.0,
            ..Default::default()
        },
        ..Default::default()
    };
    let o = costs_only.outcome();
    let f = &o.figures;
    assert_eq!((f.benefit, f.net, f.payback_months), (0.0, -1_000.0, None));
    assert_eq!((f.roi_pct, f.bcr), (Some(-100.0), Some(0.0)));
    assert_eq!(o.verdict(), Verdict::Incomplete);
    assert!(stated(&costs_only)
        .sentence()
        .contains("no return is claimed"));
}

#[test]
fn a_vanishing_share_or_benefit_gives_no_figure_rather_than_infinity() {
    let mut case = plain(1e12, 1_000.0);
    case.adjustments.attribution_pct = f64::MIN_POSITIVE;
    let o = case.outcome();
    assert_eq!(o.figures.payback_months, None);
    assert!(o
        .break_even
        .is_none_or(|b| b.improvement_pct.is_none_or(f64::is_finite)));
}

#[test]
fn break_even_is_given_in_money_and_as_a_share_of_the_margin_influenced() {
    let mut case = Case {
        training: Training {
            fees: 10_000.0,
            ..Default::default()
        },
        adjustments: Adjustments {
            attribution_pct: 50.0,
            confidence_pct: 80.0,
            years: 1.0,
            ramp_weeks: 0.0,
            discount_pct: 0.0,
            fade_pct: 0.0,
        },
        ..Default::default()
    };
    case.benefits.decisions = Decisions {
        on: true,
        influenced: 2_500_000.0,
        margin_pct: Some(20.0),
        improvement_pct: Estimate::expecting(4.0),
        rests_on: Vec::new(),
    };
    // 10,000 ÷ (0.5 × 0.8) = 25,000 a year needed, which is 5 % of the 500,000 of margin influenced.
    let even = case.outcome().break_even.unwrap();
    assert!(close(even.yearly_gross, 25_000.0));
    assert!(close(even.margin_influenced.unwrap(), 500_000.0));
    assert!(close(even.improvement_pct.unwrap(), 5.0));
    assert!(close(even.contribution.unwrap(), 25_000.0));
    assert!(!even.stretch, "5 % is within the high estimate, 6 %");
    case.benefits.decisions.improvement_pct = exactly(5.0);
    assert!(case.outcome().figures.net.abs() < 1e-6);
    // Beyond the user's own high estimate, it is a stretch.
    case.benefits.decisions.improvement_pct = Estimate::expecting(2.0);
    assert!(case.outcome().break_even.unwrap().stretch);
    // Other benefits that already cover the cost make the break-even zero.
    case.benefits.retention = Retention {
        on: true,
        replacement_cost: 1e6,
        attrition_reduction_pct: exactly(50.0),
        rests_on: Vec::new(),
    };
    assert_eq!(
        case.outcome().break_even.unwrap().improvement_pct,
        Some(0.0)
    );
}

/// The break-even the boss reads keeps its qualifiers: the money is before adjustment, beside the other benefits as
/// counted; when those cover the cost alone it says so, not "a 0 % better outcome".
#[test]
fn the_break_even_in_words_keeps_its_qualifiers() {
    let words = |f: Figure| match f {
        Figure::Money(v) => format!("€{}", v.round()),
        Figure::Percent(v) => format!("{v:.2}%"),
        Figure::Number(v, _) => format!("{v}"),
    };
    let mut case = plain(10_000.0, 1_000_000.0);
    case.benefits.decisions.margin_pct = Some(50.0);
    case.training.salary = 80_000.0;
    let alone = case.outcome().break_even.unwrap().phrase(&words);
    assert!(alone.ends_with("a year before adjustment)"), "{alone}");
    case.benefits.time_saved.on = true;
    case.benefits.time_saved.hours_go_to = HoursUse::WaitingWork;
    case.benefits.time_saved.hours_per_week = exactly(1.0);
    let beside = case.outcome().break_even.unwrap().phrase(&words);
    assert!(
        beside.ends_with("a year before adjustment, with the other benefits as counted)"),
        "{beside}"
    );
    case.benefits.retention = Retention {
        on: true,
        replacement_cost: 1e6,
        attrition_reduction_pct: exactly(50.0),
        rests_on: Vec::new(),
    };
    let covered = case.outcome().break_even.unwrap();
    assert!(covered.others_cover);
    assert_eq!(
        covered.phrase(&words),
        "no better decisions at all: the other benefits alone cover the cost"
    );
    // Beyond the whole margin influenced, the money says it, not a share over 100 %.
    let mut far = plain(10_000_000.0, 1_000.0);
    far.benefits.decisions.margin_pct = Some(10.0);
    let far = far.outcome().break_even.unwrap().phrase(&words);
    assert!(
        far.starts_with("better decisions worth €")
            && far.contains("more than the whole €100 of margin"),
        "{far}"
    );
}

#[test]
fn the_conservative_figure_is_reported_and_the_spread_comes_from_the_estimates() {
    let mut case = plain(10_000.0, 1_000_000.0);
    case.benefits.decisions.improvement_pct = Estimate::expecting(2.0);
    // Unset, low is half and high one and a half times what is expected.
    let [low, mid, high] = Scenario::ALL.map(|s| case.outcome_in(s).figures.benefit);
    assert!(close(low, 10_000.0) && close(mid, 20_000.0) && close(high, 30_000.0));
    assert_eq!(case.outcome(), case.outcome_in(Scenario::Conservative));
    // The user's own low and high.
    case.benefits.decisions.improvement_pct.low = Some(1.8);
    case.benefits.decisions.improvement_pct.high = Some(2.1);
    let [low, high] =
        [Scenario::Conservative, Scenario::High].map(|s| case.outcome_in(s).figures.benefit);
    assert!(close(low, 18_000.0) && close(high, 21_000.0));
    // A driver at its ceiling cannot go past 100 %.
    case.benefits.decisions.improvement_pct = exactly(180.0);
    assert!(close(case.outcome().gross.decisions, 1_000_000.0));
}

/// The worked example the README's method section gives, checked by hand: €10,000 a year before adjustment, 50 % due
/// to the training, 80 % confidence, so €4,000 a year claimed; 3 years counted from a 13-week ramp-up, each later
/// year faded 20 % and discounted at 10 %, so worth 0.8 ÷ 1.1 = 0.727 of the one before.
/// Year 1: ¾ of a year after the ramp-up = 0.75; year 2: 0.727; year 3: 0.727² = 0.529; 2.006 years' worth in all.
/// Benefit counted: €4,000 × 2.006 = €8,024.79 against €5,000: ROI 60.5 %. Payback: year 1 brings €3,000 by its
/// end; the other €2,000 at €4,000 × 0.727 a year takes 0.6875 years more: 1.6875 years, 20.25 months.
#[test]
fn a_three_year_case_counts_from_the_ramp_up_faded_and_discounted() {
    let mut case = plain(5_000.0, 10_000.0);
    case.adjustments = Adjustments {
        attribution_pct: 50.0,
        confidence_pct: 80.0,
        years: 3.0,
        ramp_weeks: 13.0,
        discount_pct: 10.0,
        fade_pct: 20.0,
    };
    let a = &case.adjustments;
    let q = 0.8 / 1.1;
    let each = a.worth_of_each_year();
    assert!(
        close(each[0], 0.75) && close(each[1], q) && close(each[2], q * q),
        "{each:?}"
    );
    assert!(close(a.years_worth(), 0.75 + q + q * q));
    assert!(a.is_present_value());
    let o = case.outcome();
    assert!(
        close(o.figures.benefit, 8_024.793_388),
        "{}",
        o.figures.benefit
    );
    assert!(close(o.figures.roi_pct.unwrap(), 60.495_867_8));
    assert!(close(o.figures.payback_months.unwrap(), 20.25));
    // The chart: nothing during the ramp-up, €3,000 by the end of year 1, the benefit counted by the end.
    let months = case.monthly(&o);
    assert_eq!(months.len(), 37);
    assert_eq!(months[3].1, 0.0);
    assert!(close(months[12].1, 3_000.0));
    assert!(close(months[36].1, o.figures.benefit));
    // The method writes it out with these numbers.
    let lines = method(&case, &o, &words).join("\n");
    for said in [
        "Years' worth = year 1: 0.75 + year 2: 0.73 + year 3: 0.53 = 2.01",
        "each later year is worth (1 − 20.0 % fade) ÷ (1 + 10.0 % discount rate) = 0.727 of the one before",
        "Benefit counted (present value) = €10000 a year × 50.0 % due to the training × 80.0 % confidence × 2.01 years' worth = €8025",
        "months after the training's end, ramp-up included, within the first 3 years",
    ] {
        assert!(lines.contains(said), "{said}\n{lines}");
    }
}

/// One year with no ramp-up reads exactly as before; a ramp-up counts only the part of the year after it.
#[test]
fn within_one_year_only_the_part_after_the_ramp_up_counts() {
    let mut case = plain(6_000.0, 12_000.0);
    let before = method(&case, &case.outcome(), &words);
    assert!(before.iter().any(|l| l.starts_with("Benefit counted = €12000 a year × 100.0 % due to the training × 100.0 % confidence × 1 year")), "{before:?}");
    case.adjustments.ramp_weeks = 13.0;
    let o = case.outcome();
    assert!(close(o.figures.benefit, 9_000.0));
    // €6,000 is reached half a year after the ramp-up's quarter: 9 months after the training.
    assert!(close(o.figures.payback_months.unwrap(), 9.0));
    assert!(!case.adjustments.is_present_value());
    // Discount and fade touch no first year.
    case.adjustments.discount_pct = 30.0;
    case.adjustments.fade_pct = 50.0;
    assert_eq!(case.outcome(), o);
}

#[test]
fn payback_is_reported_only_within_the_years_counted() {
    let case = plain(6_000.0, 12_000.0);
    let months = case.monthly(&case.outcome());
    assert_eq!(months.len(), 13);
    assert_eq!(months[0], (0, 0.0, 6_000.0));
    assert!(close(months[12].1, 12_000.0));
    assert!(close(months[6].1, 6_000.0));
    assert!(close(case.outcome().figures.payback_months.unwrap(), 6.0));
    // A benefit that covers the cost only in 20 months, with one year counted: no payback, and it falls short.
    let short = plain(20_000.0, 12_000.0);
    let o = short.outcome();
    assert_eq!(
        (o.figures.payback_months, o.verdict()),
        (None, Verdict::FallsShort)
    );
    let lines = method(&short, &o, &words).join("\n");
    assert!(
        lines.contains("Payback: not within the first year"),
        "{lines}"
    );
}

#[test]
fn invalid_inputs_are_named_by_field_with_one_rule_each() {
    let mut case = plain(-5.0, f64::NAN);
    case.training.overhead = 0.5;
    case.training.start = "2026-12-10".into();
    case.training.end = "2026-12-01".into();
    case.adjustments.attribution_pct = 120.0;
    case.adjustments.years = 9.0;
    case.working_time.hours_per_day = 30.0;
    case.benefits.decisions.margin_pct = Some(140.0);
    case.benefits.time_saved = TimeSaved {
        on: true,
        hours_go_to: HoursUse::WaitingWork,
        hours_per_week: Estimate {
            expected: 80.0,
            low: Some(90.0),
            high: Some(10.0),
        },
        rests_on: Vec::new(),
    };
    let errors: Vec<(&str, String)> = case
        .errors()
        .into_iter()
        .map(|e| (e.field.id(), e.message))
        .collect();
    for (field, message) in [
        ("fees", "can't be negative"),
        ("influenced", "enter a number"),
        ("overhead", "at least 1"),
        ("end", "before the start"),
        ("attribution_pct", "more than 100 %"),
        ("years", "more than 5 years"),
        ("hours_per_week", "more than 60 hours"),
        ("hours_per_day", "more than 24 hours"),
        ("margin_pct", "more than 100 %"),
        ("hours_low", "above what you expect"),
        ("hours_high", "below what you expect"),
    ] {
        assert!(
            errors
                .iter()
                .any(|(f, m)| *f == field && m.contains(message)),
            "{field}: {errors:?}"
        );
    }
    // One rule per field: an overhead of 0 is refused like one of 0.5, not taken as "no overhead".
    for overhead in [0.0, 0.5] {
        let mut c = plain(1.0, 1.0);
        c.training.overhead = overhead;
        assert!(
            c.errors().iter().any(|e| e.field == Field::Overhead),
            "{overhead}"
        );
    }
    assert!(plain(425_000.0, 750_000.0).errors().is_empty());
}

/// While a field has an error, no figure is worked out or stated: the headline, the verdict, the proposal's ROI
/// section and the method name the fields instead, and nothing claims a return.
#[test]
fn invalid_input_blocks_every_figure_and_names_the_fields() {
    let mut case = plain(5_000.0, 100_000.0);
    assert_eq!(case.outcome().verdict(), Verdict::PaysBack);
    // A low estimate above the expected one would make the "conservative" figure exceed the expected.
    case.benefits.decisions.improvement_pct = Estimate {
        expected: 50.0,
        low: Some(80.0),
        high: None,
    };
    case.adjustments.attribution_pct = 120.0;
    let o = case.outcome();
    assert_eq!(
        o.unfixed,
        vec![Field::AttributionPct, Field::ImprovementLow]
    );
    assert_eq!(
        (
            o.figures.benefit,
            o.figures.roi_pct,
            o.figures.payback_months,
            o.verdict()
        ),
        (0.0, None, None, Verdict::Incomplete)
    );
    assert!(o.break_even.is_none());
    for s in Scenario::ALL {
        assert_eq!(case.outcome_in(s).figures.benefit, 0.0, "{s:?}");
    }
    let said = stated(&case);
    let expected =
        "Figures incomplete: fix 2 fields (Share due to the training, Improvement, low estimate)";
    assert_eq!(said.headline(), expected);
    assert!(said.sentence().starts_with(expected));
    assert!(!claims_a_return(&said.sentence()));
    let roi = generated(
        Section::Roi,
        &ProposalFacts {
            stated: said.clone(),
            ..ProposalFacts::default()
        },
    );
    assert!(roi.starts_with(expected), "{roi}");
    let lines = method(&case, &o, &words);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].contains("Share due to the training"), "{lines:?}");
    // Fixed, the figures come back.
    case.adjustments.attribution_pct = 100.0;
    case.benefits.decisions.improvement_pct.low = Some(40.0);
    assert!(case.outcome().unfixed.is_empty());
    assert_eq!(case.outcome().verdict(), Verdict::PaysBack);
}

#[test]
fn the_chosen_provider_fills_in_the_training() {
    let mut case = Case::default();
    case.shortlist.add();
    case.shortlist.providers[0] = Provider {
        name: "Example Academy".into(),
        course: "Strategy".into(),
        fees: 2_400.0,
        days_away: 3.0,
        scores: [Some(4); 7],
    };
    case.choose(0);
    assert_eq!(
        (
            case.training.provider.as_str(),
            case.training.course.as_str(),
            case.training.fees,
            case.training.days_away
        ),
        ("Example Academy", "Strategy", 2_400.0, 3.0)
    );
    assert_eq!(case.shortlist.chosen, Some(0));
    case.choose(7);
    assert_eq!(
        case.shortlist.chosen,
        Some(0),
        "no such provider: nothing changes"
    );
}

#[test]
fn the_check_in_evaluates_afresh_and_counts_only_what_was_measured() {
    let mut case = plain(1_000.0, 100_000.0);
    case.benefits.decisions.improvement_pct = Estimate::expecting(2.0);
    case.benefits.time_saved = TimeSaved {
        on: true,
        hours_go_to: HoursUse::WaitingWork,
        hours_per_week: exactly(3.0),
        rests_on: Vec::new(),
    };
    let mut seen = Evaluation {
        improvement_pct: Some(1.0),
        ..Evaluation::default()
    };
    assert_eq!(
        case.observed_outcome(&seen),
        None,
        "attribution and confidence are estimated afresh first"
    );
    seen.attribution_pct = Some(40.0);
    seen.confidence_pct = Some(50.0);
    let o = case.observed_outcome(&seen).unwrap();
    // 1 % of 100,000, × 40 % × 50 %; time saved was not measured, so claims nothing.
    assert!(close(o.figures.benefit, 200.0));
    assert_eq!(o.gross.time_saved, 0.0);
    assert_eq!(o.costs, case.outcome().costs);
    seen.improvement_pct = Some(f64::NAN);
    assert_eq!(
        case.observed_outcome(&seen),
        None,
        "nothing measured, nothing observed"
    );
}

#[test]
fn the_sensitivity_ranks_the_inputs_and_finds_each_ones_break_even() {
    let mut case = plain(20_000.0, 0.0);
    case.training.salary = 88_000.0;
    case.benefits.decisions = Decisions {
        on: true,
        influenced: 2_000_000.0,
        margin_pct: Some(25.0),
        improvement_pct: Estimate::expecting(4.0),
        rests_on: Vec::new(),
    };
    case.benefits.time_saved = TimeSaved {
        on: true,
        hours_go_to: HoursUse::WaitingWork,
        hours_per_week: Estimate::expecting(2.0),
        rests_on: Vec::new(),
    };
    case.adjustments = Adjustments {
        attribution_pct: 50.0,
        confidence_pct: 70.0,
        years: 1.0,
        ramp_weeks: 0.0,
        discount_pct: 0.0,
        fade_pct: 0.0,
    };
    let swings = sensitivity(&case);
    let inputs: Vec<Input> = swings.iter().map(|s| s.input).collect();
    assert_eq!(
        swings.len(),
        8,
        "two drivers, margin, attribution, confidence, cost, years, ramp-up (no later year to discount or fade): \
         {inputs:?}"
    );
    assert!(!inputs.contains(&Input::Discount) && !inputs.contains(&Input::Fade));
    assert!(swings.windows(2).all(|w| w[0].width() >= w[1].width()));
    // Around the expected case: every driver at what the user expects.
    let mut expected = case.clone();
    expected.benefits.decisions.improvement_pct = exactly(4.0);
    expected.benefits.time_saved.hours_per_week = exactly(2.0);
    let base = expected.outcome().figures.roi_pct.unwrap();
    assert!(close(
        base,
        case.outcome_in(Scenario::Expected).figures.roi_pct.unwrap()
    ));
    for s in &swings {
        // The range brackets the expected ROI: a benefit driver moves it both ways, not only up.
        let (lo, hi) = (s.roi_at_low.unwrap(), s.roi_at_high.unwrap());
        assert!(
            lo.min(hi) <= base + 1e-6 && base - 1e-6 <= lo.max(hi),
            "{s:?}"
        );
        if matches!(s.input, Input::Driver(_)) {
            assert!(lo < base && base < hi, "{s:?}");
        }
        // Setting the input to its break-even value, the others as expected, makes the net zero.
        let mut at = expected.clone();
        let Some(even) = s.break_even else { continue };
        match s.input {
            Input::Driver(BenefitModel::Decisions) => {
                at.benefits.decisions.improvement_pct = exactly(even)
            }
            Input::Driver(BenefitModel::TimeSaved) => {
                at.benefits.time_saved.hours_per_week = exactly(even)
            }
            Input::Margin => at.benefits.decisions.margin_pct = Some(even),
            Input::Attribution => at.adjustments.attribution_pct = even,
            Input::Confidence => at.adjustments.confidence_pct = even,
            Input::Cost => at.training.fees += even - at.costs().total,
            Input::Years => at.adjustments.years = even,
            Input::RampUp => at.adjustments.ramp_weeks = even,
            _ => unreachable!(),
        }
        let net = at.outcome().figures.net;
        assert!(net.abs() < 1e-6 * 20_000.0, "{:?}: net {net}", s.input);
    }
    // The user's own range for the cost replaces the fifth either way; a range that does not hold the cost is refused.
    let cost = case.costs().total;
    case.training.cost_low = Some(cost - 1_000.0);
    case.training.cost_high = Some(cost + 9_000.0);
    let swung = sensitivity(&case);
    let c = swung.iter().find(|s| s.input == Input::Cost).unwrap();
    assert_eq!((c.low, c.high), (cost - 1_000.0, cost + 9_000.0));
    case.training.cost_high = Some(cost - 1.0);
    assert!(case.unfixed().contains(&Field::CostHigh));
    case.training.cost_high = None;
    // Counting three years, the discount rate and the fade are swung too, and lower the ROI as they rise.
    case.adjustments.years = 3.0;
    case.adjustments.discount_pct = 10.0;
    case.adjustments.fade_pct = 20.0;
    let swings = sensitivity(&case);
    for input in [Input::Discount, Input::Fade] {
        let s = swings.iter().find(|s| s.input == input).unwrap();
        assert!(s.roi_at_low.unwrap() > s.roi_at_high.unwrap(), "{s:?}");
    }
    assert!(
        sensitivity(&Case::default()).is_empty(),
        "nothing to weigh yet"
    );
}

#[test]
fn the_method_writes_out_every_formula_with_the_users_numbers() {
    let mut case = plain(2_400.0, 0.0);
    case.training.salary = 85_000.0;
    case.training.days_away = 3.0;
    case.benefits.decisions = Decisions {
        on: true,
        influenced: 2_500_000.0,
        margin_pct: Some(20.0),
        improvement_pct: Estimate::expecting(2.0),
        rests_on: Vec::new(),
    };
    case.benefits.intangibles = vec!["A shared vocabulary".into()];
    case.adjustments = Adjustments::default();
    let o = case.outcome();
    let lines = method(&case, &o, &words);
    let all = lines.join("\n");
    for expected in [
        "annual salary €85000 × overhead factor 1.3 ÷ 220 working days a year = €502",
        "Time away = 3 days × €502 × 1 participant = €1507",
        "Better decisions = €2500000 of revenue influenced × 20.0 % contribution margin × 1.0 % better outcome",
        "× 50.0 % due to the training × 70.0 % confidence × 0.67 years' worth",
        "Years' worth = year 1: 0.67 = 0.67: benefits start 17 weeks after the training (the ramp-up)",
        "Listed, not priced: A shared vocabulary.",
    ] {
        assert!(all.contains(expected), "{expected}\n{all}");
    }
    assert!(lines.iter().all(|l| l.ends_with('.')));
}

#[test]
fn benefits_are_tied_to_the_focus_gaps_they_rest_on() {
    let mut b = Benefits::default();
    b.decisions.on = true;
    b.time_saved.on = true;
    b.decisions.rests_on = vec!["data".into()];
    let focus = vec!["data".to_string(), "vision".to_string()];
    assert_eq!(b.unsupported(&focus), [BenefitModel::TimeSaved]);
    b.time_saved.rests_on = vec!["delivery".into()];
    assert_eq!(
        b.unsupported(&focus),
        [BenefitModel::TimeSaved],
        "delivery is not a focus gap"
    );
    b.time_saved.rests_on.push("vision".into());
    assert!(b.unsupported(&focus).is_empty());
    assert!(
        b.as_shared().decisions.rests_on.is_empty(),
        "links stay at home"
    );
}

/// Two benefits on the same focus gap may count the same money twice: the pair is flagged until the user confirms
/// they measure different money, and a gap outside the focus or a benefit switched off flags nothing.
#[test]
fn two_benefits_on_the_same_gap_are_flagged_until_confirmed() {
    let mut b = Benefits::default();
    let focus = vec!["data".to_string(), "discovery".to_string()];
    b.decisions.on = true;
    b.avoided_failure.on = true;
    b.time_saved.on = true;
    b.decisions.rests_on = vec!["discovery".into(), "data".into()];
    b.avoided_failure.rests_on = vec!["discovery".into()];
    b.time_saved.rests_on = vec!["delivery".into()];
    let found = b.overlaps(&focus);
    assert_eq!(found.len(), 1);
    let o = &found[0];
    assert_eq!(
        (o.first, o.second, o.areas.clone(), o.confirmed),
        (
            BenefitModel::Decisions,
            BenefitModel::AvoidedFailure,
            vec!["discovery".to_string()],
            false
        )
    );
    // Delivery is not a focus gap: time saved resting on it beside another benefit is no overlap.
    b.decisions.rests_on.push("delivery".into());
    assert_eq!(b.overlaps(&focus).len(), 1);
    b.confirm_distinct(BenefitModel::AvoidedFailure, BenefitModel::Decisions);
    b.confirm_distinct(BenefitModel::Decisions, BenefitModel::AvoidedFailure);
    assert_eq!(b.distinct, vec!["decisions+avoided_failure".to_string()]);
    assert!(b.overlaps(&focus)[0].confirmed);
    assert!(b.as_shared().distinct.is_empty(), "stays at home");
    b.avoided_failure.on = false;
    assert!(
        b.overlaps(&focus).is_empty(),
        "a benefit switched off counts nothing"
    );
}

fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => 0.0..1e7f64,
        1 => Just(0.0),
        1 => Just(-1.0),
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(f64::NEG_INFINITY),
        1 => Just(f64::MAX),
        1 => Just(1e300),
        1 => Just(f64::MIN_POSITIVE),
    ]
}

fn any_estimate() -> impl Strategy<Value = Estimate> {
    (
        any_number(),
        proptest::option::of(any_number()),
        proptest::option::of(any_number()),
    )
        .prop_map(|(expected, low, high)| Estimate {
            expected,
            low,
            high,
        })
}

fn any_case() -> impl Strategy<Value = Case> {
    (
        proptest::collection::vec(any_number(), 9),
        proptest::collection::vec(any_number(), 6),
        proptest::collection::vec(any_estimate(), 4),
        proptest::collection::vec(any::<bool>(), 4),
        proptest::collection::vec(any_number(), 5),
        proptest::option::of(any_number()),
    )
        .prop_map(|(t, b, e, on, a, margin)| Case {
            training: Training {
                days_away: t[0],
                participants: t[1],
                fees: t[2],
                travel: t[3],
                materials: t[4],
                backfill: t[5],
                salary: t[6],
                overhead: t[7],
                ..Default::default()
            },
            working_time: WorkingTime {
                days_per_year: a[3],
                hours_per_day: a[4],
            },
            benefits: Benefits {
                decisions: Decisions {
                    on: on[0],
                    influenced: b[0],
                    margin_pct: margin,
                    improvement_pct: e[0].clone(),
                    rests_on: Vec::new(),
                },
                time_saved: TimeSaved {
                    on: on[1],
                    hours_go_to: HoursUse::WaitingWork,
                    hours_per_week: e[1].clone(),
                    rests_on: Vec::new(),
                },
                avoided_failure: AvoidedFailure {
                    on: on[2],
                    launches_per_year: b[2],
                    failure_cost: b[3],
                    probability_reduction_pct: e[2].clone(),
                    rests_on: Vec::new(),
                },
                retention: Retention {
                    on: on[3],
                    replacement_cost: b[4],
                    attrition_reduction_pct: e[3].clone(),
                    rests_on: Vec::new(),
                },
                intangibles: Vec::new(),
                distinct: Vec::new(),
            },
            adjustments: Adjustments {
                attribution_pct: a[0],
                confidence_pct: a[1],
                years: a[2],
                ramp_weeks: 0.0,
                discount_pct: 0.0,
                fade_pct: 0.0,
            },
            ..Default::default()
        })
}

/// A sensible case: every input within its rule, so the figures mean something.
fn sensible_case() -> impl Strategy<Value = Case> {
    (
        (
            0.0..50_000.0f64,
            0.0..10.0f64,
            0.0..200_000.0f64,
            1.0..2.0f64,
        ),
        (
            0.0..10_000_000.0f64,
            proptest::option::of(0.0..100.0f64),
            0.0..20.0f64,
            0.0..10.0f64,
        ),
        (any::<bool>(), any::<bool>()),
        (
            0.0..=100.0f64,
            0usize..6,
            prop_oneof![Just(0.5), Just(1.0), Just(2.0), Just(3.0)],
        ),
        (150.0..260.0f64, 6.0..10.0f64),
    )
        .prop_map(
            |(
                (fees, days, salary, overhead),
                (influenced, margin, improvement, hours),
                (d, s),
                (attr, tier, years),
                (wd, wh),
            )| {
                let mut case = Case {
                    training: Training {
                        fees,
                        days_away: days,
                        salary,
                        overhead,
                        ..Default::default()
                    },
                    working_time: WorkingTime {
                        days_per_year: wd,
                        hours_per_day: wh,
                    },
                    adjustments: Adjustments {
                        attribution_pct: attr,
                        confidence_pct: CONFIDENCE_TIERS[tier],
                        years,
                        ramp_weeks: 0.0,
                        discount_pct: 0.0,
                        fade_pct: 0.0,
                    },
                    ..Default::default()
                };
                case.benefits.decisions = Decisions {
                    on: d,
                    influenced,
                    margin_pct: margin,
                    improvement_pct: Estimate::expecting(improvement),
                    rests_on: Vec::new(),
                };
                case.benefits.time_saved = TimeSaved {
                    on: s,
                    hours_go_to: HoursUse::WaitingWork,
                    hours_per_week: Estimate::expecting(hours),
                    rests_on: Vec::new(),
                };
                case
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_input_yields_nan_infinity_or_a_panic(case in any_case()) {
        for scenario in Scenario::ALL {
            let o = case.outcome_in(scenario);
            let c = &o.costs;
            let f = &o.figures;
            for v in [c.fees, c.travel, c.materials, c.time_away, c.backfill, c.total, c.loaded_daily, c.loaded_hourly,
                      o.gross.total(), f.benefit, f.net] {
                prop_assert!(v.is_finite(), "{:?}", o);
            }
            for v in [f.roi_pct, f.bcr, f.payback_months].into_iter().flatten() {
                prop_assert!(v.is_finite(), "{:?}", o);
            }
            if let Some(b) = &o.break_even {
                prop_assert!(b.yearly_gross.is_finite());
                for v in [b.improvement_pct, b.contribution].into_iter().flatten() {
                    prop_assert!(v.is_finite(), "{:?}", b);
                }
            }
            prop_assert!(c.total >= 0.0 && f.benefit >= 0.0);
        }
        for (_, benefit, cost) in case.monthly(&case.outcome()) {
            prop_assert!(benefit.is_finite() && cost.is_finite());
        }
        for s in sensitivity(&case) {
            prop_assert!(s.low.is_finite() && s.high.is_finite(), "{:?}", s);
        }
        let _ = case.errors();
        let _ = method(&case, &case.outcome(), &words);
    }

    #[test]
    fn every_unusable_input_is_reported(case in any_case()) {
        let t = &case.training;
        let bad = |v: f64| !(0.0..=MAX_AMOUNT).contains(&v);
        let errors = case.errors();
        for (field, v) in [(Field::Fees, t.fees), (Field::Travel, t.travel), (Field::Salary, t.salary), (Field::Participants, t.participants)] {
            prop_assert_eq!(bad(v), errors.iter().any(|e| e.field == field), "{:?}", field);
        }
    }

    #[test]
    fn payback_never_exceeds_the_period_counted(case in sensible_case()) {
        let f = case.outcome().figures;
        if let Some(months) = f.payback_months {
            prop_assert!(months <= 12.0 * f.years + 1e-9, "{} months in {} years", months, f.years);
            prop_assert!(f.net > 0.0);
        }
        prop_assert_eq!(f.payback_months.is_some(), f.net > 0.0 && f.cost > 0.0);
    }

    #[test]
    fn setting_the_improvement_to_the_break_even_gives_a_net_of_zero(case in sensible_case()) {
        let Some(even) = case.outcome().break_even else { return Ok(()) };
        let Some(x) = even.improvement_pct.filter(|x| *x > 0.0 && *x <= 100.0) else { return Ok(()) };
        let mut at = case.clone();
        at.benefits.decisions.improvement_pct = exactly(x);
        let net = at.outcome().figures.net;
        prop_assert!(net.abs() <= 1e-6 * case.costs().total.max(1.0), "net {} at {} %", net, x);
    }

    #[test]
    fn no_generated_text_claims_a_return_or_payback_when_the_net_is_not_positive(
        case in sensible_case(),
        kinds in proptest::collection::vec(0u8..3, 0..=3),
        claim in proptest::sample::select(vec![
            "It pays for itself.",
            "It pays off within months.",
            "Well worth it.",
            "It will save us money.",
            "I guarantee results.",
            "On these figures it returns 300%.",
        ]),
        reworded in proptest::sample::select(Section::ALL.to_vec()),
    ) {
        let o = case.outcome();
        let said = stated(&case);
        prop_assert_eq!(said.verdict == Verdict::PaysBack, o.figures.net > 0.0 && o.figures.cost > 0.0 && o.figures.benefit > 0.0);
        // Real focus lists: up to three areas, each a learn, practise or near gap, so every branch of the texts that
        // depends on them is reached.
        let focus: Vec<String> = ["Data fluency", "Vision & strategy", "Discovery"][..kinds.len()].iter().map(|s| s.to_string()).collect();
        let of = |k: u8| focus.iter().zip(&kinds).filter(|(_, kind)| **kind == k).map(|(a, _)| a.clone()).collect::<Vec<_>>();
        let facts = Facts {
            stated: said.clone(),
            focus: focus.clone(),
            learn: of(0),
            practise: of(1),
            near: of(2),
            ..Facts::default()
        };
        let proposal = ProposalFacts {
            stated: said.clone(),
            focus: focus.iter().map(|a| (a.clone(), "1.5 levels".to_string())).collect(),
            practise: of(1),
            near: of(2),
            ..ProposalFacts::default()
        };
        let mut texts: Vec<String> = Argument::ALL.iter().map(|a| write(*a, &facts)).collect();
        texts.extend(Section::ALL.iter().map(|s| generated(*s, &proposal)));
        texts.push(said.sentence());
        texts.push(said.headline());
        texts.extend(Objection::ALL.iter().map(|o| answer(*o, &facts)));
        texts.extend(Argument::ALL.iter().map(|a| a.title_for(&facts).to_string()));
        // What reaches the boss when the user reworded an argument and a section with a claim: the report's
        // arguments and the printed sections (laid out on Letter, the shorter sheet, so A4 prints the same words).
        let mut args = crate::core::justify::arguments::Arguments::default();
        args.reword(Argument::ItPaysBack, claim.into());
        let mut sheet = crate::core::justify::proposal::Proposal::default();
        sheet.edited.insert(reworded, claim.into());
        let printed: Vec<String> = sheet.blocks(&proposal).into_iter().map(|b| b.printed).collect();
        let read: Vec<String> = args.texts(&facts).into_iter().map(|(_, t)| t).chain(printed).collect();
        if o.figures.net <= 0.0 {
            for text in &read {
                prop_assert!(!claims_a_return(text), "net {}: {}", o.figures.net, text);
            }
            for text in &texts {
                prop_assert!(!claims_a_return(text), "net {}: {}", o.figures.net, text);
            }
            prop_assert_ne!(Argument::ItPaysBack.title_for(&facts), "It pays back");
        } else if said.verdict == Verdict::PaysBack {
            prop_assert!(claims_a_return(&said.sentence()));
            prop_assert!(claims_a_return(&said.headline()));
        }
    }
}

#[test]
fn a_limit_of_one_is_said_in_the_singular() {
    assert_eq!(
        Field::HoursPerDay.check(0.5).as_deref(),
        Some("can't be less than 1 hour")
    );
    assert_eq!(
        Field::DaysPerYear.check(0.5).as_deref(),
        Some("can't be less than 1 day")
    );
    assert_eq!(
        Field::HoursPerDay.check(30.0).as_deref(),
        Some("can't be more than 24 hours")
    );
}
