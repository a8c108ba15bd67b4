//! The report link's codec: a report packed into a few bytes, written in URL-safe base64 after a version tag.
//!
//! A link made by any released version keeps opening: each version's layout is frozen once released, and
//! `tests/fixtures/links/` keeps a link of every version. Version 1, byte by byte:
//! flags · day made (u16) · model version · [role] · 12 ratings · [benchmark] · goals · [training] · [money] ·
//! [arguments] · text block (deflated when that is shorter) · check (u16).
//! Numbers are varints of the value times a fixed scale, with trailing decimal zeros folded into three low bits, so
//! 2,500,000 takes two bytes. Dates are days since 1970, 0 meaning none (so 1970-01-01 itself is not carried).
//! Free text (names, edited wording) sits in one text block at the end.

use std::collections::BTreeMap;

use super::arguments::{Argument, ArgumentChoice, Arguments};
use super::assessment::{Assessment, Rating, MAX_IMPORTANCE};
use super::benchmark::{role_benchmark, Benchmark, BenchmarkKind};
use super::model::{CompetencyModel, MAX_LEVEL};
use super::plan::{days_from_iso, Cadence, Goal, MAX_TARGET};
use super::report::{Report, ReportMoney};
use super::roi::{Adjustments, Benefits, Training, TrainingFormat, MAX_AMOUNT};
use super::workspace::{iso_date, Role};

/// The version this build writes; the tag is the fragment's first character.
pub const VERSION: u8 = 1;
/// Decompressed text larger than this is not from Skillcase.
const TEXT_LIMIT: usize = 64 * 1024;

const NAME: u8 = 1;
const MONEY: u8 = 2;
const PACKED: u8 = 4;
const ARGUMENTS: u8 = 8;
const ROLE: u8 = 16;
const BENCHMARK: u8 = 32;
const TRAINING: u8 = 64;

/// What is wrong with a link, in words that say what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The fragment is empty: a bare report address.
    Empty,
    /// Not a Skillcase report at all.
    NotALink,
    /// Made by a newer Skillcase than this one.
    FutureVersion(u8),
    /// Cut short or changed on the way.
    Damaged,
    /// A good link of another kind than the page expected.
    Kind(LinkKind),
}

/// What a link is for; its first character says which, so one is never taken for another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    Report,
    /// "Rate me": a PM asks a manager or peer to rate them.
    RateRequest,
    /// The rater's ratings, on their way back to the PM.
    RaterAnswer,
}

impl LinkKind {
    /// The kind of a link, by its fragment's first character.
    pub fn of(link: &str) -> Option<LinkKind> {
        match fragment(link).chars().next()? {
            'R' => Some(LinkKind::RateRequest),
            'A' => Some(LinkKind::RaterAnswer),
            c if c.is_ascii_digit() => Some(LinkKind::Report),
            _ => None,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            LinkKind::Report => "a shared skills report",
            LinkKind::RateRequest => "a request to rate someone's skills",
            LinkKind::RaterAnswer => "a second rater's ratings of you",
        }
    }
}

/// The fragment of a link (all of it when there is no `#`), trimmed.
fn fragment(link: &str) -> &str {
    let link = link.trim();
    link.split_once('#').map_or(link, |(_, f)| f).trim()
}

impl LinkError {
    pub fn message(&self) -> String {
        match self {
            LinkError::Empty => "This address carries no report. Ask the sender to copy the whole link again.".into(),
            LinkError::NotALink => {
                "This is not a Skillcase link. Check that you pasted the whole link, starting with https.".into()
            }
            LinkError::FutureVersion(v) => format!(
                "This report was made by a newer version of Skillcase (link version {v}). Reload the page to get the \
                 newest version, then open the link again."
            ),
            LinkError::Kind(kind) => format!("This is {}, not what this page opens.", kind.describe()),
            LinkError::Damaged => "This link is incomplete or was changed on the way, so it can't be read. Ask the \
                 sender to copy the whole link again; links often get cut when they wrap in an email."
                .into(),
        }
    }
}

// ---- the byte writer and reader ----

struct Writer {
    bytes: Vec<u8>,
    text: Vec<u8>,
}

impl Writer {
    fn byte(&mut self, b: u8) {
        self.bytes.push(b);
    }

