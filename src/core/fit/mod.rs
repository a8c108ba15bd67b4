//! The fit check for someone not yet a PM: seven traits the work leans on (curiosity, empathy, attention to detail,
//! communication, problem solving, continuous learning, comfort with ambiguity), the experience they already have that
//! carries over, and honest, encouraging first steps. It is self-report, and says so: every result ends in a reality
//! test, interview preparation and a network of people who do the job.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::words::list;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trait {
    Curiosity,
    Empathy,
    Detail,
    Communication,
    ProblemSolving,
    Learning,
    Ambiguity,
}

impl Trait {
    pub const ALL: [Trait; 7] = [
        Trait::Curiosity,
        Trait::Empathy,
        Trait::Detail,
        Trait::Communication,
        Trait::ProblemSolving,
        Trait::Learning,
        Trait::Ambiguity,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Trait::Curiosity => "Curiosity",
            Trait::Empathy => "Empathy",
            Trait::Detail => "Attention to detail",
            Trait::Communication => "Communication",
            Trait::ProblemSolving => "Problem solving",
            Trait::Learning => "Continuous learning",
            Trait::Ambiguity => "Comfort with ambiguity",
        }
    }

    /// Two statements the user rates from 1 (not like me) to 5 (very like me).
    pub fn statements(self) -> [&'static str; 2] {
        match self {
            Trait::Curiosity => [
                "When a product annoys me, I want to know why it was built that way.",
                "I ask “why?” until I understand the real problem, not just the request.",
            ],
            Trait::Empathy => [
                "I can describe how a customer or colleague sees a problem, even when I disagree.",
                "People bring me their frustrations, and I listen before I answer.",
            ],
            Trait::Detail => [
                "I notice the small inconsistency others miss, and follow it up.",
                "I finish things: the last 10 % does not bore me.",
            ],
            Trait::Communication => [
                "I can explain a complicated idea in a few plain sentences.",
                "I put things in writing so everyone leaves a meeting with the same understanding.",
            ],
            Trait::ProblemSolving => [
                "Faced with a problem with no obvious answer, I break it into parts and test the riskiest first.",
                "I have dropped my own solution because the evidence pointed elsewhere.",
            ],
            Trait::Learning => [
                "In the last year I taught myself something my job did not require.",
                "I ask for feedback on my work, and change how I work because of it.",
            ],
            Trait::Ambiguity => [
                "I can start before every question is answered, and adjust as I learn.",
                "When priorities change half-way, I re-plan without losing heart.",
            ],
        }
    }

    /// What to do first to build it.
    fn step(self) -> &'static str {
        match self {
            Trait::Curiosity => "Pick a product you use daily and write a one-page teardown: who it is for, what it gets right, what you would change.",
            Trait::Empathy => "Interview three people about a problem they have, and write down their words before your ideas.",
            Trait::Detail => "Take a small project end to end, including the checklist nobody likes, and review it a week later.",
            Trait::Communication => "Write a weekly half-page update on something you work on and ask one reader what was unclear.",
            Trait::ProblemSolving => "Take a real problem at work, write down three possible causes, test the cheapest first, and note what you learned.",
            Trait::Learning => "Pick one PM skill, such as writing a problem statement, learn it from a book or course, and use it on real work within two weeks.",
            Trait::Ambiguity => "Volunteer for a project whose goal is clear but whose path is not, and keep a weekly note of what you decided and what you knew.",
        }
    }
}

/// Work that carries over into product management.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Experience {
    CustomerSupport,
    Sales,
    Engineering,
    Design,
    Data,
    Marketing,
    ProjectManagement,
}

