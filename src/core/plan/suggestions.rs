//! Our suggestions for each area of the built-in model: a goal a PM can count without new tooling, and three first
//! steps doable within a fortnight with no budget.

use super::{Cadence, ImpactMeasure};

/// Suggested metric (plural), target and cadence per area of the built-in models (product management, then product
/// owner).
pub(super) fn suggestion(area: &str) -> (&'static str, u16, Cadence) {
    match area {
        "customer-insight" => ("customer conversations", 4, Cadence::Month),
        "market" => ("competitor or market reviews shared", 1, Cadence::Month),
        "data" => (
            "decisions backed by a metric I pulled myself",
            2,
            Cadence::Month,
        ),
        "vision" => ("strategy reviews with my leadership", 1, Cadence::Quarter),
        "business" => (
            "features sized by expected revenue or cost",
            2,
            Cadence::Month,
        ),
        "roadmap" => ("roadmap reviews with stakeholders", 1, Cadence::Month),
        "discovery" => ("assumptions tested before building", 2, Cadence::Month),
        "delivery" => ("releases shipped without a rollback", 2, Cadence::Month),
        "launch" => (
            "launch plans agreed with sales and marketing",
            1,
            Cadence::Quarter,
        ),
        "lifecycle" => ("reviews of in-market performance", 1, Cadence::Month),
        "communication" => ("written updates to stakeholders", 1, Cadence::Week),
        "team-leadership" => ("coaching sessions with team members", 2, Cadence::Month),
        "backlog-refinement" => ("refinement sessions with the whole team", 1, Cadence::Week),
        "user-stories" => (
            "stories split until they fit in a few days",
            3,
            Cadence::Week,
        ),
        "sprint-goals" => (
            "sprint goals written with the developers",
            1,
            Cadence::Month,
        ),
        "increment-review" => (
            "reviews with a stakeholder using the increment",
            1,
            Cadence::Month,
        ),
        "user-feedback" => (
            "conversations with users about a recent increment",
            2,
            Cadence::Month,
        ),
        "value-prioritisation" => (
            "backlog orderings explained with value and cost",
            1,
            Cadence::Month,
        ),
        "stakeholders" => (
            "decisions agreed with stakeholders in the open",
            2,
            Cadence::Month,
        ),
        "team-collaboration" => (
            "questions from developers answered the same day",
            5,
            Cadence::Week,
        ),
        _ => ("practice sessions", 2, Cadence::Month),
    }
}

/// The impact measure we suggest for an area: a business measure most teams can already count, with how. The user
/// sets the baseline and the target.
pub fn suggested_impact(area: &str) -> ImpactMeasure {
    let (measure, unit, how) = match area {
        "customer-insight" => (
            "Roadmap decisions backed by direct customer evidence",
            "%",
            "Tag each decision in the roadmap tool with its evidence; count the share each quarter",
        ),
        "market" => (
            "Deals lost to a competitor we had not analysed",
            "a quarter",
            "Win/loss notes in the CRM, counted each quarter with sales",
        ),
        "data" => (
            "Launches with a success metric set before launch",
            "%",
            "Launch checklist in the tracker; share of launches with the metric filled in",
        ),
        "vision" => (
            "Roadmap items tied to a company objective",
            "%",
            "Roadmap review each quarter: items linked to an objective over all items",
        ),
        "business" => (
            "Features with a business case before build",
            "%",
            "Specs in the tracker with a sized case, counted each month",
        ),
        "roadmap" => (
            "Priority conflicts escalated to leadership",
            "a quarter",
            "Escalations logged in the leadership meeting notes",
        ),
        "discovery" => (
            "Features reaching their adoption target within 90 days",
            "%",
            "Product analytics against each feature's target",
        ),
        "delivery" => (
            "Releases shipped on the committed date",
            "%",
            "Release log against the dates committed at planning",
        ),
        "launch" => (
            "Launches reaching their 30-day target",
            "%",
            "Launch review after 30 days against the target in the launch plan",
        ),
        "lifecycle" => (
            "Features improved or retired after an in-market review",
            "a quarter",
            "In-market reviews logged with their decision",
        ),
        "communication" => (
            "Stakeholder escalations about surprises",
            "a quarter",
            "Escalations logged by the team lead",
        ),
        "team-leadership" => (
            "Team engagement score",
            "points",
            "The company's engagement survey, team result",
        ),
        "backlog-refinement" => (
            "Sprints started with the top items ready",
            "%",
            "Sprint planning notes: top items meeting the team's definition of ready",
        ),
        "user-stories" => (
            "Stories reopened after review",
            "a sprint",
            "The tracker's reopened items, counted at each sprint's end",
        ),
        "sprint-goals" => (
            "Sprint goals met",
            "%",
            "Sprint review notes: goal met or not, over the last six sprints",
        ),
        "increment-review" => (
            "Backlog items changed by what a review showed",
            "a month",
            "Review notes with the items they added, dropped or reordered",
        ),
        "user-feedback" => (
            "Backlog items backed by user evidence",
            "%",
            "Items in the tracker tagged with the feedback behind them, counted monthly",
        ),
        "value-prioritisation" => (
            "Released items that reached their expected value",
            "%",
            "Each item's expected value at ordering, checked after release",
        ),
        "stakeholders" => (
            "Priority disputes escalated past the product owner",
            "a quarter",
            "Escalations logged by the team lead or manager",
        ),
        "team-collaboration" => (
            "Items blocked waiting for the product owner",
            "a sprint",
            "The tracker's blocked items with the product owner as the reason",
        ),
        _ => (
            "The business measure this area moves",
            "",
            "Where it is recorded, and who counts it how often",
        ),
    };
    ImpactMeasure {
        measure: measure.into(),
        unit: unit.into(),
        baseline: None,
        target: None,
        how: how.into(),
    }
}