    fn varint(&mut self, mut v: u64) {
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.bytes.push(low);
                return;
            }
            self.bytes.push(low | 0x80);
        }
    }

    /// A non-negative number kept to `1/scale`; nonsense (negative, NaN, huge) is written as 0.
    fn number(&mut self, v: f64, scale: f64) {
        let n = if v.is_finite() && v > 0.0 && v <= MAX_AMOUNT {
            (v * scale).round() as u64
        } else {
            0
        };
        let (mut n, mut zeros) = (n, 0);
        while n != 0 && n % 10 == 0 && zeros < 7 {
            n /= 10;
            zeros += 1;
        }
        self.varint((n << 3) | zeros);
    }

    fn text(&mut self, s: &str) {
        let mut len = s.len() as u64;
        loop {
            let low = (len & 0x7f) as u8;
            len >>= 7;
            self.text.push(if len == 0 { low } else { low | 0x80 });
            if len == 0 {
                break;
            }
        }
        self.text.extend_from_slice(s.as_bytes());
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

type Read<T> = Result<T, LinkError>;

impl Reader<'_> {
    fn byte(&mut self) -> Read<u8> {
        let b = *self.bytes.get(self.at).ok_or(LinkError::Damaged)?;
        self.at += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Read<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(LinkError::Damaged)
    }

    fn number(&mut self, scale: f64) -> Read<f64> {
        let v = self.varint()?;
        let mut n = (v >> 3) as f64;
        for _ in 0..(v & 7) {
            n *= 10.0;
        }
        let n = n / scale;
        if n > MAX_AMOUNT {
            return Err(LinkError::Damaged);
        }
        Ok(n)
    }

    fn text(&mut self) -> Read<String> {
        let len = usize::try_from(self.varint()?).map_err(|_| LinkError::Damaged)?;
        let end = self.at.checked_add(len).ok_or(LinkError::Damaged)?;
        let raw = self.bytes.get(self.at..end).ok_or(LinkError::Damaged)?;
        self.at = end;
        String::from_utf8(raw.to_vec()).map_err(|_| LinkError::Damaged)
    }
}

// ---- base64url and the check ----

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for c in text.bytes() {
        let v = ALPHABET.iter().position(|a| *a == c)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    // A length of 4n+1 characters is never written: the text was cut.
    (text.len() % 4 != 1).then_some(out)
}

/// FNV-1a folded to 16 bits: enough to tell a link cut short or changed by hand.
fn check(bytes: &[u8]) -> u16 {
    let h = bytes.iter().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    });
    ((h >> 16) ^ (h & 0xffff)) as u16
}

/// A link's text: `tag`, then the base64 of `bytes` followed by the check over `signed_as` (what the tag stands for)
/// and the bytes. Public so the fuzz targets can build links whose check holds and reach the readers behind it.
pub fn seal(tag: &str, signed_as: &[u8], mut bytes: Vec<u8>) -> String {
    let mut signed = signed_as.to_vec();
    signed.extend_from_slice(&bytes);
    bytes.extend_from_slice(&check(&signed).to_le_bytes());
    format!("{tag}{}", base64(&bytes))
}

/// The bytes of a link's body (after its tag), once base64 reads and the check over `signed_as` and them holds.
fn open_body(body: &str, signed_as: &[u8]) -> Read<Vec<u8>> {
    let mut bytes = unbase64(body).ok_or(if body.bytes().all(|c| ALPHABET.contains(&c)) {
        LinkError::Damaged
    } else {
        LinkError::NotALink
    })?;
    if bytes.len() < 2 {
        return Err(LinkError::Damaged);
    }
    let sum = bytes.split_off(bytes.len() - 2);
    let mut signed = signed_as.to_vec();
    signed.extend_from_slice(&bytes);
    if check(&signed).to_le_bytes() != sum.as_slice() {
        return Err(LinkError::Damaged);
    }
    Ok(bytes)
}

// ---- version 1 ----

fn rating_byte(r: &Rating) -> u8 {
    if r.not_relevant {
        return 255;
    }
    let level = |v: Option<u8>| v.filter(|l| (1..=MAX_LEVEL).contains(l)).unwrap_or(0);
    let importance = r
        .importance
        .filter(|i| *i <= MAX_IMPORTANCE)
        .map_or(0, |i| i + 1);
    level(r.knowledge) * 42 + level(r.experience) * 7 + importance
}

