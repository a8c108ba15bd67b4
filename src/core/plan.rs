//! The development plan: a goal for each focus area, with a metric the user can count, a target and a cadence
//! ("visit two customers a month"), and the check-in about eight weeks after training.

use serde::{Deserialize, Serialize};

pub mod export;

/// Weeks from the end of training to the check-in where the user reassesses.
pub const CHECK_IN_WEEKS: u64 = 8;
/// The largest target taken seriously; more is a typo.
pub const MAX_TARGET: u16 = 999;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    Week,
    #[default]
    Month,
    Quarter,
}

impl Cadence {
    pub const ALL: [Cadence; 3] = [Cadence::Week, Cadence::Month, Cadence::Quarter];

    /// "a month", as the end of "two customer visits a month".
    pub fn per(self) -> &'static str {
        match self {
            Cadence::Week => "a week",
            Cadence::Month => "a month",
            Cadence::Quarter => "a quarter",
        }
    }
}

/// A way to learn, with its trade-off said plainly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LearningWay {
    #[default]
    ProfessionalCourse,
    AcademicCourse,
    Mentoring,
    OnTheJob,
}

impl LearningWay {
    pub const ALL: [LearningWay; 4] = [
        LearningWay::ProfessionalCourse,
        LearningWay::AcademicCourse,
        LearningWay::Mentoring,
        LearningWay::OnTheJob,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LearningWay::ProfessionalCourse => "Professional course",
            LearningWay::AcademicCourse => "Academic course",
            LearningWay::Mentoring => "Mentoring",
            LearningWay::OnTheJob => "On the job",
        }
    }

    pub fn trade_off(self) -> &'static str {
        match self {
            LearningWay::ProfessionalCourse => {
                "Fast and hands-on: tools you use next week, less depth."
            }
            LearningWay::AcademicCourse => {
                "Deeper and credentialed, but slower: months, and more theory."
            }
            LearningWay::Mentoring => {
                "Tailored to you and your context; slow, and only as good as the mentor."
            }
            LearningWay::OnTheJob => "Free and real, but slow, and mistakes cost the team.",
        }
    }
}

/// A member of the user's "personal board of directors".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mentor {
    pub name: String,
    pub helps_with: String,
}

/// One goal: what the user will do more of, counted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Goal {
    /// The focus area it serves.
    pub area: String,
    /// What is counted, in the plural: "customer interviews".
    pub metric: String,
    pub target: u16,
    pub cadence: Cadence,
    /// The user's own wording of the whole goal; `None` follows the metric.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wording: Option<String>,
    pub way: LearningWay,
}

impl Default for Goal {
    fn default() -> Self {
        Goal {
            area: String::new(),
            metric: String::new(),
            target: 1,
            cadence: Cadence::Month,
            wording: None,
            way: LearningWay::default(),
        }
    }
}

impl Goal {
    /// The goal we suggest for an area: a metric a PM can count without new tooling.
    pub fn suggested(area: &str) -> Goal {
        let (metric, target, cadence) = suggestion(area);
        Goal {
            area: area.into(),
            metric: metric.into(),
            target,
            cadence,
            wording: None,
            way: LearningWay::default(),
        }
    }

    /// Whether the metric, target and cadence are still the ones we suggest, so a link need not spell them out.
    pub fn is_suggested(&self) -> bool {
        let (metric, _, _) = suggestion(&self.area);
        self.metric == metric
    }

    /// "4 customer interviews a month", or the user's own words.
    pub fn text(&self) -> String {
        match &self.wording {
            Some(w) if !w.trim().is_empty() => w.trim().to_string(),
            _ => format!(
                "{} {} {}",
                self.target,
                self.metric.trim(),
                self.cadence.per()
            ),
        }
    }
}

/// Suggested metric (plural), target and cadence per area of the built-in model.
fn suggestion(area: &str) -> (&'static str, u16, Cadence) {
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
        _ => ("practice sessions", 2, Cadence::Month),
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
        _ => [
            "Find someone who is strong in this area and ask how they learned it.",
            "Pick one task this month that makes you practise it.",
            "Write down what good looks like, and check yourself against it in a month.",
        ],
    }
}

/// The goals, one per focus area, in focus order; the user's mentors; and when they check in.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub goals: Vec<Goal>,
    pub mentors: Vec<Mentor>,
    /// The check-in date the user chose (YYYY-MM-DD); empty follows the training's end date.
    pub check_in: String,
}

/// What to bring to the check-in.
pub const CHECKLIST: [&str; 5] = [
    "A new self-assessment (take it again the week before)",
    "Your count on each goal's metric since the training",
    "One decision or piece of work you did differently because of it",
    "What you shared with the team, and how it landed",
    "What you still need: practice, a mentor, or a next course",
];

impl Plan {
    /// The goals for these focus areas: the user's own where they set one, our suggestion otherwise.
    pub fn goals_for(&self, focus: &[String]) -> Vec<Goal> {
        focus
            .iter()
            .map(|area| {
                self.goals
                    .iter()
                    .find(|g| &g.area == area)
                    .cloned()
                    .unwrap_or_else(|| Goal::suggested(area))
            })
            .collect()
    }

