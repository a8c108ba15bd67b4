//! The browser's localStorage as the core store's `KeyValue`.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::store::{KeyValue, StorageFault};

/// localStorage, once it is known to be usable. gloo's `raw()` panics where the browser blocks storage, so
/// [`BrowserStorage::open`] checks first and only a `BrowserStorage` may call it.
pub struct BrowserStorage(());

impl BrowserStorage {
    pub fn open() -> Result<BrowserStorage, StorageFault> {
        let window =
            web_sys::window().ok_or_else(|| StorageFault::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(_)) => Ok(BrowserStorage(())),
            Ok(None) => Err(StorageFault::Unavailable(
                "this browser has no localStorage".into(),
            )),
            Err(e) => Err(StorageFault::Unavailable(error_name(&e))),
        }
    }
}

fn error_name(e: &JsValue) -> String {
    e.dyn_ref::<web_sys::DomException>()
        .map(|d| d.name())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

fn fault(e: JsValue) -> StorageFault {
    match error_name(&e).as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageFault::QuotaExceeded,
        "SecurityError" => StorageFault::Unavailable("SecurityError".into()),
        other => StorageFault::Other(other.to_string()),
    }
}

impl KeyValue for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        LocalStorage::raw().get_item(key).map_err(fault)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageFault> {
        LocalStorage::raw().set_item(key, value).map_err(fault)
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageFault> {
        LocalStorage::raw().remove_item(key).map_err(fault)
    }

    fn keys(&self) -> Result<Vec<String>, StorageFault> {
        let raw = LocalStorage::raw();
        let count = raw.length().map_err(fault)?;
        (0..count)
            .filter_map(|i| raw.key(i).map_err(fault).transpose())
            .collect()
    }
}
