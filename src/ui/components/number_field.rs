use leptos::prelude::*;

use crate::core::roi::parse_amount;

/// A number the user types. While the text is not a number it stays as typed, with a message beside it, and the saved
/// figure keeps its last good value: nothing unreadable reaches the workspace, and no NaN reaches the screen.
#[component]
pub fn NumberField(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] hint: &'static str,
    value: Signal<f64>,
    on_set: Callback<f64>,
    /// What is wrong with the figure itself (negative, too large…), from the core.
    error: Signal<Option<String>>,
) -> impl IntoView {
    // What the user is typing, kept until they leave the field.
    let typed = RwSignal::new(None::<String>);
    let shown = move || typed.get().unwrap_or_else(|| value.get().to_string());
    let unreadable = move || typed.get().is_some_and(|t| parse_amount(&t).is_none());
    let message = move || {
        if unreadable() {
            Some("Enter a number, such as 4200 or 4 200.50".to_string())
        } else {
            error.get().map(|e| format!("This {e}"))
        }
    };
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field number" class:invalid=move || message().is_some()>
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                prop:value=shown
                aria-invalid=move || message().is_some().to_string()
                aria-describedby=move || message().is_some().then(|| described.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    if let Some(v) = parse_amount(&text) {
                        on_set.run(v);
                    }
                    typed.set(Some(text));
                }
                on:blur=move |_| {
                    if !unreadable() {
                        typed.set(None);
                    }
                }
            />
            {(!hint.is_empty()).then(|| view! { <p class="hint">{hint}</p> })}
            <p class="error" id=error_id role="alert">{message}</p>
        </div>
    }
}
