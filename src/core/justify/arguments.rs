//! The arguments that persuade a boss, written from the user's own gaps and numbers, each switchable, reorderable
//! and editable.

use serde::{Deserialize, Serialize};

use super::roi::Verdict;
use super::verdict::{contradicts, stale_figures, Stated};
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

    /// The title in the list of arguments the user arranges. Each says what the boss gains, never what is wrong
    /// with how things are done today.
    pub fn title(self) -> &'static str {
        match self {
            Argument::JustAsk => "Ask, with what you gain",
            Argument::OnTheJobIsSlow => "What the course adds to learning on the job",
            Argument::ItPaysBack => "It pays back",
            Argument::BorrowTheBest => "Borrow the best ideas",
            Argument::EasierForYou => "It makes your work easier",
            Argument::BigPicture => "Help me see the big picture",
            Argument::GoodForTheCompany => "Good for the team, and for you",
        }
    }

    /// One line on how to say it.
    pub fn advice(self) -> &'static str {
        match self {
            Argument::JustAsk => {
                "Ask plainly and early, and lead with what your boss gets: a request with no benefit in it is easy to \
                 put off."
            }
            Argument::OnTheJobIsSlow => {
                "Never say learning on the job is over-rated: your boss gives you that learning. Say what the course \
                 adds to it."
            }
            Argument::ItPaysBack => "Lead with the break-even, not the best case: a small, believable number persuades.",
            Argument::BorrowTheBest => "Name one or two ideas you expect to bring back, so it sounds concrete.",
            Argument::EasierForYou => "Speak to your boss's goals, not yours: what they get, and when.",
            Argument::BigPicture => {
                "Put it as “help me see the big picture”, tied to one decision your boss faces this year: it reads as \
                 interest in their world, not as a claim that others miss it."
            }
            Argument::GoodForTheCompany => "Frame it as the team's strength; let your boss take the credit.",
        }
    }
}

/// What the arguments and the answers to objections are written from, already in the user's words and number
/// formats.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    pub role: String,
    /// Whose levels the gaps are measured against, as the user says it ("Skillcase's generic expectations for a
    /// Senior PM", "our team's average (…)", "Mo's targets for me, …"); empty without a benchmark.
    pub against: String,
    /// The focus areas, largest gap first.
    pub focus: Vec<String>,
    pub course: String,
    pub provider: String,
    /// What the course covers, as its outline says; empty when the user gave none.
    pub outline: String,
    pub days_away: String,
    /// The ROI case's conservative figures, as every text states them.
    pub stated: Stated,
    /// Areas the user knows well but has not done.
    pub know_not_done: Vec<String>,
    /// The focus areas with a learn gap (a course helps), and those with a practise gap (knowing is not the problem).
    pub learn: Vec<String>,
    pub practise: Vec<String>,
    /// The focus areas within a level of the benchmark: no course is argued from them.
    pub near: Vec<String>,
    /// The business measures the goals should move, one per focus area with a goal ("time from idea to first
    /// customer test, from 6 to 3 weeks").
    pub measures: Vec<String>,
    /// "it scored highest of the 3 options I compared", when the chosen course leads the user's shortlist.
    pub shortlist: String,
    /// What the user brings beyond the figures.
    pub pitch: Pitch,
    /// The check-in date, written out, or empty.
    pub check_in: String,
    /// The cheaper ways the user weighed, with why not.
    pub alternatives: Vec<(String, String)>,
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
        let beyond_near: Vec<&String> = self
            .focus
            .iter()
            .filter(|a| !self.near.contains(a))
            .collect();
        if !self.learn.is_empty() {
            list(&self.learn)
        } else if !beyond_near.is_empty() {
            list(&beyond_near)
        } else {
            self.gaps()
        }
    }

    /// "against Skillcase's generic expectations for a Senior PM", or "" without a benchmark.
    fn against(&self) -> String {
        if self.against.trim().is_empty() {
            String::new()
        } else {
            format!(" against {}", self.against.trim())
        }
    }

    /// What the boss gains, from the user's own goals and figures: the measures the goals move, else the return.
    fn gain(&self) -> String {
        match (self.measures.first(), self.stated.verdict) {
            (Some(measure), _) => format!("you should see it in {measure}"),
            (None, Verdict::PaysBack) => format!(
                "on conservative figures it returns more than its full cost of {} within {}",
                self.stated.cost, self.stated.period
            ),
            _ => "you get decisions in my area that need less of your time".into(),
        }
    }
}

/// What the user brings to the case beyond the figures: a decision their boss faces, evidence with its source,
/// what they offer if asked about leaving, and who covers while they are away. Each is theirs to give; until they
/// give it, no text claims it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pitch {
    /// A decision the boss faces this year, in the user's words.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub decision: String,
    /// Evidence the user brings that training like this pays, each with where it comes from.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// What the user offers if the boss asks "what if you leave?": a commitment to stay, a repayment clause.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub commitment: String,
    /// Who covers while the user is away, and what they hand over.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub cover: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub handover: String,
}