impl Experience {
    pub const ALL: [Experience; 7] = [
        Experience::CustomerSupport,
        Experience::Sales,
        Experience::Engineering,
        Experience::Design,
        Experience::Data,
        Experience::Marketing,
        Experience::ProjectManagement,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Experience::CustomerSupport => "Customer support or success",
            Experience::Sales => "Sales or account management",
            Experience::Engineering => "Software engineering or QA",
            Experience::Design => "Design or user research",
            Experience::Data => "Data or analytics",
            Experience::Marketing => "Marketing",
            Experience::ProjectManagement => "Project or programme management",
        }
    }

    /// What it gives a new PM, in a sentence.
    pub fn carries_over(self) -> &'static str {
        match self {
            Experience::CustomerSupport => {
                "you know customers' real problems and words: the heart of customer insight"
            }
            Experience::Sales => "you know why customers buy and what competitors offer",
            Experience::Engineering => {
                "you know how products get built, and earn engineers' trust fast"
            }
            Experience::Design => "you know how to learn from users and shape a solution",
            Experience::Data => "you can measure outcomes and back decisions with numbers",
            Experience::Marketing => "you know positioning and how to take a product to market",
            Experience::ProjectManagement => {
                "you know how to deliver with many people and moving parts"
            }
        }
    }

    fn customer_facing(self) -> bool {
        matches!(
            self,
            Experience::CustomerSupport | Experience::Sales | Experience::Design
        )
    }
}

/// The user's answers: statement ratings by "trait-index" key, and the experience they have.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FitCheck {
    pub answers: BTreeMap<String, u8>,
    pub experience: Vec<Experience>,
}

pub fn key(t: Trait, statement: usize) -> String {
    format!("{t:?}-{statement}").to_lowercase()
}

/// Where a trait stands, honestly put.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    Strong,
    Growing,
    ToBuild,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FitResult {
    /// Each trait's mean (1–5) and standing, for traits with both statements answered.
    pub traits: Vec<(Trait, f32, Standing)>,
    pub summary: String,
    pub first_steps: Vec<String>,
}

impl FitCheck {
    pub fn answered(&self) -> usize {
        self.answers
            .values()
            .filter(|v| (1..=5).contains(*v))
            .count()
    }

    pub fn is_complete(&self) -> bool {
        self.answered() == Trait::ALL.len() * 2
    }

