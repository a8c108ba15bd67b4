use leptos::prelude::*;

use crate::ui::state::AppState;

#[component]
pub fn Erase(state: AppState) -> impl IntoView {
    let (confirming, set_confirming) = signal(false);
    let erase = move |_| {
        set_confirming.set(false);
        state.erase_everything();
    };
    view! {
        <section class="card">
            <h2>"Erase everything"</h2>
            <p>"Remove your workspace and every recovery copy from this browser. Export a backup first if you may want it."</p>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button class="danger" on:click=move |_| set_confirming.set(true) data-testid="erase">
                        "Erase everything…"
                    </button>
                }
            >
                <div class="confirm" role="group" aria-label="Confirm erase">
                    <p><strong>"Erase all your Skillcase data in this browser?"</strong></p>
                    <button class="danger" on:click=erase data-testid="erase-confirm">"Yes, erase everything"</button>
                    <button on:click=move |_| set_confirming.set(false)>"Cancel"</button>
                </div>
            </Show>
        </section>
    }
}
