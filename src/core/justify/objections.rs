//! The questions a boss is likely to ask before paying for training, each with an answer written from the user's own
//! gaps, goals and figures, and editable. An answer never commits the user to what they did not offer: where it needs
//! something only they can give (who covers, what they would commit to), it leaves a visible blank or asks.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::arguments::{write, Argument, Facts};
use super::roi::Verdict;
use crate::core::words::list;

/// The user's words for `what`, or until they give them a blank to fill in, visible on screen and on paper.
pub fn or_blank(text: &str, what: &str) -> String {
    match text.trim().trim_end_matches('.') {
        "" => format!("[{what}: to fill in]"),
        given => given.to_string(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Objection {
    Leaving,
    WhyNow,
    Coverage,
    Cheaper,
    Proof,
}

impl Objection {
    pub const ALL: [Objection; 5] = [
        Objection::Leaving,
        Objection::WhyNow,
        Objection::Coverage,
        Objection::Cheaper,
        Objection::Proof,
    ];

    /// The question as the boss might put it.
    pub fn question(self) -> &'static str {
        match self {
            Objection::Leaving => "What if you leave after we pay for it?",
            Objection::WhyNow => "Why now?",
            Objection::Coverage => "Who covers your work while you're away?",
            Objection::Cheaper => "Isn't a book or an online course enough?",
            Objection::Proof => "How will I know it worked?",
        }
    }

    /// A stable id for forms and tests.
    pub fn id(self) -> &'static str {
        match self {
            Objection::Leaving => "leaving",
            Objection::WhyNow => "why-now",
            Objection::Coverage => "coverage",
            Objection::Cheaper => "cheaper",
            Objection::Proof => "proof",
        }
    }
}

/// The answer we write to one objection, from the facts.
/// Everything we write from the user's figures today: the figures as stated, every argument and every answer. A
/// figure the user's own wording quotes that is in none of them is out of date (see `verdict::stale_figures`).
pub fn said_from(f: &Facts) -> String {
    let mut all = vec![f.stated.figures()];
    all.extend(Argument::ALL.iter().map(|&a| write(a, f)));
    all.extend(Objection::ALL.iter().map(|&o| answer(o, f)));
    all.join(" ")
}

pub fn answer(objection: Objection, f: &Facts) -> String {
    let first = f
        .focus
        .first()
        .cloned()
        .unwrap_or_else(|| "the areas I focus on".into());
    match objection {
        Objection::Leaving => {
            let commitment = f.pitch.commitment.trim().trim_end_matches('.');
            let stays = "What I learn goes into my work here within weeks, and I'll share the methods and templates \
                         with the team, so the value stays in the team";
            if commitment.is_empty() {
                format!(
                    "A fair question. {stays}. I plan to grow here, and I'm open to talking about what would make you \
                     comfortable."
                )
            } else {
                format!("A fair question. {stays}. And I'm glad to commit to it: {commitment}.")
            }
        }
        Objection::WhyNow => {
            let decision = f.pitch.decision.trim().trim_end_matches('.');
            let soon = if decision.is_empty() {
                "the work already on my plate".to_string()
            } else {
                format!("the decision ahead of us: {decision}")
            };
            format!(
                "Because {first} is where my gap matters most for my work today, and {soon} needs it. Learning it \
                 now means the next months of that work benefit, rather than a later course catching up with them."
            )
        }
        Objection::Coverage => {
            let who = or_blank(&f.pitch.cover, "who covers");
            let handover = or_blank(&f.pitch.handover, "what I hand over");
            let days = if f.days_away.is_empty() {
                String::new()
            } else {
                format!(" for the {} working days", f.days_away)
            };
            format!("While I'm away{days}, {who} covers day-to-day decisions. Before I go, I hand over {handover}.")
        }
        Objection::Cheaper => {
            let weighed = if f.alternatives.is_empty() {
                String::new()
            } else {
                let ways: Vec<String> = f
                    .alternatives
                    .iter()
                    .map(|(way, _)| way.to_lowercase())
                    .collect();
                format!(
                    " I weighed {} too; the reasons are in my proposal.",
                    list(&ways)
                )
            };
            match (f.learn.is_empty(), f.practise.is_empty()) {
                (true, true) if !f.near.is_empty() => format!(
                    "For {}, a book may well be enough: I'm within a level of what's expected there. What a course \
                     adds is practice with feedback, in days rather than months of trial and error.{weighed}",
                    list(&f.near)
                ),
                (true, false) => format!(
                    "For {}, you're right that another course isn't the answer: I know the ground and need practice, \
                     so I'm asking for a course built on practice, and for stretch work here.{weighed}",
                    list(&f.practise)
                ),
                _ => {
                    let gap = f.learn.first().or(f.focus.first()).map_or("the skills I focus on", |a| a.as_str());
                    format!(
                        "A book gives me the ideas; what it can't give is practice with feedback on {gap}, which is \
                         where my gap is. The course is that practice, in days rather than months of trial and \
                         error.{weighed}"
                    )
                }
            }
        }
        Objection::Proof => {
            let when = if f.check_in.is_empty() {
                "Eight weeks after the training".to_string()
            } else {
                format!("On {}, eight weeks after the training", f.check_in)
            };
            let measures = if f.measures.is_empty() {
                "my progress on each goal".to_string()
            } else {
                list(&f.measures)
            };
            let figures = match f.stated.verdict {
                Verdict::Incomplete => String::new(),
                _ => " and the case's figures beside what actually happened".to_string(),
            };
            format!(
                "{when}, I reassess my skills and show you the before-and-after radar, {measures}{figures}. If it \
                 didn't work, you'll see that too."
            )
        }
    }
}

/// The user's own wording of answers, and the questions they chose to leave out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Objections {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hidden: Vec<Objection>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub edited: BTreeMap<Objection, String>,
}