fn rating_of(b: u8) -> Read<Rating> {
    if b == 255 {
        return Ok(Rating {
            not_relevant: true,
            ..Rating::default()
        });
    }
    if b >= 6 * 42 {
        return Err(LinkError::Damaged);
    }
    let level = |v: u8| (v > 0).then_some(v);
    Ok(Rating {
        knowledge: level(b / 42),
        experience: level(b / 7 % 6),
        importance: (b % 7).checked_sub(1),
        not_relevant: false,
    })
}

const KINDS: [BenchmarkKind; 6] = [
    BenchmarkKind::RoleExpectation,
    BenchmarkKind::Team,
    BenchmarkKind::Imported,
    BenchmarkKind::SecondRater,
    BenchmarkKind::EarlierSelf,
    BenchmarkKind::SharedReport,
];

fn index<T: PartialEq>(all: &[T], item: &T) -> u8 {
    all.iter().position(|x| x == item).unwrap_or(0) as u8
}

fn pick<T: Copy>(all: &[T], i: u64) -> Read<T> {
    usize::try_from(i)
        .ok()
        .and_then(|i| all.get(i).copied())
        .ok_or(LinkError::Damaged)
}

/// The training, without its money unless `money`.
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

/// Encodes a report as a link fragment (without the `#`).
pub fn encode(report: &Report, model: &CompetencyModel) -> String {
    let mut w = Writer {
        bytes: Vec::new(),
        text: Vec::new(),
    };
    let arguments = report.arguments.normalised();
    let mut flags = 0;
    let mut flag = |on: bool, bit: u8| {
        if on {
            flags |= bit
        }
    };
    flag(!report.name.is_empty(), NAME);
    flag(report.money.is_some(), MONEY);
    flag(arguments != Arguments::default(), ARGUMENTS);
    flag(report.role.is_some(), ROLE);
    flag(report.benchmark.is_some(), BENCHMARK);
    flag(
        !training_is_blank(&report.training) || report.money.is_some(),
        TRAINING,
    );
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
        w.byte(rating_byte(&report.assessment.rating(&area.id)));
    }
    if let Some(b) = &report.benchmark {
        let unedited = Role::ALL
            .into_iter()
            .find(|r| *b == role_benchmark(*r, &BTreeMap::new()));
        match unedited {
            Some(role) => w.byte(index(&Role::ALL, &role) + 1),
            None => {
                w.byte(0x80 | index(&KINDS, &b.kind));
                for pair in model.areas.chunks(2) {
                    let half = |i: usize| {
                        pair.get(i)
                            .and_then(|a| b.levels.get(&a.id))
                            .filter(|l| (1.0..=f32::from(MAX_LEVEL)).contains(*l))
                            .map_or(0, |l| (l * 2.0).round() as u8)
                    };
                    w.byte(half(0) << 4 | half(1));
                }
                w.text(&b.name);
            }
        }
    }
    let goals: Vec<&Goal> = report
        .goals
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
                | u8::from(g.wording.is_some()) << 3,
        );
        w.varint(u64::from(g.target.min(MAX_TARGET)));
        if custom {
            w.text(&g.metric);
        }
        if let Some(words) = &g.wording {
            w.text(words);
        }
    }
    let t = &report.training;
    if flags & TRAINING != 0 {
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
    if let Some(m) = &report.money {
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
        w.byte(
            ons.iter()
                .enumerate()
                .fold(0, |f, (i, on)| f | u8::from(*on) << i),
        );
        if b.decisions.on {
            w.number(b.decisions.influenced, 100.0);
            w.number(b.decisions.improvement_pct, 100.0);
        }
        if b.time_saved.on {
            w.number(b.time_saved.hours_per_week, 10.0);
        }
        if b.avoided_failure.on {
            w.number(b.avoided_failure.launches_per_year, 10.0);
            w.number(b.avoided_failure.failure_cost, 100.0);
            w.number(b.avoided_failure.probability_reduction_pct, 10.0);
        }
        if b.retention.on {
            w.number(b.retention.replacement_cost, 100.0);
            w.number(b.retention.attrition_reduction_pct, 10.0);
        }
        let a = &m.adjustments;
        w.number(a.attribution_pct, 10.0);
        w.number(a.confidence_pct, 10.0);
        w.number(a.years, 10.0);
        w.text(&m.currency);
    }
    if flags & ARGUMENTS != 0 {
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
    let packed = miniz_oxide::deflate::compress_to_vec(&w.text, 10);
    if packed.len() < w.text.len() {
        w.bytes[0] |= PACKED;
        w.bytes.extend_from_slice(&packed);
    } else {
        w.bytes.extend_from_slice(&w.text);
    }
    seal(&VERSION.to_string(), &[VERSION], w.bytes)
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
        Some(1) => decode_v1(body, model),
        Some(v) if v > u32::from(VERSION) => Err(LinkError::FutureVersion(v as u8)),
        _ => Err(LinkError::NotALink),
    }
}

