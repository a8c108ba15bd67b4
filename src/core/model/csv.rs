//! A competency model as a spreadsheet saves it: one row an area, read and written as CSV.
//!
//! ```text
//! model,Acme PM ladder,acme-pm,3              <- optional: name, id, version (else the file's name, version 1)
//! group,area,definition,Novice,Practitioner,Expert          <- one behaviour a level, for both questions
//! group,area,definition,Novice (know),Novice (done),...     <- or what you know and what you have done
//! Customer,Customer insight,"Knowing users' problems",I have read tickets,...
//! ```
//! Columns are found by their header, in any order and any case; `group id` and `area id` may give ids, which are
//! otherwise made from the names. Every other column is a level, in the order given. Commas or semicolons (as a
//! spreadsheet set to a European locale saves) separate cells; quotes work as in any spreadsheet's CSV.

use super::{Anchor, Area, CompetencyModel, Group};

/// One row's cells and the line of the file it starts on.
struct Row {
    line: usize,
    cells: Vec<String>,
}

/// Splits CSV text into rows, quotes and all; blank rows are dropped.
fn rows(text: &str) -> Result<Vec<Row>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let sep = if first.matches(';').count() > first.matches(',').count() {
        ';'
    } else {
        ','
    };
    let (mut rows, mut cells, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut line, mut start, mut quoted) = (1, 1, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            '\n' if !quoted => {
                cells.push(std::mem::take(&mut cell));
                rows.push(Row {
                    line: start,
                    cells: std::mem::take(&mut cells),
                });
                line += 1;
                start = line;
            }
            '\r' if !quoted => {}
            c if c == sep && !quoted => cells.push(std::mem::take(&mut cell)),
            c => {
                if c == '\n' {
                    line += 1;
                }
                cell.push(c);
            }
        }
    }
    if quoted {
        return Err(format!("line {start}: a quote opened here is never closed"));
    }
    cells.push(cell);
    rows.push(Row { line: start, cells });
    rows.retain(|r| r.cells.iter().any(|c| !c.trim().is_empty()));
    for row in &mut rows {
        for cell in &mut row.cells {
            *cell = cell.trim().to_string();
        }
    }
    Ok(rows)
}

/// An id made from a name: lower case, words joined by hyphens.
fn slug(name: &str) -> String {
    let mut id = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}

/// What a level column holds.
#[derive(Clone, Copy, PartialEq)]
enum Holds {
    Both,
    Know,
    Done,
}

