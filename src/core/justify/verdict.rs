//! What the figures say, in the words every text uses: the arguments, the proposal, the shared report and the group
//! proposal all state a case through `Stated`, so none of them can claim a return the figures do not show. A case that
//! pays back says so with its figures; one that falls short says by how much, and what would have to be true.

use super::roi::{period, timing, Adjustments, Field, Figure, Figures, Verdict};
use crate::core::words::with_unit;

/// A case's figures as the texts state them, in the user's formats.
#[derive(Clone, Debug, PartialEq)]
pub struct Stated {
    pub verdict: Verdict,
    /// Whether any cost is counted.
    pub has_cost: bool,
    pub cost: String,
    pub benefit: String,
    /// The benefit is a present value: later years faded and discounted.
    pub present_value: bool,
    /// How far apart benefit and cost are, as a positive amount.
    pub difference: String,
    pub roi: Option<String>,
    pub bcr: Option<String>,
    /// "7.5 months": only when it pays back within the period counted.
    pub payback: Option<String>,
    /// "the first year".
    pub period: String,
    /// What the conservative figure assumes: "low estimates, 50 % due to the training, 70 % confidence".
    pub basis: String,
    /// "a 2.5 % better outcome on the €500,000 of margin influenced (€12,500 a year)", or the benefit a year the case
    /// needs; `None` when nothing can be credited to the training.
    pub break_even: Option<String>,
    /// The break-even improvement is beyond the user's own high estimate.
    pub stretch: bool,
    /// The names of the fields to fix before any figure is stated.
    pub unfixed: Vec<&'static str>,
}

impl Default for Stated {
    fn default() -> Self {
        Stated {
            verdict: Verdict::Incomplete,
            has_cost: false,
            cost: String::new(),
            benefit: String::new(),
            present_value: false,
            difference: String::new(),
            roi: None,
            bcr: None,
            payback: None,
            period: "the first year".into(),
            basis: String::new(),
            break_even: None,
            stretch: false,
            unfixed: Vec::new(),
        }
    }
}

impl Stated {
    /// States `figures` (the conservative ones) worked out with `adjustments`, and what would make the case break even
    /// (`break_even`, already in words; `stretch` when it is beyond the user's own estimates). Percentages are stated
    /// as the figures used them.
    pub fn of(
        figures: &Figures,
        break_even: Option<String>,
        stretch: bool,
        adjustments: &Adjustments,
        unfixed: &[Field],
        f: &dyn Fn(Figure) -> String,
    ) -> Stated {
        let money = |v: f64| f(Figure::Money(v));
        let verdict = figures.verdict();
        Stated {
            verdict,
            has_cost: figures.cost > 0.0,
            cost: money(figures.cost),
            benefit: money(figures.benefit),
            present_value: adjustments.is_present_value(),
            difference: money(figures.net.abs()),
            roi: figures.roi_pct.map(|r| f(Figure::Percent(r))),
            bcr: figures.bcr.map(|r| f(Figure::Number(r, 2))),
            payback: figures
                .payback_months
                .map(|p| with_unit(&f(Figure::Number(p, 1)), "month", "months")),
            period: period(figures.years.max(0.0), f),
            basis: format!(
                "low estimates, {} due to the training, {} confidence{}",
                f(Figure::Percent(adjustments.attribution_share() * 100.0)),
                f(Figure::Percent(adjustments.confidence_share() * 100.0)),
                timing(adjustments, f)
            ),
            break_even,
            stretch,
            unfixed: unfixed.iter().map(|x| x.label()).collect(),
        }
    }

    /// "Figures incomplete: fix 2 fields (Contribution margin, Confidence)", while any field has an error.
    pub fn incomplete(&self) -> Option<String> {
        (!self.unfixed.is_empty()).then(|| {
            format!(
                "Figures incomplete: fix {} ({})",
                counted_fields(self.unfixed.len()),
                self.unfixed.join(", ")
            )
        })
    }

