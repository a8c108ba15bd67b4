//! The arguments that persuade a boss, written from the user's own gaps and numbers, each switchable, reorderable
//! and editable; and, for leaders, the three framing questions and the people whose support the plan needs.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Argument {
    JustAsk,
    OnTheJobIsSlow,
    ItPaysBack,
    BorrowTheBest,
    EasierForYou,
    BigPicture,
    GoodForTheCompany,
}

impl Argument {
    pub const ALL: [Argument; 7] = [
        Argument::JustAsk,
        Argument::OnTheJobIsSlow,
        Argument::ItPaysBack,
        Argument::BorrowTheBest,
        Argument::EasierForYou,
        Argument::BigPicture,
        Argument::GoodForTheCompany,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Argument::JustAsk => "Just ask",
            Argument::OnTheJobIsSlow => "Learning on the job alone is slow and costly",
            Argument::ItPaysBack => "It pays back",
            Argument::BorrowTheBest => "Borrow the best ideas",
            Argument::EasierForYou => "It makes your life easier",
            Argument::BigPicture => "The big picture",
            Argument::GoodForTheCompany => "Good for the company, and for you",
        }
    }

    /// One line on how to say it.
    pub fn advice(self) -> &'static str {
        match self {
            Argument::JustAsk => "Ask plainly and early; asking for development reads as ambition, not as a complaint.",
            Argument::OnTheJobIsSlow => {
                "Say this softly: your boss learned on the job too. Talk about speed and fewer mistakes, not about gaps in \
                 how you were taught."
            }
            Argument::ItPaysBack => "Lead with the break-even, not the best case: a small, believable number persuades.",
            Argument::BorrowTheBest => "Name one or two ideas you expect to bring back, so it sounds concrete.",
            Argument::EasierForYou => "Speak to your boss's goals, not yours: what they get, and when.",
            Argument::BigPicture => "Keep it short; link it to a decision your boss is facing this year.",
            Argument::GoodForTheCompany => "Frame it as the team's strength; let your boss take the credit.",
        }
    }
}

/// What the arguments are written from, already in the user's words and number formats.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    pub role: String,
    /// The focus areas, largest gap first.
    pub focus: Vec<String>,
    pub course: String,
    pub provider: String,
    pub days_away: String,
    pub total_cost: Option<String>,
    pub roi: Option<String>,
    pub payback: Option<String>,
    /// "a 0.76 % better outcome on the €2,500,000 you influence"
    pub break_even: Option<String>,
    /// Areas the user knows well but has not done.
    pub know_not_done: Vec<String>,
}

/// "a, b and c"
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

impl Facts {
    fn training(&self) -> String {
        match (self.course.trim(), self.provider.trim()) {
            ("", "") => "this training".into(),
            (course, "") => format!("“{course}”"),
            ("", provider) => format!("the training from {provider}"),
            (course, provider) => format!("“{course}” from {provider}"),
        }
    }

    fn gaps(&self) -> String {
        if self.focus.is_empty() {
            "the areas my self-assessment shows I most need".into()
        } else {
            list(&self.focus)
        }
    }
}

