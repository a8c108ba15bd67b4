use leptos::prelude::*;

use crate::core::number::parse_amount;

/// A number the user types. While the text is not a number it stays as typed, with a message beside it, and the saved
/// figure keeps its last good value: nothing unreadable reaches the workspace, and no NaN reaches the screen. A field
/// that may stay empty says what empty means (`blank`, shown in it): emptied, it sets `None`.
#[component]
pub fn NumberField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional)] hint: &'static str,
    value: Signal<Option<f64>>,
    on_set: Callback<Option<f64>>,
    /// What is wrong with the figure itself (negative, too large…), from the core.
    error: Signal<Option<String>>,
    /// What an empty field stands for ("half what you expect", "quote pending"); without it, a number is needed.
    #[prop(optional)]
    blank: Option<&'static str>,
) -> impl IntoView {
    // What the user is typing, kept until they leave the field.
    let typed = RwSignal::new(None::<String>);
    let shown = move || {
        typed
            .get()
            .unwrap_or_else(|| value.get().map(|v| v.to_string()).unwrap_or_default())
    };
    let empty_allowed = move |t: &str| blank.is_some() && t.trim().is_empty();
    let unreadable = move || {
        typed
            .get()
            .is_some_and(|t| parse_amount(&t).is_none() && !empty_allowed(&t))
    };
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
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                placeholder=blank
                prop:value=shown
                aria-invalid=move || message().is_some().to_string()
                aria-describedby=move || message().is_some().then(|| described.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    if let Some(v) = parse_amount(&text) {
                        on_set.run(Some(v));
                    } else if empty_allowed(&text) {
                        on_set.run(None);
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
