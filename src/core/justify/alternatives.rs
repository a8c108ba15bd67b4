//! The other ways to learn the user weighed, each with why this training was chosen instead.

use serde::{Deserialize, Serialize};

/// Another way to learn that was weighed, and why this training was chosen over it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Alternative {
    pub way: String,
    pub why_not: String,
}

/// The alternatives a case starts with, each with a short why-not the user can rewrite.
pub fn usual_alternatives() -> Vec<Alternative> {
    [
        ("Academic course", "Deep and credentialed, but takes months and teaches more theory than I can apply soon."),
        ("Mentoring", "Valuable alongside, but slower, and depends on one person's experience and time."),
        ("Learning on the job", "Free in fees but slow and costly in mistakes; no tools or practice to start from."),
    ]
    .into_iter()
    .map(|(way, why_not)| Alternative { way: way.into(), why_not: why_not.into() })
    .collect()
}
