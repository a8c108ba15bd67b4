//! The report link's length, printed for the benchmark script (`./x bench`) and held to its budget: a full report
//! (12 areas rated, role, benchmark, ROI inputs, focus goals, a name) fits in 200 characters, address included.

use skillcase::core::justify::roi::{Estimate, HoursUse};
use skillcase::core::model::{CompetencyModel, Role};
use skillcase::core::share::link::{decode, encode};
use skillcase::core::share::ShareOptions;
use skillcase::core::workspace::Workspace;

/// A typical hosted address, 44 characters before the fragment.
const ADDRESS: &str = "https://example.github.io/skillcase/report/#";
const BUDGET: usize = 200;
/// 2026-11-23, as days since 1970.
const TODAY: u64 = 20_415;

fn full() -> Workspace {
    full_on(CompetencyModel::builtin())
}

/// The full report on `model`, rated across its scale.
fn full_on(model: &CompetencyModel) -> Workspace {
    let top = usize::from(model.max_level());
    let mut ws = Workspace::default();
    ws.assessment.model_id = model.id.clone();
    ws.assessment.model_version = model.version;
    ws.profile.name = "Ada Lovelace".into();
    ws.profile.role = Some(Role::SeniorPm);
    for (i, area) in model.areas.iter().enumerate() {
        ws.assessment.rate(&area.id, 0, |r| {
            r.knowledge = Some(1 + (i % top) as u8);
            r.experience = Some(1 + ((i + 3) % top) as u8);
            r.importance = Some(1 + (i % 5) as u8);
        });
    }
    let t = &mut ws.case.training;
    t.course = "Product Strategy Intensive".into();
    t.provider = "Example Academy".into();
    (t.start, t.end) = ("2027-03-10".into(), "2027-03-12".into());
    (t.days_away, t.fees, t.travel, t.materials, t.salary) = (3.0, 2_400.0, 350.0, 80.0, 85_000.0);
    let b = &mut ws.case.benefits;
    (
        b.decisions.on,
        b.decisions.influenced,
        b.decisions.margin_pct,
        b.decisions.improvement_pct,
    ) = (true, 2_500_000.0, Some(20.0), Estimate::expecting(2.0));
    (
        b.time_saved.on,
        b.time_saved.hours_per_week,
        b.time_saved.hours_go_to,
    ) = (true, Estimate::expecting(1.5), HoursUse::WaitingWork);
    ws
}

fn measure(what: &str, ws: &Workspace) -> usize {
    measure_on(CompetencyModel::builtin(), what, ws)
}

fn measure_on(model: &CompetencyModel, what: &str, ws: &Workspace) -> usize {
    let report = ws.report(model, ShareOptions::default(), TODAY);
    let fragment = encode(&report, model);
    assert_eq!(
        decode(&fragment, model).as_ref(),
        Ok(&report),
        "{what} opens again"
    );
    let link = format!("{ADDRESS}{fragment}");
    println!(
        "link {what}: {} characters ({} in the fragment)",
        link.len(),
        fragment.len()
    );
    link.len()
}

#[test]
fn report_links_fit_their_budget() {
    let full = measure("full report", &full());
    assert!(
        full <= BUDGET,
        "a full report link takes {full} characters, over {BUDGET}"
    );
    let minimal = measure("minimal (nothing filled in)", &Workspace::default());
    assert!(minimal < full);
    let mut worded = self::full();
    worded.case.arguments.0[0].edited =
        Some("I'd like your support to attend this course: it closes the gaps that slow my launches down.".into());
    let mut goal = skillcase::core::plan::Goal::suggested("data");
    goal.wording = Some("Pull the numbers for every decision myself, twice a month".into());
    worded.plan.set(goal);
    measure("full report + an edited argument and goal", &worded);
    // On the product-owner model the link names its model (id, version, fingerprint, name) after its body.
    let po = CompetencyModel::builtin_of("skillcase-po").expect("built in");
    let on_po = measure_on(
        po,
        "full report, product-owner model (8 areas)",
        &full_on(po),
    );
    assert!(
        on_po < full + 80,
        "the model's name costs a few dozen characters, not more"
    );
}

/// The model links a manager shares with the team, printed for `./x bench`: each built-in model whole.
#[test]
fn model_links_are_printed() {
    for model in CompetencyModel::builtins() {
        let fragment = skillcase::core::share::link::model::encode(model);
        let link = format!("https://example.github.io/skillcase/models/#{fragment}");
        assert_eq!(
            skillcase::core::share::link::model::decode(&link),
            Ok(Ok(model.clone()))
        );
        println!(
            "link model {} ({} areas, {} levels): {} characters",
            model.id,
            model.areas.len(),
            model.levels.len(),
            link.len()
        );
    }
}
