//! The arguments that persuade a boss, written from the user's own gaps and numbers, each switchable, reorderable
//! and editable.

use serde::{Deserialize, Serialize};

use super::roi::Verdict;
use super::verdict::Stated;
use crate::core::words::{a, list};

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

    /// The title, as the figures allow: "It pays back" only of a case that does.
    pub fn title_for(self, f: &Facts) -> &'static str {
        match (self, f.stated.verdict) {
            (Argument::ItPaysBack, Verdict::FallsShort) => "What it would take to pay back",
            (Argument::ItPaysBack, Verdict::Incomplete) => "What it costs",
            _ => self.title(),
        }
    }

    /// The title in the list of arguments the user arranges.
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
    /// The ROI case's conservative figures, as every text states them.
    pub stated: Stated,
    /// Areas the user knows well but has not done.
    pub know_not_done: Vec<String>,
    /// The focus areas with a learn gap (a course helps), and those with a practise gap (knowing is not the problem).
    pub learn: Vec<String>,
    pub practise: Vec<String>,
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

    /// The gaps a course closes: the learn gaps. Practise gaps never argue for a course; with none to learn, the
    /// focus at large stands in (a course there must be built around practice, as `JustAsk` says).
    fn to_learn(&self) -> String {
        if self.learn.is_empty() {
            self.gaps()
        } else {
            list(&self.learn)
        }
    }
}

