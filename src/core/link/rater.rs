//! Second-rater links, without a server: the PM's "rate me" request (tag `R1`) carries who they are; the rater's
//! answer (tag `A1`) carries the rater's ratings back. Same packing as report links, with the tag inside the check.
//! Layouts, frozen once released — request: day made (u16) · model version · role (0 none, 1–5) · text: name ·
//! check (u16); answer: day made · model version · relation · 12 ratings (knowledge × 6 + experience, 0 unrated) ·
//! text: whose ratings, rater's name · check.

use std::collections::BTreeMap;

use super::{fragment, index, open_body, pick, seal, LinkError, LinkKind, Read, Reader, Writer};
use crate::core::assessment::{Assessment, Rating};
use crate::core::benchmark::{Benchmark, BenchmarkKind};
use crate::core::model::{CompetencyModel, MAX_LEVEL};
use crate::core::order::map_of;
use crate::core::workspace::{iso_date, Role};

const REQUEST: &str = "R1";
const ANSWER: &str = "A1";

/// Who is asking to be rated.
#[derive(Clone, Debug, PartialEq)]
pub struct RateRequest {
    pub name: String,
    pub role: Option<Role>,
    pub made_on: u64,
    pub model_version: u32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Relation {
    #[default]
    Manager,
    Peer,
    Other,
}

impl Relation {
    pub const ALL: [Relation; 3] = [Relation::Manager, Relation::Peer, Relation::Other];

    pub fn label(self) -> &'static str {
        match self {
            Relation::Manager => "Manager",
            Relation::Peer => "Peer",
            Relation::Other => "Someone else",
        }
    }
}

/// A rater's ratings of the person who asked.
#[derive(Clone, Debug, PartialEq)]
pub struct RaterAnswer {
    /// The name in the request, so the PM sees it was meant for them.
    pub for_name: String,
    pub rater: String,
    pub relation: Relation,
    pub made_on: u64,
    /// Knowledge and experience only: importance is the PM's own call.
    pub assessment: Assessment,
}

impl RaterAnswer {
    /// The rater's view as a benchmark for the PM's radar.
    pub fn as_benchmark(&self) -> Benchmark {
        let who = if self.rater.trim().is_empty() {
            self.relation.label().to_string()
        } else {
            self.rater.trim().to_string()
        };
        Benchmark {
            name: format!("{who}'s rating, {}", iso_date(self.made_on * 86_400_000)),
            kind: BenchmarkKind::SecondRater,
            levels: map_of(
                self.assessment
                    .ratings
                    .iter()
                    .filter_map(|(id, r)| Some((id.clone(), r.current()?))),
            ),
            source: format!(
                "{} rating you, from their link",
                self.relation.label().to_lowercase()
            ),
        }
    }
}

/// Where self and rater disagree most: (area, self level, rater level), largest difference first; areas either left
/// unrated are left out.
pub fn disagreements(
    mine: &Assessment,
    theirs: &Assessment,
    model: &CompetencyModel,
) -> Vec<(String, f32, f32)> {
    let mut out: Vec<(String, f32, f32)> = model
        .areas
        .iter()
        .filter_map(|a| {
            Some((
                a.id.clone(),
                mine.rating(&a.id).current()?,
                theirs.rating(&a.id).current()?,
            ))
        })
        .filter(|(_, m, t)| (m - t).abs() >= 0.5)
        .collect();
    // Stable: ties keep the model's order.
    crate::core::order::sort_by(&mut out, |a, b| {
        (b.1 - b.2).abs().total_cmp(&(a.1 - a.2).abs())
    });
    out
}

/// A rater link: the writer's bytes and its text, sealed under `tag`.
fn sealed(tag: &str, w: Writer) -> String {
    let mut bytes = w.bytes;
    bytes.extend_from_slice(&w.text);
    seal(tag, tag.as_bytes(), bytes)
}

/// The bytes inside a link of this tag, once its check holds.
fn unseal(link: &str, tag: &str, kind: LinkKind) -> Read<Vec<u8>> {
    let f = fragment(link);
    if f.is_empty() {
        return Err(LinkError::Empty);
    }
    match LinkKind::of(f) {
        Some(k) if k != kind => return Err(LinkError::Kind(k)),
        None => return Err(LinkError::NotALink),
        Some(_) => {}
    }
    let Some(body) = f.strip_prefix(tag) else {
        return Err(match f.chars().nth(1).and_then(|c| c.to_digit(10)) {
            Some(v) if v > 1 => LinkError::FutureVersion(v as u8),
            _ => LinkError::NotALink,
        });
    };
    open_body(body, tag.as_bytes())
}

