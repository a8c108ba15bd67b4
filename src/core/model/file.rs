//! A model file as a person writes it, read so they can fix it: every key the file holds is checked against the keys
//! Skillcase reads at that place (a misspelt one is named with the nearest known key, not silently dropped), and a
//! shape error says where, as a path a person can follow (`areas[3].levels[2].done`), in plain words, with its line
//! and column once.

/// One step into the file: a key, or a place in a list counted from 1 as a person counts.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

/// Where a step leads, as "areas[3].levels[2].done".
fn show(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(k) if out.is_empty() => out.push_str(k),
            Step::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// The place a path is at, with list places as `[]` and the keys of a free map (areas renamed, roles, a role's
/// levels) as `*`: what `known` is looked up by.
fn pattern(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Index(_) => out.push_str("[]"),
            Step::Key(k) => {
                let key = if FREE_MAPS.contains(&out.as_str()) {
                    "*"
                } else {
                    k
                };
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
        }
    }
    out
}

/// Places whose keys are the file's own: old area ids, role codes, area ids.
const FREE_MAPS: [&str; 3] = ["replaces.renamed", "ladder.roles", "ladder.roles.*.levels"];

/// The keys Skillcase reads at each place of a model file; `None` where any key is the file's own.
fn known(at: &str) -> Option<&'static [&'static str]> {
    Some(match at {
        "" => &[
            "id",
            "version",
            "name",
            "levels",
            "level_meanings",
            "groups",
            "areas",
            "replaces",
            "ladder",
        ],
        "groups[]" => &["id", "name"],
        "areas[]" => &["id", "group", "name", "definition", "levels"],
        "areas[].levels[]" => &["know", "done"],
        "replaces" => &["version", "renamed"],
        "ladder" => &["model", "note", "sources", "roles"],
        "ladder.roles.*" => &["name", "summary", "levels"],
        "ladder.roles.*.levels.*" => &["level", "why"],
        _ => return None,
    })
}

