//! The backup and storage reader on arbitrary text: importing a file, opening the app on what localStorage holds, and
//! following another tab's save must answer and never panic. What it accepts must save to text it accepts again, the
//! same (but for a float's last bits, see `same`); what it refuses must be set aside under a recovery key, not lost.

#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use skillcase::core::store::{self, KeyValue, StartNotice, StorageFault, StorageKey};

fuzz_target!(|data: &[u8]| {
    // The browser reads a backup file as UTF-8, replacing what is not.
    let text = String::from_utf8_lossy(data);

    // Importing a backup file.
    if let Ok(saved) = store::read(&text) {
        for pretty in [false, true] {
            let again = store::write(&saved.workspace, saved.revision, saved.saved_at, pretty);
            let reread = store::read(&again).unwrap_or_else(|e| {
                panic!("a workspace read from {text:?} saved as {again:?}, unreadable: {e}")
            });
            let json = |ws| serde_json::to_value(ws).expect("a workspace always serialises");
            assert!(
                same(&json(&reread.workspace), &json(&saved.workspace)),
                "the workspace changed on saving it as {again:?}:\n{:?}\n{:?}",
                reread.workspace,
                saved.workspace
            );
            assert_eq!(
                (reread.revision, reread.saved_at),
                (saved.revision, saved.saved_at)
            );
        }
    }

    // Opening the app on what storage holds.
    let mut kv = Memory::default();
    kv.0.insert(StorageKey::Workspace.name(), text.to_string());
    let opened = store::open(&mut kv, 1_795_000_000_000);
    if let Some(StartNotice::Recovered { key, .. }) = &opened.notice {
        assert_eq!(
            kv.0.get(&key.name()).map(String::as_str),
            Some(&*text),
            "unreadable text was not kept"
        );
    }

    // Another tab's save.
    let _ = store::follow(Some(&text), 0, false);
    let _ = store::follow(Some(&text), u64::MAX, true);
});

/// Equal, but for floating-point numbers one or two units in the last place apart: serde_json's float parsing (without
/// its `float_roundtrip` feature, which Skillcase does not enable) may land that far from a number of many digits or a
/// large exponent, and a save writes back what was read, so a backup's `66…661` (95 digits) reads once as
/// 6.6666666666666666e94 and after a save as 6.666666666666667e94. Whole numbers must match exactly.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => {
            match (x.as_f64(), y.as_f64()) {
                (Some(x), Some(y)) => {
                    x == y || (x - y).abs() <= 4.0 * f64::EPSILON * x.abs().max(y.abs())
                }
                _ => false,
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|((k, x), (l, y))| k == l && same(x, y))
        }
        _ => a == b,
    }
}

#[derive(Default)]
struct Memory(BTreeMap<String, String>);

impl KeyValue for Memory {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        Ok(self.0.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageFault> {
        self.0.insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StorageFault> {
        self.0.remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StorageFault> {
        Ok(self.0.keys().cloned().collect())
    }
}
