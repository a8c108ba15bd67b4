//! Saving the workspace in the browser's key-value storage without ever losing it.
//!
//! The workspace is stored as a versioned envelope under one key. Reading goes through a migration from every version
//! ever released. Text that can't be read is set aside under a recovery key before anything is written over it; a
//! save checks that no other tab saved newer work since this one last read; storage that is blocked or full leaves the
//! app running on what it holds in memory. The browser side only supplies a [`KeyValue`].

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::assess::Assessment;
use super::model::CompetencyModel;
use super::order;
use super::workspace::Workspace;

/// Names this document among JSON files, so a backup of something else is refused by name.
pub const FORMAT: &str = "skillcase-workspace";
/// The envelope version this build writes. Raise it whenever the saved shape changes, add a step to `STEPS` and a
/// fixture under `tests/fixtures/storage/`.
pub const CURRENT_VERSION: u32 = 5;
/// A backup larger than this is not a Skillcase workspace (a full one is a few kilobytes).
pub const MAX_BACKUP_BYTES: usize = 5 * 1024 * 1024;

/// Upgrades, one per released version: `STEPS[i]` turns a version `i + 1` workspace into version `i + 2`.
type Step = fn(Value) -> Result<Value, String>;
const STEPS: [Step; CURRENT_VERSION as usize - 1] = [v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5];

/// Version 2 added the assessment, earlier snapshots, the benchmark choice, role edits, imported benchmarks, the ROI
/// case and the money format. All start empty or at their defaults, so a version 1 workspace (a profile alone) is
/// already a valid version 2 one.
fn v1_to_v2(workspace: Value) -> Result<Value, String> {
    match workspace {
        Value::Object(_) | Value::Null => Ok(workspace),
        _ => Err("the workspace is not an object".into()),
    }
}

/// Version 3 made the ROI case one a finance reader accepts. Each benefit's driver became an estimate (what the user
/// expects, with optional low and high values): the number saved becomes the expected value. Better decisions gained
/// a contribution margin, which version 2 never asked for: it stays unset, so no benefit is claimed on revenue until
/// the user gives it. What was observed at the check-in moved from the case (`roi.observed`) to the plan's evaluation
/// (`plan.evaluation`), without the attribution and confidence Phillips asks to estimate afresh. The group case's
/// prices became blank until typed: version 2 filled them with placeholders (2 000, 500, 12 000, 100) that printed as
/// if they were quotes, so a price still equal to its placeholder is dropped; any other is kept.
fn v2_to_v3(mut workspace: Value) -> Result<Value, String> {
    let Value::Object(ws) = &mut workspace else {
        return match workspace {
            Value::Null => Ok(workspace),
            _ => Err("the workspace is not an object".into()),
        };
    };
    if let Some(Value::Object(roi)) = ws.get_mut("roi") {
        if let Some(Value::Object(benefits)) = roi.get_mut("benefits") {
            for (model, driver) in [
                ("decisions", "improvement_pct"),
                ("time_saved", "hours_per_week"),
                ("avoided_failure", "probability_reduction_pct"),
                ("retention", "attrition_reduction_pct"),
            ] {
                if let Some(Value::Object(m)) = benefits.get_mut(model) {
                    if let Some(n @ Value::Number(_)) = m.get(driver).cloned() {
                        m.insert(driver.into(), serde_json::json!({ "expected": n }));
                    }
                }
            }
        }
        if let Some(Value::Object(observed)) = roi.remove("observed") {
            let plan = ws
                .entry("plan")
                .or_insert_with(|| Value::Object(Default::default()));
            if let Value::Object(plan) = plan {
                plan.insert("evaluation".into(), Value::Object(observed));
            }
        }
    }
    let placeholders = [
        ("seat_fee", 2_000.0),
        ("seat_travel", 500.0),
        ("workshop_fee", 12_000.0),
        ("workshop_per_head", 100.0),
    ];
    if let Some(Value::Object(team)) = ws.get_mut("team") {
        if let Some(Value::Object(group)) = team.get_mut("group") {
            for (price, placeholder) in placeholders {
                if group.get(price).and_then(Value::as_f64) == Some(placeholder) {
                    group.remove(price);
                }
            }
        }
    }
    Ok(workspace)
}

/// Version 4 came with version 2 of the competency model (anchors for knowing and for doing, levels that climb in
/// skill) and evidence notes on ratings. The current assessment and every snapshot made on version 1 of the model are
/// carried to version 2, which keeps every area's id: the ratings stay as they were. Evidence notes, the raters kept
/// and whose importance weighs the gaps start empty.
fn v3_to_v4(mut workspace: Value) -> Result<Value, String> {
    let Value::Object(ws) = &mut workspace else {
        return match workspace {
            Value::Null => Ok(workspace),
            _ => Err("the workspace is not an object".into()),
        };
    };
    let model = CompetencyModel::builtin();
    // Through text rather than Values, as `read` does: the wasm keeps one JSON reader and writer of an assessment.
    let carry = |value: &mut Value| -> Result<(), String> {
        let assessment: Assessment =
            serde_json::from_str(&value.take().to_string()).map_err(|e| {
                format!(
                    "an assessment is not as expected ({})",
                    without_position(&e)
                )
            })?;
        let carried = if assessment.model_id == model.id && assessment.model_version < model.version
        {
            assessment.carried_to(model)
        } else {
            assessment
        };
        let text = serde_json::to_string(&carried).map_err(|e| e.to_string())?;
        *value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        Ok(())
    };
    if let Some(a) = ws.get_mut("assessment") {
        carry(a)?;
    }
    if let Some(Value::Array(earlier)) = ws.get_mut("earlier") {
        for a in earlier {
            carry(a)?;
        }
    }
    Ok(workspace)
}