pub(super) fn read(text: &str, file_name: &str) -> Result<CompetencyModel, String> {
    let mut rows = rows(text)?.into_iter().peekable();
    let mut model = CompetencyModel {
        id: String::new(),
        version: 1,
        name: file_name.trim().to_string(),
        levels: Vec::new(),
        level_meanings: Vec::new(),
        groups: Vec::new(),
        areas: Vec::new(),
        replaces: None,
        ladder: None,
    };
    if let Some(meta) = rows.next_if(|r| r.cells[0].eq_ignore_ascii_case("model")) {
        let cell = |i: usize| meta.cells.get(i).map_or("", String::as_str);
        if !cell(1).is_empty() {
            model.name = cell(1).to_string();
        }
        model.id = cell(2).to_string();
        if !cell(3).is_empty() {
            model.version = cell(3).parse().map_err(|_| {
                format!(
                    "line {}: the version \"{}\" is not a whole number",
                    meta.line,
                    cell(3)
                )
            })?;
        }
    }
    if model.id.is_empty() {
        model.id = slug(&model.name);
    }
    let header = rows
        .next()
        .ok_or("the file has no header row (group, area, definition, then a column a level)")?;
    let find = |name: &str| {
        header
            .cells
            .iter()
            .position(|c| c.eq_ignore_ascii_case(name))
    };
    let need = |name: &str| {
        find(name).ok_or_else(|| {
            format!(
                "line {}: the header has no \"{name}\" column (it needs group, area, definition, then a column a level)",
                header.line
            )
        })
    };
    let (group_at, area_at, definition_at) = (need("group")?, need("area")?, need("definition")?);
    let (group_id_at, area_id_at) = (find("group id"), find("area id"));
    let fixed = [
        Some(group_at),
        Some(area_at),
        Some(definition_at),
        group_id_at,
        area_id_at,
    ];
    // Level columns: (column, level index, what it holds).
    let mut columns = Vec::new();
    for (i, title) in header.cells.iter().enumerate() {
        if fixed.contains(&Some(i)) || title.is_empty() {
            continue;
        }
        // Levels follow the definition; a column before it is a typo or a column of the sheet's own, not a level.
        if i < definition_at {
            return Err(format!(
                "line {}: the column \"{title}\" is not one Skillcase reads (before \"definition\" come group, area, \
                 group id and area id; the levels follow \"definition\")",
                header.line
            ));
        }
        let marked = |mark: &str| {
            let cut = title.len().checked_sub(mark.len())?;
            let tail = title.get(cut..)?;
            tail.eq_ignore_ascii_case(mark).then(|| &title[..cut])
        };
        let (name, holds) = if let Some(n) = marked("(know)") {
            (n, Holds::Know)
        } else if let Some(n) = marked("(done)") {
            (n, Holds::Done)
        } else {
            (title.as_str(), Holds::Both)
        };
        let name = name.trim();
        let level = match model.levels.iter().position(|l| l == name) {
            Some(at) if holds != Holds::Both => at,
            Some(_) => {
                return Err(format!(
                    "line {}: the level \"{name}\" has two columns; mark them \"{name} (know)\" and \"{name} (done)\"",
                    header.line
                ))
            }
            None => {
                model.levels.push(name.to_string());
                model.levels.len() - 1
            }
        };
        columns.push((i, level, holds));
    }
    for row in rows {
        let cell = |i: usize| row.cells.get(i).map_or("", String::as_str);
        let at = |what: &str| format!("line {}: {what}", row.line);
        let (group, name) = (cell(group_at), cell(area_at));
        if group.is_empty() || name.is_empty() {
            return Err(at("an area needs a group and a name"));
        }
        let group_id = group_id_at
            .map(cell)
            .filter(|id| !id.is_empty())
            .map_or_else(|| slug(group), str::to_string);
        match model.groups.iter().find(|g| g.id == group_id) {
            Some(g) if g.name != group => {
                return Err(at(&format!(
                    "the group id \"{group_id}\" is already \"{}\", not \"{group}\"",
                    g.name
                )))
            }
            Some(_) => {}
            None => model.groups.push(Group {
                id: group_id.clone(),
                name: group.to_string(),
            }),
        }
        let id = area_id_at
            .map(cell)
            .filter(|id| !id.is_empty())
            .map_or_else(|| slug(name), str::to_string);
        if model.areas.iter().any(|a| a.id == id) {
            return Err(at(&format!(
                "the area \"{name}\" (id \"{id}\") is there twice"
            )));
        }
        let mut levels = vec![
            Anchor {
                know: String::new(),
                done: String::new()
            };
            model.levels.len()
        ];
        for &(column, level, holds) in &columns {
            let text = cell(column).to_string();
            if text.is_empty() {
                return Err(at(&format!(
                    "the area \"{name}\" has no behaviour under \"{}\"",
                    header.cells[column]
                )));
            }
            let anchor = &mut levels[level];
            match holds {
                Holds::Both => {
                    anchor.know = text.clone();
                    anchor.done = text;
                }
                Holds::Know => anchor.know = text,
                Holds::Done => anchor.done = text,
            }
        }
        // A level given only as know or only as done is used for both. Every level has a column, whose empty cells
        // were refused above, so one of the two is always there.
        for anchor in &mut levels {
            if anchor.know.is_empty() {
                anchor.know = anchor.done.clone();
            } else if anchor.done.is_empty() {
                anchor.done = anchor.know.clone();
            }
        }
        model.areas.push(Area {
            id,
            group: group_id,
            name: name.to_string(),
            definition: cell(definition_at).to_string(),
            levels,
        });
    }
    Ok(model)
}