/// How many single-letter edits turn one word into the other.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// What a file says where a known key was expected: the nearest known key when one is close.
fn unknown_key(path: &[Step], key: &str, keys: &[&str]) -> String {
    let place = if path.len() > 1 {
        format!(" in {}", show(&path[..path.len() - 1]))
    } else {
        String::new()
    };
    let nearest = keys
        .iter()
        .map(|k| (distance(&key.to_ascii_lowercase(), k), *k))
        .min()
        .filter(|(d, k)| *d <= 2.max(k.len() / 3));
    match nearest {
        Some((_, k)) => {
            format!("“{key}”{place} is not a key Skillcase reads (did you mean “{k}”?)")
        }
        None => format!(
            "“{key}”{place} is not a key Skillcase reads; the keys there are {}",
            keys.iter()
                .map(|k| format!("“{k}”"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// A container being read: an object with the key whose value is being read, or a list with its place.
enum Frame {
    Object {
        key: Option<String>,
        wants_key: bool,
    },
    List {
        index: usize,
    },
}

fn path_of(stack: &[Frame]) -> Vec<Step> {
    stack
        .iter()
        .filter_map(|f| match f {
            Frame::Object { key, .. } => key.clone().map(Step::Key),
            Frame::List { index } => Some(Step::Index(*index)),
        })
        .collect()
}

/// Reads the file's structure up to `until` (a 1-based line and column, as serde_json reports them), checking each key
/// on the way; returns the first unknown key's message, or the path at `until`.
fn walk(text: &str, until: Option<(usize, usize)>) -> Result<Vec<Step>, String> {
    let mut stack: Vec<Frame> = Vec::new();
    let (mut line, mut column) = (1, 0);
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\n' {
            line += 1;
            column = 0;
        } else {
            column += 1;
        }
        if until.is_some_and(|(l, col)| line > l || (line == l && column >= col)) {
            break;
        }
        match c {
            '{' => stack.push(Frame::Object {
                key: None,
                wants_key: true,
            }),
            '[' => stack.push(Frame::List { index: 1 }),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Frame::Object { key, wants_key }) => {
                    *key = None;
                    *wants_key = true;
                }
                Some(Frame::List { index }) => *index += 1,
                None => {}
            },
            '"' => {
                let mut s = String::new();
                let mut escaped = false;
                for c in chars.by_ref() {
                    column += 1;
                    match (escaped, c) {
                        (false, '\\') => escaped = true,
                        (false, '"') => break,
                        (_, c) => {
                            escaped = false;
                            s.push(c);
                        }
                    }
                }
                if let Some(Frame::Object {
                    key,
                    wants_key: wants @ true,
                }) = stack.last_mut()
                {
                    *wants = false;
                    *key = Some(s.clone());
                    let path = path_of(&stack);
                    let parent = pattern(&path[..path.len() - 1]);
                    if let Some(keys) = known(&parent) {
                        if !keys.contains(&s.as_str()) && until.is_none() {
                            return Err(unknown_key(&path, &s, keys));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(path_of(&stack))
}

/// Every key in the file is one Skillcase reads where it stands; else what to fix.
pub(super) fn check_keys(text: &str) -> Result<(), String> {
    walk(text, None).map(|_| ())
}

/// serde_json's complaint, in plain words and with the place in the file where it arose.
pub(super) fn explain(text: &str, e: &serde_json::Error) -> String {
    let said = e.to_string();
    // serde_json ends its message with the position; it is given once, below.
    let said = said
        .rsplit_once(" at line ")
        .map_or(said.as_str(), |(message, _)| message);
    let missing = said.starts_with("missing field");
    let plain = if e.is_eof() {
        "the file ends before every bracket and quote is closed".to_string()
    } else if e.is_syntax() {
        format!("this is not valid JSON here ({said})")
    } else if let Some(field) = said.strip_prefix("missing field `") {
        format!("“{}” is missing", field.trim_end_matches('`'))
    } else if let Some(rest) = said.strip_prefix("invalid type: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "something else"));
        format!(
            "expected {}, found {}",
            kind_expected(expected),
            kind_found(found)
        )
    } else if let Some(rest) = said.strip_prefix("invalid length ") {
        format!("a list of the wrong length ({rest})")
    } else {
        said.to_string()
    };
    let mut path = walk(text, Some((e.line(), e.column()))).unwrap_or_default();
    // A missing key is found at its object's end, where the last key read is not the one at fault.
    if missing && matches!(path.last(), Some(Step::Key(_))) {
        path.pop();
    }
    let place = if path.is_empty() {
        "the file".to_string()
    } else {
        show(&path)
    };
    format!(
        "{place}: {plain} (line {}, column {})",
        e.line(),
        e.column()
    )
}

fn kind_expected(serde_says: &str) -> String {
    match serde_says {
        "a string" => "text".into(),
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number".into(),
        "f32" | "f64" => "a number".into(),
        "a sequence" => "a list [ … ]".into(),
        s if s.starts_with("struct ") || s == "a map" => "an object { … }".into(),
        s => s.to_string(),
    }
}

fn kind_found(serde_says: &str) -> String {
    let (kind, value) = serde_says.split_once(' ').unwrap_or((serde_says, ""));
    let value = value.trim_matches('`');
    match kind {
        "integer" | "floating" => format!("the number {}", value.trim_start_matches("point `")),
        "string" => format!("the text {value}"),
        "map" => "an object { … }".into(),
        "sequence" => "a list [ … ]".into(),
        "boolean" => value.to_string(),
        "null" => "null".into(),
        _ => serde_says.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::CompetencyModel;

    fn model_file(edit: impl FnOnce(&mut String)) -> String {
        let mut text = CompetencyModel::builtin_of("skillcase-po")
            .unwrap()
            .to_json();
        edit(&mut text);
        text
    }

    #[test]
    fn a_misspelt_key_is_named_with_the_nearest_known_one() {
        let text = model_file(|t| *t = t.replacen("\"groups\"", "\"grups\"", 1));
        let e = CompetencyModel::from_json(&text).unwrap_err();
        assert_eq!(
            e,
            "“grups” is not a key Skillcase reads (did you mean “groups”?)"
        );
        let text = model_file(|t| *t = t.replacen("\"definition\"", "\"defintion\"", 1));
        let e = CompetencyModel::from_json(&text).unwrap_err();
        assert_eq!(
            e,
            "“defintion” in areas[1] is not a key Skillcase reads (did you mean “definition”?)"
        );
        let text = model_file(|t| *t = t.replacen("{", "{\"colour\": \"blue\", ", 1));
        let e = CompetencyModel::from_json(&text).unwrap_err();
        assert!(
            e.starts_with(
                "“colour” is not a key Skillcase reads; the keys there are “id”, “version”"
            ),
            "{e}"
        );
    }

    #[test]
    fn a_shape_error_says_where_in_plain_words_with_its_position_once() {
        let version = format!(
            "\"version\": {}",
            CompetencyModel::builtin_of("skillcase-po").unwrap().version
        );
        let text = model_file(|t| *t = t.replacen(&version, "\"version\": \"one\"", 1));
        let e = CompetencyModel::from_json(&text).unwrap_err();
        assert!(
            e.starts_with("version: expected a whole number, found the text \"one\" (line "),
            "{e}"
        );
        assert_eq!(e.matches("line").count(), 1, "{e}");
        // An area's level as a number: the path goes down to the level.
        let po = CompetencyModel::builtin_of("skillcase-po").unwrap();
        let first = &po.areas[1].levels[2].know;
        let text = model_file(|t| *t = t.replacen(&format!("\"{first}\""), "42", 1));
        let e = CompetencyModel::from_json(&text).unwrap_err();
        assert!(
            e.starts_with("areas[2].levels[3].know: expected text, found the number 42"),
            "{e}"
        );
        assert!(
            !e.contains("untagged") && !e.contains("Either") && !e.contains("struct"),
            "{e}"
        );
        let whole = model_file(|_| {});
        let e = CompetencyModel::from_json(&whole[..whole.len() / 2]).unwrap_err();
        assert!(
            e.contains("the file ends before every bracket and quote is closed"),
            "{e}"
        );
        let text = model_file(|t| *t = t.replacen("\"group\": ", "\"group\" ", 1));
        let e = CompetencyModel::from_json(&text).unwrap_err();
        assert!(
            e.starts_with("areas[1].group: this is not valid JSON here"),
            "{e}"
        );
    }

    #[test]
    fn free_maps_take_any_key() {
        let pm = CompetencyModel::builtin();
        assert!(
            CompetencyModel::from_json(&pm.to_json()).is_ok(),
            "ladder roles and their levels are the file's own keys"
        );
    }
}
