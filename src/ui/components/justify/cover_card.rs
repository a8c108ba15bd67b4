use leptos::prelude::*;

use crate::ui::components::justify::case_text::CaseText;

/// Who covers while the user is away, and what they hand over: only the user can say, so the proposal and the answer
/// to "who covers?" leave a visible blank until they do, and promise nothing more.
#[component]
pub fn CoverCard() -> impl IntoView {
    view! {
        <section class="card">
            <h2>"While you are away"</h2>
            <p class="hint">"Your boss will ask. Until you fill these in, the proposal prints a blank for you to complete."</p>
            <CaseText id="cover" label="Who covers day-to-day decisions" hint="A name, or a role: “Priya Shah”, “the tech lead”."
                get=|c| c.pitch.cover.clone() set=|c, v| c.pitch.cover = v/>
            <CaseText id="handover" label="What you hand over before you go" long=true
                hint="What is due while you are away, and to whom: “the release checklist and open escalations”."
                get=|c| c.pitch.handover.clone() set=|c, v| c.pitch.handover = v/>
        </section>
    }
}
