//! Comparing: the benchmark picker, the radar, the results table, a role's expectations.

pub mod benchmark_mapping;
pub mod benchmark_picker;
pub mod radar_chart;
pub mod radar_table;
pub mod results_table;
pub mod role_expectations;
