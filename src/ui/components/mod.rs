//! Pieces shared by several pages.

pub mod area_rating;
pub mod argument_list;
pub mod benchmark_picker;
pub mod chart_canvas;
pub mod check_in_review;
pub mod copy_field;
pub mod empty_state;
pub mod goal_editor;
pub mod level_picker;
pub mod mentor_list;
pub mod nav;
pub mod notices;
pub mod number_field;
pub mod profile_form;
pub mod progress_chart;
pub mod provider_shortlist;
pub mod radar_chart;
pub mod rate_me_link;
pub mod results_table;
pub mod roi_outputs;
pub mod role_expectations;
pub mod share_link;
pub mod team_heat_map;
