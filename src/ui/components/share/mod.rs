//! Sharing: the report link, the rate-me link, a shared report, the rater's form and answer, a link that can't be opened.

pub mod answer_view;
pub mod link_problem;
pub mod rate_me_link;
pub mod rater_form;
pub mod report_view;
pub mod share_link;
