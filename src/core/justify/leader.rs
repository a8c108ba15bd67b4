//! For leaders: the three questions that frame a case for training, and the people whose support it needs.

use serde::{Deserialize, Serialize};

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