/// Version 5 counts benefits when they arrive (after a ramp-up) and later years at what they are worth today (faded
/// and discounted), and asks what the hours time saved frees go to. A case made before keeps its figures as made: no
/// ramp-up, no discount, no fade, in the individual case and the group case alike. Hours saved are not counted until
/// the user says what they go to, as for a case made today.
fn v4_to_v5(mut workspace: Value) -> Result<Value, String> {
    let Value::Object(ws) = &mut workspace else {
        return match workspace {
            Value::Null => Ok(workspace),
            _ => Err("the workspace is not an object".into()),
        };
    };
    let as_made = |case: &mut serde_json::Map<String, Value>| {
        let adjustments = case
            .entry("adjustments")
            .or_insert_with(|| Value::Object(Default::default()));
        if let Value::Object(a) = adjustments {
            for field in ["ramp_weeks", "discount_pct", "fade_pct"] {
                a.insert(field.into(), 0.into());
            }
        }
    };
    if let Some(Value::Object(roi)) = ws.get_mut("roi") {
        as_made(roi);
    }
    if let Some(Value::Object(team)) = ws.get_mut("team") {
        if let Some(Value::Object(group)) = team.get_mut("group") {
            as_made(group);
        }
    }
    Ok(workspace)
}

/// Every key Skillcase writes, defined once.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum StorageKey {
    /// The saved workspace envelope.
    Workspace,
    /// Text that could not be read, kept so it is never lost, tagged with when it was set aside (ms since 1970).
    Recovery(u64),
}

impl StorageKey {
    const WORKSPACE: &'static str = "skillcase.workspace";
    const RECOVERY_PREFIX: &'static str = "skillcase.recovery.";

    pub fn name(&self) -> String {
        match self {
            StorageKey::Workspace => Self::WORKSPACE.to_string(),
            StorageKey::Recovery(at) => format!("{}{at}", Self::RECOVERY_PREFIX),
        }
    }

    pub fn parse(name: &str) -> Option<StorageKey> {
        if name == Self::WORKSPACE {
            return Some(StorageKey::Workspace);
        }
        let at = name.strip_prefix(Self::RECOVERY_PREFIX)?;
        // Only canonical numbers, so parse and name stay inverse.
        if at.is_empty() || (at.len() > 1 && at.starts_with('0')) {
            return None;
        }
        at.parse().ok().map(StorageKey::Recovery)
    }
}

/// Why the storage refused an operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageFault {
    /// Storage can't be used at all: blocked by the browser's settings, or absent.
    Unavailable(String),
    /// The browser will not store any more.
    QuotaExceeded,
    Other(String),
}

impl fmt::Display for StorageFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageFault::Unavailable(why) => write!(
                f,
                "the browser does not allow this page to store data ({why})"
            ),
            StorageFault::QuotaExceeded => write!(f, "the browser's storage for this site is full"),
            StorageFault::Other(why) => write!(f, "the browser's storage failed ({why})"),
        }
    }
}

/// The browser's localStorage, or a stand-in for it in tests.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault>;
    /// Stores the whole value or nothing.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageFault>;
    fn remove(&mut self, key: &str) -> Result<(), StorageFault>;
    fn keys(&self) -> Result<Vec<String>, StorageFault>;
}

/// Why a stored text or a backup file could not be read. The message says what is wrong in the user's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    TooLarge { bytes: usize },
    NotJson(String),
    NotSkillcase,
    Newer { version: u32 },
    Invalid(String),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::TooLarge { bytes } => write!(
                f,
                "the file is {} KB, far larger than any Skillcase workspace",
                bytes / 1024
            ),
            ReadError::NotJson(why) => write!(f, "it is not valid JSON ({why})"),
            ReadError::NotSkillcase => write!(f, "it is JSON, but not a Skillcase workspace"),
            ReadError::Newer { version } => write!(
                f,
                "it was saved by a newer version of Skillcase (format {version}; this one reads up to {CURRENT_VERSION}); reload the page to get the newer version"
            ),
            ReadError::Invalid(why) => write!(f, "it is a Skillcase workspace, but {why}"),
        }
    }
}

/// A workspace as it was read, with the envelope fields that tell which save it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub workspace: Workspace,
    /// Counts saves, so a tab can tell whether another saved since it last read.
    pub revision: u64,
    /// When it was saved, in ms since 1970.
    pub saved_at: u64,
    /// The envelope version it was written in, before migration.
    pub version: u32,
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    revision: u64,
    saved_at: u64,
    workspace: &'a Workspace,
}