    /// The check-in date: the user's, or CHECK_IN_WEEKS after the training's last day (`end`, else `start`).
    pub fn check_in_date(&self, start: &str, end: &str) -> Option<String> {
        if days_from_iso(&self.check_in).is_some() {
            return Some(self.check_in.trim().to_string());
        }
        check_in(if end.trim().is_empty() { start } else { end })
    }

    /// Keeps a goal the user changed; replaces any earlier goal for the same area.
    pub fn set(&mut self, goal: Goal) {
        self.goals.retain(|g| g.area != goal.area);
        self.goals.push(goal);
    }
}

/// The check-in date, CHECK_IN_WEEKS after an ISO date (YYYY-MM-DD), as an ISO date.
pub fn check_in(after: &str) -> Option<String> {
    let day = days_from_iso(after)?;
    Some(super::workspace::iso_date(
        (day + CHECK_IN_WEEKS * 7) * 86_400_000,
    ))
}

/// Days since 1970-01-01 of an ISO date (YYYY-MM-DD), years 1970–9999; `None` for anything else.
pub fn days_from_iso(iso: &str) -> Option<u64> {
    let mut parts = iso.trim().splitn(3, '-');
    let mut num = |len: usize| {
        let p = parts.next()?;
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<i64>().ok())?
    };
    let (y, m, d) = (num(4)?, num(2)?, num(2)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if y < 1970 || !(1..=12).contains(&m) || d < 1 || d > month_days[(m - 1) as usize] {
        return None;
    }
    // The inverse of iso_date: a civil date to days, after Howard Hinnant's algorithm.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    u64::try_from(era * 146_097 + doe - 719_468).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::CompetencyModel;
    use crate::core::workspace::iso_date;

    #[test]
    fn every_area_has_its_own_countable_suggestion() {
        let model = CompetencyModel::builtin();
        let metrics: Vec<String> = model
            .areas
            .iter()
            .map(|a| Goal::suggested(&a.id).metric)
            .collect();
        assert!(!metrics.contains(&"practice sessions".to_string()));
        let mut unique = metrics.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), metrics.len());
    }

    #[test]
    fn a_goal_reads_as_a_target_and_the_users_words_win() {
        let mut g = Goal::suggested("customer-insight");
        assert_eq!(g.text(), "4 customer conversations a month");
        assert!(g.is_suggested());
        g.metric = "customer visits".into();
        g.target = 2;
        assert_eq!(g.text(), "2 customer visits a month");
        assert!(!g.is_suggested());
        g.wording = Some(" Visit two customers every month ".into());
        assert_eq!(g.text(), "Visit two customers every month");
        g.wording = Some("  ".into());
        assert_eq!(g.text(), "2 customer visits a month");
    }

    #[test]
    fn goals_follow_the_focus_and_keep_the_users_changes() {
        let mut plan = Plan::default();
        let mut mine = Goal::suggested("data");
        mine.target = 5;
        plan.set(mine.clone());
        plan.set(mine.clone());
        assert_eq!(plan.goals.len(), 1);
        let goals = plan.goals_for(&["launch".into(), "data".into()]);
        assert_eq!(goals, vec![Goal::suggested("launch"), mine]);
    }

    #[test]
    fn the_check_in_is_eight_weeks_after_training_unless_the_user_moves_it() {
        let mut plan = Plan::default();
        assert_eq!(
            plan.check_in_date("2027-03-01", "2027-03-03").as_deref(),
            Some("2027-04-28")
        );
        assert_eq!(
            plan.check_in_date("2027-03-01", "").as_deref(),
            Some("2027-04-26")
        );
        assert_eq!(plan.check_in_date("", ""), None);
        plan.check_in = "2027-06-01".into();
        assert_eq!(
            plan.check_in_date("2027-03-01", "2027-03-03").as_deref(),
            Some("2027-06-01")
        );
        plan.check_in = "June".into();
        assert_eq!(
            plan.check_in_date("2027-03-01", "").as_deref(),
            Some("2027-04-26")
        );
    }

    #[test]
    fn every_area_has_three_concrete_first_steps_of_its_own() {
        let model = CompetencyModel::builtin();
        let fallback = first_steps("unknown");
        for area in &model.areas {
            let steps = first_steps(&area.id);
            assert_ne!(steps, fallback, "{}", area.id);
            assert!(steps.iter().all(|s| s.len() > 30 && s.ends_with('.')));
        }
        assert!(LearningWay::ALL
            .iter()
            .all(|w| !w.trade_off().is_empty() && !w.label().is_empty()));
    }

    #[test]
    fn iso_dates_convert_both_ways_and_nonsense_is_refused() {
        for day in [0u64, 59, 365, 10_957, 11_016, 20_410, 2_932_896] {
            let iso = iso_date(day * 86_400_000);
            assert_eq!(days_from_iso(&iso), Some(day), "{iso}");
        }
        for bad in [
            "",
            "2026-13-01",
            "2026-02-29",
            "1969-12-31",
            "26-01-01",
            "2026-1-01",
            "2026-01-01x",
            "abcd-ef-gh",
        ] {
            assert_eq!(days_from_iso(bad), None, "{bad}");
        }
        assert_eq!(
            days_from_iso("2024-02-29").map(|d| iso_date(d * 86_400_000)),
            Some("2024-02-29".into())
        );
        assert_eq!(check_in("2027-03-10").as_deref(), Some("2027-05-05"));
        assert_eq!(check_in("soon"), None);
    }
}
