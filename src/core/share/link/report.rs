//! The report link: a report packed into a few bytes after the version tag. Version 1, byte by byte:
//! flags · day made (u16) · model version · [role] · 12 ratings · [benchmark] · goals · [training] · [money] ·
//! [arguments] · text block (deflated when that is shorter) · check (u16).
//! The fixed part comes first; the texts it refers to (name, benchmark name, goal wording, course, provider, currency,
//! argument wording) follow in that order in the text block.
//! Version 2 is version 1 with more in the money part. The byte that says which benefit models are on also says
//! whether a contribution margin (bit 4), low or high estimates (bit 5) and a working time other than the default
//! (bit 6) follow; after the adjustments come, in that order: the working time (a byte: its preset, or 0 and then days
//! a year and hours a day), the estimates (a byte with two bits a model, low and high, then each value given), and
//! the margin. A report on the defaults with no margin is no longer than in version 1.
//! Version 1 links counted better decisions on revenue: they open with no margin, so nothing is claimed from them,
//! and the report says why.
//! Version 3 is version 2 with evidence notes, when the user shares them: flag 128 says a varint mask of the areas
//! (model order) with a note follows the ratings, and the notes end the text block, in model order. It can also name
//! a rater's targets as the benchmark (kind 6), and each goal's byte gives its way to learn in bits 4–5.
//! Version 4 is version 3 with who covers while the sender is away: when the training part is there, its text ends
//! the text block (empty when nobody is named).
//! Version 5 counts benefits when they arrive and what later years are worth today. Bit 7 of the byte of models says
//! a byte follows the margin whose bit 0 says the ramp-up, discount rate and fade follow and bits 1–2 say what time
//! saved frees hours for, and bit 3 that the fully loaded costs follow (manager's time, evaluation, administration,
//! the sharing session's hours and colleagues); without it, the timing is this build's default, the hours go to work
//! that was waiting (nothing, with time saved off) and there are no such costs, so a case on the usual answers costs
//! no byte. Links of versions 1 to 4 open as they were made: no
//! ramp-up, at face value, hours saved counted without the question.
//! A report on any model but the built-in one has the same layout over that model's areas and names the model after
//! the body (see `ModelRef`). On a model of more than five levels each rating takes two bytes (see `write_rating`);
//! past seven levels a benchmark takes a byte per area.

use std::collections::BTreeMap;

use super::{
    fragment, index, made_on, naming, open_body, pick, seal, signed, LinkError, LinkKind, Read,
    Reader, Writer,
};
use crate::core::assess::{Assessment, Rating, MAX_IMPORTANCE};
use crate::core::compare::benchmark::{role_benchmark, Benchmark, BenchmarkKind};
use crate::core::date::{days_from_iso, iso_day, DAY_MS};
use crate::core::justify::arguments::{Argument, ArgumentChoice, Arguments};
use crate::core::justify::roi::{
    Adjustments, Benefits, Estimate, HoursUse, Training, TrainingFormat, WorkingTime,
    WORKING_TIME_PRESETS,
};
use crate::core::model::{CompetencyModel, Role, MAX_LEVEL};
use crate::core::plan::{Cadence, Goal, LearningWay, MAX_TARGET};
use crate::core::share::report::{Report, ReportMoney};

/// The version this build writes; the tag is the fragment's first character.
pub const VERSION: u8 = 5;
/// Decompressed text larger than this is not from Skillcase.
const TEXT_LIMIT: usize = 64 * 1024;

// The flags byte: which optional parts follow, and whether the text block is deflated.
const NAME: u8 = 1;
const MONEY: u8 = 2;
const PACKED: u8 = 4;
const ARGUMENTS: u8 = 8;
const ROLE: u8 = 16;
const BENCHMARK: u8 = 32;
const TRAINING: u8 = 64;
const EVIDENCE: u8 = 128;

/// Benchmark kinds by their number in a link.
pub(super) const KINDS: [BenchmarkKind; 7] = [
    BenchmarkKind::RoleExpectation,
    BenchmarkKind::Team,
    BenchmarkKind::Imported,
    BenchmarkKind::SecondRater,
    BenchmarkKind::EarlierSelf,
    BenchmarkKind::SharedReport,
    // From version 3.
    BenchmarkKind::RaterTargets,
];

