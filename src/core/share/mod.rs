//! Sharing: the report a user shares and the link that carries it in its fragment (never sent to a server), the
//! second-rater links (a "rate me" request and the rater's answer), and the QR code printed on the proposal.

use serde::{Deserialize, Serialize};

pub mod link;
pub mod qr;
pub mod report;

/// What the user lets a link carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShareOptions {
    /// The user's name.
    pub names: bool,
    /// Costs, salary and benefit figures, and with them the ROI.
    pub money: bool,
    /// The evidence notes kept with the ratings.
    pub evidence: bool,
}

impl Default for ShareOptions {
    fn default() -> Self {
        ShareOptions {
            names: true,
            money: true,
            evidence: false,
        }
    }
}
