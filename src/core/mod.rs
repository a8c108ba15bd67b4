//! The pure logic of Skillcase, laid out the way a user walks through it. Nothing here names a web type, so all of it
//! is tested natively.
//!
//! Three layers, and imports only ever point down (`tests/layers.rs` fails the build's tests otherwise):
//! - **Bottom**: what every step stands on: the competency model with its roles and role profiles (`model`), calendar
//!   days (`date`), a short check of bytes (`hash`), reading typed numbers (`number`), how money and dates are written (`locale`), ordering short lists
//!   (`order`), what every chart shares (`chart`), and articles, plurals and lists in generated text (`words`).
//! - **Journey**, in the order a user walks it, each step importing only the steps before it: `assess` (rating the
//!   areas), `compare` (benchmarks, results, the radar), `plan` (goals, the check-in and what was observed, progress
//!   over time), `justify` (the ROI case, the arguments, the shortlist, the proposal), `share` (the report and its
//!   links, second-rater links, the QR code), `team` (a manager's team and the group case). `fit`, the check for
//!   someone not yet a PM, stands beside the journey and uses the bottom layer only.
//! - **Top**: the user's saved `workspace`, which holds a piece of every step, and the `store` that keeps it.

pub mod chart;
pub mod date;
pub mod hash;
pub mod locale;
pub mod model;
pub mod number;
pub mod order;
pub mod words;

pub mod assess;
pub mod compare;
pub mod fit;
pub mod justify;
pub mod plan;
pub mod share;
pub mod team;

pub mod store;
pub mod workspace;