/// Encodes a report as a link fragment (without the `#`).
pub fn encode(report: &Report, model: &CompetencyModel) -> String {
    let mut w = Writer {
        bytes: Vec::new(),
        text: Vec::new(),
    };
    let arguments = report.arguments.normalised();
    let flags = flags_of(report, &arguments);
    w.byte(flags);
    w.bytes
        .extend_from_slice(&(report.made_on.min(u64::from(u16::MAX)) as u16).to_le_bytes());
    w.varint(u64::from(report.assessment.model_version));
    if flags & NAME != 0 {
        w.text(&report.name);
    }
    if let Some(role) = report.role {
        w.byte(index(&Role::ALL, &role));
    }
    for area in &model.areas {
        write_rating(
            &mut w,
            &report.assessment.rating(&area.id),
            model.max_level(),
        );
    }
    let notes = evidence_of(report, model);
    if flags & EVIDENCE != 0 {
        w.varint(notes.iter().fold(0, |mask, (i, _)| mask | 1 << i));
    }
    if let Some(b) = &report.benchmark {
        write_benchmark(&mut w, b, model);
    }
    write_goals(&mut w, &report.goals, model);
    if flags & TRAINING != 0 {
        write_training(&mut w, &report.training);
    }
    if let Some(m) = &report.money {
        write_money(&mut w, &report.training, m);
    }
    if flags & ARGUMENTS != 0 {
        write_arguments(&mut w, &arguments);
    }
    for (_, note) in notes {
        w.text(note);
    }
    if flags & TRAINING != 0 {
        w.text(&report.cover);
    }
    let packed = miniz_oxide::deflate::compress_to_vec(&w.text, 10);
    if packed.len() < w.text.len() {
        w.bytes[0] |= PACKED;
        w.bytes.extend_from_slice(&packed);
    } else {
        w.bytes.extend_from_slice(&w.text);
    }
    naming(
        seal(&VERSION.to_string(), &signed(&[VERSION], model), w.bytes),
        model,
    )
}

/// The evidence notes the report carries, by the area's place in the model (the first 64 areas).
fn evidence_of<'r>(report: &'r Report, model: &CompetencyModel) -> Vec<(usize, &'r str)> {
    model
        .areas
        .iter()
        .take(64)
        .enumerate()
        .filter_map(|(i, a)| {
            let note = report.assessment.ratings.get(&a.id)?.evidence.trim();
            (!note.is_empty()).then_some((i, note))
        })
        .collect()
}