/// The envelope this build writes: for storage (compact) or for a backup file (indented, so a person can read it, with
/// keys in alphabetical order). The indented text is made from the compact one, so the wasm holds one serialiser of
/// the whole workspace instead of two.
pub fn write(workspace: &Workspace, revision: u64, saved_at: u64, pretty: bool) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        version: CURRENT_VERSION,
        revision,
        saved_at,
        workspace,
    };
    // Serialising plain structs of strings and numbers cannot fail, nor can reading back what was just written.
    let compact = serde_json::to_string(&envelope).expect("a workspace always serialises");
    if !pretty {
        return compact;
    }
    let value: Value = serde_json::from_str(&compact).expect("written JSON reads back");
    serde_json::to_string_pretty(&value).expect("a JSON value always serialises")
}

/// Reads an envelope of any released version, migrating it to the current one.
pub fn read(text: &str) -> Result<Saved, ReadError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(ReadError::TooLarge { bytes: text.len() });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ReadError::NotJson(e.to_string()))?;
    let Value::Object(mut envelope) = value else {
        return Err(ReadError::NotSkillcase);
    };
    if envelope.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ReadError::NotSkillcase);
    }
    let version = match envelope.get("version").and_then(Value::as_u64) {
        Some(v @ 1..) if v <= u32::MAX as u64 => v as u32,
        _ => {
            return Err(ReadError::Invalid(
                "its version is missing or not a positive whole number".into(),
            ))
        }
    };
    if version > CURRENT_VERSION {
        return Err(ReadError::Newer { version });
    }
    let number = |field: &str| match envelope.get(field) {
        None => Ok(0),
        Some(v) => v.as_u64().ok_or_else(|| {
            ReadError::Invalid(format!("its field \"{field}\" is not a whole number"))
        }),
    };
    let revision = number("revision")?;
    let saved_at = number("saved_at")?;
    let mut workspace = envelope.remove("workspace").unwrap_or(Value::Null);
    for (from, step) in STEPS.iter().enumerate().skip(version as usize - 1) {
        workspace = step(workspace).map_err(|why| {
            ReadError::Invalid(format!(
                "it could not be upgraded from format {}: {why}",
                from + 1
            ))
        })?;
    }
    // Read from text, not from the Value: the built-in model is read from text at start, so the wasm then holds one
    // JSON reader of the types the two share instead of one for text and one for Values.
    let workspace = serde_json::from_str(&workspace.to_string())
        .map_err(|e| ReadError::Invalid(field_error(&e)))?;
    Ok(Saved {
        workspace,
        revision,
        saved_at,
        version,
    })
}

fn field_error(e: &serde_json::Error) -> String {
    format!("part of it is not as expected ({})", without_position(e))
}

/// An error's message without its position, which is in the text made from the migrated workspace, not in the user's:
/// it would only mislead.
fn without_position(e: &serde_json::Error) -> String {
    let message = e.to_string();
    match message.split_once(" at line ") {
        Some((what, _)) => what.to_string(),
        None => message,
    }
}

/// What the user should be told when the app starts.
#[derive(Clone, Debug, PartialEq)]
pub enum StartNotice {
    /// Storage can't be used: the app runs in memory and nothing is saved.
    Blocked(StorageFault),
    /// The saved text could not be read; it was set aside under `key` and the app started clean.
    Recovered { key: StorageKey, why: ReadError },
    /// The saved text could not be read nor set aside, so it was left untouched and nothing will be saved over it.
    Unrecoverable { why: ReadError, fault: StorageFault },
}

/// The workspace the app starts with, and how it may save.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub workspace: Workspace,
    pub revision: u64,
    /// False when saving would fail or destroy something: the app then runs in memory.
    pub persistent: bool,
    pub notice: Option<StartNotice>,
}

/// Loads the saved workspace, recovering from whatever is wrong with the storage or its contents.
pub fn open(kv: &mut dyn KeyValue, now: u64) -> Opened {
    let clean = |persistent, notice| Opened {
        workspace: Workspace::default(),
        revision: 0,
        persistent,
        notice,
    };
    let text = match kv.get(&StorageKey::Workspace.name()) {
        Ok(Some(text)) => text,
        Ok(None) => return clean(true, None),
        Err(fault) => return clean(false, Some(StartNotice::Blocked(fault))),
    };
    match read(&text) {
        Ok(saved) => Opened {
            workspace: saved.workspace,
            revision: saved.revision,
            persistent: true,
            notice: None,
        },
        Err(why) => match set_aside(kv, &text, now) {
            Ok(key) => clean(true, Some(StartNotice::Recovered { key, why })),
            Err(fault) => clean(false, Some(StartNotice::Unrecoverable { why, fault })),
        },
    }
}

/// Copies unreadable text to a fresh recovery key, then frees the workspace key. The copy is made first, so a failure
/// at any point leaves the text in at least one place.
fn set_aside(kv: &mut dyn KeyValue, text: &str, now: u64) -> Result<StorageKey, StorageFault> {
    let taken = kv.keys()?;
    let mut at = now;
    while taken.contains(&StorageKey::Recovery(at).name()) {
        at += 1;
    }
    let key = StorageKey::Recovery(at);
    kv.set(&key.name(), text)?;
    kv.remove(&StorageKey::Workspace.name())?;
    Ok(key)
}

/// Why a save did not happen. In every case the stored data is as it was and the workspace in memory is kept.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// Another tab saved newer work since this one last read: the user chooses whose to keep.
    Conflict(Box<Saved>),
    /// A newer version of Skillcase saved the workspace in another tab; this one must not write over it.
    NewerVersion {
        version: u32,
    },
    Storage(StorageFault),
}

