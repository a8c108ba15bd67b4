//! Importing a benchmark from a file: JSON (`{"name": …, "source": …, "scale": {"min": 1, "max": 10}, "levels":
//! {"area": level}}`) or CSV (a header `area,level`, or `area,level (1-10)` for another scale, then one area a line).
//! Areas are named by id or by name, in any case. A file may be on its own scale (1–10, 0–4…), rescaled linearly onto
//! the model's own (1–5 on the built-in), and may name areas of its own: the user maps each onto one of the model's (several onto one are
//! averaged) or leaves it out, and the benchmark's source says how it was read. A file with an error is refused with
//! the line or field at fault.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::benchmark::{Benchmark, BenchmarkKind};
use crate::core::model::CompetencyModel;
use crate::core::words::list;

/// The JSON form of an imported benchmark.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportFile {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    scale: Option<Scale>,
    levels: BTreeMap<String, serde_json::Value>,
}

/// The range a file's levels are on.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub min: f32,
    pub max: f32,
}

impl Scale {
    /// A model's own scale, from 1 to its top level.
    pub fn of(model: &CompetencyModel) -> Scale {
        Scale {
            min: 1.0,
            max: f32::from(model.max_level()),
        }
    }

    fn check(self) -> Result<Scale, String> {
        if self.min.is_finite()
            && self.max.is_finite()
            && self.min < self.max
            && self.min >= 0.0
            && self.max <= 100.0
        {
            Ok(self)
        } else {
            Err(format!(
                "the scale {}–{} is not a range of levels from a lower to a higher number, from 0 to 100",
                self.min, self.max
            ))
        }
    }

    fn holds(self, level: f32) -> bool {
        level.is_finite() && (self.min..=self.max).contains(&level)
    }

    /// A level on this scale, placed at the same point of the model's scale `m`.
    pub fn rescale(self, level: f32, m: Scale) -> f32 {
        let at = m.min + (level - self.min) * (m.max - m.min) / (self.max - self.min);
        (at * 100.0).round() / 100.0
    }

    fn words(self) -> String {
        format!("{}–{}", self.min, self.max)
    }
}

/// What a file says: its name and source, where it gives them, its scale, and its levels by the file's area name.
struct Contents {
    name: Option<String>,
    source: Option<String>,
    scale: Scale,
    /// Where in the file, the area as the file names it, the level on the file's scale.
    entries: Vec<(String, String, f32)>,
}

/// A benchmark file read, before it is kept: the areas the model knows, and the file's own areas for the user to map.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub name: String,
    pub source: String,
    pub scale: Scale,
    /// Levels on the model's areas by area id, already on the model's scale.
    known: Vec<(String, f32)>,
    /// The file's own areas, in file order, with their level on the file's scale.
    pub theirs: Vec<(String, f32)>,
}

/// Reads a benchmark file. `file_name` names it when the file does not.
pub fn read(model: &CompetencyModel, file_name: &str, text: &str) -> Result<Reading, String> {
    let text = text.trim_start_matches('\u{feff}');
    let Contents {
        name,
        source,
        scale,
        entries,
    } = if text.trim_start().starts_with('{') {
        read_json(text, Scale::of(model))?
    } else {
        read_csv(text, Scale::of(model))?
    };
    let fallback_name = file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem)
        .to_string();
    let mut known = Vec::new();
    let mut theirs: Vec<(String, f32)> = Vec::new();
    for (at, key, level) in entries {
        match area_id(model, &key) {
            Some(id) if known.iter().any(|(k, _)| *k == id) => {
                return Err(format!("{at}: the area \"{id}\" appears twice"))
            }
            Some(id) => known.push((id, scale.rescale(level, Scale::of(model)))),
            None if theirs.iter().any(|(k, _)| k.eq_ignore_ascii_case(&key)) => {
                return Err(format!("{at}: the area \"{key}\" appears twice"))
            }
            None => theirs.push((key, level)),
        }
    }
    if known.is_empty() && theirs.is_empty() {
        return Err("the file gives no levels".into());
    }
    Ok(Reading {
        name: name
            .filter(|n| !n.trim().is_empty())
            .unwrap_or(fallback_name),
        source: source.unwrap_or_else(|| format!("imported from {file_name}")),
        scale,
        known,
        theirs,
    })
}