/// Which optional parts the report has (the text block's packing is decided last).
fn flags_of(report: &Report, arguments: &Arguments) -> u8 {
    let evidence = report
        .assessment
        .ratings
        .values()
        .any(|r| !r.evidence.trim().is_empty());
    [
        (evidence, EVIDENCE),
        (!report.name.is_empty(), NAME),
        (report.money.is_some(), MONEY),
        (*arguments != Arguments::default(), ARGUMENTS),
        (report.role.is_some(), ROLE),
        (report.benchmark.is_some(), BENCHMARK),
        (
            !training_is_blank(&report.training)
                || report.money.is_some()
                || !report.cover.is_empty(),
            TRAINING,
        ),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .fold(0, |flags, (_, bit)| flags | bit)
}

/// An area's rating on a model of up to five levels: knowledge, experience and importance in one byte; 255 for "not
/// relevant". On a wider scale, two bytes: knowledge × 11 + experience (255: not relevant), then importance (0 unset,
/// else 1 + importance).
fn write_rating(w: &mut Writer, r: &Rating, top: u8) {
    let level = |v: Option<u8>| v.filter(|l| (1..=top).contains(l)).unwrap_or(0);
    let importance = r
        .importance
        .filter(|i| *i <= MAX_IMPORTANCE)
        .map_or(0, |i| i + 1);
    match (r.not_relevant, top <= MAX_LEVEL) {
        (true, true) => w.byte(255),
        (false, true) => w.byte(level(r.knowledge) * 42 + level(r.experience) * 7 + importance),
        (true, false) => {
            w.byte(255);
            w.byte(0);
        }
        (false, false) => {
            w.byte(level(r.knowledge) * 11 + level(r.experience));
            w.byte(importance);
        }
    }
}

fn read_rating(r: &mut Reader, top: u8) -> Read<Rating> {
    let b = r.byte()?;
    let (knowledge, experience, importance) = if top <= MAX_LEVEL {
        if b == 255 {
            return Ok(Rating {
                not_relevant: true,
                ..Rating::default()
            });
        }
        (b / 42, b / 7 % 6, b % 7)
    } else {
        let importance = r.byte()?;
        if b == 255 {
            return match importance {
                0 => Ok(Rating {
                    not_relevant: true,
                    ..Rating::default()
                }),
                _ => Err(LinkError::Damaged),
            };
        }
        (b / 11, b % 11, importance)
    };
    if knowledge > top || experience > top || importance > MAX_IMPORTANCE + 1 {
        return Err(LinkError::Damaged);
    }
    let level = |v: u8| (v > 0).then_some(v);
    Ok(Rating {
        knowledge: level(knowledge),
        experience: level(experience),
        importance: importance.checked_sub(1),
        ..Rating::default()
    })
}

/// How many areas a benchmark byte holds: two, in half levels (4 bits each, to level 7); on a wider scale, one.
fn per_byte(model: &CompetencyModel) -> usize {
    if model.max_level() <= 7 {
        2
    } else {
        1
    }
}

/// An unedited role's expectations as one byte (its role); any other benchmark as its kind, its levels in half
/// levels (see [`per_byte`]), and its name in the text block.
fn write_benchmark(w: &mut Writer, b: &Benchmark, model: &CompetencyModel) {
    let unedited = Role::ALL
        .into_iter()
        .find(|r| Some(b) == role_benchmark(model, *r, &BTreeMap::new()).as_ref());
    if let Some(role) = unedited {
        w.byte(index(&Role::ALL, &role) + 1);
        return;
    }
    w.byte(0x80 | index(&KINDS, &b.kind));
    let top = f32::from(model.max_level());
    let half = |a: &crate::core::model::Area| {
        b.levels
            .get(&a.id)
            .filter(|l| (1.0..=top).contains(*l))
            .map_or(0, |l| (l * 2.0).round() as u8)
    };
    for pack in model.areas.chunks(per_byte(model)) {
        match pack {
            [one] => w.byte(if per_byte(model) == 2 {
                half(one) << 4
            } else {
                half(one)
            }),
            [first, second] => w.byte(half(first) << 4 | half(second)),
            _ => {}
        }
    }
    w.text(&b.name);
}

/// Up to twelve goals on the model's areas: area, cadence and flags, target; a metric of the user's own and their
/// wording go to the text block.
fn write_goals(w: &mut Writer, goals: &[Goal], model: &CompetencyModel) {
    let goals: Vec<&Goal> = goals
        .iter()
        .filter(|g| model.areas.iter().any(|a| a.id == g.area))
        .take(12)
        .collect();
    w.byte(goals.len() as u8);
    for g in goals {
        w.byte(model.areas.iter().position(|a| a.id == g.area).unwrap_or(0) as u8);
        let custom = !g.is_suggested();
        w.byte(
            index(&Cadence::ALL, &g.cadence)
                | u8::from(custom) << 2
                | u8::from(g.wording.is_some()) << 3
                | index(&LearningWay::ALL, &g.way) << 4,
        );
        w.varint(u64::from(g.target.min(MAX_TARGET)));
        if custom {
            w.text(&g.metric);
        }
        if let Some(words) = &g.wording {
            w.text(words);
        }
    }
}

/// Whether the training holds nothing a link need carry (its money travels only with the money part).
fn training_is_blank(t: &Training) -> bool {
    let blank = Training::default();
    t.course.is_empty()
        && t.provider.is_empty()
        && t.format == blank.format
        && t.start.is_empty()
        && t.end.is_empty()
        && t.days_away == blank.days_away
        && t.participants == blank.participants
}

fn write_training(w: &mut Writer, t: &Training) {
    w.byte(index(&TrainingFormat::ALL, &t.format));
    w.number(t.days_away, 10.0);
    w.number(t.participants, 10.0);
    let day = |iso: &str| days_from_iso(iso).unwrap_or(0);
    w.varint(day(&t.start));
    // The end as one more than its days after the start (0: no end), so any course takes one byte.
    w.varint(days_from_iso(&t.end).map_or(0, |end| end.saturating_sub(day(&t.start)) + 1));
    w.text(&t.course);
    w.text(&t.provider);
}

/// The costs, the benefit models switched on with their figures, the adjustments, then (version 2) the working time,
/// the estimates' low and high values and the margin; the currency in the text block.
fn write_money(w: &mut Writer, t: &Training, m: &ReportMoney) {
    for v in [t.fees, t.travel, t.materials, t.backfill, t.salary] {
        w.number(v, 100.0);
    }
    w.number(t.overhead, 100.0);
    let b = &m.benefits;
    let ons = [
        b.decisions.on,
        b.time_saved.on,
        b.avoided_failure.on,
        b.retention.on,
    ];
    let ranges: u8 = estimates(b)
        .iter()
        .enumerate()
        .filter(|(_, (on, ..))| *on)
        .fold(0, |f, (i, (_, e, _))| {
            f | (u8::from(e.low.is_some()) | u8::from(e.high.is_some()) << 1) << (2 * i)
        });
    let margin = b.decisions.margin_pct.filter(|_| b.decisions.on);
    let a = &m.adjustments;
    let timing = Adjustments {
        attribution_pct: a.attribution_pct,
        confidence_pct: a.confidence_pct,
        years: a.years,
        ..Adjustments::default()
    } != *a;
    let hours = b.time_saved.hours_go_to;
    let loaded = [
        t.manager_time,
        t.evaluation,
        t.administration,
        t.sharing_hours,
        t.sharing_people,
    ];
    let has_loaded = loaded.iter().any(|v| *v != 0.0);
    let working_time = (m.working_time != WorkingTime::default()).then_some(m.working_time);
    w.byte(
        ons.iter()
            .enumerate()
            .fold(0, |f, (i, on)| f | u8::from(*on) << i)
            | u8::from(margin.is_some()) << 4
            | u8::from(ranges != 0) << 5
            | u8::from(working_time.is_some()) << 6
            | u8::from(timing || hours != usual_hours(b) || has_loaded) << 7,
    );
    if b.decisions.on {
        w.number(b.decisions.influenced, 100.0);
        w.number(b.decisions.improvement_pct.expected, 100.0);
    }
    if b.time_saved.on {
        w.number(b.time_saved.hours_per_week.expected, 10.0);
    }
    if b.avoided_failure.on {
        w.number(b.avoided_failure.launches_per_year, 10.0);
        w.number(b.avoided_failure.failure_cost, 100.0);
        w.number(b.avoided_failure.probability_reduction_pct.expected, 10.0);
    }
    if b.retention.on {
        w.number(b.retention.replacement_cost, 100.0);
        w.number(b.retention.attrition_reduction_pct.expected, 10.0);
    }
    w.number(a.attribution_pct, 10.0);
    w.number(a.confidence_pct, 10.0);
    w.number(a.years, 10.0);
    if let Some(time) = working_time {
        match time.preset() {
            Some(code) => w.byte(index(&preset_codes(), &code) + 1),
            None => {
                w.byte(0);
                w.number(time.days_per_year, 10.0);
                w.number(time.hours_per_day, 10.0);
            }
        }
    }
    if ranges != 0 {
        w.byte(ranges);
        for (on, estimate, scale) in estimates(b) {
            if on {
                for v in [estimate.low, estimate.high].into_iter().flatten() {
                    w.number(v, scale);
                }
            }
        }
    }
    if let Some(margin) = margin {
        w.number(margin, 100.0);
    }
    if timing || hours != usual_hours(b) || has_loaded {
        w.byte(u8::from(timing) | hours_use_number(hours) << 1 | u8::from(has_loaded) << 3);
    }
    if timing {
        w.number(a.ramp_weeks, 10.0);
        w.number(a.discount_pct, 10.0);
        w.number(a.fade_pct, 10.0);
    }
    if has_loaded {
        for (v, scale) in loaded.into_iter().zip(LOADED_SCALES) {
            w.number(v, scale);
        }
    }
    w.text(&m.currency);
}

/// What time saved frees hours for, as a link numbers it: a version 5 link is made after the question was asked.
const HOURS_USES: [HoursUse; 4] = [
    HoursUse::Unsaid,
    HoursUse::WaitingWork,
    HoursUse::LessOvertime,
    HoursUse::NothingMeasurable,
];

/// The scales the fully loaded costs are kept to: money to the cent, the sharing session's hours and colleagues to a
/// tenth.
const LOADED_SCALES: [f64; 5] = [100.0, 100.0, 100.0, 10.0, 10.0];

/// What the hours saved go to when a version 5 link leaves it out: the first answer when time saved is on.
fn usual_hours(b: &Benefits) -> HoursUse {
    if b.time_saved.on {
        HoursUse::WaitingWork
    } else {
        HoursUse::Unsaid
    }
}

fn hours_use_number(u: HoursUse) -> u8 {
    // Only a link of version 1 to 4 opens with hours not asked about; written again, it says nothing was said.
    HOURS_USES.iter().position(|h| *h == u).unwrap_or(0) as u8
}

/// The working-time presets' codes, in the order a link numbers them.
fn preset_codes() -> Vec<&'static str> {
    WORKING_TIME_PRESETS
        .iter()
        .map(|(code, ..)| *code)
        .collect()
}

