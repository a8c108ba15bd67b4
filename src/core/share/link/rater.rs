//! Second-rater links, without a server: the PM's "rate me" request carries who they are (and, from version 2, their
//! evidence notes and whether the rater is asked what matters); the rater's answer carries the rater's ratings back
//! (and, from version 2, the importance and target level they set). Same packing as report links, with the tag inside
//! the check. Layouts, frozen once released:
//! - request `R1`: day made (u16) · model version · role (0 none, 1–5) · text: name · check (u16).
//! - request `R2`: as `R1`, then a flags byte (1: priorities asked, 2: evidence follows) before the text, and with
//!   evidence a varint mask of the areas (model order) that have a note; text: name, then each note in model order.
//! - answer `A1`: day made · model version · relation · a byte per area (knowledge × 6 + experience, 0 unrated) · text:
//!   whose ratings, rater's name · check.
//! - answer `A2`: as `A1`, with a flags byte (1: priorities follow) after the relation, and after the ratings, with
//!   priorities, a byte per area: importance (0 unset, else 1 + importance 0–5) × 10 + target (0 none, else 1 + half
//!   levels above 1, so 1–9 for 1.0–5.0).
//!
//! On any model but the built-in one the layouts are the same over that model's areas, and the link names the model
//! after its body (see `ModelRef`); on more than five levels knowledge is multiplied by 11 instead of 6, and importance
//! by 20 instead of 10.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{
    fragment, index, made_on, naming, open_body, pick, seal, signed, LinkError, LinkKind, Read,
    Reader, Writer,
};
use crate::core::assess::{Assessment, Rating, MAX_IMPORTANCE};
use crate::core::compare::benchmark::{is_level, Benchmark, BenchmarkKind};
use crate::core::date::{iso_day, DAY_MS};
use crate::core::model::{CompetencyModel, Role, MAX_LEVEL};
use crate::core::order::{self, map_of};

/// Each kind's tags, oldest first; the last is the one written.
const REQUEST: [&str; 2] = ["R1", "R2"];
const ANSWER: [&str; 2] = ["A1", "A2"];

const ASK_PRIORITIES: u8 = 1;
const EVIDENCE: u8 = 2;

/// Who is asking to be rated.
#[derive(Clone, Debug, PartialEq)]
pub struct RateRequest {
    pub name: String,
    pub role: Option<Role>,
    pub made_on: u64,
    pub model_version: u32,
    /// Whether the rater is asked, besides their ratings, how much each area matters and what level it should reach.
    pub ask_priorities: bool,
    /// The PM's evidence notes by area, shown to the rater beside each area.
    pub evidence: BTreeMap<String, String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

/// A rater's ratings of the person who asked; kept in the PM's workspace when they choose to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RaterAnswer {
    /// The name in the request, so the PM sees it was meant for them.
    pub for_name: String,
    pub rater: String,
    pub relation: Relation,
    /// Days since 1970.
    pub made_on: u64,
    /// Knowledge and experience; importance too where the PM asked for it.
    pub assessment: Assessment,
    /// The level the rater says each area should reach, where the PM asked for it.
    pub targets: BTreeMap<String, f32>,
}

impl Default for RaterAnswer {
    fn default() -> Self {
        RaterAnswer {
            for_name: String::new(),
            rater: String::new(),
            relation: Relation::Manager,
            made_on: 0,
            assessment: Assessment::default(),
            targets: BTreeMap::new(),
        }
    }
}

impl RaterAnswer {
    /// The rater by name, or by their relation when they gave none.
    pub fn who(&self) -> String {
        if self.rater.trim().is_empty() {
            self.relation.label().to_string()
        } else {
            self.rater.trim().to_string()
        }
    }

    /// The rater's view as a benchmark for the PM's radar.
    pub fn as_benchmark(&self) -> Benchmark {
        Benchmark {
            name: format!("{}'s rating, {}", self.who(), iso_day(self.made_on)),
            kind: BenchmarkKind::SecondRater,
            levels: self.assessment.current_levels(),
            source: format!(
                "{} rating you, from their link",
                self.relation.label().to_lowercase()
            ),
        }
    }

