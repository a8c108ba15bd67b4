//! For leaders: the three questions that frame a case for training, and the people whose support it needs.

use serde::{Deserialize, Serialize};

use crate::core::words::list;

/// For leaders: the three questions that frame the case, and the people whose support it needs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LeaderCase {
    pub not_happening: String,
    pub should_not_happen: String,
    pub want: String,
    /// One a line: who, and what the plan needs from them.
    pub stakeholders: Vec<String>,
    /// The readiness check the case rests on: the PMs' work has a clear strategy and goals to aim at; the leaders
    /// of the functions involved meet before the PMs' training, to align and commit.
    #[serde(skip_serializing_if = "is_false")]
    pub strategy_clear: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub leaders_first: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl LeaderCase {
    /// The leader's case as the group proposal states it: the answers to the three questions, tied to the team's
    /// largest gaps (`gaps`) and the measures that should move (`measures`), and what the readiness check still
    /// lacks. Lines only for what the leader answered; the gaps and measures alone make no case.
    pub fn lines(&self, gaps: &[String], measures: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        let said = |t: &str| t.trim().trim_end_matches('.').to_string();
        if !self.not_happening.trim().is_empty() {
            let seen = if gaps.is_empty() {
                String::new()
            } else {
                format!("; the team's assessments point to {}", list(gaps))
            };
            out.push(format!(
                "Not happening that should: {}{seen}.",
                said(&self.not_happening)
            ));
        }
        if !self.should_not_happen.trim().is_empty() {
            out.push(format!(
                "Happening that should not: {}.",
                said(&self.should_not_happen)
            ));
        }
        if !self.want.trim().is_empty() {
            let measured = if measures.is_empty() {
                String::new()
            } else {
                format!(", seen in {}", list(measures))
            };
            out.push(format!("What we want: {}{measured}.", said(&self.want)));
        }
        out
    }

    /// What the readiness check still lacks, in words for the leader; empty when the case is ready.
    pub fn not_ready(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if !self.strategy_clear {
            out.push("a clear strategy and goals for the PMs' work to aim at");
        }
        if self.stakeholders.is_empty() {
            out.push("the functions that commit people or time, and what each commits");
        }
        if !self.leaders_first {
            out.push("a leaders' session to align before the PMs' training");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_questions_feed_the_case_with_the_gaps_and_measures() {
        let case = LeaderCase {
            not_happening: "Discovery before we commit to build.".into(),
            want: "Fewer features no one uses".into(),
            ..LeaderCase::default()
        };
        let gaps = vec!["Discovery".to_string(), "Data fluency".to_string()];
        let measures = vec!["share of features used by 20% of users".to_string()];
        assert_eq!(
            case.lines(&gaps, &measures),
            vec![
                "Not happening that should: Discovery before we commit to build; the team's assessments point to \
                 Discovery and Data fluency."
                    .to_string(),
                "What we want: Fewer features no one uses, seen in share of features used by 20% of users.".to_string(),
            ]
        );
        assert!(LeaderCase::default().lines(&gaps, &measures).is_empty());
    }

    #[test]
    fn the_readiness_check_names_what_is_missing_until_all_is_there() {
        let mut case = LeaderCase::default();
        assert_eq!(case.not_ready().len(), 3);
        case.strategy_clear = true;
        case.leaders_first = true;
        case.stakeholders = vec!["Engineering: two leads attend day 1".into()];
        assert!(case.not_ready().is_empty());
    }
}