/// Each benefit model's estimate, whether it is on, and the scale its values are kept to, in the models' order.
fn estimates(b: &Benefits) -> [(bool, &Estimate, f64); 4] {
    [
        (b.decisions.on, &b.decisions.improvement_pct, 100.0),
        (b.time_saved.on, &b.time_saved.hours_per_week, 10.0),
        (
            b.avoided_failure.on,
            &b.avoided_failure.probability_reduction_pct,
            10.0,
        ),
        (b.retention.on, &b.retention.attrition_reduction_pct, 10.0),
    ]
}

/// Every argument in the user's order, a byte each (which, on, edited); edited wording in the text block.
fn write_arguments(w: &mut Writer, arguments: &Arguments) {
    for c in &arguments.0 {
        w.byte(
            index(&Argument::ALL, &c.argument)
                | u8::from(c.on) << 3
                | u8::from(c.edited.is_some()) << 4,
        );
        if let Some(words) = &c.edited {
            w.text(words);
        }
    }
}

/// Reads a link, its fragment, or the fragment without `#`; whatever it is given, it answers and never panics.
pub fn decode(link: &str, model: &CompetencyModel) -> Result<Report, LinkError> {
    let fragment = fragment(link);
    if let Some(kind @ (LinkKind::RateRequest | LinkKind::RaterAnswer)) = LinkKind::of(fragment) {
        return Err(LinkError::Kind(kind));
    }
    let mut chars = fragment.chars();
    let tag = match chars.next() {
        None => return Err(LinkError::Empty),
        Some(c) => c,
    };
    let body = chars.as_str();
    match tag.to_digit(10) {
        Some(v @ 1..=5) => {
            made_on(link, model)?;
            decode_body(body, v as u8, model)
        }
        Some(v) if v > u32::from(VERSION) => Err(LinkError::FutureVersion(v as u8)),
        _ => Err(LinkError::NotALink),
    }
}