impl Reading {
    /// The benchmark, with each of the file's own areas mapped as `map` says (their name → a model area id; absent or
    /// `None`: left out). Areas given several levels (the file's own and a mapped one, or several mapped) take their
    /// mean. Its source says how the file was read: the scale, what was averaged, what was left out.
    pub fn benchmark(
        &self,
        model: &CompetencyModel,
        map: &BTreeMap<String, Option<String>>,
    ) -> Result<Benchmark, String> {
        let mut entries = self.known.clone();
        let mut left_out = Vec::new();
        let mut mapped: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (theirs, level) in &self.theirs {
            match map
                .get(theirs)
                .cloned()
                .flatten()
                .filter(|id| model.area(id).is_some())
            {
                Some(id) => {
                    mapped
                        .entry(id.clone())
                        .or_default()
                        .push(format!("“{theirs}”"));
                    entries.push((id, self.scale.rescale(*level, Scale::of(model))));
                }
                None => left_out.push(format!("“{theirs}”")),
            }
        }
        if entries.is_empty() {
            return Err(
                "no area is left to compare with: map at least one onto an area of the model"
                    .into(),
            );
        }
        let levels = means(entries);
        let mut how = vec![self.source.clone()];
        if self.scale != Scale::of(model) {
            how.push(format!(
                "rescaled from {} to {}",
                self.scale.words(),
                Scale::of(model).words()
            ));
        }
        for (id, names) in &mapped {
            let area = model.area(id).map_or(id.as_str(), |a| a.name.as_str());
            how.push(format!("{} read as {area}", list(names)));
        }
        if !left_out.is_empty() {
            how.push(format!("left out: {}", list(&left_out)));
        }
        Ok(Benchmark {
            name: self.name.clone(),
            kind: BenchmarkKind::Imported,
            levels,
            source: how.join("; "),
        })
    }
}

/// The JSON form: its name, source and scale, if it gives them (else `ours`, the model's), and its levels.
fn read_json(text: &str, ours: Scale) -> Result<Contents, String> {
    let file: ImportFile =
        serde_json::from_str(text).map_err(|e| format!("the JSON is not as expected: {e}"))?;
    let scale = file
        .scale
        .unwrap_or(ours)
        .check()
        .map_err(|e| format!("field \"scale\": {e}"))?;
    let mut entries = Vec::new();
    for (key, value) in file.levels {
        let at = format!("field \"levels.{key}\"");
        let level = value
            .as_f64()
            .map(|v| v as f32)
            .filter(|l| scale.holds(*l))
            .ok_or_else(|| {
                format!(
                    "{at}: {value} is not a level from {}",
                    scale.words().replace('–', " to ")
                )
            })?;
        entries.push((at, key, level));
    }
    Ok(Contents {
        name: file.name,
        source: file.source,
        scale,
        entries,
    })
}

