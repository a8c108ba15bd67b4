//! Comparing: the user's ratings against a benchmark that always says what it is (Skillcase's expectations for a role,
//! a team's average, an imported file, a second rater, an earlier self), the results that follow (gaps ranked by
//! importance, the focus areas, strengths) and the radar chart that shows them.

pub mod benchmark;
pub mod choice;
pub mod import;
pub mod radar;
pub mod results;
