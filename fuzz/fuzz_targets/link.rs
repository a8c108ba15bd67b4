//! Every link decoder — report (`1`), rate-me request (`R1`), rater's answer (`A1`) — on arbitrary input: each must
//! answer `Ok` or `Err` and never panic, and whatever it reads must survive encoding and decoding again unchanged.
//!
//! Each input is tried three ways: as pasted text, as the fragment of a full address, and as the bytes inside a link
//! of each kind, sealed with a valid check so that the fuzzer gets past base64 and the check into the readers.

#![no_main]

use std::sync::Once;

use libfuzzer_sys::fuzz_target;
use skillcase::core::share::link::rater::{decode_answer, decode_request, encode_answer, encode_request};
use skillcase::core::share::link::{decode, encode, seal};
use skillcase::core::model::CompetencyModel;

fuzz_target!(|data: &[u8]| {
    let model = CompetencyModel::builtin();
    TAGS_MATCH_THE_CODEC.call_once(|| {
        // The least of each kind: day 0, model version 1, nothing rated, no role, goals or names.
        let unrated = vec![0; model.areas.len()];
        let report = [&[0, 0, 0, 1][..], &unrated, &[0]].concat();
        let request = [0, 0, 1, 0, 0];
        let answer = [&[0, 0, 1, 0][..], &unrated, &[0, 0]].concat();
        let drifted = "a tag or what its check covers no longer matches src/core/link.rs: update REPORT, REQUEST, ANSWER";
        assert!(decode(&sealed(REPORT, &report), model).is_ok(), "{drifted}");
        assert!(decode_request(&sealed(REQUEST, &request), model).is_ok(), "{drifted}");
        assert!(decode_answer(&sealed(ANSWER, &answer), model).is_ok(), "{drifted}");
    });
    let text = String::from_utf8_lossy(data);
    every_decoder(&text, model);
    every_decoder(&format!("https://example.org/skillcase/#{text}"), model);
    every_decoder(
        &format!("https://example.org/skillcase/rate/#R1{text}"),
        model,
    );
    every_decoder(&sealed(REPORT, data), model);
    every_decoder(&sealed(REQUEST, data), model);
    every_decoder(&sealed(ANSWER, data), model);
});

fn every_decoder(link: &str, model: &CompetencyModel) {
    if let Ok(report) = decode(link, model) {
        let again = encode(&report, model);
        assert_eq!(
            decode(&again, model),
            Ok(report),
            "a report read from {link:?} changed when encoded as {again:?}"
        );
    }
    if let Ok(request) = decode_request(link, model) {
        let again = encode_request(&request);
        assert_eq!(
            decode_request(&again, model),
            Ok(request),
            "a request read from {link:?} changed when encoded as {again:?}"
        );
    }
    if let Ok(answer) = decode_answer(link, model) {
        let again = encode_answer(&answer, model);
        assert_eq!(
            decode_answer(&again, model),
            Ok(answer),
            "an answer read from {link:?} changed when encoded as {again:?}"
        );
    }
}

// A wrong tag or check coverage below would only make sealed inputs fail the check and the fuzzer quietly shallow:
// the first input makes sure each still opens.
static TAGS_MATCH_THE_CODEC: Once = Once::new();

/// Each kind's tag, and what its check is computed over before the bytes: a report's over the version number, a rater
/// link's over its tag's text.
const REPORT: (&str, &[u8]) = ("1", &[1]);
const REQUEST: (&str, &[u8]) = ("R1", b"R1");
const ANSWER: (&str, &[u8]) = ("A1", b"A1");

/// A link of this kind whose body is `bytes` followed by a valid check.
fn sealed((tag, signed_as): (&str, &[u8]), bytes: &[u8]) -> String {
    seal(tag, signed_as, bytes.to_vec())
}