fn decode_v1(body: &str, model: &CompetencyModel) -> Read<Report> {
    let data = open_body(body, &[VERSION])?;
    let data = data.as_slice();
    let mut r = Reader { bytes: data, at: 0 };
    let flags = r.byte()?;
    if flags & 0x80 != 0 {
        return Err(LinkError::Damaged);
    }
    let made_on = u64::from(u16::from_le_bytes([r.byte()?, r.byte()?]));
    let model_version = u32::try_from(r.varint()?).map_err(|_| LinkError::Damaged)?;
    if model_version == 0 || model_version > model.version {
        return Err(LinkError::FutureVersion(1));
    }
    // The fixed part first; the texts it refers to follow in the text block.
    let has = |bit: u8| flags & bit != 0;
    let role = if has(ROLE) {
        Some(pick(&Role::ALL, r.byte()?.into())?)
    } else {
        None
    };
    let mut ratings = BTreeMap::new();
    for area in &model.areas {
        let rating = rating_of(r.byte()?)?;
        if rating != Rating::default() {
            ratings.insert(area.id.clone(), rating);
        }
    }
    enum Bench {
        Role(Role),
        Levels(BenchmarkKind, BTreeMap<String, f32>),
    }
    let bench = if has(BENCHMARK) {
        let b = r.byte()?;
        if b & 0x80 == 0 {
            Some(Bench::Role(pick(&Role::ALL, u64::from(b).wrapping_sub(1))?))
        } else {
            let kind = pick(&KINDS, u64::from(b & 0x7f))?;
            let mut levels = BTreeMap::new();
            for pair in model.areas.chunks(2) {
                let b = r.byte()?;
                for (area, half) in pair.iter().zip([b >> 4, b & 15]) {
                    if half > MAX_LEVEL * 2 || half == 1 {
                        return Err(LinkError::Damaged);
                    }
                    if half > 0 {
                        levels.insert(area.id.clone(), f32::from(half) / 2.0);
                    }
                }
            }
            Some(Bench::Levels(kind, levels))
        }
    } else {
        None
    };
    let goal_count = r.byte()?;
    if goal_count > 12 {
        return Err(LinkError::Damaged);
    }
    let mut goal_parts = Vec::new();
    for _ in 0..goal_count {
        let area = pick(
            &model
                .areas
                .iter()
                .map(|a| a.id.as_str())
                .collect::<Vec<_>>(),
            r.byte()?.into(),
        )?;
        let b = r.byte()?;
        if b >> 4 != 0 {
            return Err(LinkError::Damaged);
        }
        let cadence = pick(&Cadence::ALL, u64::from(b & 3))?;
        let target = u16::try_from(r.varint()?)
            .ok()
            .filter(|t| *t <= MAX_TARGET)
            .ok_or(LinkError::Damaged)?;
        goal_parts.push((area.to_string(), cadence, target, b & 4 != 0, b & 8 != 0));
    }
    let training_parts = if has(TRAINING) {
        let format = pick(&TrainingFormat::ALL, r.byte()?.into())?;
        let days_away = r.number(10.0)?;
        let participants = r.number(10.0)?;
        let start = r.varint()?;
        let end = r.varint()?;
        // Dates run to 9999-12-31; anything later was not written by Skillcase.
        if start.saturating_add(end) > 2_932_897 {
            return Err(LinkError::Damaged);
        }
        Some((format, days_away, participants, start, end))
    } else {
        None
    };
    let money_parts = if has(MONEY) {
        let mut costs = [0.0; 5];
        for c in &mut costs {
            *c = r.number(100.0)?;
        }
        let overhead = r.number(100.0)?;
        let ons = r.byte()?;
        if ons >> 4 != 0 {
            return Err(LinkError::Damaged);
        }
        let mut b = Benefits::default();
        b.decisions.on = ons & 1 != 0;
        b.time_saved.on = ons & 2 != 0;
        b.avoided_failure.on = ons & 4 != 0;
        b.retention.on = ons & 8 != 0;
        if b.decisions.on {
            b.decisions.influenced = r.number(100.0)?;
            b.decisions.improvement_pct = r.number(100.0)?;
        }
        if b.time_saved.on {
            b.time_saved.hours_per_week = r.number(10.0)?;
        }
        if b.avoided_failure.on {
            b.avoided_failure.launches_per_year = r.number(10.0)?;
            b.avoided_failure.failure_cost = r.number(100.0)?;
            b.avoided_failure.probability_reduction_pct = r.number(10.0)?;
        }
        if b.retention.on {
            b.retention.replacement_cost = r.number(100.0)?;
            b.retention.attrition_reduction_pct = r.number(10.0)?;
        }
        let adjustments = Adjustments {
            attribution_pct: r.number(10.0)?,
            confidence_pct: r.number(10.0)?,
            years: r.number(10.0)?,
        };
        Some((costs, overhead, b, adjustments))
    } else {
        None
    };
    let mut argument_parts = Vec::new();
    if has(ARGUMENTS) {
        for _ in 0..Argument::ALL.len() {
            let b = r.byte()?;
            if b >> 5 != 0 {
                return Err(LinkError::Damaged);
            }
            argument_parts.push((
                pick(&Argument::ALL, u64::from(b & 7))?,
                b & 8 != 0,
                b & 16 != 0,
            ));
        }
    }
    // The text block.
    let rest = &data[r.at..];
    let text = if has(PACKED) {
        miniz_oxide::inflate::decompress_to_vec_with_limit(rest, TEXT_LIMIT)
            .map_err(|_| LinkError::Damaged)?
    } else {
        rest.to_vec()
    };
    let mut t = Reader {
        bytes: &text,
        at: 0,
    };
    let name = if has(NAME) { t.text()? } else { String::new() };
    let benchmark = match bench {
        None => None,
        Some(Bench::Role(role)) => Some(role_benchmark(role, &BTreeMap::new())),
        Some(Bench::Levels(kind, levels)) => Some(Benchmark {
            name: t.text()?,
            kind,
            levels,
            source: "the sender's benchmark, from a report link".into(),
        }),
    };
    let mut goals = Vec::new();
    for (area, cadence, target, custom, worded) in goal_parts {
        let mut goal = Goal::suggested(&area);
        goal.cadence = cadence;
        goal.target = target;
        if custom {
            goal.metric = t.text()?;
        }
        if worded {
            goal.wording = Some(t.text()?);
        }
        goals.push(goal);
    }
    let mut training = Training::default();
    if let Some((format, days_away, participants, start, end)) = training_parts {
        training.format = format;
        training.days_away = days_away;
        training.participants = participants;
        let iso = |day: u64| {
            if day == 0 {
                String::new()
            } else {
                iso_date(day.saturating_mul(86_400_000))
            }
        };
        training.start = iso(start);
        training.end = match end {
            0 => String::new(),
            after => iso(start.saturating_add(after - 1)),
        };
        training.course = t.text()?;
        training.provider = t.text()?;
    }
    let money = match money_parts {
        None => None,
        Some((costs, overhead, benefits, adjustments)) => {
            [
                training.fees,
                training.travel,
                training.materials,
                training.backfill,
                training.salary,
            ] = costs;
            training.overhead = overhead;
            Some(ReportMoney {
                currency: t.text()?,
                benefits,
                adjustments,
            })
        }
    };
    let arguments = if has(ARGUMENTS) {
        let mut choices = Vec::new();
        for (argument, on, edited) in argument_parts {
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
        arguments
    } else {
        Arguments::default()
    };
    if t.at != text.len() {
        return Err(LinkError::Damaged);
    }
    let assessment = Assessment {
        model_id: model.id.clone(),
        model_version,
        updated_at: made_on * 86_400_000,
        ratings,
    };
    Ok(Report {
        made_on,
        name,
        role,
        assessment,
        benchmark,
        goals,
        training,
        money,
        arguments,
    })
}

pub mod rater;
#[cfg(test)]
mod tests;