/// The CSV form: the header `area,level` (or `area,level (1-10)` for a file on another scale), then one area a line;
/// blank lines are skipped.
fn read_csv(text: &str, ours: Scale) -> Result<Contents, String> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let header = lines
        .next()
        .map(|(_, l)| l.to_ascii_lowercase().replace(' ', ""))
        .unwrap_or_default();
    let scale = match header.as_str() {
        "area,level" => ours,
        other => csv_scale(other).ok_or_else(|| {
            "line 1: the first line must be the header \"area,level\", or \"area,level (1-10)\" for another scale".to_string()
        })?,
    }
    .check()
    .map_err(|e| format!("line 1: {e}"))?;
    let mut entries = Vec::new();
    for (index, line) in lines {
        let at = format!("line {}", index + 1);
        let (key, level) = line
            .rsplit_once(',')
            .ok_or_else(|| format!("{at}: expected an area and a level separated by a comma"))?;
        let key = key.trim().trim_matches('"').to_string();
        let level = level
            .trim()
            .parse::<f32>()
            .ok()
            .filter(|l| scale.holds(*l))
            .ok_or_else(|| {
                format!(
                    "{at}: \"{}\" is not a level from {}",
                    level.trim(),
                    scale.words().replace('–', " to ")
                )
            })?;
        entries.push((at, key, level));
    }
    Ok(Contents {
        name: None,
        source: None,
        scale,
        entries,
    })
}

/// The scale in a header `area,level(1-10)`, spaces already removed.
fn csv_scale(header: &str) -> Option<Scale> {
    let range = header.strip_prefix("area,level(")?.strip_suffix(')')?;
    let (min, max) = range.split_once(['-', '–'])?;
    Some(Scale {
        min: min.parse().ok()?,
        max: max.parse().ok()?,
    })
}

