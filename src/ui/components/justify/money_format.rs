use leptos::prelude::*;

use crate::ui::format::{CURRENCIES, LOCALES};
use crate::ui::state::use_app_state;

/// The currency, and the locale money, numbers and dates are written in everywhere.
#[component]
pub fn MoneyFormat() -> impl IntoView {
    let state = use_app_state();
    let currency_options = CURRENCIES
        .into_iter()
        .map(|c| view! { <option value=c selected=move || state.workspace.with(|w| w.locale.currency == c)>{c}</option> })
        .collect_view();
    let locale_options = LOCALES
        .into_iter()
        .map(|(code, name)| {
            view! { <option value=code selected=move || state.workspace.with(|w| w.locale.tag == code)>{name}</option> }
        })
        .collect_view();
    view! {
        <section class="card">
            <h2>"Money format"</h2>
            <div class="row">
                <div class="field">
                    <label for="currency">"Currency"</label>
                    <select id="currency" on:change=move |ev| state.workspace.update(|w| w.locale.currency = event_target_value(&ev))>
                        {currency_options}
                    </select>
                </div>
                <div class="field">
                    <label for="locale">"Number and date format"</label>
                    <select id="locale" on:change=move |ev| state.workspace.update(|w| w.locale.tag = event_target_value(&ev))>
                        {locale_options}
                    </select>
                </div>
            </div>
        </section>
    }
}
