//! Money, percentages and dates in the user's locale and chosen currency, through the browser's Intl: the UI writes
//! no number formatting of its own.

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::core::justify::roi::Figure;
use crate::core::locale::Locale;

/// The locales offered besides the browser's own.
pub const LOCALES: [(&str, &str); 10] = [
    ("", "Browser default"),
    ("en-US", "English (US)"),
    ("en-GB", "English (UK)"),
    ("de-DE", "Deutsch"),
    ("fr-FR", "Français"),
    ("es-ES", "Español"),
    ("nl-NL", "Nederlands"),
    ("sv-SE", "Svenska"),
    ("ja-JP", "日本語"),
    ("hi-IN", "हिन्दी (India)"),
];

pub const CURRENCIES: [&str; 9] = [
    "EUR", "USD", "GBP", "CHF", "SEK", "CAD", "AUD", "JPY", "INR",
];

fn locales(locale: &str) -> Array {
    if locale.is_empty() {
        Array::new()
    } else {
        Array::of1(&JsValue::from_str(locale))
    }
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let options = Object::new();
    for (key, value) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&options, &JsValue::from_str(key), value);
    }
    options
}

thread_local! {
    /// Formatters by locale and options: making an Intl.NumberFormat (or DateTimeFormat) costs far more than using
    /// one, and a page formats dozens of figures with the same few.
    static FORMATTERS: std::cell::RefCell<std::collections::HashMap<String, js_sys::Function>> = Default::default();
}

fn format_number(locale: &str, opts: &[(&str, JsValue)], value: f64) -> String {
    let key = format!("{locale}|{opts:?}");
    let format = FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry(key)
            .or_insert_with(|| Intl::NumberFormat::new(&locales(locale), &options(opts)).format())
            .clone()
    });
    format
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// Makes the formatters a page will need while the browser is idle: the first Intl.NumberFormat of a page loads the
/// locale's data, which would otherwise land on the click that first shows a figure. Not at start: there it delays the
/// first view.
pub fn warm_up(l: Locale) {
    super::idle::when_idle(move || {
        money(&l, 0.0);
        for digits in 0..=2 {
            number(&l, 0.0, digits);
        }
    });
}

/// An amount of money, in whole units (training budgets are not counted in cents).
pub fn money(l: &Locale, value: f64) -> String {
    format_number(
        &l.tag,
        &[
            ("style", "currency".into()),
            ("currency", l.currency.as_str().into()),
            ("maximumFractionDigits", 0.into()),
        ],
        value,
    )
}

/// A plain number with at most `digits` decimals, e.g. a ratio or a count of months.
pub fn number(l: &Locale, value: f64, digits: u32) -> String {
    format_number(&l.tag, &[("maximumFractionDigits", digits.into())], value)
}

/// A percentage given in percent (76.5 → "76.5 %" as the locale writes it).
pub fn percent(l: &Locale, value_pct: f64, digits: u32) -> String {
    format_number(
        &l.tag,
        &[
            ("style", "percent".into()),
            ("maximumFractionDigits", digits.into()),
        ],
        value_pct / 100.0,
    )
}

/// A compact amount for chart axes ("€2.5M").
pub fn money_compact(l: &Locale, value: f64) -> String {
    format_number(
        &l.tag,
        &[
            ("style", "currency".into()),
            ("currency", l.currency.as_str().into()),
            ("notation", "compact".into()),
            ("maximumFractionDigits", 1.into()),
        ],
        value,
    )
}

/// An ISO date (YYYY-MM-DD) as the locale writes it; the text itself if it is not a date.
pub fn date(l: &Locale, iso: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(&format!("{iso}T12:00:00")));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    // Made once per locale, as the number formatters are: a team of fifty dates its fifty links.
    let format = FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry(format!("date|{}", l.tag))
            .or_insert_with(|| {
                Intl::DateTimeFormat::new(
                    &locales(&l.tag),
                    &options(&[("dateStyle", "medium".into())]),
                )
                .format()
            })
            .clone()
    });
    format
        .call1(&JsValue::NULL, &date)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| iso.to_string())
}

/// A text with every ISO date in it (YYYY-MM-DD) written as the locale writes dates: names Skillcase makes with a date
/// in them ("You on 2026-11-19", "Mo's rating, 2026-09-06") read like every other date on screen.
pub fn dates_in(l: &Locale, text: &str) -> String {
    let b = text.as_bytes();
    let is_date = |at: usize| {
        let s = &b[at..at + 10];
        let digits = s.iter().enumerate().all(|(j, c)| {
            if j == 4 || j == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
        let alone = (at == 0 || !b[at - 1].is_ascii_digit())
            && (at + 10 == b.len() || !b[at + 10].is_ascii_digit());
        digits && alone
    };
    let (mut out, mut last, mut at) = (String::new(), 0, 0);
    while at + 10 <= b.len() {
        if is_date(at) {
            // A date starts and ends on ASCII digits, so both cuts fall between characters.
            out.push_str(&text[last..at]);
            out.push_str(&date(l, &text[at..at + 10]));
            at += 10;
            last = at;
        } else {
            at += 1;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// A figure the core writes into a sentence, in the user's formats: percentages to two decimals below 10, one below
/// 100, whole above, so a small break-even keeps its precision and a large ROI does not pretend to any.
pub fn figure(l: &Locale, f: Figure) -> String {
    match f {
        Figure::Money(v) => money(l, v),
        Figure::Number(v, digits) => number(l, v, digits),
        Figure::Percent(v) => {
            let digits = match v.abs() {
                a if a < 10.0 => 2,
                a if a < 100.0 => 1,
                _ => 0,
            };
            percent(l, v, digits)
        }
    }
}

/// A return on investment, as every text states it: the figure on the page and the one in a sentence read the same.
pub fn roi(l: &Locale, r: f64) -> String {
    figure(l, Figure::Percent(r))
}
