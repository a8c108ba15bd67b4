use leptos::prelude::*;

use crate::core::justify::verdict::stale_figures;
use crate::core::words::list;

/// The figures the user's own wording quotes that today's figures no longer give, named beside it: the boss would
/// read them as the case's.
#[component]
pub fn StaleFigures(
    /// The user's wording; empty while they have not reworded ours.
    text: Signal<String>,
    /// Everything we write from today's figures.
    current: Signal<String>,
) -> impl IntoView {
    let stale = Memo::new(move |_| {
        text.with(|t| {
            if t.is_empty() {
                Vec::new()
            } else {
                current.with(|c| stale_figures(t, c))
            }
        })
    });
    view! {
        <Show when=move || !stale.with(Vec::is_empty)>
            <p class="warn" role="status" data-testid="stale-figures">
                {move || format!(
                    "Your wording quotes {}, which your figures no longer give: update it, or use ours.",
                    list(&stale.get())
                )}
            </p>
        </Show>
    }
}
