//! Importing a benchmark from a file: JSON (`{"name": …, "source": …, "levels": {"area": level}}`) or CSV (a header
//! `area,level`, then one area a line). Areas are named by id or by name, in any case; a file with an error is refused
//! with the line or field at fault.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::benchmark::{is_level, Benchmark, BenchmarkKind};
use crate::core::model::{CompetencyModel, MAX_LEVEL};

/// The JSON form of an imported benchmark.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportFile {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    source: Option<String>,
    levels: BTreeMap<String, serde_json::Value>,
}

/// One level a file gives: where it stands in the file (for messages), the area's id, the level.
type Entry = (String, String, f32);

/// What a file says: its name and source, where it gives them, and its levels.
struct Contents {
    name: Option<String>,
    source: Option<String>,
    entries: Vec<Entry>,
}

/// Reads a benchmark file. `file_name` names it when the file does not.
pub fn import(model: &CompetencyModel, file_name: &str, text: &str) -> Result<Benchmark, String> {
    let text = text.trim_start_matches('\u{feff}');
    let Contents {
        name,
        source,
        entries,
    } = if text.trim_start().starts_with('{') {
        read_json(model, text)?
    } else {
        Contents {
            name: None,
            source: None,
            entries: read_csv(model, text)?,
        }
    };
    let fallback_name = file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem)
        .to_string();
    Ok(Benchmark {
        name: name
            .filter(|n| !n.trim().is_empty())
            .unwrap_or(fallback_name),
        kind: BenchmarkKind::Imported,
        levels: levels_of(entries)?,
        source: source.unwrap_or_else(|| format!("imported from {file_name}")),
    })
}

/// The JSON form: its name and source, if it gives them, and its levels.
fn read_json(model: &CompetencyModel, text: &str) -> Result<Contents, String> {
    let file: ImportFile =
        serde_json::from_str(text).map_err(|e| format!("the JSON is not as expected: {e}"))?;
    let mut entries = Vec::new();
    for (key, value) in file.levels {
        let at = format!("field \"levels.{key}\"");
        let level = value
            .as_f64()
            .map(|v| v as f32)
            .filter(|l| is_level(*l))
            .ok_or_else(|| format!("{at}: {value} is not a level from 1 to {MAX_LEVEL}"))?;
        let id = area_id(model, &key)
            .ok_or_else(|| format!("{at}: \"{key}\" is not an area of {}", model.name))?;
        entries.push((at, id, level));
    }
    Ok(Contents {
        name: file.name,
        source: file.source,
        entries,
    })
}

/// The CSV form: the header `area,level`, then one area a line; blank lines are skipped.
fn read_csv(model: &CompetencyModel, text: &str) -> Result<Vec<Entry>, String> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let header = lines
        .next()
        .map(|(_, l)| l.to_ascii_lowercase().replace(' ', ""));
    if header.as_deref() != Some("area,level") {
        return Err("line 1: the first line must be the header \"area,level\"".into());
    }
    let mut entries = Vec::new();
    for (index, line) in lines {
        let at = format!("line {}", index + 1);
        let (key, level) = line
            .rsplit_once(',')
            .ok_or_else(|| format!("{at}: expected an area and a level separated by a comma"))?;
        let key = key.trim().trim_matches('"');
        let id = area_id(model, key)
            .ok_or_else(|| format!("{at}: \"{key}\" is not an area of {}", model.name))?;
        let level = level_of(level).ok_or_else(|| {
            format!(
                "{at}: \"{}\" is not a level from 1 to {MAX_LEVEL}",
                level.trim()
            )
        })?;
        entries.push((at, id, level));
    }
    Ok(entries)
}

