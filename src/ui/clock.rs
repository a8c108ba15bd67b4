//! The clock: today's date and the time now, as the files and links the app makes write them.

use wasm_bindgen::JsValue;

use crate::core::date::DAY_MS;

/// Today's date as YYYY-MM-DD in the user's time zone, for file names.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// A moment (ms since 1970) as the user's locale writes a date and time.
pub fn local_date_time(ms: u64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    d.to_locale_string("default", &JsValue::UNDEFINED).into()
}

/// Today as days since 1970 (UTC), the date a report link carries.
pub fn today_days() -> u64 {
    js_sys::Date::now() as u64 / DAY_MS
}

/// "20261123T120000Z": now, for the calendar file's time stamp.
pub fn stamp() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        d.get_utc_full_year(),
        d.get_utc_month() + 1,
        d.get_utc_date(),
        d.get_utc_hours(),
        d.get_utc_minutes(),
        d.get_utc_seconds()
    )
}
