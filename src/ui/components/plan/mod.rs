//! Planning: a goal, the personal board of directors, progress over time, the check-in review.

pub mod check_in_review;
pub mod goal_editor;
pub mod mentor_list;
pub mod progress_chart;
pub mod raters_review;