    /// " (present value)" after a benefit whose later years are faded and discounted.
    fn valued(&self) -> &'static str {
        if self.present_value {
            " (present value)"
        } else {
            ""
        }
    }

    /// The case in one line, kept in sight on every step of it: the full cost, the benefit counted, and whether it
    /// pays back within the period counted.
    pub fn headline(&self) -> String {
        if let Some(incomplete) = self.incomplete() {
            return incomplete;
        }
        match self.verdict {
            Verdict::PaysBack => format!(
                "Full cost {} · benefit counted {}{} · returns {} within {}",
                self.cost,
                self.benefit,
                self.valued(),
                self.roi.as_deref().unwrap_or("more than it costs"),
                self.period
            ),
            Verdict::FallsShort => format!(
                "Full cost {} · benefit counted {}{} · does not pay back within {}",
                self.cost,
                self.benefit,
                self.valued(),
                self.period
            ),
            Verdict::Incomplete if self.has_cost => {
                format!(
                    "Full cost {} · no benefit counted yet, so no return claimed",
                    self.cost
                )
            }
            Verdict::Incomplete => "No costs entered yet".into(),
        }
    }

    /// What the case comes to, in a sentence or two: its return where it pays back; otherwise the shortfall and what
    /// would have to be true. Never a return it does not have.
    pub fn sentence(&self) -> String {
        if let Some(incomplete) = self.incomplete() {
            return format!("{incomplete}. Until then no figure is stated.");
        }
        match self.verdict {
            Verdict::PaysBack => {
                let mut s = format!(
                    "On conservative figures ({}), it costs {} in all, time away included, and returns {}",
                    self.basis,
                    self.cost,
                    self.roi.as_deref().unwrap_or("more than it costs")
                );
                if let Some(bcr) = &self.bcr {
                    s.push_str(&format!(" (benefit-cost ratio {bcr})"));
                }
                if let Some(payback) = &self.payback {
                    s.push_str(&format!(", paying back in {payback}"));
                }
                s.push_str(&format!(", within {}.", self.period));
                if let Some(even) = &self.break_even {
                    s.push_str(&format!(" Even {even} would cover the cost."));
                }
                s
            }
            Verdict::FallsShort => {
                let mut s = format!(
                    "On conservative figures ({}), the benefit credited over {} ({}) falls short of the cost ({}) \
                     by {}: it does not pay back in that time.",
                    self.basis, self.period, self.benefit, self.cost, self.difference
                );
                if let Some(even) = &self.break_even {
                    s.push_str(&format!(" It would break even with {even}"));
                    s.push_str(if self.stretch {
                        ", more than the highest estimate given: a stretch."
                    } else {
                        "."
                    });
                }
                s
            }
            Verdict::Incomplete if self.has_cost => format!(
                "It costs {} in all, time away included. No benefit is counted yet, so no return is claimed.",
                self.cost
            ),
            Verdict::Incomplete => {
                "No cost is entered yet, so no return is worked out or claimed.".to_string()
            }
        }
    }
}

/// "1 field", "3 fields".
fn counted_fields(n: usize) -> String {
    if n == 1 {
        "1 field".into()
    } else {
        format!("{n} fields")
    }
}

/// Whether the user's own wording says what the figures do not: a return or a payback claimed for a case that does
/// not pay back.
pub fn contradicts(text: &str, verdict: Verdict) -> bool {
    verdict != Verdict::PaysBack && claims_a_return(text)
}

/// Whether a text claims a return or a payback: what no text may do of a case that does not pay back.
pub fn claims_a_return(text: &str) -> bool {
    // The phrases are ASCII: ASCII case folding finds them, without the Unicode tables in the wasm.
    let t = text.to_ascii_lowercase();
    [
        "returns ",
        "pays back in",
        "paying back in",
        "pays for itself",
        "return on investment of",
        "pays back within",
        "pays off",
        "worth it",
        "will save",
        "guarantee",
    ]
    .iter()
    .any(|claim| t.contains(claim))
}

impl Stated {
    /// Every figure as the texts state it, for telling a figure the user quotes from one that has changed.
    pub fn figures(&self) -> String {
        let mut all = vec![
            self.cost.clone(),
            self.benefit.clone(),
            self.difference.clone(),
            self.headline(),
            self.sentence(),
        ];
        all.extend(
            [&self.roi, &self.bcr, &self.payback, &self.break_even]
                .into_iter()
                .flatten()
                .cloned(),
        );
        all.join(" ")
    }
}

/// The money and percentages the user's wording quotes that `current` (what we write from today's figures) gives
/// nowhere: figures copied from an earlier version of the case, which the boss would read as today's.
pub fn stale_figures(text: &str, current: &str) -> Vec<String> {
    let current = plain(current);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut stale = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let word = word.trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
        let word = word.trim_start_matches('(');
        let percent_after = words.get(i + 1).is_some_and(|next| next.starts_with('%'));
        let is_money = word.chars().any(|c| "€$£¥₹".contains(c));
        let is_figure = word.chars().any(|c| c.is_ascii_digit())
            && (is_money || word.ends_with('%') || percent_after);
        if !is_figure {
            continue;
        }
        let quoted = if percent_after && !word.ends_with('%') {
            format!("{word}%")
        } else {
            word.to_string()
        };
        let quoted = plain(&quoted);
        if !current.contains(&quoted) && !stale.contains(&quoted) {
            stale.push(quoted);
        }
    }
    stale
}

/// A text with its spaces taken out, so "44.8 %", "44.8%" and "44.8\u{a0}%" read alike.
fn plain(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_figure_that_the_case_no_longer_gives_is_found() {
        let current = "It costs €6,614 and returns 44.8\u{a0}% within a year.";
        assert_eq!(
            stale_figures("At €6,614 it returns 44.8 % (as I said).", current),
            Vec::<String>::new()
        );
        assert_eq!(
            stale_figures("It costs €7,414, returning 31% in 3 months.", current),
            vec!["€7,414".to_string(), "31%".to_string()]
        );
        // Numbers that are not money or a share are the user's own: three launches, 2027.
        assert!(stale_figures("Three launches in 2027, 4 teams.", current).is_empty());
    }

    #[test]
    fn a_users_claim_of_a_return_is_flagged_only_where_the_figures_deny_it() {
        let claim = "It pays for itself within the year.";
        assert!(contradicts(claim, Verdict::FallsShort));
        assert!(contradicts(claim, Verdict::Incomplete));
        assert!(!contradicts(claim, Verdict::PaysBack));
        assert!(!contradicts(
            "I would like to learn how others run discovery.",
            Verdict::FallsShort
        ));
    }
}
