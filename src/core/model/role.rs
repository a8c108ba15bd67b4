//! The roles Skillcase knows: the one a user is in or aiming at picks the expectations they are compared with.

use serde::{Deserialize, Serialize};

/// The role a user is in or aiming at; it picks the expectation profile they are compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    AssociatePm,
    Pm,
    SeniorPm,
    PrincipalPm,
    HeadOfProduct,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::AssociatePm,
        Role::Pm,
        Role::SeniorPm,
        Role::PrincipalPm,
        Role::HeadOfProduct,
    ];

    /// The name a user reads.
    pub fn label(self) -> &'static str {
        match self {
            Role::AssociatePm => "Associate PM",
            Role::Pm => "Product Manager",
            Role::SeniorPm => "Senior PM",
            Role::PrincipalPm => "Principal / Group PM",
            Role::HeadOfProduct => "Head of Product",
        }
    }

    /// A stable short code, used in forms and links.
    pub fn code(self) -> &'static str {
        match self {
            Role::AssociatePm => "apm",
            Role::Pm => "pm",
            Role::SeniorPm => "spm",
            Role::PrincipalPm => "gpm",
            Role::HeadOfProduct => "head",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_codes_round_trip_and_are_distinct() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        let mut codes: Vec<_> = Role::ALL.iter().map(|r| r.code()).collect();
        codes.dedup();
        assert_eq!(codes.len(), Role::ALL.len());
        assert_eq!(Role::from_code("cto"), None);
    }
}