/// Saves the workspace unless another tab saved after `base_revision`. Returns the new revision.
pub fn save(
    kv: &mut dyn KeyValue,
    workspace: &Workspace,
    base_revision: u64,
    now: u64,
) -> Result<u64, SaveError> {
    let key = StorageKey::Workspace.name();
    let stored = kv.get(&key).map_err(SaveError::Storage)?;
    let mut revision = base_revision;
    if let Some(text) = stored {
        match read(&text) {
            Ok(theirs) if theirs.revision > base_revision => {
                return Err(SaveError::Conflict(Box::new(theirs)))
            }
            Ok(theirs) => revision = revision.max(theirs.revision),
            Err(ReadError::Newer { version }) => return Err(SaveError::NewerVersion { version }),
            // Something unreadable appeared since start: keep it before writing over it.
            Err(_) => {
                set_aside(kv, &text, now).map_err(SaveError::Storage)?;
            }
        }
    }
    let revision = revision + 1;
    kv.set(&key, &write(workspace, revision, now, false))
        .map_err(SaveError::Storage)?;
    Ok(revision)
}

/// What to do when another tab changed the stored workspace.
#[derive(Clone, Debug, PartialEq)]
pub enum Sync {
    /// Take the other tab's workspace (this one has nothing unsaved).
    Adopt(Box<Saved>),
    /// Both tabs have changes: the user chooses. `None` means the other tab erased everything.
    Ask(Option<Box<Saved>>),
    /// A newer version of Skillcase is running in another tab.
    NewerElsewhere { version: u32 },
    /// Nothing to do: not newer than what this tab has, or unreadable (it is set aside at the next save).
    Ignore,
}

/// Decides how to follow a change another tab made to the workspace key (the browser's `storage` event).
pub fn follow(new_value: Option<&str>, base_revision: u64, unsaved: bool) -> Sync {
    let Some(text) = new_value else {
        let erased = Saved {
            workspace: Workspace::default(),
            revision: 0,
            saved_at: 0,
            version: CURRENT_VERSION,
        };
        return if unsaved {
            Sync::Ask(None)
        } else {
            Sync::Adopt(Box::new(erased))
        };
    };
    match read(text) {
        Ok(theirs) if theirs.revision <= base_revision => Sync::Ignore,
        Ok(theirs) if unsaved => Sync::Ask(Some(Box::new(theirs))),
        Ok(theirs) => Sync::Adopt(Box::new(theirs)),
        Err(ReadError::Newer { version }) => Sync::NewerElsewhere { version },
        Err(_) => Sync::Ignore,
    }
}

/// Every recovery copy in storage, oldest first.
pub fn recoveries(kv: &dyn KeyValue) -> Vec<StorageKey> {
    let mut keys: Vec<_> = kv
        .keys()
        .unwrap_or_default()
        .iter()
        .filter_map(|k| StorageKey::parse(k))
        .filter(|k| matches!(k, StorageKey::Recovery(_)))
        .collect();
    order::sort_by(&mut keys, Ord::cmp);
    keys
}