/// The paragraph for one argument, written from the facts.
pub fn write(argument: Argument, f: &Facts) -> String {
    let training = f.training();
    match argument {
        Argument::JustAsk => format!(
            "I'd like to ask for your support to attend {training}. I've assessed my skills against what we expect of a \
             {role}, and I want to close the gaps that matter most for my work: {gaps}.",
            role = if f.role.is_empty() { "product manager".to_string() } else { f.role.clone() },
            gaps = f.gaps(),
        ),
        Argument::OnTheJobIsSlow => {
            let known = if f.know_not_done.is_empty() {
                String::new()
            } else {
                format!(" In {}, I know the theory but haven't yet applied it; practice with guidance is the fastest way there.", list(&f.know_not_done))
            };
            format!(
                "I can keep learning {gaps} by trial and error, but each mistake costs the team time and the product \
                 momentum. A structured course gives me tested tools, templates and practice, so I get there in weeks \
                 rather than years.{known}",
                gaps = f.gaps(),
            )
        }
        Argument::ItPaysBack => {
            let figures = match (&f.total_cost, &f.roi, &f.payback) {
                (Some(cost), Some(roi), Some(payback)) => format!(
                    "It costs {cost} in all, time away included. On conservative assumptions it returns {roi} and pays \
                     back in {payback}."
                ),
                (Some(cost), _, _) => format!("It costs {cost} in all, time away included."),
                _ => "I have worked out every cost of the training, my time away included, and I count only \
                      benefits I can stand behind."
                    .into(),
            };
            let even = f
                .break_even
                .as_ref()
                .map(|b| format!(" Even {b} covers the whole cost."))
                .unwrap_or_default();
            format!("{figures}{even}")
        }
        Argument::BorrowTheBest => format!(
            "{training} brings together product managers from other companies. I'll come back with ideas that have \
             worked elsewhere for {gaps}, and we can try the best of them here without paying for the lessons ourselves.",
            training = capitalise(&training),
            gaps = f.gaps(),
        ),
        Argument::EasierForYou => format!(
            "With stronger {gaps}, I can take more off your plate: bring you options with a recommendation rather than \
             problems, and handle more of the decisions in my area myself.",
            gaps = f.gaps(),
        ),
        Argument::BigPicture => "The course covers the whole product lifecycle, from discovery to launch and beyond. \
             That wider view helps me make trade-offs that fit the company's strategy, not just my own backlog."
            .into(),
        Argument::GoodForTheCompany => {
            let away = if f.days_away.is_empty() {
                String::new()
            } else {
                format!(" I'll be away {} working days, and I'll plan cover so nothing stalls.", f.days_away)
            };
            format!(
                "A stronger product team shows in results, and reflects on the person who built it. I'll share what I \
                 learn with the team afterwards, so the investment reaches beyond me.{away}"
            )
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// One argument as the user arranged it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArgumentChoice {
    pub argument: Argument,
    pub on: bool,
    /// The user's own wording; `None` follows the generated text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited: Option<String>,
}

/// The arguments in the user's order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Arguments(pub Vec<ArgumentChoice>);

impl Default for Arguments {
    fn default() -> Self {
        Arguments(
            Argument::ALL
                .iter()
                .map(|&argument| ArgumentChoice {
                    argument,
                    on: true,
                    edited: None,
                })
                .collect(),
        )
    }
}

impl Arguments {
    /// Every argument exactly once, in the user's order, whatever a file or an older version held.
    pub fn normalised(&self) -> Arguments {
        let mut seen = Vec::new();
        let mut out: Vec<ArgumentChoice> = self
            .0
            .iter()
            .filter(|c| {
                let fresh = !seen.contains(&c.argument);
                seen.push(c.argument);
                fresh
            })
            .cloned()
            .collect();
        for argument in Argument::ALL {
            if !seen.contains(&argument) {
                out.push(ArgumentChoice {
                    argument,
                    on: true,
                    edited: None,
                });
            }
        }
        Arguments(out)
    }

    /// Moves the argument at `from` one place up (`-1`) or down (`1`).
    pub fn shift(&mut self, from: usize, by: isize) {
        let to = from as isize + by;
        if from < self.0.len() && to >= 0 && (to as usize) < self.0.len() {
            self.0.swap(from, to as usize);
        }
    }

    /// The text shown for each argument that is on: the user's wording where they edited it.
    pub fn texts(&self, facts: &Facts) -> Vec<(Argument, String)> {
        self.0
            .iter()
            .filter(|c| c.on)
            .map(|c| {
                (
                    c.argument,
                    c.edited.clone().unwrap_or_else(|| write(c.argument, facts)),
                )
            })
            .collect()
    }
}

/// For leaders: the three questions that frame the case, and the people whose support it needs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LeaderCase {
    pub not_happening: String,
    pub should_not_happen: String,
    pub want: String,
    /// One a line: who, and what the plan needs from them.
    pub stakeholders: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts {
        Facts {
            role: "Senior PM".into(),
            focus: vec![
                "Data fluency".into(),
                "Go-to-market & launch".into(),
                "Vision & strategy".into(),
            ],
            course: "Product Strategy Intensive".into(),
            provider: "Example Academy".into(),
            days_away: "3".into(),
            total_cost: Some("€6,614".into()),
            roi: Some("98%".into()),
            payback: Some("6 months".into()),
            break_even: Some("a 0.76% better outcome on the €2,500,000 you influence".into()),
            know_not_done: vec!["Customer insight".into()],
        }
    }

    #[test]
    fn arguments_are_written_from_the_users_gaps_and_numbers() {
        let f = facts();
        let ask = write(Argument::JustAsk, &f);
        assert!(
            ask.contains("“Product Strategy Intensive” from Example Academy"),
            "{ask}"
        );
        assert!(ask.contains("a Senior PM"));
        assert!(ask.contains("Data fluency, Go-to-market & launch and Vision & strategy"));
        let pays = write(Argument::ItPaysBack, &f);
        assert!(
            pays.contains("€6,614") && pays.contains("98%") && pays.contains("6 months"),
            "{pays}"
        );
        assert!(pays.contains(
            "Even a 0.76% better outcome on the €2,500,000 you influence covers the whole cost."
        ));
        assert!(
            write(Argument::OnTheJobIsSlow, &f).contains("In Customer insight, I know the theory")
        );
        assert!(write(Argument::GoodForTheCompany, &f).contains("away 3 working days"));
        assert!(write(Argument::BorrowTheBest, &f).starts_with("“Product Strategy Intensive”"));
    }

    #[test]
    fn arguments_read_well_with_nothing_filled_in() {
        let f = Facts::default();
        for argument in Argument::ALL {
            let text = write(argument, &f);
            assert!(text.len() > 60, "{argument:?}: {text}");
            assert!(
                !text.contains("  ") && !text.contains("{") && !text.contains(" ."),
                "{argument:?}: {text}"
            );
        }
        assert!(write(Argument::JustAsk, &f).contains("support to attend this training"));
        assert!(write(Argument::BorrowTheBest, &f).starts_with("This training"));
        assert!(!write(Argument::ItPaysBack, &f).contains("Even"));
        assert!(Argument::ALL.iter().all(|a| !a.advice().is_empty()));
    }

    #[test]
    fn the_user_switches_reorders_and_edits_and_regeneration_keeps_edits() {
        let mut args = Arguments::default();
        args.0[1].on = false;
        args.shift(2, -1);
        args.shift(0, -1); // already first: nothing happens
        args.shift(6, 1); // already last: nothing happens
        args.0[0].edited = Some("My own words.".into());
        let mut f = facts();
        let texts = args.texts(&f);
        assert_eq!(texts.len(), 6);
        assert_eq!(texts[0], (Argument::JustAsk, "My own words.".to_string()));
        assert_eq!(texts[1].0, Argument::ItPaysBack);
        // New numbers rewrite the generated arguments but never the user's own words.
        f.total_cost = Some("€9,999".into());
        let again = args.texts(&f);
        assert_eq!(again[0].1, "My own words.");
        assert!(again[1].1.contains("€9,999"));
    }

    #[test]
    fn normalising_keeps_the_users_order_and_restores_every_argument_once() {
        let args = Arguments(vec![
            ArgumentChoice {
                argument: Argument::BigPicture,
                on: false,
                edited: None,
            },
            ArgumentChoice {
                argument: Argument::JustAsk,
                on: true,
                edited: Some("x".into()),
            },
            ArgumentChoice {
                argument: Argument::BigPicture,
                on: true,
                edited: None,
            },
        ]);
        let n = args.normalised();
        assert_eq!(n.0.len(), 7);
        assert_eq!((n.0[0].argument, n.0[0].on), (Argument::BigPicture, false));
        assert_eq!(n.0[1].edited.as_deref(), Some("x"));
        for argument in Argument::ALL {
            assert_eq!(n.0.iter().filter(|c| c.argument == argument).count(), 1);
        }
    }
}