/// A link's body, of version 1 to 5: the fixed part first, each piece as far as it can be read before the text block,
/// then each piece completed with its texts, in the order they were written.
fn decode_body(body: &str, version: u8, model: &CompetencyModel) -> Read<Report> {
    let data = open_body(body, &signed(&[version], model))?;
    let mut r = Reader {
        bytes: &data,
        at: 0,
    };
    let flags = r.byte()?;
    if flags & EVIDENCE != 0 && version < 3 {
        return Err(LinkError::Damaged);
    }
    let has = |bit: u8| flags & bit != 0;
    let made_on = u64::from(u16::from_le_bytes([r.byte()?, r.byte()?]));
    let model_version = u32::try_from(r.varint()?).map_err(|_| LinkError::Damaged)?;
    if model_version == 0 || model_version > model.version {
        return Err(LinkError::FutureVersion(1));
    }
    let role = if has(ROLE) {
        Some(pick(&Role::ALL, r.byte()?.into())?)
    } else {
        None
    };
    let mut ratings = read_ratings(&mut r, model)?;
    let noted: Vec<&str> = if has(EVIDENCE) {
        let mask = r.varint()?;
        let areas = model.areas.len().min(64);
        if mask == 0 || (areas < 64 && mask >> areas != 0) {
            return Err(LinkError::Damaged);
        }
        model
            .areas
            .iter()
            .take(64)
            .enumerate()
            .filter(|(i, _)| mask & 1 << i != 0)
            .map(|(_, a)| a.id.as_str())
            .collect()
    } else {
        Vec::new()
    };
    let benchmark = if has(BENCHMARK) {
        Some(read_benchmark(&mut r, model)?)
    } else {
        None
    };
    let goals = read_goals(&mut r, model, version)?;
    let training = if has(TRAINING) {
        Some(read_training(&mut r)?)
    } else {
        None
    };
    let money = if has(MONEY) {
        Some(read_money(&mut r, version)?)
    } else {
        None
    };
    let arguments = if has(ARGUMENTS) {
        Some(read_arguments(&mut r)?)
    } else {
        None
    };
    let text = if has(PACKED) {
        miniz_oxide::inflate::decompress_to_vec_with_limit(&data[r.at..], TEXT_LIMIT)
            .map_err(|_| LinkError::Damaged)?
    } else {
        data[r.at..].to_vec()
    };
    let mut t = Reader {
        bytes: &text,
        at: 0,
    };
    let name = if has(NAME) { t.text()? } else { String::new() };
    let benchmark = benchmark.map(|b| b.named(&mut t)).transpose()?;
    let goals = goals
        .into_iter()
        .map(|g| g.worded(&mut t))
        .collect::<Read<Vec<Goal>>>()?;
    let mut training = match training {
        Some(part) => part.named(&mut t)?,
        None => Training::default(),
    };
    let money = money.map(|m| m.priced(&mut training, &mut t)).transpose()?;
    let arguments = match arguments {
        Some(parts) => worded_arguments(parts, &mut t)?,
        None => Arguments::default(),
    };
    for area in noted {
        let note = t.text()?;
        if note.trim().is_empty() {
            return Err(LinkError::Damaged);
        }
        ratings.entry(area.to_string()).or_default().evidence = note;
    }
    let cover = if has(TRAINING) && version >= 4 {
        t.text()?
    } else {
        String::new()
    };
    if t.at != text.len() {
        return Err(LinkError::Damaged);
    }
    Ok(Report {
        made_on,
        name,
        role,
        // Rated on an older version of the model: carried to this one, as saved ratings are.
        assessment: Assessment {
            model_id: model.id.clone(),
            model_version,
            updated_at: made_on * DAY_MS,
            ratings,
        }
        .carried_to(model),
        benchmark,
        goals,
        training,
        cover,
        money,
        arguments,
    })
}