fn head(w: &mut Writer, made_on: u64, model_version: u32) {
    w.bytes
        .extend_from_slice(&(made_on.min(u64::from(u16::MAX)) as u16).to_le_bytes());
    w.varint(u64::from(model_version));
}

fn read_head(r: &mut Reader, model: &CompetencyModel) -> Read<(u64, u32)> {
    let made_on = u64::from(u16::from_le_bytes([r.byte()?, r.byte()?]));
    let version = u32::try_from(r.varint()?).map_err(|_| LinkError::Damaged)?;
    if version == 0 || version > model.version {
        return Err(LinkError::FutureVersion(1));
    }
    Ok((made_on, version))
}

fn finish<T>(r: &Reader, value: T) -> Read<T> {
    if r.at == r.bytes.len() {
        Ok(value)
    } else {
        Err(LinkError::Damaged)
    }
}

pub fn encode_request(req: &RateRequest) -> String {
    let mut w = Writer {
        bytes: Vec::new(),
        text: Vec::new(),
    };
    head(&mut w, req.made_on, req.model_version);
    w.byte(req.role.map_or(0, |r| index(&Role::ALL, &r) + 1));
    w.text(&req.name);
    sealed(REQUEST, w)
}

pub fn decode_request(link: &str, model: &CompetencyModel) -> Read<RateRequest> {
    let data = unseal(link, REQUEST, LinkKind::RateRequest)?;
    let mut r = Reader {
        bytes: &data,
        at: 0,
    };
    let (made_on, model_version) = read_head(&mut r, model)?;
    let role = match r.byte()? {
        0 => None,
        b => Some(pick(&Role::ALL, u64::from(b) - 1)?),
    };
    let name = r.text()?;
    finish(
        &r,
        RateRequest {
            name,
            role,
            made_on,
            model_version,
        },
    )
}

pub fn encode_answer(answer: &RaterAnswer, model: &CompetencyModel) -> String {
    let mut w = Writer {
        bytes: Vec::new(),
        text: Vec::new(),
    };
    head(&mut w, answer.made_on, answer.assessment.model_version);
    w.byte(index(&Relation::ALL, &answer.relation));
    for area in &model.areas {
        let r = answer.assessment.rating(&area.id);
        let level = |v: Option<u8>| v.filter(|l| (1..=MAX_LEVEL).contains(l)).unwrap_or(0);
        w.byte(level(r.knowledge) * 6 + level(r.experience));
    }
    w.text(&answer.for_name);
    w.text(&answer.rater);
    sealed(ANSWER, w)
}

