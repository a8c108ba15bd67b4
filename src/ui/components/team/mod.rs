//! A manager's team: its members, the heat map, its gaps, the team benchmark, the group case and its printed sheet.

pub mod group_benefits;
pub mod group_training;
pub mod team_benchmark;
pub mod team_gaps;
pub mod team_heat_map;
pub mod team_members;
pub mod team_sheet;