/// First steps we suggest for an area: concrete, doable within a fortnight, no budget needed.
pub fn first_steps(area: &str) -> [&'static str; 3] {
    match area {
        "customer-insight" => [
            "Book two customer calls this week; write down three surprises from each.",
            "Sit in on five support tickets or sales calls and note the words customers use.",
            "Share a one-page summary of what you heard with your team.",
        ],
        "market" => [
            "Sign up for two competitors' products and map their onboarding step by step.",
            "List the three market trends your leadership talks about, with one source each.",
            "Ask sales which competitor they lose deals to, and why.",
        ],
        "data" => [
            "Pull one product metric yourself this week, without asking an analyst.",
            "Write down the three numbers that tell you your product is healthy, and where they live.",
            "Before your next decision, write the metric you expect it to move, and by how much.",
        ],
        "vision" => [
            "Write your product's vision in two sentences and test it on three colleagues.",
            "Read your company's strategy and link each roadmap item to one of its goals.",
            "Ask your manager what would make your product a bet worth doubling.",
        ],
        "business" => [
            "Find out how your product makes or saves money, and its last quarter's figure.",
            "Size your next feature in revenue or cost before you specify it.",
            "Have coffee with someone in finance and ask how they judge your product.",
        ],
        "roadmap" => [
            "Score your backlog's top ten items on value and effort, in writing.",
            "Say no to one request this week, with the reason and what you are doing instead.",
            "Share your roadmap as outcomes, not features, with one stakeholder.",
        ],
        "discovery" => [
            "Write the riskiest assumption behind your next feature and a cheap way to test it.",
            "Run one prototype test with five users before the next build starts.",
            "Pair with a designer on one interview guide.",
        ],
        "delivery" => [
            "Ask your engineers what slows them down most, and fix one thing.",
            "Write acceptance criteria for your next story together with a tester.",
            "Review the last release that went wrong and list what you would change.",
        ],
        "launch" => [
            "Write a one-page launch plan for your next release, with owners.",
            "Meet marketing and sales to agree the message before the release date.",
            "Set the metric that will tell you the launch worked, and check it after two weeks.",
        ],
        "lifecycle" => [
            "Set up a monthly review of your product's usage and revenue.",
            "Find one feature almost nobody uses and decide to improve or retire it.",
            "Check your product's reviews or support themes for the last quarter.",
        ],
        "communication" => [
            "Send a short weekly written update to your stakeholders, starting this Friday.",
            "Map your stakeholders by influence and interest; meet the one you see least.",
            "Ask one colleague for frank feedback on your last presentation.",
        ],
        "team-leadership" => [
            "Hold a one-to-one with each person you work closest with, about their goals.",
            "Give one piece of specific, kind feedback this week.",
            "Ask a senior leader how they grew their first team.",
        ],
        "backlog-refinement" => [
            "Order the top ten backlog items and write one line on why each sits where it does.",
            "Run one refinement with the whole team and note the questions the developers asked.",
            "Remove or park every item older than three months that nobody has asked about.",
        ],
        "user-stories" => [
            "Rewrite your next three stories with acceptance criteria a tester could check.",
            "Split the largest story in the next sprint with the developers, by workflow step or rule.",
            "Ask a developer which of your recent stories was hardest to build, and why.",
        ],
        "sprint-goals" => [
            "Write the next sprint goal in one sentence with the developers, before choosing items.",
            "At the next planning, drop one item that does not serve the goal.",
            "At the review, say whether the goal was met and what that changes.",
        ],
        "increment-review" => [
            "Invite one stakeholder who uses the product to the next review and let them try it.",
            "After the review, change the backlog for at least one thing you saw, and say so.",
            "Decide with the team what in this increment is worth releasing now.",
        ],
        "user-feedback" => [
            "Watch two users try the latest increment this month; note where they hesitate.",
            "Read twenty support tickets and tag the backlog items they touch.",
            "Add a line of user evidence to each of the next five items you refine.",
        ],
        "value-prioritisation" => [
            "Score the top ten items on value and cost with a developer, in an hour.",
            "Explain the order of the next sprint's items to a stakeholder in writing.",
            "Check one released item against the value you expected, and share what you found.",
        ],
        "stakeholders" => [
            "List your stakeholders and ask the two you hear from least what they need.",
            "Send a short written update after the next review: what changed and why.",
            "Take one disagreement to a meeting where both sides hear the trade-off.",
        ],
        "team-collaboration" => [
            "Sit with the developers for a day and answer questions as they come.",
            "Ask the team which of your habits slows them down, and stop one.",
            "Explain the why behind the next sprint's most important item in the planning.",
        ],
        _ => [
            "Find someone who is strong in this area and ask how they learned it.",
            "Pick one task this month that makes you practise it.",
            "Write down what good looks like, and check yourself against it in a month.",
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::CompetencyModel;
    use crate::core::plan::{Cadence, Goal, LearningWay};

    #[test]
    fn every_area_has_its_own_countable_suggestion() {
        // Both built-in models: the product owner's areas get suggestions as careful as the PM's.
        let areas: Vec<_> = CompetencyModel::builtins()
            .into_iter()
            .flat_map(|m| m.areas.iter())
            .collect();
        let metrics: Vec<String> = areas
            .iter()
            .map(|a| Goal::suggested(&a.id).metric)
            .collect();
        assert!(!metrics.contains(&"practice sessions".to_string()));
        let mut unique = metrics.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), metrics.len());
    }

    /// Every suggested metric's singular, as a reader expects it after "1".
    const SINGULARS: [(&str, &str); 20] = [
        ("customer-insight", "customer conversation"),
        ("market", "competitor or market review shared"),
        ("data", "decision backed by a metric I pulled myself"),
        ("vision", "strategy review with my leadership"),
        ("business", "feature sized by expected revenue or cost"),
        ("roadmap", "roadmap review with stakeholders"),
        ("discovery", "assumption tested before building"),
        ("delivery", "release shipped without a rollback"),
        ("launch", "launch plan agreed with sales and marketing"),
        ("lifecycle", "review of in-market performance"),
        ("communication", "written update to stakeholders"),
        ("team-leadership", "coaching session with team members"),
        (
            "backlog-refinement",
            "refinement session with the whole team",
        ),
        ("user-stories", "story split until they fit in a few days"),
        ("sprint-goals", "sprint goal written with the developers"),
        (
            "increment-review",
            "review with a stakeholder using the increment",
        ),
        (
            "user-feedback",
            "conversation with users about a recent increment",
        ),
        (
            "value-prioritisation",
            "backlog ordering explained with value and cost",
        ),
        (
            "stakeholders",
            "decision agreed with stakeholders in the open",
        ),
        (
            "team-collaboration",
            "question from developers answered the same day",
        ),
    ];

    proptest::proptest! {
        /// A goal's count agrees with its noun for every suggestion, target and cadence, on every built-in model:
        /// the plan, the proposal and the report all print `Goal::text`.
        #[test]
        fn a_suggested_goal_agrees_with_its_count(target in 0u16..=12, cadence in 0usize..3, which in 0usize..2) {
            let model = CompetencyModel::builtin_of(["skillcase-pm", "skillcase-po"][which]).unwrap();
            for area in &model.areas {
                let mut goal = Goal::suggested(&area.id);
                goal.target = target;
                goal.cadence = Cadence::ALL[cadence];
                let (plural, _, _) = suggestion(&area.id);
                let one = SINGULARS.iter().find(|(a, _)| *a == area.id).map(|(_, s)| s).expect("every built-in area has its own goal");
                let expected = if target == 1 { format!("1 {one}") } else { format!("{target} {plural}") };
                proptest::prop_assert_eq!(goal.text(), format!("{expected} {}", goal.cadence.per()));
            }
        }
    }

    #[test]
    fn every_area_has_three_concrete_first_steps_of_its_own() {
        // Both built-in models: the product owner's areas get suggestions as careful as the PM's.
        let areas: Vec<_> = CompetencyModel::builtins()
            .into_iter()
            .flat_map(|m| m.areas.iter())
            .collect();
        let fallback = first_steps("unknown");
        for area in &areas {
            let steps = first_steps(&area.id);
            assert_ne!(steps, fallback, "{}", area.id);
            assert!(steps.iter().all(|s| s.len() > 30 && s.ends_with('.')));
        }
        assert!(LearningWay::ALL
            .iter()
            .all(|w| !w.trade_off().is_empty() && !w.label().is_empty()));
    }

    #[test]
    fn every_area_has_an_impact_measure_of_its_own() {
        // Both built-in models: the product owner's areas get suggestions as careful as the PM's.
        let areas: Vec<_> = CompetencyModel::builtins()
            .into_iter()
            .flat_map(|m| m.areas.iter())
            .collect();
        let fallback = suggested_impact("unknown");
        let mut measures: Vec<String> = areas
            .iter()
            .map(|a| suggested_impact(&a.id))
            .inspect(|m| assert!(!m.how.is_empty() && m.baseline.is_none()))
            .map(|m| m.measure)
            .collect();
        assert!(!measures.contains(&fallback.measure));
        measures.sort();
        measures.dedup();
        assert_eq!(measures.len(), areas.len());
    }
}