/// A cell as CSV writes it: quoted when it holds a separator, a quote or a line break.
fn cell(text: &str) -> String {
    if text.contains([',', ';', '"', '\n', '\r']) || text.trim() != text {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

pub(super) fn write(model: &CompetencyModel) -> String {
    let apart = model
        .areas
        .iter()
        .flat_map(|a| &a.levels)
        .any(|l| l.know != l.done);
    let line = |cells: Vec<&str>| cells.into_iter().map(cell).collect::<Vec<_>>().join(",");
    let version = model.version.to_string();
    let mut out = vec![line(vec!["model", &model.name, &model.id, &version])];
    let mut header = vec![
        "group id".to_string(),
        "group".into(),
        "area id".into(),
        "area".into(),
        "definition".into(),
    ];
    for level in &model.levels {
        if apart {
            header.push(format!("{level} (know)"));
            header.push(format!("{level} (done)"));
        } else {
            header.push(level.clone());
        }
    }
    out.push(line(header.iter().map(String::as_str).collect()));
    for area in &model.areas {
        let mut cells = vec![
            area.group.as_str(),
            model.group_name(&area.group),
            &area.id,
            &area.name,
            &area.definition,
        ];
        for anchor in &area.levels {
            cells.push(&anchor.know);
            if apart {
                cells.push(&anchor.done);
            }
        }
        out.push(line(cells));
    }
    out.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// The model without what CSV does not carry (the level meanings, the ladder).
    fn sheet_part(model: &CompetencyModel) -> CompetencyModel {
        CompetencyModel {
            level_meanings: Vec::new(),
            ladder: None,
            replaces: None,
            ..model.clone()
        }
    }

    #[test]
    fn a_column_before_the_definition_that_skillcase_does_not_read_is_refused_by_name() {
        let e = CompetencyModel::from_csv(
            "group,owner,area,definition,One,Two,Three\ng,o,a,d,1,2,3\n",
            "f",
        )
        .unwrap_err();
        assert!(
            e.starts_with("line 1: the column \"owner\" is not one Skillcase reads"),
            "{e}"
        );
        // After the definition, a column is a level, and an empty behaviour in it is named with its level and line.
        let e = CompetencyModel::from_csv(
            "group,area,definition,One,Two,Three,Notes\ng,a,d,1,2,3,\ng,b,d,1,2,3,n\ng,c,d,1,2,3,n\n",
            "f",
        )
        .unwrap_err();
        assert_eq!(e, "line 2: the area \"a\" has no behaviour under \"Notes\"");
    }

    #[test]
    fn a_spreadsheet_with_know_and_done_columns_becomes_a_model() {
        let text = "\u{feff}group,area,definition,Novice (know),Novice (done),Expert (know),Expert (done),Master\r\n\
            Customer,Customer insight,\"Users' problems, first hand\",I know why,I have read tickets,\"I know how,\nwell\",I have led,I am the reference\r\n\
            Customer,Pricing,Prices and packages,k1,d1,k2,d2,m\r\n\
            \r\n\
            Delivery,Shipping,Getting it out,k1,d1,k2,d2,m\r\n";
        let model = CompetencyModel::from_csv(text, "Acme ladder").unwrap();
        assert_eq!((model.id.as_str(), model.version), ("acme-ladder", 1));
        assert_eq!(model.levels, ["Novice", "Expert", "Master"]);
        assert_eq!(model.groups.len(), 2);
        assert_eq!(model.areas.len(), 3);
        let insight = &model.areas[0];
        assert_eq!(insight.id, "customer-insight");
        assert_eq!(insight.definition, "Users' problems, first hand");
        assert_eq!(insight.levels[1].know, "I know how,\nwell");
        assert_eq!(insight.levels[0].done, "I have read tickets");
        assert_eq!(
            insight.levels[2].know, insight.levels[2].done,
            "one column serves both"
        );
        assert_eq!(model.areas[2].group, "delivery");
    }

    #[test]
    fn a_european_spreadsheet_separates_with_semicolons_and_a_model_row_names_it() {
        let text = "model;Acme PM ladder;acme;4\n\
            group;area;definition;One;Two;Three\n\
            A;Alpha;x, y;1;2;3\nA;Beta;b;1;2;3\nB;Gamma;c;1;2;3\n";
        let model = CompetencyModel::from_csv(text, "file").unwrap();
        assert_eq!(
            (model.name.as_str(), model.id.as_str(), model.version),
            ("Acme PM ladder", "acme", 4)
        );
        assert_eq!(model.areas[0].definition, "x, y");
    }

    #[test]
    fn a_faulty_sheet_is_refused_naming_its_line() {
        let head = "group,area,definition,One,Two,Three\n";
        let refused =
            |body: &str| CompetencyModel::from_csv(&format!("{head}{body}"), "f").unwrap_err();
        let ok = "A,Alpha,a,1,2,3\nA,Beta,b,1,2,3\n";
        assert!(refused(&format!("{ok}A,Gamma,c,1,,3\n"))
            .starts_with("line 4: the area \"Gamma\" has no behaviour under \"Two\""));
        assert!(
            refused(&format!("{ok}A,Alpha,c,1,2,3\n")).starts_with("line 4: the area \"Alpha\"")
        );
        assert!(
            refused(&format!("{ok},Gamma,c,1,2,3\n")).starts_with("line 4: an area needs a group")
        );
        assert!(refused("A,Alpha,a,1,2,3\nA,Beta,\"b,1,2,3\n").starts_with("line 3: a quote"));
        assert!(refused(ok).contains("3 to 30"), "two areas are too few");
        let no_definition =
            CompetencyModel::from_csv("group,area,One,Two,Three\n", "f").unwrap_err();
        assert!(
            no_definition.starts_with("line 1: the header has no \"definition\""),
            "{no_definition}"
        );
        let two_levels = CompetencyModel::from_csv(
            "group,area,definition,One,Two\nA,a,d,1,2\nA,b,d,1,2\nA,c,d,1,2\n",
            "f",
        );
        assert!(two_levels.unwrap_err().contains("names 2 levels"));
        let version =
            CompetencyModel::from_csv(&format!("model,M,m,two\n{head}{ok}"), "f").unwrap_err();
        assert!(version.starts_with("line 1: the version \"two\""));
    }

    #[test]
    fn the_built_in_models_survive_a_spreadsheet() {
        for model in CompetencyModel::builtins() {
            let back = CompetencyModel::from_csv(&model.to_csv(), "ignored").unwrap();
            assert_eq!(back, sheet_part(model), "{}", model.id);
        }
    }

    /// Text a person may type in a cell: separators, quotes, line breaks and letters beyond ASCII among words.
    fn words() -> impl Strategy<Value = String> {
        "[A-Za-zé0-9][A-Za-zé0-9 ,;\"'\n]{0,20}[A-Za-zé0-9.]"
    }

    fn any_model() -> impl Strategy<Value = CompetencyModel> {
        (3usize..=10, 3usize..=30, 1usize..=4)
            .prop_flat_map(|(levels, areas, groups)| {
                (
                    proptest::collection::vec(words(), levels),
                    proptest::collection::vec(
                        (
                            0..groups,
                            words(),
                            proptest::collection::vec((words(), words()), levels),
                        ),
                        areas,
                    ),
                    any::<bool>(),
                )
                    .prop_map(move |(level_names, rows, apart)| {
                        let levels = level_names
                            .iter()
                            .enumerate()
                            .map(|(i, n)| format!("L{i} {}", n.replace(['(', ')'], "")))
                            .collect();
                        let groups: Vec<Group> = (0..groups)
                            .map(|g| Group {
                                id: format!("g{g}"),
                                name: format!("Group {g}"),
                            })
                            .collect();
                        let areas = rows
                            .into_iter()
                            .enumerate()
                            .map(|(i, (g, definition, anchors))| Area {
                                id: format!("a{i}"),
                                group: format!("g{g}"),
                                name: format!("Area {i}"),
                                definition,
                                levels: anchors
                                    .into_iter()
                                    .map(|(know, done)| Anchor {
                                        done: if apart { done } else { know.clone() },
                                        know,
                                    })
                                    .collect(),
                            })
                            .collect();
                        CompetencyModel {
                            id: "org".into(),
                            version: 3,
                            name: "Org, \"its\" model".into(),
                            levels,
                            level_meanings: Vec::new(),
                            groups,
                            areas,
                            replaces: None,
                            ladder: None,
                        }
                    })
            })
            .prop_map(|mut m| {
                // Only groups that some area uses: CSV knows a group by its areas.
                let used: Vec<String> = m.areas.iter().map(|a| a.group.clone()).collect();
                m.groups.retain(|g| used.contains(&g.id));
                crate::core::order::sort_by_key(&mut m.groups, |g| {
                    used.iter().position(|u| *u == g.id)
                });
                m
            })
    }

    proptest! {
        /// Any model of 3–30 areas on 3–10 levels comes back from its CSV and its JSON unchanged.
        #[test]
        fn a_model_round_trips_through_csv_and_json(model in any_model()) {
            let from_csv = CompetencyModel::from_csv(&model.to_csv(), "ignored");
            prop_assert_eq!(from_csv.as_ref(), Ok(&model));
            let from_json = CompetencyModel::from_json(&model.to_json());
            prop_assert_eq!(from_json.as_ref(), Ok(&model));
        }

        /// Whatever a file holds, reading it gives a model or a message, never a panic.
        #[test]
        fn any_text_is_read_or_refused(text in "[a-z,;\"\n (){}\\[\\]:0-9]{0,200}") {
            let _ = CompetencyModel::from_csv(&text, "f");
            let _ = CompetencyModel::from_json(&text);
        }

        /// A model cut short, line by line, is refused or read, never a panic; a refusal names a line.
        #[test]
        fn a_sheet_cut_short_is_refused_with_its_line(model in any_model(), keep in 0.0f64..1.0) {
            let text = model.to_csv();
            let cut: String = text.chars().take((text.chars().count() as f64 * keep) as usize).collect();
            if let Err(e) = CompetencyModel::from_csv(&cut, "f") {
                prop_assert!(e.starts_with("line ") || e.contains("areas") || e.contains("header") || e.contains("levels"), "{}", e);
            }
        }
    }
}
