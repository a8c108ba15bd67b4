//! Comparing up to four courses or providers on weighted criteria; the one chosen feeds the ROI case.

use serde::{Deserialize, Serialize};

pub const MAX_PROVIDERS: usize = 4;
pub const MAX_SCORE: u8 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Criterion {
    Cost,
    Coverage,
    Format,
    Tools,
    Certification,
    TimeAway,
    Reviews,
}

impl Criterion {
    pub const ALL: [Criterion; 7] = [
        Criterion::Cost,
        Criterion::Coverage,
        Criterion::Format,
        Criterion::Tools,
        Criterion::Certification,
        Criterion::TimeAway,
        Criterion::Reviews,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Criterion::Cost => "Cost (5 = cheapest)",
            Criterion::Coverage => "Covers my focus gaps",
            Criterion::Format => "Format suits me",
            Criterion::Tools => "Practical tools and templates",
            Criterion::Certification => "Certification",
            Criterion::TimeAway => "Time away (5 = least)",
            Criterion::Reviews => "Reviews from people I trust",
        }
    }
}

/// One course or provider on the shortlist, with a score of 1–5 for each criterion (in `Criterion::ALL` order).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Provider {
    pub name: String,
    pub course: String,
    pub fees: f64,
    pub days_away: f64,
    pub scores: [Option<u8>; 7],
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Shortlist {
    /// How much each criterion matters, 0–5, in `Criterion::ALL` order.
    pub weights: [u8; 7],
    pub providers: Vec<Provider>,
    /// The provider chosen for the case, by position.
    pub chosen: Option<usize>,
}

impl Default for Shortlist {
    fn default() -> Self {
        Shortlist {
            weights: [3; 7],
            providers: Vec::new(),
            chosen: None,
        }
    }
}

impl Shortlist {
    /// The weighted mean of a provider's scores over the criteria it was scored on (0–5), if any weigh anything.
    pub fn score(&self, i: usize) -> Option<f64> {
        let provider = self.providers.get(i)?;
        let (sum, weight) =
            self.weights
                .iter()
                .zip(&provider.scores)
                .fold((0.0, 0.0), |(sum, weight), (w, s)| {
                    match s.filter(|s| (1..=MAX_SCORE).contains(s)) {
                        Some(s) => (sum + f64::from(*w) * f64::from(s), weight + f64::from(*w)),
                        None => (sum, weight),
                    }
                });
        (weight > 0.0).then(|| sum / weight)
    }

    /// Providers by score, best first; unscored ones last, ties in the order added.
    pub fn ranking(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.providers.len()).collect();
        crate::core::order::sort_by(&mut order, |a, b| {
            let (sa, sb) = (
                self.score(*a).unwrap_or(-1.0),
                self.score(*b).unwrap_or(-1.0),
            );
            sb.total_cmp(&sa).then(a.cmp(b))
        });
        order
    }

    /// Why the chosen course, in the user's voice, when it leads a scored shortlist of two or more: "it scored highest
    /// (4.2 of 5) of the 3 options I compared". Empty otherwise: a choice the scores don't back is not argued from
    /// them.
    pub fn why_chosen(&self, number: impl Fn(f64) -> String) -> String {
        let scored = (0..self.providers.len())
            .filter(|i| self.score(*i).is_some())
            .count();
        match (self.chosen, self.ranking().first()) {
            (Some(chosen), Some(&best)) if chosen == best && scored >= 2 => format!(
                "it scored highest ({} of {MAX_SCORE}) of the {} options I compared",
                number(self.score(best).unwrap_or_default()),
                self.providers.len()
            ),
            _ => String::new(),
        }
    }

    /// Adds an empty provider, unless the shortlist is full.
    pub fn add(&mut self) -> bool {
        let room = self.providers.len() < MAX_PROVIDERS;
        if room {
            self.providers.push(Provider::default());
        }
        room
    }

    pub fn remove(&mut self, i: usize) {
        if i < self.providers.len() {
            self.providers.remove(i);
            self.chosen = match self.chosen {
                Some(c) if c == i => None,
                Some(c) if c > i => Some(c - 1),
                other => other,
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provider(name: &str, scores: [Option<u8>; 7]) -> Provider {
        Provider {
            name: name.into(),
            scores,
            ..Default::default()
        }
    }

    #[test]
    fn the_chosen_course_is_argued_from_the_scores_only_when_they_back_it() {
        let mut list = Shortlist {
            providers: vec![
                provider("A", [Some(4); 7]),
                provider("B", [Some(2); 7]),
                provider("C", [None; 7]),
            ],
            ..Shortlist::default()
        };
        let n = |x: f64| format!("{x:.1}");
        assert_eq!(list.why_chosen(n), "");
        list.chosen = Some(0);
        assert_eq!(
            list.why_chosen(n),
            "it scored highest (4.0 of 5) of the 3 options I compared"
        );
        list.chosen = Some(1);
        assert_eq!(list.why_chosen(n), "", "B is not the best scored");
        list.providers.truncate(1);
        list.chosen = Some(0);
        assert_eq!(list.why_chosen(n), "", "one option is no comparison");
    }

    #[test]
    fn scores_are_weighted_means_over_what_was_scored() {
        let mut list = Shortlist {
            weights: [5, 5, 0, 0, 0, 0, 0],
            ..Default::default()
        };
        list.providers.push(provider(
            "A",
            [Some(1), Some(5), Some(5), None, None, None, None],
        ));
        list.providers
            .push(provider("B", [Some(4), None, None, None, None, None, None]));
        list.providers.push(provider("C", [None; 7]));
        assert_eq!(list.score(0), Some(3.0), "format weighs nothing");
        assert_eq!(list.score(1), Some(4.0), "only the cost was scored");
        assert_eq!(list.score(2), None);
        assert_eq!(list.score(9), None);
        assert_eq!(list.ranking(), [1, 0, 2]);
        list.weights = [1, 3, 0, 0, 0, 0, 0];
        assert_eq!(list.score(0), Some((1.0 + 15.0) / 4.0));
    }

    #[test]
    fn out_of_scale_scores_are_ignored() {
        let mut list = Shortlist::default();
        list.providers.push(provider(
            "A",
            [Some(0), Some(9), Some(4), None, None, None, None],
        ));
        assert_eq!(list.score(0), Some(4.0));
    }

    #[test]
    fn the_shortlist_holds_four_and_removing_keeps_the_choice_pointing_right() {
        let mut list = Shortlist::default();
        for _ in 0..MAX_PROVIDERS {
            assert!(list.add());
        }
        assert!(!list.add());
        assert_eq!(list.providers.len(), 4);
        list.chosen = Some(2);
        list.remove(0);
        assert_eq!(list.chosen, Some(1));
        list.remove(1);
        assert_eq!(list.chosen, None);
        list.remove(7);
        assert_eq!(list.providers.len(), 2);
    }
}
