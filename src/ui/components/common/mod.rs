//! Widgets any page uses: a canvas chart, a number field, a copyable link, the empty state.

pub mod chart_canvas;
pub mod copy_field;
pub mod empty_state;
pub mod number_field;
