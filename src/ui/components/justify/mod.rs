//! Justifying the training: the ROI case's parts and outputs, the shortlist, the arguments, the alternatives, the leader's questions, the proposal sheet and its editor.

pub mod adjustments_card;
pub mod alternatives;
pub mod argument_item;
pub mod argument_list;
pub mod benefit_model;
pub mod benefits_card;
pub mod case_date;
pub mod case_number;
pub mod case_optional;
pub mod case_text;
pub mod costs_card;
pub mod estimate_fields;
pub mod gap_to_money;
pub mod leader_questions;
pub mod money_format;
pub mod proposal_sheet;
pub mod provider_shortlist;
pub mod roi_outputs;
pub mod section_editor;
pub mod sensitivity;
pub mod training_card;
pub mod working_time_card;