    /// The levels the rater set as targets, as a benchmark; `None` when they set none.
    pub fn targets_benchmark(&self) -> Option<Benchmark> {
        (!self.targets.is_empty()).then(|| Benchmark {
            name: format!(
                "{}'s targets for you, {}",
                self.who(),
                iso_day(self.made_on)
            ),
            kind: BenchmarkKind::RaterTargets,
            levels: self.targets.clone(),
            source: format!(
                "the levels your {} set for you, from their link",
                self.relation.label().to_lowercase()
            ),
        })
    }

    /// How much the rater says each area matters, where they said.
    pub fn importance(&self) -> BTreeMap<String, u8> {
        map_of(
            self.assessment
                .ratings
                .iter()
                .filter_map(|(area, r)| Some((area.clone(), r.importance?))),
        )
    }

    /// Whether the rater set importance or targets.
    pub fn has_priorities(&self) -> bool {
        !self.targets.is_empty() || !self.importance().is_empty()
    }
}

/// Each rater's first and latest kept answers, in the order they first rated: their view before the training and
/// after it (`None` until they have rated again).
pub fn before_and_after(raters: &[RaterAnswer]) -> Vec<(&RaterAnswer, Option<&RaterAnswer>)> {
    let mut out: Vec<(&RaterAnswer, Option<&RaterAnswer>)> = Vec::new();
    let mut by_time: Vec<&RaterAnswer> = raters.iter().collect();
    order::sort_by_key(&mut by_time, |r| r.made_on);
    for answer in by_time {
        match out
            .iter_mut()
            .find(|(first, _)| first.who() == answer.who())
        {
            Some((_, latest)) => *latest = Some(answer),
            None => out.push((answer, None)),
        }
    }
    out
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
    order::sort_by(&mut out, |a, b| {
        (b.1 - b.2).abs().total_cmp(&(a.1 - a.2).abs())
    });
    out
}

/// A rater link: the writer's bytes and its text, sealed under `tag`, naming its model unless it is the built-in one.
fn sealed(tag: &str, w: Writer, model: &CompetencyModel) -> String {
    let mut bytes = w.bytes;
    bytes.extend_from_slice(&w.text);
    naming(seal(tag, &signed(tag.as_bytes(), model), bytes), model)
}