fn read_ratings(r: &mut Reader, model: &CompetencyModel) -> Read<BTreeMap<String, Rating>> {
    let mut ratings = BTreeMap::new();
    for area in &model.areas {
        let rating = read_rating(r, model.max_level())?;
        if rating != Rating::default() {
            ratings.insert(area.id.clone(), rating);
        }
    }
    Ok(ratings)
}

/// A benchmark as far as the fixed part carries it.
enum BenchmarkPart {
    /// A role's unedited expectations, on the model's ladder.
    Role(Benchmark),
    /// Levels of the given kind, whose name is in the text block.
    Levels(BenchmarkKind, BTreeMap<String, f32>),
}

impl BenchmarkPart {
    fn named(self, t: &mut Reader) -> Read<Benchmark> {
        Ok(match self {
            BenchmarkPart::Role(benchmark) => benchmark,
            BenchmarkPart::Levels(kind, levels) => Benchmark {
                name: t.text()?,
                kind,
                levels,
                source: "the sender's benchmark, from a report link".into(),
            },
        })
    }
}

fn read_benchmark(r: &mut Reader, model: &CompetencyModel) -> Read<BenchmarkPart> {
    let b = r.byte()?;
    if b & 0x80 == 0 {
        let role = pick(&Role::ALL, u64::from(b).wrapping_sub(1))?;
        return role_benchmark(model, role, &BTreeMap::new())
            .map(BenchmarkPart::Role)
            .ok_or(LinkError::Damaged);
    }
    let kind = pick(&KINDS, u64::from(b & 0x7f))?;
    let mut levels = BTreeMap::new();
    for pack in model.areas.chunks(per_byte(model)) {
        let b = r.byte()?;
        let halves = if per_byte(model) == 2 {
            [b >> 4, b & 15]
        } else {
            [b, 0]
        };
        for (area, half) in pack.iter().zip(halves) {
            if half > model.max_level() * 2 || half == 1 {
                return Err(LinkError::Damaged);
            }
            if half > 0 {
                levels.insert(area.id.clone(), f32::from(half) / 2.0);
            }
        }
    }
    Ok(BenchmarkPart::Levels(kind, levels))
}

/// A goal as far as the fixed part carries it; whether its metric and its wording are in the text block.
struct GoalPart {
    goal: Goal,
    custom_metric: bool,
    worded: bool,
}

impl GoalPart {
    fn worded(mut self, t: &mut Reader) -> Read<Goal> {
        if self.custom_metric {
            self.goal.metric = t.text()?;
        }
        if self.worded {
            self.goal.wording = Some(t.text()?);
        }
        Ok(self.goal)
    }
}

