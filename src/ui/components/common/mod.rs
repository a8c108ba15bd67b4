//! Widgets any page uses: a canvas chart, a number field, a copyable link, the empty state, wording to edit.

pub mod chart_canvas;
pub mod copy_field;
pub mod editable_text;
pub mod empty_state;
pub mod number_field;