pub fn decode_answer(link: &str, model: &CompetencyModel) -> Read<RaterAnswer> {
    let data = unseal(link, ANSWER, LinkKind::RaterAnswer)?;
    let mut r = Reader {
        bytes: &data,
        at: 0,
    };
    let (made_on, model_version) = read_head(&mut r, model)?;
    let relation = pick(&Relation::ALL, r.byte()?.into())?;
    let mut ratings = BTreeMap::new();
    for area in &model.areas {
        let b = r.byte()?;
        if b >= 36 {
            return Err(LinkError::Damaged);
        }
        let level = |v: u8| (v > 0).then_some(v);
        let rating = Rating {
            knowledge: level(b / 6),
            experience: level(b % 6),
            ..Rating::default()
        };
        if rating != Rating::default() {
            ratings.insert(area.id.clone(), rating);
        }
    }
    let for_name = r.text()?;
    let rater = r.text()?;
    let assessment = Assessment {
        model_id: model.id.clone(),
        model_version,
        updated_at: made_on * 86_400_000,
        ratings,
    };
    finish(
        &r,
        RaterAnswer {
            for_name,
            rater,
            relation,
            made_on,
            assessment,
        },
    )
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::core::link::decode;

    fn model() -> &'static CompetencyModel {
        CompetencyModel::builtin()
    }

    fn answer() -> RaterAnswer {
        let mut assessment = Assessment::default();
        assessment.rate("data", 0, |r| {
            r.knowledge = Some(2);
            r.experience = Some(1);
        });
        assessment.rate("vision", 0, |r| r.knowledge = Some(5));
        assessment.updated_at = 20_400 * 86_400_000;
        RaterAnswer {
            for_name: "Ada".into(),
            rater: "Sam Lee".into(),
            relation: Relation::Peer,
            made_on: 20_400,
            assessment,
        }
    }

    #[test]
    fn requests_and_answers_round_trip() {
        let req = RateRequest {
            name: "Ada Lovelace".into(),
            role: Some(Role::SeniorPm),
            made_on: 20_400,
            model_version: 1,
        };
        let link = encode_request(&req);
        assert!(link.starts_with("R1"));
        assert_eq!(
            decode_request(&format!("https://x.org/skillcase/rate/#{link}"), model()),
            Ok(req)
        );
        let a = answer();
        let link = encode_answer(&a, model());
        assert!(link.starts_with("A1"));
        assert_eq!(decode_answer(&link, model()), Ok(a));
    }

    /// The requests and answers behind `tests/fixtures/links/r1.txt` and `a1.txt`. Frozen: the fixtures prove
    /// version 1 rater links keep opening.
    fn v1_request() -> RateRequest {
        RateRequest {
            name: "Ada Lovelace".into(),
            role: Some(Role::SeniorPm),
            made_on: 20_400,
            model_version: 1,
        }
    }

    fn fixture(name: &str) -> String {
        let path = format!(
            "{}/tests/fixtures/links/{name}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read_to_string(path)
            .expect("fixture")
            .trim()
            .to_string()
    }

    #[test]
    fn version_1_rater_links_keep_opening() {
        assert_eq!(decode_request(&fixture("r1"), model()), Ok(v1_request()));
        assert_eq!(decode_answer(&fixture("a1"), model()), Ok(answer()));
        assert_eq!(encode_request(&v1_request()), fixture("r1"));
        assert_eq!(encode_answer(&answer(), model()), fixture("a1"));
    }

    #[test]
    fn no_kind_of_link_is_taken_for_another() {
        let req = encode_request(&RateRequest {
            name: "A".into(),
            role: None,
            made_on: 1,
            model_version: 1,
        });
        let ans = encode_answer(&answer(), model());
        assert_eq!(
            decode(&req, model()),
            Err(LinkError::Kind(LinkKind::RateRequest))
        );
        assert_eq!(
            decode(&ans, model()),
            Err(LinkError::Kind(LinkKind::RaterAnswer))
        );
        assert_eq!(
            decode_request(&ans, model()),
            Err(LinkError::Kind(LinkKind::RaterAnswer))
        );
        assert_eq!(
            decode_answer(&req, model()),
            Err(LinkError::Kind(LinkKind::RateRequest))
        );
        assert_eq!(
            decode_answer("1AAAA", model()),
            Err(LinkError::Kind(LinkKind::Report))
        );
        // The same bytes under the other tag fail the check: the tag is inside it.
        assert_eq!(
            decode_answer(&format!("A1{}", &req[2..]), model()),
            Err(LinkError::Damaged)
        );
        assert_eq!(
            decode_request(&req[..req.len() - 3], model()),
            Err(LinkError::Damaged)
        );
        assert_eq!(
            decode_request("R7abc", model()),
            Err(LinkError::FutureVersion(7))
        );
        assert_eq!(decode_request("", model()), Err(LinkError::Empty));
        assert_eq!(decode_request("hello", model()), Err(LinkError::NotALink));
    }

    #[test]
    fn the_largest_disagreements_come_first() {
        let mut mine = Assessment::default();
        mine.rate("data", 0, |r| {
            r.knowledge = Some(5);
            r.experience = Some(5);
        });
        mine.rate("vision", 0, |r| r.knowledge = Some(4));
        mine.rate("launch", 0, |r| r.knowledge = Some(3));
        let theirs = answer().assessment;
        assert_eq!(
            disagreements(&mine, &theirs, model()),
            vec![
                ("data".to_string(), 5.0, 1.5),
                ("vision".to_string(), 4.0, 5.0)
            ]
        );
        let b = answer().as_benchmark();
        assert_eq!(
            (b.kind, b.name.as_str()),
            (BenchmarkKind::SecondRater, "Sam Lee's rating, 2025-11-08")
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn any_answer_round_trips(ks in proptest::collection::vec((0..=5u8, 0..=5u8), 12), rater in ".{0,40}", for_name in ".{0,40}", rel in 0..3usize, day in 0..=u64::from(u16::MAX)) {
            let mut assessment = Assessment { updated_at: day * 86_400_000, ..Assessment::default() };
            for (area, (k, e)) in model().areas.iter().zip(ks) {
                let r = Rating { knowledge: (k > 0).then_some(k), experience: (e > 0).then_some(e), ..Rating::default() };
                if r != Rating::default() { assessment.ratings.insert(area.id.clone(), r); }
            }
            let a = RaterAnswer { for_name, rater, relation: Relation::ALL[rel], made_on: day, assessment };
            prop_assert_eq!(decode_answer(&encode_answer(&a, model()), model()), Ok(a));
        }

        #[test]
        fn arbitrary_text_never_panics_the_rater_decoders(text in ".{0,200}") {
            let _ = decode_request(&format!("R1{text}"), model());
            let _ = decode_answer(&format!("A1{text}"), model());
        }
    }
}