/// The paragraph for one argument, written from the facts.
pub fn write(argument: Argument, f: &Facts) -> String {
    let training = f.training();
    match argument {
        Argument::JustAsk => {
            let role = a(if f.role.is_empty() { "product manager" } else { &f.role });
            let practise = list(&f.practise);
            match (f.learn.is_empty(), f.practise.is_empty()) {
                (true, false) => format!(
                    "I'd like to ask for your support to attend {training}. I've assessed my skills against what we \
                     expect of {role}: in {practise} I know the ground but haven't done enough of it yet, so I'd want \
                     the training to be practice on real work, followed by a stretch assignment here."
                ),
                (false, false) => format!(
                    "I'd like to ask for your support to attend {training}. I've assessed my skills against what we \
                     expect of {role}, and the course would close the gaps that matter most for my work where I still \
                     have things to learn: {learn}. For {practise}, I need practice more than a course, and I'll look \
                     for stretch work on the job.",
                    learn = list(&f.learn),
                ),
                _ => format!(
                    "I'd like to ask for your support to attend {training}. I've assessed my skills against what we \
                     expect of {role}, and I want to close the gaps that matter most for my work: {gaps}.",
                    gaps = f.to_learn(),
                ),
            }
        }
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
                gaps = f.to_learn(),
            )
        }
        Argument::ItPaysBack => match f.stated.verdict {
            Verdict::Incomplete if !f.stated.has_cost => {
                "I have worked out every cost of the training, my time away included, and I count only benefits I \
                 can stand behind."
                    .into()
            }
            _ => f.stated.sentence(),
        },
        Argument::BorrowTheBest => format!(
            "{training} brings together product managers from other companies. I'll come back with ideas that have \
             worked elsewhere for {gaps}, and we can try the best of them here without paying for the lessons ourselves.",
            training = capitalise(&training),
            gaps = f.to_learn(),
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

    /// Switches one argument on or off.
    pub fn switch(&mut self, argument: Argument, on: bool) {
        self.change(argument, |c| c.on = on);
    }

    /// Keeps the user's own wording of one argument: new numbers no longer rewrite it.
    pub fn reword(&mut self, argument: Argument, words: String) {
        self.change(argument, |c| c.edited = Some(words));
    }

    /// Drops the user's wording of one argument: it follows their numbers again.
    pub fn regenerate(&mut self, argument: Argument) {
        self.change(argument, |c| c.edited = None);
    }

    /// Moves an argument one place up (`-1`) or down (`1`); at either end it stays.
    pub fn move_by(&mut self, argument: Argument, by: isize) {
        *self = self.normalised();
        let Some(from) = self.0.iter().position(|c| c.argument == argument) else {
            return;
        };
        let to = from as isize + by;
        if to >= 0 && (to as usize) < self.0.len() {
            self.0.swap(from, to as usize);
        }
    }

    /// Every edit goes through the normalised list, so an argument missing from an older file is there to edit.
    fn change(&mut self, argument: Argument, edit: impl FnOnce(&mut ArgumentChoice)) {
        *self = self.normalised();
        if let Some(choice) = self.0.iter_mut().find(|c| c.argument == argument) {
            edit(choice);
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
            stated: Stated {
                verdict: Verdict::PaysBack,
                has_cost: true,
                cost: "€6,614".into(),
                benefit: "€13,100".into(),
                difference: "€6,486".into(),
                roi: Some("98%".into()),
                bcr: Some("1.98".into()),
                payback: Some("6 months".into()),
                period: "the first year".into(),
                basis: "low estimates, 50% due to the training, 70% confidence".into(),
                break_even: Some(
                    "a 0.76% better outcome on the €500,000 of margin influenced (€3,800 a year)"
                        .into(),
                ),
                stretch: false,
            },
            know_not_done: vec!["Customer insight".into()],
            learn: vec![
                "Data fluency".into(),
                "Go-to-market & launch".into(),
                "Vision & strategy".into(),
            ],
            practise: Vec::new(),
        }
    }

    /// Only learn gaps argue for a course; practise gaps ask for practice, in every role's grammar.
    #[test]
    fn a_course_is_argued_only_from_what_there_is_to_learn() {
        let mixed = Facts {
            role: "Associate PM".into(),
            learn: vec!["Data fluency".into()],
            practise: vec!["Go-to-market & launch".into(), "Vision & strategy".into()],
            ..facts()
        };
        let ask = write(Argument::JustAsk, &mixed);
        assert!(ask.contains("an Associate PM"), "{ask}");
        assert!(
            ask.contains("where I still have things to learn: Data fluency."),
            "{ask}"
        );
        assert!(ask.contains("For Go-to-market & launch and Vision & strategy, I need practice more than a course"), "{ask}");
        for argument in [Argument::OnTheJobIsSlow, Argument::BorrowTheBest] {
            let text = write(argument, &mixed);
            assert!(
                text.contains("Data fluency") && !text.contains("Vision & strategy"),
                "{text}"
            );
        }
        let practise_only = Facts {
            learn: Vec::new(),
            practise: vec!["Data fluency".into()],
            ..facts()
        };
        let ask = write(Argument::JustAsk, &practise_only);
        assert!(
            ask.contains("I know the ground but haven't done enough of it yet"),
            "{ask}"
        );
        assert!(ask.contains("practice on real work"), "{ask}");
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
            "Even a 0.76% better outcome on the €500,000 of margin influenced (€3,800 a year) would cover the cost."
        ));
        assert!(
            pays.contains("On conservative figures (low estimates"),
            "{pays}"
        );
        assert_eq!(Argument::ItPaysBack.title_for(&f), "It pays back");
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
        args.switch(Argument::OnTheJobIsSlow, false);
        args.move_by(Argument::ItPaysBack, -1);
        args.move_by(Argument::JustAsk, -1); // already first: nothing happens
        args.move_by(Argument::GoodForTheCompany, 1); // already last: nothing happens
        args.reword(Argument::JustAsk, "My own words.".into());
        let mut f = facts();
        let texts = args.texts(&f);
        assert_eq!(texts.len(), 6);
        assert_eq!(texts[0], (Argument::JustAsk, "My own words.".to_string()));
        assert_eq!(texts[1].0, Argument::ItPaysBack);
        // New numbers rewrite the generated arguments but never the user's own words.
        f.stated.cost = "€9,999".into();
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

    #[test]
    fn edits_reach_an_argument_an_older_file_left_out() {
        let mut args = Arguments(vec![ArgumentChoice {
            argument: Argument::BigPicture,
            on: true,
            edited: None,
        }]);
        args.reword(Argument::JustAsk, "Mine.".into());
        assert_eq!(args.0.len(), 7);
        let ask = args
            .0
            .iter()
            .find(|c| c.argument == Argument::JustAsk)
            .unwrap();
        assert_eq!(ask.edited.as_deref(), Some("Mine."));
        args.regenerate(Argument::JustAsk);
        args.move_by(Argument::JustAsk, -1);
        assert_eq!(args.0[0].argument, Argument::JustAsk);
        assert_eq!(args.0[0].edited, None);
    }

    #[test]
    fn a_case_that_does_not_pay_back_says_so_and_what_it_would_take() {
        let mut f = facts();
        f.stated.verdict = Verdict::FallsShort;
        f.stated.roi = Some("-40%".into());
        f.stated.payback = None;
        f.stated.stretch = true;
        let text = write(Argument::ItPaysBack, &f);
        assert!(
            !crate::core::justify::verdict::claims_a_return(&text),
            "{text}"
        );
        assert!(
            text.contains("falls short of the cost (€6,614) by €6,486"),
            "{text}"
        );
        assert!(
            text.contains("It would break even with a 0.76% better outcome"),
            "{text}"
        );
        assert!(text.ends_with("a stretch."), "{text}");
        assert_eq!(
            Argument::ItPaysBack.title_for(&f),
            "What it would take to pay back"
        );
        f.stated = Stated {
            has_cost: true,
            cost: "€2,000".into(),
            ..Stated::default()
        };
        let costs_only = write(Argument::ItPaysBack, &f);
        assert!(costs_only.contains("no return is claimed"), "{costs_only}");
        assert_eq!(Argument::ItPaysBack.title_for(&f), "What it costs");
    }
}
