//! Benchmarks: the levels a user is compared against, always named with what kind of figures they are.

use std::collections::BTreeMap;

use serde::{de, Deserialize, Deserializer, Serialize};

use super::model::{CompetencyModel, Expectation, RoleProfiles, MAX_LEVEL};
use super::order::map_of;
use super::workspace::Role;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BenchmarkKind {
    /// Levels Skillcase expects of a role: reasoned expectations, not measurements.
    RoleExpectation,
    /// The average of real assessments a manager gathered.
    Team,
    /// Levels from a file the user loaded (a career ladder, a training firm's figures).
    Imported,
    /// Someone else's ratings of the user.
    SecondRater,
    /// The user's own earlier assessment.
    EarlierSelf,
    /// Another person's ratings, from a report link.
    SharedReport,
}

impl BenchmarkKind {
    /// What kind of figures these are, as the chart and table say it.
    pub fn label(self) -> &'static str {
        match self {
            BenchmarkKind::RoleExpectation => "role expectations, not survey data",
            BenchmarkKind::Team => "team average of real assessments",
            BenchmarkKind::Imported => "imported from a file",
            BenchmarkKind::SecondRater => "a second rater's view",
            BenchmarkKind::EarlierSelf => "your own earlier assessment",
            BenchmarkKind::SharedReport => "someone's own ratings, from their report link",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Benchmark {
    pub name: String,
    pub kind: BenchmarkKind,
    /// Level by area id, 1–5; an area left out has no benchmark value.
    #[serde(deserialize_with = "finite_levels")]
    pub levels: BTreeMap<String, f32>,
    /// Where the figures come from.
    #[serde(default)]
    pub source: String,
}

/// A role's expectation profile, with the user's edits (area id → level) laid over Skillcase's values.
pub fn role_benchmark(role: Role, edits: &BTreeMap<String, f32>) -> Benchmark {
    let profiles = RoleProfiles::builtin();
    let mut levels = map_of(
        profiles
            .role(role)
            .levels
            .iter()
            .map(|(area, Expectation(level, _))| (area.clone(), *level)),
    );
    for (area, level) in edits {
        if levels.contains_key(area) && is_level(*level) {
            levels.insert(area.clone(), *level);
        }
    }
    let edited = if edits.is_empty() {
        ""
    } else {
        ", with your edits"
    };
    Benchmark {
        name: format!("{} expectations{edited}", role.label()),
        kind: BenchmarkKind::RoleExpectation,
        levels,
        source: profiles.sources.join("; "),
    }
}

/// Levels by area id as saved, refusing a number past f32's range: serde would read it as infinity, which JSON can't
/// hold, so the next save would write `null` and the workspace would no longer open.
pub(crate) fn finite_levels<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, f32>, D::Error> {
    let levels = BTreeMap::<String, f32>::deserialize(deserializer)?;
    match levels.iter().find(|(_, level)| !level.is_finite()) {
        Some((area, _)) => Err(de::Error::custom(format!(
            "the level of \"{area}\" is too large"
        ))),
        None => Ok(levels),
    }
}

fn is_level(level: f32) -> bool {
    (1.0..=f32::from(MAX_LEVEL)).contains(&level)
}

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

/// Reads a benchmark file: JSON (`{"name": …, "source": …, "levels": {"area": level}}`) or CSV (a header
/// `area,level`, then one area a line). `file_name` names it when the file does not. Errors name the line or field.
pub fn import(model: &CompetencyModel, file_name: &str, text: &str) -> Result<Benchmark, String> {
    let text = text.trim_start_matches('\u{feff}');
    let fallback_name = file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem)
        .to_string();
    let (name, source, pairs) = if text.trim_start().starts_with('{') {
        let file: ImportFile =
            serde_json::from_str(text).map_err(|e| format!("the JSON is not as expected: {e}"))?;
        let mut pairs = Vec::new();
        for (key, value) in file.levels {
            let level = value
                .as_f64()
                .map(|v| v as f32)
                .filter(|l| is_level(*l))
                .ok_or_else(|| {
                    format!("field \"levels.{key}\": {value} is not a level from 1 to {MAX_LEVEL}")
                })?;
            let id = area_id(model, &key).ok_or_else(|| {
                format!(
                    "field \"levels.{key}\": \"{key}\" is not an area of {}",
                    model.name
                )
            })?;
            pairs.push((format!("field \"levels.{key}\""), id, level));
        }
        (file.name, file.source, pairs)
    } else {
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
        let mut pairs = Vec::new();
        for (index, line) in lines {
            let at = format!("line {}", index + 1);
            let (key, level) = line.rsplit_once(',').ok_or_else(|| {
                format!("{at}: expected an area and a level separated by a comma")
            })?;
            let key = key.trim().trim_matches('"');
            let id = area_id(model, key)
                .ok_or_else(|| format!("{at}: \"{key}\" is not an area of {}", model.name))?;
            let level = level_of(level).ok_or_else(|| {
                format!(
                    "{at}: \"{}\" is not a level from 1 to {MAX_LEVEL}",
                    level.trim()
                )
            })?;
            pairs.push((at, id, level));
        }
        (None, None, pairs)
    };
    let mut levels = BTreeMap::new();
    for (at, id, level) in pairs {
        if levels.insert(id.clone(), level).is_some() {
            return Err(format!("{at}: the area \"{id}\" appears twice"));
        }
    }
    if levels.is_empty() {
        return Err("the file gives no levels".into());
    }
    Ok(Benchmark {
        name: name
            .filter(|n| !n.trim().is_empty())
            .unwrap_or(fallback_name),
        kind: BenchmarkKind::Imported,
        levels,
        source: source.unwrap_or_else(|| format!("imported from {file_name}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> &'static CompetencyModel {
        CompetencyModel::builtin()
    }

    #[test]
    fn role_benchmarks_are_labelled_expectations_and_take_the_users_edits() {
        let plain = role_benchmark(Role::Pm, &BTreeMap::new());
        assert_eq!(plain.kind, BenchmarkKind::RoleExpectation);
        assert_eq!(plain.name, "Product Manager expectations");
        assert_eq!(plain.levels.len(), 12);
        assert_eq!(plain.levels["customer-insight"], 3.0);
        assert!(plain.kind.label().contains("not survey data"));
        let edits = BTreeMap::from([
            ("customer-insight".to_string(), 4.5),
            ("nonsense".to_string(), 2.0),
            ("data".to_string(), 9.0),
        ]);
        let edited = role_benchmark(Role::Pm, &edits);
        assert_eq!(edited.levels["customer-insight"], 4.5);
        assert_eq!(
            edited.levels["data"], 3.0,
            "an out-of-scale edit is ignored"
        );
        assert!(!edited.levels.contains_key("nonsense"));
        assert!(edited.name.contains("your edits"));
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