/// One piece of evidence and where it comes from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evidence {
    pub claim: String,
    pub source: String,
}

/// Longest claim or source the user may type.
pub const MAX_EVIDENCE: usize = 300;

impl Pitch {
    /// Nothing given yet: saved files leave it out.
    pub fn is_empty(&self) -> bool {
        *self == Pitch::default()
    }

    /// The evidence with both a claim and a source; a claim without its source is not evidence to a boss.
    pub fn sourced(&self) -> Vec<&Evidence> {
        self.evidence
            .iter()
            .filter(|e| !e.claim.trim().is_empty() && !e.source.trim().is_empty())
            .collect()
    }

    /// The evidence as one paragraph, each claim with its source; empty when there is none.
    pub fn evidence_text(&self) -> String {
        self.sourced()
            .iter()
            .map(|e| {
                let claim = e.claim.trim().trim_end_matches('.');
                format!(
                    "{claim} (source: {}).",
                    e.source.trim().trim_end_matches('.')
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The paragraph for one argument, written from the facts.
pub fn write(argument: Argument, f: &Facts) -> String {
    let training = f.training();
    let against = f.against();
    match argument {
        Argument::JustAsk => {
            let role = a(if f.role.is_empty() { "product manager" } else { &f.role });
            let gain = f.gain();
            let practise = list(&f.practise);
            match (f.learn.is_empty(), f.practise.is_empty()) {
                (true, true) if !f.near.is_empty() => format!(
                    "I'd like your support to attend {training}, and what you'd gain is concrete: {gain}. I've \
                     assessed myself{against}, and in {near} I'm within a level of it: no gap a course must close, so \
                     I'd want the training to take me further in the work that matters most to you.",
                    near = list(&f.near),
                ),
                (true, false) => format!(
                    "I'd like your support to attend {training}, and what you'd gain is concrete: {gain}. I've \
                     assessed myself{against}: in {practise} I know the ground but haven't done enough of it yet, so \
                     I'd want the training to be practice on real work, followed by a stretch assignment here."
                ),
                (false, false) => format!(
                    "I'd like your support to attend {training}, and what you'd gain is concrete: {gain}. I've \
                     assessed myself{against}; the course closes the gaps that matter most for my work where I still \
                     have things to learn: {learn}. For {practise}, I need practice more than a course, and I'll ask \
                     you for stretch work.",
                    learn = list(&f.learn),
                ),
                _ => format!(
                    "I'd like your support to attend {training}, and what you'd gain is concrete: {gain}. I've \
                     assessed myself{against} as {role}, and the course is aimed at the gaps that matter most for my \
                     work: {gaps}.",
                    gaps = f.to_learn(),
                ),
            }
        }
        Argument::OnTheJobIsSlow => {
            let known = if f.know_not_done.is_empty() {
                String::new()
            } else {
                format!(
                    " In {}, I know the theory and want your help finding the real work to apply it to.",
                    list(&f.know_not_done)
                )
            };
            format!(
                "Most of what I know I learned here, from the work you give me and your feedback, and that stays the \
                 main way I grow. The course adds what is hard to get on the job: tested methods for {gaps}, \
                 practised with feedback, so I try them first in a workshop rather than on our customers.{known}",
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
        Argument::BorrowTheBest => {
            let outline = if f.outline.trim().is_empty() {
                String::new()
            } else {
                format!(" Its outline covers {};", f.outline.trim().trim_end_matches('.'))
            };
            let chosen = if f.shortlist.is_empty() {
                String::new()
            } else {
                format!(" I chose it because {}.", f.shortlist)
            };
            format!(
                "{training} brings together product managers from other companies.{outline} I'll come back with \
                 ideas that have worked elsewhere for {gaps}, and we can try the best of them here without paying \
                 for the lessons ourselves.{chosen}",
                training = capitalise(&training),
                gaps = f.to_learn(),
            )
        }
        Argument::EasierForYou => format!(
            "With stronger {gaps}, I can take more off your plate: bring you options with a recommendation rather than \
             problems, and handle more of the decisions in my area myself.",
            gaps = f.gaps(),
        ),
        Argument::BigPicture => {
            let decision = f.pitch.decision.trim().trim_end_matches('.');
            let area = f.focus.first().map_or("my area".to_string(), |a| a.to_lowercase());
            if decision.is_empty() {
                format!(
                    "I'd like you to help me see the big picture: how {area} fits the company's strategy, so the \
                     trade-offs I bring you fit your priorities, not just my own backlog. The training and our \
                     conversations about it are where I'd build that view."
                )
            } else {
                format!(
                    "I'd like you to help me see the big picture, starting with a decision you face this year: \
                     {decision}. With a stronger grip on {area}, I can bring you options for it that weigh what the \
                     company needs, not just my own backlog."
                )
            }
        }
        Argument::GoodForTheCompany => {
            let away = if f.days_away.is_empty() {
                String::new()
            } else {
                format!(" I'll be away {} working days.", f.days_away)
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

    /// The text shown to the reader for each argument that is on: the user's wording where they edited it, unless it
    /// claims a return the figures do not show or quotes a figure they no longer give; then ours, so no stale claim
    /// travels.
    pub fn texts(&self, facts: &Facts) -> Vec<(Argument, String)> {
        let ours: Vec<String> = Argument::ALL.iter().map(|a| write(*a, facts)).collect();
        let current = format!("{} {}", facts.stated.figures(), ours.join(" "));
        self.0
            .iter()
            .filter(|c| c.on)
            .map(|c| {
                let mine = c.edited.clone().filter(|t| {
                    !contradicts(t, facts.stated.verdict) && stale_figures(t, &current).is_empty()
                });
                (c.argument, mine.unwrap_or_else(|| write(c.argument, facts)))
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
            against: "Skillcase's generic expectations for a Senior PM".into(),
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
                present_value: false,
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
                unfixed: Vec::new(),
            },
            know_not_done: vec!["Customer insight".into()],
            learn: vec![
                "Data fluency".into(),
                "Go-to-market & launch".into(),
                "Vision & strategy".into(),
            ],
            practise: Vec::new(),
            ..Facts::default()
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
        assert!(
            ask.contains("assessed myself against Skillcase's generic expectations"),
            "{ask}"
        );
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

    /// The boss hears whose levels these are, what they gain, and nothing that reads as a complaint about them.
    #[test]
    fn arguments_persuade_by_what_the_boss_gains_and_say_whose_benchmark() {
        let mut f = facts();
        f.measures = vec!["time to first customer test from 6 to 3 weeks".into()];
        f.pitch.decision = "whether to enter the mid-market segment".into();
        f.outline = "pricing experiments, cohort analysis and launch planning".into();
        f.shortlist = "it scored highest (4.2 of 5) of the 3 options I compared".into();
        let ask = write(Argument::JustAsk, &f);
        assert!(
            ask.contains(
                "you'd gain is concrete: you should see it in time to first customer test"
            ),
            "{ask}"
        );
        assert!(
            ask.contains("against Skillcase's generic expectations for a Senior PM"),
            "{ask}"
        );
        let big = write(Argument::BigPicture, &f);
        assert!(
            big.starts_with("I'd like you to help me see the big picture"),
            "{big}"
        );
        assert!(
            big.contains("whether to enter the mid-market segment"),
            "{big}"
        );
        let borrow = write(Argument::BorrowTheBest, &f);
        assert!(
            borrow.contains("Its outline covers pricing experiments"),
            "{borrow}"
        );
        assert!(borrow.ends_with(
            "I chose it because it scored highest (4.2 of 5) of the 3 options I compared."
        ));
        let on_the_job = write(Argument::OnTheJobIsSlow, &f);
        assert!(
            on_the_job.contains("from the work you give me"),
            "{on_the_job}"
        );
        for argument in Argument::ALL {
            for facts in [&f, &Facts::default()] {
                let text = write(argument, facts).to_lowercase();
                for blunt in [
                    "what we expect",
                    "over-rated",
                    "overrated",
                    "no tools",
                    "help them see",
                ] {
                    assert!(!text.contains(blunt), "{argument:?}: {text}");
                }
            }
        }
        // Without a decision or an outline, nothing is claimed about either.
        let plain = write(Argument::BigPicture, &facts());
        assert!(
            !plain.contains("decision you face") && !plain.contains("covers the whole"),
            "{plain}"
        );
        // With no goals, a case that pays back offers its return, one that doesn't offers no money.
        let mut losing = facts();
        losing.stated.verdict = Verdict::FallsShort;
        assert!(!write(Argument::JustAsk, &losing).contains("returns more"));
        assert!(write(Argument::JustAsk, &facts())
            .contains("returns more than its full cost of €6,614"));
    }

    #[test]
    fn evidence_is_quoted_with_its_source_and_only_with_one() {
        let pitch = Pitch {
            evidence: vec![
                Evidence {
                    claim: "Teams trained in discovery shipped 30% fewer failed features.".into(),
                    source: "Acme's 2025 internal review".into(),
                },
                Evidence {
                    claim: "A claim with no source".into(),
                    source: " ".into(),
                },
            ],
            ..Pitch::default()
        };
        assert_eq!(
            pitch.evidence_text(),
            "Teams trained in discovery shipped 30% fewer failed features (source: Acme's 2025 internal review)."
        );
        assert_eq!(Pitch::default().evidence_text(), "");
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
        // Words that quote a sum the figures no longer give, or claim a return on a case that falls short, give way
        // to ours for the reader.
        args.reword(
            Argument::JustAsk,
            "At €6,614 in all, it is a small ask.".into(),
        );
        assert!(
            args.texts(&f)[0].1.contains("I'd like your support"),
            "€6,614 is stale"
        );
        args.reword(Argument::JustAsk, "It pays for itself.".into());
        f.stated.verdict = Verdict::FallsShort;
        assert_ne!(args.texts(&f)[0].1, "It pays for itself.");
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