    pub fn result(&self) -> FitResult {
        let traits: Vec<(Trait, f32, Standing)> = Trait::ALL
            .iter()
            .filter_map(|&t| {
                let a = self
                    .answers
                    .get(&key(t, 0))
                    .filter(|v| (1..=5).contains(*v))?;
                let b = self
                    .answers
                    .get(&key(t, 1))
                    .filter(|v| (1..=5).contains(*v))?;
                let mean = (f32::from(*a) + f32::from(*b)) / 2.0;
                let standing = if mean >= 4.0 {
                    Standing::Strong
                } else if mean >= 3.0 {
                    Standing::Growing
                } else {
                    Standing::ToBuild
                };
                Some((t, mean, standing))
            })
            .collect();
        let with = |s: Standing| {
            traits
                .iter()
                .filter(|t| t.2 == s)
                .map(|t| t.0.label().to_lowercase())
                .collect::<Vec<_>>()
        };
        let (strong, to_build) = (with(Standing::Strong), with(Standing::ToBuild));
        let mut summary = match (strong.is_empty(), to_build.is_empty()) {
            (false, true) => format!(
                "By your own answers, you lean on {} already, and none of the seven traits looks like a barrier.",
                list(&strong)
            ),
            (false, false) => format!(
                "By your own answers, a real foundation in {}; {} will need deliberate practice, and {} can be learned.",
                list(&strong),
                list(&to_build),
                if to_build.len() == 1 { "it" } else { "they" }
            ),
            (true, false) => format!(
                "By your own answers, {} would need work before a PM role; these are skills, not fixed traits, and the \
                 steps below build them.",
                list(&to_build)
            ),
            (true, true) => {
                "By your own answers, a balanced start: nothing stands out either way yet, so practice will tell you \
                 most."
                    .to_string()
            }
        };
        if let Some(first) = self.experience.first() {
            summary.push_str(&format!(
                " Your background counts: {}.",
                first.carries_over()
            ));
        }
        summary.push_str(
            " This is how you see yourself, not a test: most people rate themselves kindly, so check it against the \
             work itself before you decide.",
        );
        // The reality test comes first: it is what a self-report can't replace.
        let mut first_steps: Vec<String> = vec![
            "Test it for real: shadow a PM for a day, and talk to three PMs about their last week, what they decided and \
             what drained them."
                .into(),
        ];
        first_steps.extend(
            traits
                .iter()
                .filter(|t| t.2 != Standing::Strong)
                .take(2)
                .map(|t| t.0.step().to_string()),
        );
        if !self.experience.iter().any(|e| e.customer_facing()) {
            first_steps.push("Get close to customers: sit in on support or sales calls for a month; choose courses that put you in front of users.".into());
        }
        first_steps.push("Offer to help a PM in your company with one piece of discovery or a launch, alongside your job.".into());
        first_steps.push("Prepare for interviews: write up two stories of problems you solved, with what you did and the result, and practise a product-sense question out loud.".into());
        first_steps.push("Build a network of mentors: ask two or three PMs for 30 minutes a month each, with a question ready every time.".into());
        FitResult {
            traits,
            summary,
            first_steps,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(level: u8) -> FitCheck {
        let mut f = FitCheck::default();
        for t in Trait::ALL {
            f.answers.insert(key(t, 0), level);
            f.answers.insert(key(t, 1), level);
        }
        f
    }

    #[test]
    fn results_are_honest_both_ways_and_always_give_steps() {
        let strong = all(5).result();
        assert!(
            strong
                .summary
                .starts_with("By your own answers, you lean on"),
            "{}",
            strong.summary
        );
        assert!(
            !strong.summary.contains("strong fit") && !strong.summary.contains("holds you back")
        );
        assert!(strong.traits.iter().all(|t| t.2 == Standing::Strong));
        let weak = all(1).result();
        assert!(
            weak.summary.starts_with("By your own answers, curiosity,"),
            "{}",
            weak.summary
        );
        assert!(weak.summary.contains("can") || weak.summary.contains("build"));
        for r in [&strong, &weak] {
            assert!(
                r.summary.contains("how you see yourself, not a test"),
                "{}",
                r.summary
            );
            assert!(r.first_steps[0].starts_with("Test it for real: shadow a PM"));
            assert!(r
                .first_steps
                .iter()
                .any(|s| s.starts_with("Prepare for interviews")));
            assert!(r
                .first_steps
                .iter()
                .any(|s| s.starts_with("Build a network of mentors")));
        }
        let labels: Vec<&str> = Trait::ALL.iter().map(|t| t.label()).collect();
        for missing in [
            "Problem solving",
            "Continuous learning",
            "Comfort with ambiguity",
        ] {
            assert!(labels.contains(&missing));
        }
        let mut mixed = all(4);
        mixed.answers.insert(key(Trait::Detail, 0), 1);
        mixed.answers.insert(key(Trait::Detail, 1), 2);
        mixed.experience = vec![Experience::CustomerSupport];
        let r = mixed.result();
        assert!(
            r.summary
                .contains("attention to detail will need deliberate practice"),
            "{}",
            r.summary
        );
        assert!(r.summary.contains("customers' real problems"));
        assert!(r.summary.contains("and it can be learned"), "{}", r.summary);
        mixed.answers.insert(key(Trait::Curiosity, 0), 1);
        mixed.answers.insert(key(Trait::Curiosity, 1), 1);
        let two = mixed.result();
        assert!(
            two.summary
                .contains("will need deliberate practice, and they can be learned"),
            "{}",
            two.summary
        );
        assert!(r.first_steps[1].contains("end to end"));
        assert!(
            !r.first_steps
                .iter()
                .any(|s| s.starts_with("Get close to customers")),
            "support is customer-facing"
        );
    }

    #[test]
    fn unanswered_and_out_of_range_answers_count_for_nothing() {
        let mut f = FitCheck::default();
        f.answers.insert(key(Trait::Empathy, 0), 4);
        f.answers.insert(key(Trait::Empathy, 1), 9);
        assert_eq!(f.answered(), 1);
        assert!(!f.is_complete());
        assert!(f.result().traits.is_empty());
        assert!(all(3).is_complete());
    }
}
