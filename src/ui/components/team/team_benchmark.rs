use leptos::prelude::*;

use crate::core::compare::choice::BenchmarkChoice;
use crate::core::team::TeamView;
use crate::ui::clock::today;
use crate::ui::files::download;
use crate::ui::state::{use_app_state, Notice};

/// The team's average as a benchmark: the manager's own, or a file for each member to import.
#[component]
pub fn TeamBenchmark(team: Memo<TeamView>) -> impl IntoView {
    let state = use_app_state();
    let use_benchmark = move |_| {
        let b = team.with_untracked(|v| v.benchmark("Team"));
        let mut ws = state.workspace.get_untracked();
        ws.compare_with = BenchmarkChoice::Imported {
            name: b.name.clone(),
        };
        ws.keep_benchmark(b);
        state.replace(ws, "The team average is now your benchmark on Results.");
    };
    let download_benchmark = move |_| {
        let file = team.with_untracked(|v| v.benchmark_file("Team"));
        if download(
            &format!("skillcase-team-benchmark-{}.json", today()),
            "application/json",
            &file,
        )
        .is_err()
        {
            state.notify(Notice::Done {
                message: "The browser refused the download.".into(),
                undo: None,
            });
        }
    };
    view! {
        <section class="card">
            <h2>"The team as a benchmark"</h2>
            <p class="hint">"The team's average per area, for anyone in the team to compare with: use it yourself, or send the file; each member loads it with “Import a benchmark” on Results."</p>
            <div class="row">
                <button on:click=use_benchmark data-testid="use-team-benchmark">"Use as my benchmark"</button>
                <button on:click=download_benchmark data-testid="download-team-benchmark">"Download the team benchmark"</button>
            </div>
        </section>
    }
}