impl Objections {
    /// Nothing the user changed: saved files leave it out.
    pub fn is_empty(&self) -> bool {
        *self == Objections::default()
    }

    /// Each objection with its answer: the user's wording where they gave one, ours otherwise; and whether shown.
    pub fn answers(&self, f: &Facts) -> Vec<(Objection, String, bool)> {
        Objection::ALL
            .iter()
            .map(|&o| {
                let text = self
                    .edited
                    .get(&o)
                    .filter(|t| !t.trim().is_empty())
                    .cloned()
                    .unwrap_or_else(|| answer(o, f));
                (o, text, !self.hidden.contains(&o))
            })
            .collect()
    }

    pub fn reword(&mut self, o: Objection, words: String) {
        self.edited.insert(o, words);
    }

    /// Drops the user's wording: the answer follows their data again.
    pub fn regenerate(&mut self, o: Objection) {
        self.edited.remove(&o);
    }

    pub fn show(&mut self, o: Objection, on: bool) {
        self.hidden.retain(|h| *h != o);
        if !on {
            self.hidden.push(o);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::justify::arguments::Pitch;

    fn facts() -> Facts {
        Facts {
            focus: vec!["Data fluency".into(), "Discovery".into()],
            learn: vec!["Data fluency".into()],
            practise: vec!["Discovery".into()],
            days_away: "3".into(),
            check_in: "7 May 2027".into(),
            measures: vec!["weekly active teams, from 40 to 55".into()],
            ..Facts::default()
        }
    }

    #[test]
    fn coverage_leaves_a_visible_blank_until_the_user_names_who_covers() {
        let mut f = facts();
        let open = answer(Objection::Coverage, &f);
        assert!(open.contains("[who covers: to fill in]"), "{open}");
        assert!(open.contains("[what I hand over: to fill in]"), "{open}");
        assert!(
            !open.to_lowercase().contains("daily"),
            "no promise the user did not make: {open}"
        );
        f.pitch = Pitch {
            cover: "Priya Shah".into(),
            handover: "the release checklist and the open customer escalations.".into(),
            ..Pitch::default()
        };
        let named = answer(Objection::Coverage, &f);
        assert_eq!(
            named,
            "While I'm away for the 3 working days, Priya Shah covers day-to-day decisions. Before I go, I hand over \
             the release checklist and the open customer escalations."
        );
    }

    #[test]
    fn a_commitment_is_offered_only_when_the_user_offers_one() {
        let mut f = facts();
        let without = answer(Objection::Leaving, &f);
        assert!(!without.contains("commit"), "{without}");
        assert!(!without.contains("repay"), "{without}");
        f.pitch.commitment = "I'll stay 12 months or repay a share of the fee".into();
        let with = answer(Objection::Leaving, &f);
        assert!(
            with.ends_with("I'll stay 12 months or repay a share of the fee."),
            "{with}"
        );
    }

    #[test]
    fn answers_use_the_users_gaps_goals_and_dates() {
        let f = facts();
        assert!(answer(Objection::WhyNow, &f).starts_with("Because Data fluency"));
        let cheaper = answer(Objection::Cheaper, &f);
        assert!(
            cheaper.contains("practice with feedback on Data fluency"),
            "{cheaper}"
        );
        let proof = answer(Objection::Proof, &f);
        assert!(proof.starts_with("On 7 May 2027"), "{proof}");
        assert!(
            proof.contains("weekly active teams, from 40 to 55"),
            "{proof}"
        );
        assert!(
            !proof.contains("case's figures"),
            "no figures to show without a priced case: {proof}"
        );
        let practise_only = Facts {
            learn: Vec::new(),
            ..f
        };
        assert!(
            answer(Objection::Cheaper, &practise_only).contains("another course isn't the answer")
        );
    }

    #[test]
    fn the_users_wording_wins_and_regenerating_drops_it() {
        let f = facts();
        let mut o = Objections::default();
        o.reword(Objection::Proof, "You'll see it in the numbers.".into());
        o.show(Objection::Cheaper, false);
        let answers = o.answers(&f);
        assert_eq!(answers.len(), Objection::ALL.len());
        let proof = answers.iter().find(|a| a.0 == Objection::Proof).unwrap();
        assert_eq!(proof.1, "You'll see it in the numbers.");
        assert!(
            !answers
                .iter()
                .find(|a| a.0 == Objection::Cheaper)
                .unwrap()
                .2
        );
        o.regenerate(Objection::Proof);
        o.show(Objection::Cheaper, true);
        assert_eq!(o, Objections::default());
    }

    #[test]
    fn every_answer_reads_well_with_nothing_filled_in() {
        for o in Objection::ALL {
            let text = answer(o, &Facts::default());
            assert!(text.len() > 50, "{o:?}: {text}");
            assert!(
                !text.contains("  ") && !text.contains(" .") && !text.contains("{"),
                "{o:?}: {text}"
            );
        }
    }
}
