use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::files::copy_text;

/// A link to hand on: shown whole (one click selects it), with a Copy button that says whether copying worked.
#[component]
pub fn CopyField(
    link: Signal<String>,
    /// Names the field for screen readers and ids.
    id: &'static str,
    label: &'static str,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = link.get_untracked();
        spawn_local(async move {
            copied.set(Some(copy_text(&text).await.is_ok()));
        });
    };
    // A new link makes the old "Copied" untrue.
    Effect::new(move |_| {
        link.track();
        copied.set(None);
    });
    view! {
        <div class="share-row">
            <label class="visually-hidden" for=id>{label}</label>
            <input id=id type="text" readonly prop:value=move || link.get() data-testid=id
                on:focus=move |ev| { event_target::<web_sys::HtmlInputElement>(&ev).select() }/>
            <button class="primary" on:click=copy data-testid=format!("copy-{id}")>"Copy link"</button>
        </div>
        <p class="copy-status" role="status" data-testid=format!("{id}-status")>
            {move || match copied.get() {
                Some(true) => format!("Copied: {} characters.", link.with(|l| l.chars().count())),
                Some(false) => "Your browser did not allow copying. Click the link above and press Ctrl+C (⌘C on a Mac).".into(),
                None => String::new(),
            }}
        </p>
    }
}