/// Removes the workspace and every recovery copy: all Skillcase keeps, and nothing else on the site.
pub fn erase(kv: &mut dyn KeyValue) -> Result<(), StorageFault> {
    for key in kv.keys()? {
        if StorageKey::parse(&key).is_some() {
            kv.remove(&key)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assess::{Profile, Rating};
    use crate::core::compare::choice::BenchmarkChoice;
    use crate::core::justify::roi::{Estimate, HoursUse, WorkingTime};
    use crate::core::model::{CompetencyModel, Role};
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    /// localStorage with the faults a browser can produce.
    #[derive(Default)]
    struct FakeStorage {
        items: BTreeMap<String, String>,
        blocked: bool,
        /// Total bytes the browser allows; `None` is unlimited.
        quota: Option<usize>,
    }

    impl FakeStorage {
        fn with(key: &str, value: &str) -> Self {
            let mut s = FakeStorage::default();
            s.items.insert(key.into(), value.into());
            s
        }
        fn check(&self) -> Result<(), StorageFault> {
            if self.blocked {
                Err(StorageFault::Unavailable("SecurityError".into()))
            } else {
                Ok(())
            }
        }
    }

    impl KeyValue for FakeStorage {
        fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
            self.check()?;
            Ok(self.items.get(key).cloned())
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), StorageFault> {
            self.check()?;
            let others: usize = self
                .items
                .iter()
                .filter(|(k, _)| *k != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if self
                .quota
                .is_some_and(|q| others + key.len() + value.len() > q)
            {
                return Err(StorageFault::QuotaExceeded);
            }
            self.items.insert(key.into(), value.into());
            Ok(())
        }
        fn remove(&mut self, key: &str) -> Result<(), StorageFault> {
            self.check()?;
            self.items.remove(key);
            Ok(())
        }
        fn keys(&self) -> Result<Vec<String>, StorageFault> {
            self.check()?;
            Ok(self.items.keys().cloned().collect())
        }
    }

    fn named(name: &str) -> Workspace {
        Workspace {
            profile: Profile {
                name: name.into(),
                role: Some(Role::SeniorPm),
            },
            ..Default::default()
        }
    }

    const KEY: &str = "skillcase.workspace";

    #[test]
    fn storage_keys_are_named_once_and_parse_back() {
        assert_eq!(StorageKey::Workspace.name(), KEY);
        for key in [
            StorageKey::Workspace,
            StorageKey::Recovery(0),
            StorageKey::Recovery(1_764_000_000_000),
        ] {
            assert_eq!(StorageKey::parse(&key.name()), Some(key));
        }
        for other in [
            "skillcase.recovery.",
            "skillcase.recovery.x",
            "skillcase.recovery.01",
            "theme",
            "",
        ] {
            assert_eq!(StorageKey::parse(other), None, "{other:?}");
        }
    }

    #[test]
    fn a_saved_workspace_reads_back_with_its_revision() {
        let text = write(&named("Ada"), 7, 1234, false);
        let saved = read(&text).unwrap();
        assert_eq!(saved.workspace, named("Ada"));
        assert_eq!(
            (saved.revision, saved.saved_at, saved.version),
            (7, 1234, CURRENT_VERSION)
        );
        // A backup is the same envelope, indented.
        assert_eq!(read(&write(&named("Ada"), 7, 1234, true)).unwrap(), saved);
    }

    /// Found by `fuzz/run backup`: a level past f32's range (3.4e38) was read as infinity, which JSON can't hold, so
    /// the next save wrote `null` there and the workspace no longer opened (it was set aside at the next start).
    #[test]
    fn a_level_too_large_for_a_level_is_refused_not_saved_unreadable() {
        let envelope = |workspace: &str| {
            format!(r#"{{"format":"skillcase-workspace","version":2,"workspace":{workspace}}}"#)
        };
        for (workspace, area) in [
            (
                r#"{"imported":[{"name":"Acme","kind":"imported","levels":{"data":3.5e38}}]}"#,
                "data",
            ),
            (r#"{"role_edits":{"spm":{"vision":-1e39}}}"#, "vision"),
        ] {
            match read(&envelope(workspace)) {
                Err(ReadError::Invalid(why)) => assert!(why.contains(area), "{why}"),
                other => panic!("{workspace}: {other:?}"),
            }
        }
        // The largest level an f32 holds is nonsense, but it saves and reads back as it was.
        let saved = read(&envelope(r#"{"role_edits":{"spm":{"vision":3.4e38}}}"#)).unwrap();
        let again = read(&write(&saved.workspace, 1, 1, false)).unwrap();
        assert_eq!(again.workspace, saved.workspace);
    }

    /// Every storage format ever released keeps a fixture that must go on opening, unchanged in meaning.
    #[test]
    fn every_released_storage_version_still_opens() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/storage");
        let mut seen = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_str().unwrap().to_string();
            let version: u32 = name.trim_start_matches('v').parse().unwrap();
            let text = std::fs::read_to_string(&path).unwrap();
            let saved = read(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(saved.version, version, "{name}");
            // Each fixture holds the same person, so migration must bring every one to the same profile.
            assert_eq!(saved.workspace.profile.name, "Fixture Person", "{name}");
            assert_eq!(saved.workspace.profile.role, Some(Role::SeniorPm), "{name}");
            if version >= 2 {
                let ws = &saved.workspace;
                assert_eq!(
                    ws.assessment.rating("customer-insight").knowledge,
                    Some(4),
                    "{name}"
                );
                assert!(ws.assessment.rating("lifecycle").not_relevant, "{name}");
                assert_eq!(ws.earlier.len(), 1, "{name}");
                assert_eq!(
                    ws.compare_with,
                    BenchmarkChoice::Role {
                        role: Role::PrincipalPm
                    },
                    "{name}"
                );
                assert_eq!(ws.role_edits["spm"]["data"], 4.5, "{name}");
                assert_eq!(ws.imported[0].levels["data"], 3.5, "{name}");
                assert_eq!(ws.case.training.fees, 4_200.0, "{name}");
                assert_eq!(
                    ws.case.benefits.decisions.improvement_pct.expected, 1.5,
                    "{name}"
                );
                assert_eq!(ws.locale.currency, "GBP", "{name}");
            }
            if version >= 3 {
                let ws = &saved.workspace;
                let d = &ws.case.benefits.decisions;
                assert_eq!(
                    (d.margin_pct, d.improvement_pct.low),
                    (Some(22.5), Some(1.0)),
                    "{name}"
                );
                assert_eq!(ws.case.working_time.days_per_year, 232.0, "{name}");
                assert_eq!(ws.plan.evaluation.attribution_pct, Some(40.0), "{name}");
                assert_eq!(ws.plan.goals[0].impact.target, Some(80.0), "{name}");
                assert_eq!(ws.team.group.seat_fee, Some(1_800.0), "{name}");
                assert_eq!(ws.team.group.workshop_fee, None, "{name}");
            }
            // Every version opens on the model's newest version, ratings carried (as the app carries them on open).
            let newest = CompetencyModel::builtin().version;
            let mut opened = saved.workspace.clone();
            opened.carry_to(CompetencyModel::builtin());
            assert_eq!(opened.assessment.model_version, newest, "{name}");
            assert_eq!(
                opened.assessment.ratings, saved.workspace.assessment.ratings,
                "{name}: every rating kept"
            );
            assert!(
                opened.earlier.iter().all(|a| a.model_version == newest),
                "{name}"
            );
            if version >= 4 {
                let ws = &saved.workspace;
                assert_eq!(
                    ws.assessment.rating("data").evidence,
                    "Ran the churn analysis for the Q3 review",
                    "{name}"
                );
                assert_eq!(ws.raters.len(), 1, "{name}");
                assert_eq!(ws.raters[0].targets["data"], 3.5, "{name}");
                assert_eq!(
                    ws.importance_from.as_ref().map(|r| r.rater.as_str()),
                    Some("Mo Manager"),
                    "{name}"
                );
            }
            let (case, group) = (&saved.workspace.case, &saved.workspace.team.group);
            if version >= 5 {
                assert_eq!(
                    (case.adjustments.years, case.adjustments.discount_pct),
                    (3.0, 8.0),
                    "{name}"
                );
                assert_eq!(
                    case.benefits.time_saved.hours_go_to,
                    HoursUse::WaitingWork,
                    "{name}"
                );
                assert_eq!(group.adjustments.ramp_weeks, 12.0, "{name}");
            } else if version >= 2 {
                // Made before ramp-up, discount and fade: its figures stay as they were made.
                let group = (version >= 3).then_some(&group.adjustments);
                for a in std::iter::once(&case.adjustments).chain(group) {
                    assert_eq!(
                        (a.ramp_weeks, a.discount_pct, a.fade_pct, a.years),
                        (0.0, 0.0, 0.0, 1.0),
                        "{name}"
                    );
                }
                if version >= 3 {
                    assert_eq!(
                        case.benefits.time_saved.hours_go_to,
                        HoursUse::Unsaid,
                        "{name}: asked, as of a case made today"
                    );
                }
            }
            seen.push(version);
        }
        seen.sort();
        assert_eq!(
            seen,
            (1..=CURRENT_VERSION).collect::<Vec<_>>(),
            "one fixture per released version"
        );
    }

    /// Version 3 keeps what version 2 held, moves what was observed into the plan's evaluation, claims nothing on
    /// revenue until a margin is given, and drops the group case's placeholder prices.
    #[test]
    fn a_version_2_workspace_becomes_version_3() {
        let v2 = r#"{"format":"skillcase-workspace","version":2,"workspace":{
            "roi":{"benefits":{"decisions":{"on":true,"influenced":1000000,"improvement_pct":2},
                               "time_saved":{"on":true,"hours_per_week":3}},
                   "observed":{"reaction":"Good","improvement_pct":1.5}},
            "team":{"group":{"seat_fee":2000,"seat_travel":650,"workshop_fee":12000,"workshop_per_head":100}}}}"#;
        let ws = read(v2).unwrap().workspace;
        let b = &ws.case.benefits;
        assert_eq!(b.decisions.improvement_pct, Estimate::expecting(2.0));
        assert_eq!(b.decisions.margin_pct, None);
        assert_eq!(
            ws.case.outcome().gross.decisions,
            0.0,
            "no margin: nothing claimed"
        );
        assert_eq!(b.time_saved.hours_per_week.expected, 3.0);
        assert_eq!(
            (
                ws.plan.evaluation.reaction.as_str(),
                ws.plan.evaluation.improvement_pct
            ),
            ("Good", Some(1.5))
        );
        assert_eq!(ws.plan.evaluation.attribution_pct, None, "estimated afresh");
        let g = &ws.team.group;
        assert_eq!(
            (
                g.seat_fee,
                g.seat_travel,
                g.workshop_fee,
                g.workshop_per_head
            ),
            (None, Some(650.0), None, None),
            "placeholders dropped, the user's own price kept"
        );
        assert_eq!(ws.case.working_time, WorkingTime::default());
    }

    #[test]
    fn unreadable_texts_say_what_is_wrong() {
        assert!(matches!(read("{oops"), Err(ReadError::NotJson(_))));
        assert_eq!(read("[1,2]"), Err(ReadError::NotSkillcase));
        assert_eq!(
            read(r#"{"format":"other","version":1}"#),
            Err(ReadError::NotSkillcase)
        );
        assert_eq!(
            read(r#"{"format":"skillcase-workspace","version":99}"#),
            Err(ReadError::Newer { version: 99 })
        );
        for bad_version in ["0", "-1", "1.5", "\"1\"", "null"] {
            let text = format!(r#"{{"format":"skillcase-workspace","version":{bad_version}}}"#);
            assert!(
                matches!(read(&text), Err(ReadError::Invalid(_))),
                "{bad_version}"
            );
        }
        let wrong_field = r#"{"format":"skillcase-workspace","version":1,"workspace":{"profile":{"role":"ceo"}}}"#;
        let err = read(wrong_field).unwrap_err();
        assert!(matches!(err, ReadError::Invalid(_)));
        assert!(err.to_string().contains("ceo"), "{err}");
        // The workspace is read from text the app made of it: a position in that text would point nowhere the user
        // can see.
        assert!(!err.to_string().contains("line"), "{err}");
        let huge = " ".repeat(MAX_BACKUP_BYTES + 1);
        assert!(matches!(read(&huge), Err(ReadError::TooLarge { .. })));
    }

    #[test]
    fn opening_empty_storage_starts_clean_and_persistent() {
        let opened = open(&mut FakeStorage::default(), 1);
        assert_eq!(opened.workspace, Workspace::default());
        assert!(opened.persistent);
        assert_eq!(opened.notice, None);
    }

    #[test]
    fn opening_a_saved_workspace_loads_it() {
        let mut kv = FakeStorage::with(KEY, &write(&named("Ada"), 3, 10, false));
        let opened = open(&mut kv, 20);
        assert_eq!(
            (opened.workspace, opened.revision, opened.notice),
            (named("Ada"), 3, None)
        );
    }

    #[test]
    fn corrupted_json_is_set_aside_and_the_app_starts_clean() {
        let mut kv = FakeStorage::with(KEY, "{\"format\":\"skillcase-wor");
        let opened = open(&mut kv, 555);
        assert_eq!(opened.workspace, Workspace::default());
        assert!(opened.persistent);
        let Some(StartNotice::Recovered { key, why }) = opened.notice else {
            panic!("no recovery notice")
        };
        assert_eq!(key, StorageKey::Recovery(555));
        assert!(matches!(why, ReadError::NotJson(_)));
        assert_eq!(
            kv.items.get("skillcase.recovery.555").unwrap(),
            "{\"format\":\"skillcase-wor"
        );
        assert!(
            !kv.items.contains_key(KEY),
            "the bad text no longer blocks the workspace key"
        );
        assert_eq!(recoveries(&kv), vec![StorageKey::Recovery(555)]);
    }

    #[test]
    fn a_second_recovery_never_overwrites_the_first() {
        let mut kv = FakeStorage::with("skillcase.recovery.555", "first");
        kv.items.insert(KEY.into(), "second".into());
        let opened = open(&mut kv, 555);
        assert!(matches!(
            opened.notice,
            Some(StartNotice::Recovered {
                key: StorageKey::Recovery(556),
                ..
            })
        ));
        assert_eq!(kv.items["skillcase.recovery.555"], "first");
        assert_eq!(kv.items["skillcase.recovery.556"], "second");
    }

    #[test]
    fn a_newer_version_is_set_aside_not_destroyed() {
        let next = CURRENT_VERSION + 1;
        let newer = format!(
            r#"{{"format":"skillcase-workspace","version":{next},"workspace":{{"whatever":true}}}}"#
        );
        let mut kv = FakeStorage::with(KEY, &newer);
        let opened = open(&mut kv, 9);
        assert!(matches!(
            opened.notice,
            Some(StartNotice::Recovered {
                why: ReadError::Newer { version },
                ..
            }) if version == next
        ));
        assert_eq!(kv.items["skillcase.recovery.9"], newer);
    }

    #[test]
    fn unreadable_text_that_cannot_be_set_aside_is_left_alone_and_nothing_is_saved() {
        let mut kv = FakeStorage::with(KEY, "garbage that fills the disk");
        kv.quota = Some(40);
        let opened = open(&mut kv, 1);
        assert!(!opened.persistent, "saving would overwrite the only copy");
        assert!(matches!(
            opened.notice,
            Some(StartNotice::Unrecoverable {
                fault: StorageFault::QuotaExceeded,
                ..
            })
        ));
        assert_eq!(kv.items[KEY], "garbage that fills the disk");
    }

    #[test]
    fn blocked_storage_runs_in_memory_with_a_notice() {
        let mut kv = FakeStorage {
            blocked: true,
            ..Default::default()
        };
        let opened = open(&mut kv, 1);
        assert!(!opened.persistent);
        assert!(matches!(
            opened.notice,
            Some(StartNotice::Blocked(StorageFault::Unavailable(_)))
        ));
        assert!(matches!(
            save(&mut kv, &named("Ada"), 0, 2),
            Err(SaveError::Storage(StorageFault::Unavailable(_)))
        ));
        assert!(recoveries(&kv).is_empty());
    }

    #[test]
    fn saving_counts_revisions() {
        let mut kv = FakeStorage::default();
        assert_eq!(save(&mut kv, &named("A"), 0, 1), Ok(1));
        assert_eq!(save(&mut kv, &named("B"), 1, 2), Ok(2));
        let saved = read(&kv.items[KEY]).unwrap();
        assert_eq!(
            (saved.workspace, saved.revision, saved.saved_at),
            (named("B"), 2, 2)
        );
    }

    #[test]
    fn quota_exceeded_keeps_the_previous_save_whole() {
        let mut kv = FakeStorage::default();
        save(&mut kv, &named("small"), 0, 1).unwrap();
        let before = kv.items[KEY].clone();
        kv.quota = Some(before.len() + KEY.len() + 5);
        let err = save(
            &mut kv,
            &named("a much longer name that does not fit"),
            1,
            2,
        );
        assert_eq!(err, Err(SaveError::Storage(StorageFault::QuotaExceeded)));
        assert_eq!(kv.items[KEY], before, "nothing half-written");
    }

    #[test]
    fn a_tab_never_overwrites_newer_work_from_another_tab() {
        let mut kv = FakeStorage::default();
        // Both tabs opened at revision 1.
        save(&mut kv, &named("start"), 0, 1).unwrap();
        // Tab A saves first.
        assert_eq!(save(&mut kv, &named("from A"), 1, 2), Ok(2));
        // Tab B, still at revision 1, is refused and shown A's work.
        let Err(SaveError::Conflict(theirs)) = save(&mut kv, &named("from B"), 1, 3) else {
            panic!("B overwrote A")
        };
        assert_eq!((theirs.workspace, theirs.revision), (named("from A"), 2));
        assert_eq!(read(&kv.items[KEY]).unwrap().workspace, named("from A"));
        // B chooses to keep its own: it saves on top of the revision it has now seen.
        assert_eq!(save(&mut kv, &named("from B"), theirs.revision, 4), Ok(3));
        assert_eq!(read(&kv.items[KEY]).unwrap().workspace, named("from B"));
    }

    #[test]
    fn a_save_never_overwrites_a_newer_version_or_loses_garbage() {
        let newer = format!(
            r#"{{"format":"skillcase-workspace","version":{}}}"#,
            CURRENT_VERSION + 1
        );
        let mut kv = FakeStorage::with(KEY, &newer);
        assert_eq!(
            save(&mut kv, &named("A"), 0, 1),
            Err(SaveError::NewerVersion {
                version: CURRENT_VERSION + 1
            })
        );
        assert_eq!(kv.items[KEY], newer);

        let mut kv = FakeStorage::with(KEY, "not json");
        assert_eq!(save(&mut kv, &named("A"), 0, 7), Ok(1));
        assert_eq!(kv.items["skillcase.recovery.7"], "not json");
    }

    #[test]
    fn following_another_tab() {
        let theirs = write(&named("other"), 5, 1, false);
        assert!(
            matches!(follow(Some(&theirs), 4, false), Sync::Adopt(s) if s.workspace == named("other"))
        );
        assert!(matches!(follow(Some(&theirs), 4, true), Sync::Ask(Some(s)) if s.revision == 5));
        assert_eq!(follow(Some(&theirs), 5, false), Sync::Ignore);
        assert_eq!(follow(Some(&theirs), 6, true), Sync::Ignore);
        assert!(
            matches!(follow(None, 4, false), Sync::Adopt(s) if s.workspace.is_empty() && s.revision == 0)
        );
        assert_eq!(follow(None, 4, true), Sync::Ask(None));
        assert_eq!(follow(Some("{"), 4, false), Sync::Ignore);
        let next = CURRENT_VERSION + 1;
        let newer = format!(r#"{{"format":"skillcase-workspace","version":{next}}}"#);
        assert_eq!(
            follow(Some(&newer), 4, false),
            Sync::NewerElsewhere { version: next }
        );
    }

    #[test]
    fn erase_removes_all_skillcase_keys_and_nothing_else() {
        let mut kv = FakeStorage::with(KEY, "x");
        kv.items.insert("skillcase.recovery.1".into(), "y".into());
        kv.items.insert("someone-elses-key".into(), "z".into());
        erase(&mut kv).unwrap();
        assert_eq!(kv.items.keys().collect::<Vec<_>>(), ["someone-elses-key"]);
    }

    fn any_workspace() -> impl Strategy<Value = Workspace> {
        let level = proptest::option::of(1u8..=5);
        let rating = (
            level.clone(),
            level,
            proptest::option::of(0u8..=5),
            any::<bool>(),
        )
            .prop_map(|(knowledge, experience, importance, not_relevant)| Rating {
                knowledge,
                experience,
                importance,
                not_relevant,
                evidence: String::new(),
            });
        let areas: Vec<String> = CompetencyModel::builtin()
            .areas
            .iter()
            .map(|a| a.id.clone())
            .collect();
        let ratings =
            proptest::collection::btree_map(proptest::sample::select(areas), rating, 0..12);
        let role = proptest::option::of(proptest::sample::select(Role::ALL.to_vec()));
        (any::<String>(), role, ratings, any::<u64>()).prop_map(|(name, role, ratings, at)| {
            let mut ws = Workspace {
                profile: Profile { name, role },
                ..Default::default()
            };
            ws.assessment.ratings = ratings;
            ws.assessment.updated_at = at;
            ws.earlier.push(ws.assessment.clone());
            ws.compare_with = BenchmarkChoice::Earlier { at };
            ws
        })
    }

    proptest! {
        #[test]
        fn any_workspace_round_trips(ws in any_workspace(), rev in any::<u64>(), at in any::<u64>(), pretty in any::<bool>()) {
            let saved = read(&write(&ws, rev, at, pretty)).unwrap();
            prop_assert_eq!(saved.workspace, ws);
            prop_assert_eq!((saved.revision, saved.saved_at), (rev, at));
        }

        #[test]
        fn no_text_panics_the_reader(text in any::<String>()) {
            let _ = read(&text);
        }

        #[test]
        fn no_envelope_panics_the_reader(version in any::<i64>(), revision in any::<f64>(), body in ".{0,40}") {
            let text = format!(
                r#"{{"format":"skillcase-workspace","version":{version},"revision":{revision},"workspace":{body:?}}}"#
            );
            let _ = read(&text);
        }

        #[test]
        fn opening_never_loses_stored_text(text in any::<String>(), now in 0u64..1u64 << 50) {
            let mut kv = FakeStorage::with(KEY, &text);
            let opened = open(&mut kv, now);
            let kept = kv.items.get(KEY) == Some(&text)
                || kv.items.get(&StorageKey::Recovery(now).name()) == Some(&text);
            prop_assert!(kept);
            prop_assert!(opened.persistent);
        }
    }
}