fn read_goals(r: &mut Reader, model: &CompetencyModel, version: u8) -> Read<Vec<GoalPart>> {
    let count = r.byte()?;
    if count > 12 {
        return Err(LinkError::Damaged);
    }
    let areas: Vec<&str> = model.areas.iter().map(|a| a.id.as_str()).collect();
    let mut goals = Vec::new();
    for _ in 0..count {
        let area = pick(&areas, r.byte()?.into())?;
        let b = r.byte()?;
        if b >> 6 != 0 || (version < 3 && b >> 4 != 0) {
            return Err(LinkError::Damaged);
        }
        let mut goal = Goal::suggested(area);
        goal.cadence = pick(&Cadence::ALL, u64::from(b & 3))?;
        goal.way = pick(&LearningWay::ALL, u64::from(b >> 4 & 3))?;
        goal.target = u16::try_from(r.varint()?)
            .ok()
            .filter(|t| *t <= MAX_TARGET)
            .ok_or(LinkError::Damaged)?;
        goals.push(GoalPart {
            goal,
            custom_metric: b & 4 != 0,
            worded: b & 8 != 0,
        });
    }
    Ok(goals)
}

/// The training without its course and provider, which are in the text block.
struct TrainingPart(Training);

impl TrainingPart {
    fn named(self, t: &mut Reader) -> Read<Training> {
        let mut training = self.0;
        training.course = t.text()?;
        training.provider = t.text()?;
        Ok(training)
    }
}

fn read_training(r: &mut Reader) -> Read<TrainingPart> {
    let format = pick(&TrainingFormat::ALL, r.byte()?.into())?;
    let days_away = r.number(10.0)?;
    let participants = r.number(10.0)?;
    let start = r.varint()?;
    let end = r.varint()?;
    // Dates run to 9999-12-31; anything later was not written by Skillcase.
    if start.saturating_add(end) > 2_932_897 {
        return Err(LinkError::Damaged);
    }
    let iso = |day: u64| {
        if day == 0 {
            String::new()
        } else {
            iso_day(day)
        }
    };
    Ok(TrainingPart(Training {
        format,
        days_away,
        participants,
        start: iso(start),
        end: match end {
            0 => String::new(),
            after => iso(start.saturating_add(after - 1)),
        },
        ..Training::default()
    }))
}

/// The money part: costs, overhead, benefits, adjustments and the working time; the currency is in the text block.
struct MoneyPart {
    costs: [f64; 5],
    overhead: f64,
    /// Manager's time, evaluation, administration, the sharing session's hours and colleagues (version 5 on).
    loaded: [f64; 5],
    benefits: Benefits,
    adjustments: Adjustments,
    working_time: WorkingTime,
    /// A version 1 link with better decisions on: they were counted on revenue then.
    counted_on_revenue: bool,
    /// A link of version 1 to 4: counted from the training's end at face value.
    before_timing: bool,
}

impl MoneyPart {
    /// The money, with its costs put into the training they belong to.
    fn priced(self, training: &mut Training, t: &mut Reader) -> Read<ReportMoney> {
        [
            training.fees,
            training.travel,
            training.materials,
            training.backfill,
            training.salary,
        ] = self.costs;
        [
            training.manager_time,
            training.evaluation,
            training.administration,
            training.sharing_hours,
            training.sharing_people,
        ] = self.loaded;
        training.overhead = self.overhead;
        Ok(ReportMoney {
            currency: t.text()?,
            benefits: self.benefits,
            adjustments: self.adjustments,
            working_time: self.working_time,
            counted_on_revenue: self.counted_on_revenue,
            before_timing: self.before_timing,
        })
    }
}

