//! The code's layout holds by test, not by habit: the core's imports only ever point down its layers (bottom,
//! journey in the order a user walks it, top), the core never names the UI, and in the UI nothing imports the app
//! shell, components never import pages, and pages never import each other.
//!
//! It reads the sources as text: every `crate::core::…` and `super::…` path outside test code (`#[cfg(test)]` and
//! what follows it, and files named `tests.rs`) is an arrow from the file's top-level module to the one it names.

use std::fs;
use std::path::{Path, PathBuf};

/// The core's top-level modules by layer: a module may import its own layer's and those below, never above.
/// `fit` stands beside the journey on the bottom layer alone.
const CORE_LAYERS: [(&str, u8); 18] = [
    ("chart", 0),
    ("date", 0),
    ("hash", 0),
    ("locale", 0),
    ("model", 0),
    ("number", 0),
    ("order", 0),
    ("words", 0),
    ("fit", 1),
    ("assess", 1),
    ("compare", 2),
    ("plan", 3),
    ("justify", 4),
    ("share", 5),
    ("team", 6),
    ("workspace", 7),
    ("store", 8),
    // The module list itself.
    ("mod", 9),
];

fn rank(module: &str) -> u8 {
    CORE_LAYERS
        .iter()
        .find(|(m, _)| *m == module)
        .unwrap_or_else(|| {
            panic!("src/core/{module} has no layer: add it to CORE_LAYERS in tests/layers.rs")
        })
        .1
}

/// Every `.rs` file under `dir`, but test files.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("tests.rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// A file's module path under `root`: `share/link/report.rs` → [share, link, report]; `share/link/mod.rs` →
/// [share, link].
fn module_path(root: &Path, file: &Path) -> Vec<String> {
    let mut parts: Vec<String> = file
        .strip_prefix(root)
        .unwrap()
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") && parts.len() > 1 {
        parts.pop();
    }
    parts
}

/// The code of a file without its tests.
fn code(file: &Path) -> String {
    let text = fs::read_to_string(file).unwrap();
    text.split("#[cfg(test)]").next().unwrap().to_string()
}

/// Every top-level module of `root` (named `crate_path` in paths) that `file` refers to.
fn targets(root: &Path, crate_path: &str, file: &Path) -> Vec<String> {
    let text = code(file);
    let here = module_path(root, file);
    let mut out = Vec::new();
    let absolute = format!("{crate_path}::");
    for (at, _) in text.match_indices(&absolute) {
        let rest = &text[at + absolute.len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            out.push(name);
        }
    }
    for (at, _) in text.match_indices("super::") {
        // Only the first `super::` of a chain.
        if text[..at].ends_with("super::") {
            continue;
        }
        let mut rest = &text[at..];
        let mut up = 0;
        while let Some(r) = rest.strip_prefix("super::") {
            rest = r;
            up += 1;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let mut path = here.clone();
        for _ in 0..up {
            path.pop();
        }
        match path.first() {
            Some(top) => out.push(top.clone()),
            None if !name.is_empty() => out.push(name),
            None => {}
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn the_cores_imports_only_point_down_its_layers() {
    let root = Path::new("src/core");
    let mut wrong = Vec::new();
    for file in sources(root) {
        let from = module_path(root, &file)[0].clone();
        if fs::read_to_string(&file).unwrap().contains("crate::ui") {
            wrong.push(format!("{}: the core names the UI", file.display()));
        }
        for to in targets(root, "crate::core", &file) {
            if to == from || !CORE_LAYERS.iter().any(|(m, _)| *m == to) {
                continue;
            }
            let (a, b) = (rank(&from), rank(&to));
            if b > a || (from == "fit" && b > 0) || (to == "fit" && a < 7) {
                wrong.push(format!(
                    "{}: {from} (layer {a}) imports {to} (layer {b})",
                    file.display()
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports pointing up:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn in_the_ui_nothing_imports_the_shell_and_pages_stand_alone() {
    let root = Path::new("src/ui");
    let mut wrong = Vec::new();
    for file in sources(root) {
        let path = module_path(root, &file);
        let from = path[0].as_str();
        let text = code(&file);
        if from != "app" && from != "mod" && text.contains("crate::ui::app") {
            wrong.push(format!("{}: imports the app shell", file.display()));
        }
        if from == "components" && text.contains("crate::ui::pages") {
            wrong.push(format!("{}: a component imports a page", file.display()));
        }
        if from == "pages" {
            for (at, _) in text.match_indices("crate::ui::pages::") {
                let other: String = text[at + "crate::ui::pages::".len()..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if path.get(1) != Some(&other) {
                    wrong.push(format!("{}: imports the page {other}", file.display()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_checks_see_an_import_that_points_up() {
    // The reader itself: a file in `compare` naming `share`, through either kind of path, is seen.
    let dir = std::env::temp_dir().join(format!("skillcase-layers-{}", std::process::id()));
    fs::create_dir_all(dir.join("compare")).unwrap();
    let file = dir.join("compare/results.rs");
    fs::write(
        &file,
        "use crate::core::share::report::Report;\nuse super::super::team::Team;\n#[cfg(test)]\nuse crate::core::store;",
    )
    .unwrap();
    assert_eq!(targets(&dir, "crate::core", &file), ["share", "team"]);
    fs::remove_dir_all(dir).unwrap();
}
