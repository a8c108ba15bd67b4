//! Reading numbers as people type them, whatever their habit for separators.

/// Reads a number as people type it — "4200", "4 200", "4,200.50", "4.200,50", "1,5", "12 %" — or `None`. Only
/// digits, separators and a leading minus count, so "inf", "NaN" and exponents never get in.
pub fn parse_amount(text: &str) -> Option<f64> {
    let t: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '\''))
        .collect();
    let (commas, dots) = (t.matches(',').count(), t.matches('.').count());
    let decimals_after_comma = t.rsplit(',').next().map_or(0, str::len);
    let normal = match (commas, dots) {
        (0, 0 | 1) => t,
        // "1.000.000": dots group thousands.
        (0, _) => t.replace('.', ""),
        // "1,5" is a decimal comma; "1,500" and "1,000,000" group thousands.
        (1, 0) if decimals_after_comma != 3 => t.replace(',', "."),
        (_, 0) => t.replace(',', ""),
        // Both: whichever comes last separates the decimals.
        _ if t.rfind(',') > t.rfind('.') => t.replace('.', "").replace(',', "."),
        _ => t.replace(',', ""),
    };
    let digits = normal.strip_prefix('-').unwrap_or(&normal);
    if digits.is_empty()
        || !digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        || digits.matches('.').count() > 1
    {
        return None;
    }
    normal.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn amounts_are_read_as_people_type_them() {
        for (text, want) in [
            ("4200", 4200.0),
            (" 4 200 ", 4200.0),
            ("4,200.50", 4200.5),
            ("4.200,50", 4200.5),
            ("1,5", 1.5),
            ("1,500", 1500.0),
            ("1.000.000", 1e6),
            ("2,500,000", 2.5e6),
            ("12 %", 12.0),
            ("0.4", 0.4),
            (".5", 0.5),
            ("-3", -3.0),
            ("1'000", 1000.0),
        ] {
            assert_eq!(parse_amount(text), Some(want), "{text:?}");
        }
        for text in [
            "",
            "abc",
            "inf",
            "NaN",
            "1e5",
            "1,2.3.4",
            "--1",
            "4 200 €",
            "-",
            "1-2",
        ] {
            assert_eq!(parse_amount(text), None, "{text:?}");
        }
    }

    proptest! {
        #[test]
        fn no_text_panics_the_amount_reader_and_what_it_reads_is_finite(text in any::<String>()) {
            if let Some(v) = parse_amount(&text) {
                prop_assert!(v.is_finite());
            }
        }
    }
}