fn read_money(r: &mut Reader, version: u8) -> Read<MoneyPart> {
    let mut costs = [0.0; 5];
    for c in &mut costs {
        *c = r.number(100.0)?;
    }
    let overhead = r.number(100.0)?;
    let ons = r.byte()?;
    // Version 1 uses the low four bits; version 2 three more; version 5 the last.
    let bits = match version {
        1 => 4,
        2..=4 => 7,
        _ => 8,
    };
    if bits < 8 && ons >> bits != 0 {
        return Err(LinkError::Damaged);
    }
    let mut b = Benefits::default();
    b.decisions.on = ons & 1 != 0;
    b.time_saved.on = ons & 2 != 0;
    b.avoided_failure.on = ons & 4 != 0;
    b.retention.on = ons & 8 != 0;
    let expected = |r: &mut Reader, scale| r.number(scale).map(Estimate::expecting);
    if b.decisions.on {
        b.decisions.influenced = r.number(100.0)?;
        b.decisions.improvement_pct = expected(r, 100.0)?;
    }
    if b.time_saved.on {
        b.time_saved.hours_per_week = expected(r, 10.0)?;
    }
    if b.avoided_failure.on {
        b.avoided_failure.launches_per_year = r.number(10.0)?;
        b.avoided_failure.failure_cost = r.number(100.0)?;
        b.avoided_failure.probability_reduction_pct = expected(r, 10.0)?;
    }
    if b.retention.on {
        b.retention.replacement_cost = r.number(100.0)?;
        b.retention.attrition_reduction_pct = expected(r, 10.0)?;
    }
    let mut loaded = [0.0; 5];
    let mut adjustments = Adjustments {
        attribution_pct: r.number(10.0)?,
        confidence_pct: r.number(10.0)?,
        years: r.number(10.0)?,
        ..Adjustments::default()
    };
    let mut working_time = WorkingTime::default();
    if ons & 64 != 0 {
        working_time = match r.byte()? {
            0 => WorkingTime {
                days_per_year: r.number(10.0)?,
                hours_per_day: r.number(10.0)?,
            },
            i => WorkingTime::of_preset(pick(&preset_codes(), u64::from(i) - 1)?)
                .ok_or(LinkError::Damaged)?,
        };
        // The default is carried by leaving the bit off, never written out.
        if working_time == WorkingTime::default() {
            return Err(LinkError::Damaged);
        }
    }
    if ons & 32 != 0 {
        let given = r.byte()?;
        if given == 0 {
            return Err(LinkError::Damaged);
        }
        let ons = [
            b.decisions.on,
            b.time_saved.on,
            b.avoided_failure.on,
            b.retention.on,
        ];
        let scales = [100.0, 10.0, 10.0, 10.0];
        let estimates = [
            &mut b.decisions.improvement_pct,
            &mut b.time_saved.hours_per_week,
            &mut b.avoided_failure.probability_reduction_pct,
            &mut b.retention.attrition_reduction_pct,
        ];
        for (i, estimate) in estimates.into_iter().enumerate() {
            let bits = given >> (2 * i) & 3;
            if bits != 0 && !ons[i] {
                return Err(LinkError::Damaged);
            }
            if bits & 1 != 0 {
                estimate.low = Some(r.number(scales[i])?);
            }
            if bits & 2 != 0 {
                estimate.high = Some(r.number(scales[i])?);
            }
        }
    }
    if ons & 16 != 0 {
        if !b.decisions.on {
            return Err(LinkError::Damaged);
        }
        b.decisions.margin_pct = Some(r.number(100.0)?);
    }
    if version >= 5 && ons & 128 == 0 {
        b.time_saved.hours_go_to = usual_hours(&b);
    } else if version >= 5 {
        let timing = r.byte()?;
        if timing >> 4 != 0 {
            return Err(LinkError::Damaged);
        }
        b.time_saved.hours_go_to = pick(&HOURS_USES, u64::from(timing >> 1 & 3))?;
        if timing & 1 != 0 {
            adjustments.ramp_weeks = r.number(10.0)?;
            adjustments.discount_pct = r.number(10.0)?;
            adjustments.fade_pct = r.number(10.0)?;
        }
        if timing & 8 != 0 {
            for (v, scale) in loaded.iter_mut().zip(LOADED_SCALES) {
                *v = r.number(scale)?;
            }
        }
    } else {
        adjustments = adjustments.as_made_before_timing();
        b.time_saved.hours_go_to = HoursUse::NotAsked;
    }
    Ok(MoneyPart {
        costs,
        overhead,
        loaded,
        counted_on_revenue: version == 1 && b.decisions.on,
        before_timing: version < 5,
        benefits: b,
        adjustments,
        working_time,
    })
}

/// Each argument in order: which, on, and whether its wording is in the text block.
fn read_arguments(r: &mut Reader) -> Read<Vec<(Argument, bool, bool)>> {
    let mut parts = Vec::new();
    for _ in 0..Argument::ALL.len() {
        let b = r.byte()?;
        if b >> 5 != 0 {
            return Err(LinkError::Damaged);
        }
        parts.push((
            pick(&Argument::ALL, u64::from(b & 7))?,
            b & 8 != 0,
            b & 16 != 0,
        ));
    }
    Ok(parts)
}

/// The arguments with their wording; a list that is not every argument exactly once was not written by Skillcase.
fn worded_arguments(parts: Vec<(Argument, bool, bool)>, t: &mut Reader) -> Read<Arguments> {
    let mut choices = Vec::new();
    for (argument, on, edited) in parts {
        let edited = if edited { Some(t.text()?) } else { None };
        choices.push(ArgumentChoice {
            argument,
            on,
            edited,
        });
    }
    let arguments = Arguments(choices);
    if arguments.normalised() != arguments {
        return Err(LinkError::Damaged);
    }
    Ok(arguments)
}