/// The version (1-based, by its place in `tags`) and the bytes inside a link of one of `tags`, once its check holds.
/// A link on a model is signed with it (see [`signed`]); a model link is on none.
pub(super) fn unseal(
    link: &str,
    tags: &[&str],
    kind: LinkKind,
    model: Option<&CompetencyModel>,
) -> Read<(usize, Vec<u8>)> {
    let f = fragment(link);
    if f.is_empty() {
        return Err(LinkError::Empty);
    }
    match LinkKind::of(f) {
        Some(k) if k != kind => return Err(LinkError::Kind(k)),
        None => return Err(LinkError::NotALink),
        Some(_) => {}
    }
    for (i, tag) in tags.iter().enumerate() {
        if let Some(body) = f.strip_prefix(tag) {
            let signed_as = match model {
                Some(model) => {
                    made_on(link, model)?;
                    signed(tag.as_bytes(), model)
                }
                None => tag.as_bytes().to_vec(),
            };
            return Ok((i + 1, open_body(body, &signed_as)?));
        }
    }
    Err(match f.chars().nth(1).and_then(|c| c.to_digit(10)) {
        Some(v) if v as usize > tags.len() => LinkError::FutureVersion(v as u8),
        _ => LinkError::NotALink,
    })
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

pub fn encode_request(req: &RateRequest, model: &CompetencyModel) -> String {
    let mut w = Writer {
        bytes: Vec::new(),
        text: Vec::new(),
    };
    head(&mut w, req.made_on, req.model_version);
    w.byte(req.role.map_or(0, |r| index(&Role::ALL, &r) + 1));
    let notes: Vec<(usize, &str)> = model
        .areas
        .iter()
        .take(64)
        .enumerate()
        .filter_map(|(i, a)| {
            let note = req.evidence.get(&a.id)?.trim();
            (!note.is_empty()).then_some((i, note))
        })
        .collect();
    let flags = if req.ask_priorities {
        ASK_PRIORITIES
    } else {
        0
    } | if notes.is_empty() { 0 } else { EVIDENCE };
    w.byte(flags);
    if !notes.is_empty() {
        w.varint(notes.iter().fold(0u64, |mask, (i, _)| mask | 1 << i));
    }
    w.text(&req.name);
    for (_, note) in notes {
        w.text(note);
    }
    sealed(REQUEST[1], w, model)
}

pub fn decode_request(link: &str, model: &CompetencyModel) -> Read<RateRequest> {
    let (version, data) = unseal(link, &REQUEST, LinkKind::RateRequest, Some(model))?;
    let mut r = Reader {
        bytes: &data,
        at: 0,
    };
    let (made_on, model_version) = read_head(&mut r, model)?;
    let role = match r.byte()? {
        0 => None,
        b => Some(pick(&Role::ALL, u64::from(b) - 1)?),
    };
    let flags = if version >= 2 { r.byte()? } else { 0 };
    if flags & !(ASK_PRIORITIES | EVIDENCE) != 0 {
        return Err(LinkError::Damaged);
    }
    let mask = if flags & EVIDENCE != 0 {
        r.varint()?
    } else {
        0
    };
    // A note for an area the model does not have: not a link this model made.
    if model.areas.len() < 64 && mask >> model.areas.len() != 0 {
        return Err(LinkError::Damaged);
    }
    let areas: Vec<&str> = model
        .areas
        .iter()
        .take(64)
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, a)| a.id.as_str())
        .collect();
    let name = r.text()?;
    let mut evidence = BTreeMap::new();
    for area in areas {
        evidence.insert(area.to_string(), r.text()?);
    }
    finish(
        &r,
        RateRequest {
            name,
            role,
            made_on,
            model_version,
            ask_priorities: flags & ASK_PRIORITIES != 0,
            evidence,
        },
    )
}

/// A target level (1 to the model's top, in half levels) as 1 + half levels above 1 (1–9 on five levels), 0 for none.
fn target_code(target: Option<f32>, top: u8) -> u8 {
    target
        .filter(|t| is_level(*t) && *t <= f32::from(top))
        .map_or(0, |t| ((t - 1.0) * 2.0).round() as u8 + 1)
}

/// The model's top level, and what knowledge is multiplied by in an answer's rating byte: 6 on up to five levels
/// (the layout released first), 11 on more.
fn answer_scale(model: &CompetencyModel) -> (u8, u8) {
    let top = model.max_level();
    (top, if top <= MAX_LEVEL { 6 } else { 11 })
}

/// What importance is multiplied by in an answer's priority byte, above the target's code: 10 on up to five levels,
/// 20 on more (a target on ten levels takes up to 19).
fn priority_scale(model: &CompetencyModel) -> u8 {
    if model.max_level() <= MAX_LEVEL {
        10
    } else {
        20
    }
}

pub fn encode_answer(answer: &RaterAnswer, model: &CompetencyModel) -> String {
    let mut w = Writer {
        bytes: Vec::new(),
        text: Vec::new(),
    };
    head(&mut w, answer.made_on, answer.assessment.model_version);
    w.byte(index(&Relation::ALL, &answer.relation));
    let priorities = answer.has_priorities();
    w.byte(if priorities { ASK_PRIORITIES } else { 0 });
    let (top, scale) = answer_scale(model);
    for area in &model.areas {
        let r = answer.assessment.rating(&area.id);
        let level = |v: Option<u8>| v.filter(|l| (1..=top).contains(l)).unwrap_or(0);
        w.byte(level(r.knowledge) * scale + level(r.experience));
    }
    if priorities {
        for area in &model.areas {
            let importance = answer
                .assessment
                .rating(&area.id)
                .importance
                .filter(|i| *i <= MAX_IMPORTANCE)
                .map_or(0, |i| i + 1);
            w.byte(
                importance * priority_scale(model)
                    + target_code(answer.targets.get(&area.id).copied(), top),
            );
        }
    }
    w.text(&answer.for_name);
    w.text(&answer.rater);
    sealed(ANSWER[1], w, model)
}

