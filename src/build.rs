//! Makes the app's `View` enum from `src/ui/views.txt`, the one list of the app's views: the router and the
//! navigation come from the enum, and the build (src/web/post-build.mjs) gives each view's path its own index.html
//! from the same list.

use std::fmt::Write;
use std::path::Path;
use std::{env, fs};

struct View {
    name: String,
    segment: String,
    label: String,
    nav: bool,
    about: String,
}

fn main() {
    println!("cargo::rerun-if-changed=src/ui/views.txt");
    let list =
        fs::read_to_string("src/ui/views.txt").expect("src/ui/views.txt is the list of views");
    let views: Vec<View> = list
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let cols: Vec<&str> = line.split('|').map(str::trim).collect();
            let [name, segment, label, nav, about] = cols[..] else {
                panic!("src/ui/views.txt: a view has five columns separated by |: {line}");
            };
            View {
                name: name.into(),
                segment: segment.into(),
                label: label.into(),
                nav: nav == "nav",
                about: about.into(),
            }
        })
        .collect();
    let mut code = String::from(
        "/// Every view of the app, as `src/ui/views.txt` lists them.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum View {\n",
    );
    for v in &views {
        writeln!(code, "    /// {}\n    {},", v.about, v.name).unwrap();
    }
    let names = |nav_only: bool| {
        views
            .iter()
            .filter(|v| v.nav || !nav_only)
            .map(|v| format!("View::{}", v.name))
            .collect::<Vec<_>>()
    };
    let (all, nav) = (names(false), names(true));
    writeln!(
        code,
        "}}\n\nimpl View {{\n    /// Every view, in the list's order.\n    pub const ALL: [View; {}] = [{}];\n\n    \
         /// The views in the main navigation, in the order of a user's journey.\n    pub const NAV: [View; {}] = [{}];\n",
        all.len(),
        all.join(", "),
        nav.len(),
        nav.join(", ")
    )
    .unwrap();
    let arms = |pick: fn(&View) -> &str| {
        views
            .iter()
            .map(|v| format!("            View::{} => {:?},\n", v.name, pick(v)))
            .collect::<String>()
    };
    writeln!(
        code,
        "    /// The path segment under the app's base (\"\" for the welcome page).\n    \
         pub fn segment(self) -> &'static str {{\n        match self {{\n{}        }}\n    }}\n\n    \
         /// The name a user reads.\n    pub fn label(self) -> &'static str {{\n        match self {{\n{}        }}\n    }}\n}}",
        arms(|v| &v.segment),
        arms(|v| &v.label)
    )
    .unwrap();
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("views.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}
