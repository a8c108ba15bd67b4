//! How the user's money, numbers and dates are written: a currency and a locale, both chosen once for the whole app
//! and applied by the browser's `Intl`.

use serde::{Deserialize, Serialize};

/// The currency (an ISO 4217 code) and the locale (a BCP 47 tag, "" for the browser's own) everything is written in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Locale {
    pub currency: String,
    /// Saved as `locale`, the name it has always had in the workspace.
    #[serde(rename = "locale")]
    pub tag: String,
}

impl Default for Locale {
    fn default() -> Self {
        Locale {
            currency: "EUR".into(),
            tag: String::new(),
        }
    }
}