pub fn decode_answer(link: &str, model: &CompetencyModel) -> Read<RaterAnswer> {
    let (version, data) = unseal(link, &ANSWER, LinkKind::RaterAnswer, Some(model))?;
    let mut r = Reader {
        bytes: &data,
        at: 0,
    };
    let (made_on, model_version) = read_head(&mut r, model)?;
    let relation = pick(&Relation::ALL, r.byte()?.into())?;
    let flags = if version >= 2 { r.byte()? } else { 0 };
    if flags & !ASK_PRIORITIES != 0 {
        return Err(LinkError::Damaged);
    }
    let mut ratings = BTreeMap::new();
    let (top, scale) = answer_scale(model);
    for area in &model.areas {
        let b = r.byte()?;
        let (knowledge, experience) = (b / scale, b % scale);
        if knowledge > top || experience > top {
            return Err(LinkError::Damaged);
        }
        let level = |v: u8| (v > 0).then_some(v);
        let rating = Rating {
            knowledge: level(knowledge),
            experience: level(experience),
            ..Rating::default()
        };
        ratings.insert(area.id.clone(), rating);
    }
    let mut targets = BTreeMap::new();
    if flags & ASK_PRIORITIES != 0 {
        for area in &model.areas {
            let b = r.byte()?;
            let (importance, target) = (b / priority_scale(model), b % priority_scale(model));
            if importance > MAX_IMPORTANCE + 1 || target > (top - 1) * 2 + 1 {
                return Err(LinkError::Damaged);
            }
            if let Some(rating) = ratings.get_mut(&area.id) {
                rating.importance = importance.checked_sub(1);
            }
            if target > 0 {
                targets.insert(area.id.clone(), 1.0 + f32::from(target - 1) / 2.0);
            }
        }
    }
    ratings.retain(|_, rating| *rating != Rating::default());
    let for_name = r.text()?;
    let rater = r.text()?;
    let assessment = Assessment {
        model_id: model.id.clone(),
        model_version,
        updated_at: made_on * DAY_MS,
        ratings,
    }
    .carried_to(model);
    finish(
        &r,
        RaterAnswer {
            for_name,
            rater,
            relation,
            made_on,
            assessment,
            targets,
        },
    )
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::core::share::link::decode;

    fn model() -> &'static CompetencyModel {
        CompetencyModel::builtin()
    }

    /// The answer behind `tests/fixtures/links/a1.txt`: made on version 1 of the model. Frozen.
    fn answer() -> RaterAnswer {
        let mut assessment = Assessment {
            model_version: 1,
            ..Assessment::default()
        };
        assessment.rate("data", 0, |r| {
            r.knowledge = Some(2);
            r.experience = Some(1);
        });
        assessment.rate("vision", 0, |r| r.knowledge = Some(5));
        assessment.updated_at = 20_400 * DAY_MS;
        RaterAnswer {
            for_name: "Ada".into(),
            rater: "Sam Lee".into(),
            relation: Relation::Peer,
            made_on: 20_400,
            assessment,
            targets: BTreeMap::new(),
        }
    }

    /// The request and answer behind `r2.txt` and `a2.txt`: evidence notes, and a manager asked what matters. Frozen.
    fn v2_request() -> RateRequest {
        RateRequest {
            name: "Ada Lovelace".into(),
            role: Some(Role::Pm),
            made_on: 20_700,
            model_version: 2,
            ask_priorities: true,
            evidence: BTreeMap::from([
                (
                    "data".into(),
                    "Ran the churn analysis for the Q3 review".into(),
                ),
                (
                    "team-leadership".into(),
                    "Led the retro after the outage — 学习".into(),
                ),
            ]),
        }
    }

    fn v2_answer() -> RaterAnswer {
        // Made on version 2 of the model: frozen with it.
        let mut assessment = Assessment {
            model_version: 2,
            ..Assessment::default()
        };
        assessment.rate("data", 0, |r| {
            r.knowledge = Some(4);
            r.experience = Some(2);
            r.importance = Some(5);
        });
        assessment.rate("vision", 0, |r| r.importance = Some(0));
        assessment.rate("launch", 0, |r| r.experience = Some(3));
        assessment.updated_at = 20_702 * DAY_MS;
        RaterAnswer {
            for_name: "Ada Lovelace".into(),
            rater: "Mo Manager".into(),
            relation: Relation::Manager,
            made_on: 20_702,
            assessment,
            targets: BTreeMap::from([
                ("data".into(), 3.5),
                ("vision".into(), 2.0),
                ("launch".into(), 5.0),
            ]),
        }
    }

    /// What an older answer opens as: its ratings carried to the current model.
    fn carried(mut a: RaterAnswer) -> RaterAnswer {
        a.assessment = a.assessment.carried_to(model());
        a
    }

    #[test]
    fn requests_and_answers_round_trip() {
        for req in [v1_request(), v2_request()] {
            let link = encode_request(&req, model());
            assert!(link.starts_with("R2"));
            assert_eq!(
                decode_request(&format!("https://x.org/skillcase/rate/#{link}"), model()),
                Ok(req)
            );
        }
        for a in [carried(answer()), carried(v2_answer())] {
            let link = encode_answer(&a, model());
            assert!(link.starts_with("A2"));
            assert_eq!(decode_answer(&link, model()), Ok(a));
        }
    }

    #[test]
    fn rater_links_on_other_models_round_trip_at_every_level_and_priority() {
        let po = CompetencyModel::builtin_of("skillcase-po").unwrap();
        for model in [po, &crate::core::model::own_model(30, 10)] {
            let top = model.max_level();
            let mut assessment = Assessment {
                model_id: model.id.clone(),
                model_version: model.version,
                updated_at: 20_702 * DAY_MS,
                ..Assessment::default()
            };
            let mut targets = BTreeMap::new();
            for (i, area) in model.areas.iter().enumerate() {
                let i = i as u8;
                assessment.rate(&area.id, 20_702 * DAY_MS, |r| {
                    r.knowledge = Some(1 + i % top);
                    r.experience = Some(top - i % top);
                    r.importance = Some(i % 6);
                });
                targets.insert(
                    area.id.clone(),
                    f32::from(1 + i % (2 * top - 1)) / 2.0 + 0.5,
                );
            }
            let a = RaterAnswer {
                for_name: "Ada".into(),
                rater: "Mo".into(),
                relation: Relation::Manager,
                made_on: 20_702,
                assessment,
                targets,
            };
            let link = encode_answer(&a, model);
            assert_eq!(decode_answer(&link, model), Ok(a), "{}", model.id);
            assert!(
                matches!(decode_answer(&link, CompetencyModel::builtin()), Err(LinkError::OtherModel(r)) if r.is(model))
            );
            let req = RateRequest {
                evidence: BTreeMap::from([(model.areas[0].id.clone(), "Did it".into())]),
                model_version: model.version,
                ..v2_request()
            };
            let link = encode_request(&req, model);
            assert_eq!(decode_request(&link, model), Ok(req));
            assert_eq!(
                super::super::model_named(&link).unwrap().map(|r| r.id),
                Some(model.id.clone())
            );
        }
    }

    #[test]
    fn a_managers_priorities_become_targets_and_importance() {
        let a = v2_answer();
        assert!(a.has_priorities());
        assert_eq!(
            a.importance(),
            BTreeMap::from([("data".into(), 5), ("vision".into(), 0)])
        );
        let b = a.targets_benchmark().unwrap();
        assert_eq!(b.kind, BenchmarkKind::RaterTargets);
        assert_eq!(b.name, "Mo Manager's targets for you, 2026-09-06");
        assert_eq!(b.levels["data"], 3.5);
        assert!(b.source.contains("manager"));
        assert_eq!(
            answer().targets_benchmark(),
            None,
            "no targets, no benchmark"
        );
        assert!(!answer().has_priorities());
    }

    /// The requests and answers behind `tests/fixtures/links/r1.txt` and `a1.txt`. Frozen: the fixtures prove
    /// version 1 rater links keep opening.
    fn v1_request() -> RateRequest {
        RateRequest {
            name: "Ada Lovelace".into(),
            role: Some(Role::SeniorPm),
            made_on: 20_400,
            model_version: 1,
            ask_priorities: false,
            evidence: BTreeMap::new(),
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
    fn every_released_rater_link_keeps_opening() {
        assert_eq!(decode_request(&fixture("r1"), model()), Ok(v1_request()));
        assert_eq!(
            decode_answer(&fixture("a1"), model()),
            Ok(carried(answer()))
        );
        assert_eq!(decode_request(&fixture("r2"), model()), Ok(v2_request()));
        assert_eq!(
            decode_answer(&fixture("a2"), model()),
            Ok(carried(v2_answer()))
        );
        // The version written today is frozen too: its encoder must keep making the same links.
        assert_eq!(encode_request(&v2_request(), model()), fixture("r2"));
        assert_eq!(encode_answer(&v2_answer(), model()), fixture("a2"));
    }

    #[test]
    fn no_kind_of_link_is_taken_for_another() {
        let req = encode_request(
            &RateRequest {
                name: "A".into(),
                role: None,
                made_on: 1,
                model_version: 1,
                ask_priorities: false,
                evidence: BTreeMap::new(),
            },
            model(),
        );
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
            decode_answer(&format!("A2{}", &req[2..]), model()),
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
    fn each_raters_view_before_and_after_is_their_first_and_latest_answer() {
        let at = |rater: &str, made_on| RaterAnswer {
            rater: rater.into(),
            made_on,
            ..RaterAnswer::default()
        };
        let kept = [at("Mo", 30), at("Sam", 12), at("Mo", 10), at("Mo", 20)];
        let pairs: Vec<(String, u64, Option<u64>)> = before_and_after(&kept)
            .into_iter()
            .map(|(first, latest)| (first.who(), first.made_on, latest.map(|l| l.made_on)))
            .collect();
        assert_eq!(
            pairs,
            [("Mo".into(), 10, Some(30)), ("Sam".into(), 12, None)]
        );
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
            vec![("data".to_string(), 5.0, 1.0)],
            "levels are applied experience: vision, known but not done by either, has none to compare"
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
        fn any_answer_round_trips(
            ks in proptest::collection::vec((0..=5u8, 0..=5u8, proptest::option::of(0..=5u8), proptest::option::of(2..=10u8)), 12),
            rater in ".{0,40}", for_name in ".{0,40}", rel in 0..3usize, day in 0..=u64::from(u16::MAX),
        ) {
            let mut assessment = Assessment { updated_at: day * 86_400_000, ..Assessment::default() };
            let mut targets = BTreeMap::new();
            for (area, (k, e, importance, target)) in model().areas.iter().zip(ks) {
                let r = Rating { knowledge: (k > 0).then_some(k), experience: (e > 0).then_some(e), importance, ..Rating::default() };
                if r != Rating::default() { assessment.ratings.insert(area.id.clone(), r); }
                if let Some(t) = target { targets.insert(area.id.clone(), f32::from(t) / 2.0); }
            }
            let a = RaterAnswer { for_name, rater, relation: Relation::ALL[rel], made_on: day, assessment, targets };
            prop_assert_eq!(decode_answer(&encode_answer(&a, model()), model()), Ok(a));
        }

        #[test]
        fn any_request_round_trips(
            notes in proptest::collection::vec(proptest::option::of("[^ ].{0,60}"), 12),
            name in ".{0,40}", ask in any::<bool>(), day in 0..=u64::from(u16::MAX),
        ) {
            let evidence = model().areas.iter().zip(notes)
                .filter_map(|(a, n)| Some((a.id.clone(), n?.trim().to_string())))
                .filter(|(_, n)| !n.is_empty())
                .collect();
            let req = RateRequest { name, role: None, made_on: day, model_version: 2, ask_priorities: ask, evidence };
            prop_assert_eq!(decode_request(&encode_request(&req, model()), model()), Ok(req));
        }

        #[test]
        fn arbitrary_text_never_panics_the_rater_decoders(text in ".{0,200}") {
            for tag in REQUEST.iter().chain(&ANSWER) {
                let _ = decode_request(&format!("{tag}{text}"), model());
                let _ = decode_answer(&format!("{tag}{text}"), model());
            }
        }
    }
}