/// Each area's level: the mean of all it was given (the file's own, and the file's areas mapped onto it).
fn means(entries: Vec<(String, f32)>) -> BTreeMap<String, f32> {
    let mut all: BTreeMap<String, Vec<f32>> = BTreeMap::new();
    for (id, level) in entries {
        all.entry(id).or_default().push(level);
    }
    all.into_iter()
        .map(|(id, levels)| {
            let mean = levels.iter().sum::<f32>() / levels.len() as f32;
            (id, (mean * 100.0).round() / 100.0)
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> &'static CompetencyModel {
        CompetencyModel::builtin()
    }

    /// A file whose areas are all the model's own, kept as it is.
    fn import(model: &CompetencyModel, file_name: &str, text: &str) -> Result<Benchmark, String> {
        let reading = read(model, file_name, text)?;
        match reading.theirs.first() {
            Some((key, _)) => Err(format!("\"{key}\" is not an area of {}", model.name)),
            None => reading.benchmark(model, &BTreeMap::new()),
        }
    }

    /// 280 Group's assessment rates on 1–10; a ladder names its own areas.
    #[test]
    fn a_benchmark_on_its_own_scale_with_its_own_areas_is_rescaled_and_mapped() {
        let json = r#"{"name": "Acme 1-10", "scale": {"min": 1, "max": 10},
            "levels": {"data": 10, "Strategy": 7, "Roadmapping": 4, "Negotiation": 6, "vision": 1}}"#;
        let r = read(model(), "acme.json", json).unwrap();
        assert_eq!(
            r.scale,
            Scale {
                min: 1.0,
                max: 10.0
            }
        );
        assert_eq!(
            r.theirs,
            vec![
                ("Negotiation".to_string(), 6.0),
                ("Roadmapping".to_string(), 4.0),
                ("Strategy".to_string(), 7.0)
            ]
        );
        let map = BTreeMap::from([
            ("Strategy".to_string(), Some("vision".to_string())),
            ("Roadmapping".to_string(), Some("vision".to_string())),
            ("Negotiation".to_string(), None),
        ]);
        let b = r.benchmark(model(), &map).unwrap();
        // 10 → 5; 1 → 1; vision averages its own 1, Strategy's 7 (3.67) and Roadmapping's 4 (2.33).
        assert_eq!(b.levels["data"], 5.0);
        assert_eq!(b.levels["vision"], 2.33);
        assert_eq!(b.levels.len(), 2);
        assert_eq!(
            b.source,
            "imported from acme.json; rescaled from 1–10 to 1–5; “Roadmapping” and “Strategy” read as Vision & strategy; \
             left out: “Negotiation”"
        );
        // Nothing mapped and nothing of the model's own: nothing to compare with.
        let only_theirs = read(model(), "x.json", r#"{"levels": {"Strategy": 3}}"#).unwrap();
        assert!(only_theirs
            .benchmark(model(), &BTreeMap::new())
            .unwrap_err()
            .contains("map at least one"));
        // A CSV says its scale in its header.
        let csv = read(model(), "x.csv", "Area,Level (0-4)\ndata,4\nvision,0\n").unwrap();
        let b = csv.benchmark(model(), &BTreeMap::new()).unwrap();
        assert_eq!((b.levels["data"], b.levels["vision"]), (5.0, 1.0));
        assert!(b.source.contains("rescaled from 0–4 to 1–5"));
    }

    #[test]
    fn a_scale_that_is_not_one_is_refused() {
        for (text, expected) in [
            (
                r#"{"scale": {"min": 5, "max": 5}, "levels": {"data": 5}}"#,
                "field \"scale\": the scale 5–5",
            ),
            (
                r#"{"scale": {"min": 1, "max": 10}, "levels": {"data": 11}}"#,
                "11 is not a level from 1 to 10",
            ),
            (
                r#"{"scale": {"min": 1}, "levels": {"data": 1}}"#,
                "missing field `max`",
            ),
        ] {
            let err = read(model(), "x.json", text).unwrap_err();
            assert!(err.contains(expected), "{text}: {err}");
        }
        assert!(read(model(), "x.csv", "area,level (10-1)\ndata,3\n")
            .unwrap_err()
            .starts_with("line 1: the scale 10–1"));
    }

    proptest::proptest! {
        /// Any level on any scale lands within the model's scale (3 to 10 levels), at the same relative point, ends
        /// to ends.
        #[test]
        fn rescaling_keeps_levels_on_the_models_scale(
            min in 0.0f32..50.0, span in 1.0f32..50.0, at in 0.0f32..=1.0, top in 3u8..=10,
        ) {
            let scale = Scale { min, max: min + span };
            let ours = Scale { min: 1.0, max: f32::from(top) };
            let level = min + at * span;
            let r = scale.rescale(level, ours);
            proptest::prop_assert!((1.0..=ours.max).contains(&r), "{} on {:?} gave {}", level, scale, r);
            proptest::prop_assert!((r - (1.0 + (ours.max - 1.0) * at)).abs() < 0.02);
            proptest::prop_assert_eq!(scale.rescale(min, ours), 1.0);
            proptest::prop_assert_eq!(scale.rescale(min + span, ours), ours.max);
        }
    }

    #[test]
    fn a_ten_level_benchmark_lands_on_a_four_level_model_and_says_so() {
        let po = CompetencyModel::builtins()[1];
        let json = r#"{"name": "Acme PO", "scale": {"min": 1, "max": 10},
            "levels": {"Backlog": 10, "People skills": 1, "Roadmapping": 5.5}}"#;
        let reading = read(po, "acme.json", json).unwrap();
        let ids: Vec<&str> = po.areas.iter().map(|a| a.id.as_str()).collect();
        let map = BTreeMap::from([
            ("Backlog".to_string(), Some(ids[0].to_string())),
            ("People skills".to_string(), Some(ids[1].to_string())),
        ]);
        let b = reading.benchmark(po, &map).unwrap();
        assert_eq!(b.levels[ids[0]], 4.0);
        assert_eq!(b.levels[ids[1]], 1.0);
        assert_eq!(b.levels.len(), 2);
        assert!(
            b.source.contains("rescaled from 1–10 to 1–4"),
            "{}",
            b.source
        );
        assert!(b.source.contains("left out: “Roadmapping”"), "{}", b.source);
        // A file with no scale is on the model's own: a 5 is past a four-level model's top.
        assert!(read(po, "x.csv", "area,level\nBacklog,5\n")
            .unwrap_err()
            .contains("not a level from 1 to 4"));
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
                "\"customr insight\" is not an area",
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
                "\"magic\" is not an area",
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
