use leptos::prelude::*;

/// Wording we wrote for the user, shown as text to read, with *Edit* opening a box the size of the text: reading
/// comes first, and a box per paragraph cut at a fixed height read as a form to fill in. The box and the text are
/// both in the page, one shown at a time by a class.
#[component]
pub fn EditableText(
    /// The box's id, for its label and for tests.
    id: String,
    /// What the box holds, read out with it: "Wording of “It pays back”".
    label: Signal<String>,
    text: Signal<String>,
    /// Each keystroke's whole text, kept at once as every field in the case is.
    on_input: Callback<String>,
) -> impl IntoView {
    let editing = RwSignal::new(false);
    let area = NodeRef::<leptos::html::Textarea>::new();
    let toggle = move |_| {
        let open = !editing.get_untracked();
        editing.set(open);
        // Opening the box puts the caret in it, so a keyboard user types where they asked to; the next frame is
        // when the class has shown it.
        if open {
            request_animation_frame(move || {
                if let Some(area) = area.get_untracked() {
                    let _ = area.focus();
                }
            });
        }
    };
    view! {
        <div class="editable" class:editing=move || editing.get()>
            <p class="said" id=format!("{id}-text") data-testid="said">{move || text.get()}</p>
            <label class="visually-hidden" for=id.clone()>{move || label.get()}</label>
            <textarea id=id node_ref=area prop:value=move || text.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))></textarea>
            <button type="button" class="link edit-text" aria-expanded=move || editing.get().to_string()
                aria-label=move || format!("{}: {}", if editing.get() { "Done" } else { "Edit" }, label.get())
                on:click=toggle>
                {move || if editing.get() { "Done" } else { "Edit" }}
            </button>
        </div>
    }
}
