//! The model link: a whole competency model, deflated into the fragment, so a manager can hand the team the
//! organisation's model with no file and no server. Version 1: the model's compact JSON, deflated, then the check.
//! Reading it checks the model as a file is checked, so a link can't bring in what a file could not.

use super::rater::unseal;
use super::{seal, LinkError, LinkKind, Read};
use crate::core::model::CompetencyModel;

/// Tags by version: `M1` is version 1.
const TAGS: [&str; 1] = ["M1"];
/// Inflated JSON larger than this is not a model: thirty areas of ten levels written out come to well under it.
const JSON_LIMIT: usize = 256 * 1024;

/// A model as a link fragment (without the `#`).
pub fn encode(model: &CompetencyModel) -> String {
    let json = serde_json::to_string(model).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10);
    seal(TAGS[0], TAGS[0].as_bytes(), packed)
}

/// The model a link carries, checked as a model file is; a model link that reads but is no model says why.
pub fn decode(link: &str) -> Read<Result<CompetencyModel, String>> {
    let (_, packed) = unseal(link, &TAGS, LinkKind::Model, None)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, JSON_LIMIT)
        .map_err(|_| LinkError::Damaged)?;
    let text = String::from_utf8(json).map_err(|_| LinkError::Damaged)?;
    Ok(CompetencyModel::from_shared_json(&text))
}

/// The model a link carries, or in a sentence why there is none: the link is not a good one, or what it carries is
/// not a usable model.
pub fn open(link: &str) -> Result<CompetencyModel, String> {
    match decode(link) {
        Ok(model) => model.map_err(|why| format!("The link carries no usable model: {why}.")),
        Err(e) => Err(e.message()),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn both_built_in_models_travel_in_a_link_and_come_back_whole() {
        assert!(open("not a link").is_err());
        for model in CompetencyModel::builtins() {
            let link = encode(model);
            assert_eq!(open(&link).as_ref(), Ok(model));
            assert!(link.starts_with("M1"));
            assert_eq!(LinkKind::of(&link), Some(LinkKind::Model));
            assert_eq!(
                decode(&format!("https://example.org/skillcase/model/#{link}")),
                Ok(Ok(model.clone()))
            );
            assert_eq!(
                decode(&link).unwrap().unwrap().fingerprint(),
                model.fingerprint()
            );
            // Short enough for a chat message or an email: the product-owner model's 8 areas deflate well.
            assert!(
                link.len() < 12_000,
                "{}: {} characters",
                model.id,
                link.len()
            );
        }
    }

    #[test]
    fn a_damaged_or_foreign_link_is_refused_with_its_reason() {
        let link = encode(CompetencyModel::builtins()[1]);
        let cut = &link[..link.len() - 7];
        assert_eq!(decode(cut), Err(LinkError::Damaged));
        assert_eq!(decode("M2abc"), Err(LinkError::FutureVersion(2)));
        assert_eq!(decode(""), Err(LinkError::Empty));
        assert_eq!(decode("hello"), Err(LinkError::NotALink));
        assert_eq!(
            decode("R1AAAA"),
            Err(LinkError::Kind(LinkKind::RateRequest)),
            "a rate-me link is not taken for a model"
        );
        // A link whose check holds but whose model breaks the rules is refused as a file would be.
        let mut bad = CompetencyModel::builtins()[1].clone();
        bad.areas.truncate(2);
        let json = serde_json::to_string(&bad).unwrap();
        let forged = seal(
            "M1",
            b"M1",
            miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10),
        );
        assert!(decode(&forged)
            .unwrap()
            .unwrap_err()
            .contains("has 2 areas"));
        // A model the editor once let be saved with a level left blank: its link keeps opening, though a file of it
        // would now be refused until the level is written.
        let mut blank = CompetencyModel::builtins()[1].clone();
        blank.areas[0].levels[1].done.clear();
        assert_eq!(decode(&encode(&blank)), Ok(Ok(blank.clone())));
        assert!(CompetencyModel::from_json(&blank.to_json()).is_err());
    }

    proptest! {
        /// A model link changed anywhere never opens as another model and never panics.
        #[test]
        fn a_changed_model_link_is_refused(at in 2usize..2000, by in 1u8..63) {
            let link = encode(CompetencyModel::builtins()[1]);
            let at = at % link.len();
            let mut bytes = link.clone().into_bytes();
            let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            let was = alphabet.iter().position(|c| *c == bytes[at]).unwrap_or(0);
            bytes[at] = alphabet[(was + usize::from(by)) % 64];
            let changed = String::from_utf8(bytes).unwrap();
            prop_assume!(at >= 2);
            prop_assert!(decode(&changed) != Ok(Ok(CompetencyModel::builtins()[1].clone())));
        }
    }
}