/// The levels by area, refusing an area given twice and a file that gives none.
fn levels_of(entries: Vec<Entry>) -> Result<BTreeMap<String, f32>, String> {
    let mut levels = BTreeMap::new();
    for (at, id, level) in entries {
        if levels.insert(id.clone(), level).is_some() {
            return Err(format!("{at}: the area \"{id}\" appears twice"));
        }
    }
    if levels.is_empty() {
        return Err("the file gives no levels".into());
    }
    Ok(levels)
}

/// Finds an area by id or by name, ignoring case, so a hand-written file may use either.
fn area_id(model: &CompetencyModel, key: &str) -> Option<String> {
    let key = key.trim();
    model
        .areas
        .iter()
        .find(|a| a.id.eq_ignore_ascii_case(key) || a.name.eq_ignore_ascii_case(key))
        .map(|a| a.id.clone())
}

fn level_of(text: &str) -> Option<f32> {
    text.trim().parse::<f32>().ok().filter(|l| is_level(*l))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> &'static CompetencyModel {
        CompetencyModel::builtin()
    }

    #[test]
    fn a_json_benchmark_imports_by_area_id_or_name() {
        let json = r#"{"name": "Acme ladder: Senior PM", "source": "Acme wiki",
            "levels": {"customer-insight": 4, "Data fluency": 3.5, "vision": 4}}"#;
        let b = import(model(), "acme.json", json).unwrap();
        assert_eq!(b.name, "Acme ladder: Senior PM");
        assert_eq!(b.kind, BenchmarkKind::Imported);
        assert_eq!(b.source, "Acme wiki");
        assert_eq!(
            b.levels,
            BTreeMap::from([
                ("customer-insight".to_string(), 4.0),
                ("data".to_string(), 3.5),
                ("vision".to_string(), 4.0),
            ])
        );
    }

    #[test]
    fn a_csv_benchmark_imports_and_takes_its_name_from_the_file() {
        let csv = "\u{feff}Area, Level\ncustomer-insight,4\n\n\"Team leadership\",2.5\n";
        let b = import(model(), "ladder 2026.csv", csv).unwrap();
        assert_eq!(b.name, "ladder 2026");
        assert_eq!(b.levels.len(), 2);
        assert_eq!(b.levels["team-leadership"], 2.5);
    }

    #[test]
    fn a_bad_benchmark_file_names_the_line_or_field() {
        let cases = [
            (
                "x.csv",
                "area;level\n",
                "line 1: the first line must be the header",
            ),
            (
                "x.csv",
                "area,level\ndata,3\ncustomr insight,4\n",
                "line 3: \"customr insight\" is not an area",
            ),
            (
                "x.csv",
                "area,level\ndata,six\n",
                "line 2: \"six\" is not a level from 1 to 5",
            ),
            (
                "x.csv",
                "area,level\ndata,0\n",
                "line 2: \"0\" is not a level",
            ),
            (
                "x.csv",
                "area,level\ndata\n",
                "line 2: expected an area and a level",
            ),
            (
                "x.csv",
                "area,level\ndata,3\nData fluency,4\n",
                "line 3: the area \"data\" appears twice",
            ),
            ("x.csv", "area,level\n", "the file gives no levels"),
            (
                "x.json",
                r#"{"levels": {"data": 7}}"#,
                "field \"levels.data\": 7 is not a level",
            ),
            (
                "x.json",
                r#"{"levels": {"data": "3"}}"#,
                "field \"levels.data\": \"3\" is not a level",
            ),
            (
                "x.json",
                r#"{"levels": {"magic": 3}}"#,
                "field \"levels.magic\": \"magic\" is not an area",
            ),
            (
                "x.json",
                r#"{"levels": {"data": 3}, "extra": 1}"#,
                "unknown field `extra`",
            ),
            ("x.json", r#"{"name": "n"}"#, "missing field `levels`"),
            ("x.json", "{", "the JSON is not as expected"),
        ];
        for (name, text, expected) in cases {
            let err = import(model(), name, text).unwrap_err();
            assert!(err.contains(expected), "{text:?}: {err}");
        }
    }
}
