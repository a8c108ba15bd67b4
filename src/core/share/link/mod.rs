//! Links that carry data in their fragment (after the `#`, which browsers never send to a server): a report, a "rate
//! me" request and a rater's answer. Each is a few bytes packed after a tag that says its kind and version, written in
//! URL-safe base64 with a check, so a link cut short or changed by hand is told apart from a good one.
//!
//! A link made by any released version keeps opening: each version's layout is frozen once released (the report's in
//! `report`, the rater links' in `rater`), and `tests/fixtures/links/` keeps a link of every version.
//! Numbers are varints of the value times a fixed scale, with trailing decimal zeros folded into three low bits, so
//! 2,500,000 takes two bytes. Dates are days since 1970, 0 meaning none (so 1970-01-01 itself is not carried).
//! Free text (names, edited wording) sits in one text block at the end.

use crate::core::hash::fnv1a;
use crate::core::justify::roi::MAX_AMOUNT;
use crate::core::model::CompetencyModel;

pub mod model;
pub mod rater;
mod report;
#[cfg(test)]
mod tests;

pub use report::{decode, encode, VERSION};

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
    /// Made on another competency model than the one it was read on: the one it names.
    OtherModel(ModelRef),
}

/// What a link is for; its first character says which, so one is never taken for another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    Report,
    /// "Rate me": a PM asks a manager or peer to rate them.
    RateRequest,
    /// The rater's ratings, on their way back to the PM.
    RaterAnswer,
    /// A competency model, shared so a recipient can read reports made on it.
    Model,
}

impl LinkKind {
    /// The kind of a link, by its fragment's first character.
    pub fn of(link: &str) -> Option<LinkKind> {
        match fragment(link).chars().next()? {
            'R' => Some(LinkKind::RateRequest),
            'A' => Some(LinkKind::RaterAnswer),
            'M' => Some(LinkKind::Model),
            c if c.is_ascii_digit() => Some(LinkKind::Report),
            _ => None,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            LinkKind::Report => "a shared skills report",
            LinkKind::RateRequest => "a request to rate someone's skills",
            LinkKind::RaterAnswer => "a second rater's ratings of you",
            LinkKind::Model => "a competency model to load",
        }
    }
}

/// The fragment of a link (all of it when there is no `#`), trimmed, without the model it names.
fn fragment(link: &str) -> &str {
    named_parts(link).0
}

/// A link's body and, after a `~`, the model it names.
fn named_parts(link: &str) -> (&str, Option<&str>) {
    let link = link.trim();
    let f = link.split_once('#').map_or(link, |(_, f)| f).trim();
    match f.split_once('~') {
        Some((body, model)) => (body, Some(model)),
        None => (f, None),
    }
}

// ---- the model a link was made on ----

/// The model a report, rate-me or answer link was made on, when it is not Skillcase's product-management model (whose
/// links name none, so they stay as short as before models could be chosen). It follows the body behind a `~` as
/// base64: id, version, fingerprint and name; and it is signed with the body, so a link read on another model, or cut
/// at the `~`, fails its check rather than being read on the wrong areas.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelRef {
    pub id: String,
    pub version: u32,
    /// [`CompetencyModel::fingerprint`]: two models under one id and version are told apart.
    pub fingerprint: String,
    pub name: String,
}

impl ModelRef {
    /// The reference a link on `model` carries; `None` on the built-in product-management model.
    pub fn of(model: &CompetencyModel) -> Option<ModelRef> {
        (model.id != CompetencyModel::builtin().id).then(|| ModelRef::describing(model))
    }

    /// The reference to any model, the built-in one included, to say which a link needs.
    pub fn describing(model: &CompetencyModel) -> ModelRef {
        ModelRef {
            id: model.id.clone(),
            version: model.version,
            fingerprint: model.fingerprint(),
            name: model.name.clone(),
        }
    }

    /// Whether `model` is the very model the link was made on.
    pub fn is(&self, model: &CompetencyModel) -> bool {
        model.id == self.id
            && model.version == self.version
            && model.fingerprint() == self.fingerprint
    }

    /// How the reference is written: the version a varint, then id, fingerprint and name as in the text block.
    fn bytes(&self) -> Vec<u8> {
        let mut w = Writer {
            bytes: Vec::new(),
            text: Vec::new(),
        };
        w.varint(u64::from(self.version));
        for text in [&self.id, &self.fingerprint, &self.name] {
            w.text(text);
        }
        w.bytes.extend_from_slice(&w.text);
        w.bytes
    }

    fn read(bytes: &[u8]) -> Read<ModelRef> {
        let mut r = Reader { bytes, at: 0 };
        let version = u32::try_from(r.varint()?).map_err(|_| LinkError::Damaged)?;
        let id = r.text()?;
        let fingerprint = r.text()?;
        let name = r.text()?;
        if id.is_empty() || r.at != bytes.len() {
            return Err(LinkError::Damaged);
        }
        Ok(ModelRef {
            id,
            version,
            fingerprint,
            name,
        })
    }
}

/// The model a link names: `None` when it names none (it is on the built-in product-management model).
pub fn model_named(link: &str) -> Read<Option<ModelRef>> {
    match named_parts(link).1 {
        None => Ok(None),
        Some(text) => ModelRef::read(&unbase64(text).ok_or(LinkError::Damaged)?).map(Some),
    }
}

/// Refuses, naming the model it needs, a link made on another model than `model`; any version of the built-in
/// product-management model is that model, since its links name none and older versions are carried forward.
fn made_on(link: &str, model: &CompetencyModel) -> Read<()> {
    let named = model_named(link)?;
    let builtin = CompetencyModel::builtin();
    match named {
        None if model.id == builtin.id => Ok(()),
        None => Err(LinkError::OtherModel(ModelRef::describing(builtin))),
        Some(r) if r.is(model) => Ok(()),
        Some(r) => Err(LinkError::OtherModel(r)),
    }
}

/// What a link's check signs besides its body: its tag and, on any model but the built-in one, the model it names.
fn signed(tag: &[u8], model: &CompetencyModel) -> Vec<u8> {
    let mut out = tag.to_vec();
    if let Some(r) = ModelRef::of(model) {
        out.extend_from_slice(&r.bytes());
    }
    out
}

/// A sealed link with the model it was made on after it, where that is not the built-in model.
fn naming(link: String, model: &CompetencyModel) -> String {
    match ModelRef::of(model) {
        None => link,
        Some(r) => format!("{link}~{}", base64(&r.bytes())),
    }
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
            LinkError::OtherModel(r) => format!(
                "This link was made on the competency model \"{}\" (id {}, version {}, fingerprint {}), which is not \
                 the one in use here. Choose it on the Models page, or load it there from the file or model link the \
                 sender's organisation uses, then open this link again.",
                r.name, r.id, r.version, r.fingerprint
            ),
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
    let h = fnv1a(bytes);
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

// ---- picking from a fixed list by position ----

fn index<T: PartialEq>(all: &[T], item: &T) -> u8 {
    all.iter().position(|x| x == item).unwrap_or(0) as u8
}

fn pick<T: Copy>(all: &[T], i: u64) -> Read<T> {
    usize::try_from(i)
        .ok()
        .and_then(|i| all.get(i).copied())
        .ok_or(LinkError::Damaged)
}
