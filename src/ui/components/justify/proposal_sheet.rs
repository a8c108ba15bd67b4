use leptos::prelude::*;

use crate::core::chart::{to_svg, Palette};
use crate::core::compare::radar::{draw, Radar};
use crate::core::justify::proposal::{fit, Block, Section};
use crate::core::justify::roi::footnote;
use crate::core::share::qr;
use crate::ui::clock::today;
use crate::ui::components::share::share_link::report_link;
use crate::ui::files::svg_data_url;
use crate::ui::format::{date, figure};
use crate::ui::state::{use_app_state, use_model};

/// A printed link longer than this is cut: the QR code beside it carries the whole of it.
const PRINTED_LINK: usize = 260;

/// The printed page. It keeps to one sheet by construction: every section is cut to the lines its column can give it
/// (with "…"), and the print style clamps each to the same number, so no content can push the page over.
#[component]
pub fn ProposalSheet(blocks: Memo<Vec<Block>>, base: String) -> impl IntoView {
    let state = use_app_state();
    let model = use_model();
    let link = Memo::new(move |_| state.workspace.with(|w| report_link(w, &base)));
    let head = move || {
        state.workspace.with(|w| {
            let t = &w.case.training;
            let title = match t.course.trim() {
                "" => "Training proposal".to_string(),
                course => fit(&format!("Training proposal: {course}"), 1),
            };
            // The name alone: the role the user is measured against is the benchmark's, named as the radar and
            // the text name it.
            let who = w.profile.name.trim();
            let by = if who.is_empty() {
                String::new()
            } else {
                format!("{} · ", fit(who, 1))
            };
            (title, format!("{by}{}", date(&w.locale, &today())))
        })
    };
    // Light colours always: paper is white.
    let radar_svg = Memo::new(move |_| {
        state.benchmark.with(|b| {
            state.workspace.with(|w| {
                let radar = Radar::of(model, &w.assessment, b.as_ref(), &Palette::LIGHT);
                to_svg(520, 420, |area| draw(area, &radar, &Palette::LIGHT, 1.0))
            })
        })
    });
    let qr_svg = Memo::new(move |_| qr::svg(&link.get()));
    let footnote_text = move || {
        state.workspace.with(|w| {
            let m = &w.locale;
            footnote(&w.case, &w.case.outcome(), &|f| figure(m, f))
        })
    };
    let section = move |b: Block| {
        let extra = match b.section {
            // As tall as the room model gave it: smaller when the text beside it needs the lines.
            Section::WhyNow => Some(view! { <img class="sheet-radar" data-px=b.figure_px src=move || svg_data_url(&radar_svg.get()) alt="Radar chart of the ratings against the benchmark"/> }.into_any()),
            Section::Link => Some(view! {
                <div class="sheet-link">
                    {move || match qr_svg.get() {
                        Some(svg) => view! { <img class="sheet-qr" src=svg_data_url(&svg) alt="QR code of the report link"/> }.into_any(),
                        None => view! { <p class="hint">"The link is too long for a QR code: leave out the edited wording to shorten it."</p> }.into_any(),
                    }}
                    <p class="sheet-url" data-testid="sheet-url">{move || {
                        let l = link.get();
                        if l.chars().count() > PRINTED_LINK { format!("{}…", l.chars().take(PRINTED_LINK).collect::<String>()) } else { l }
                    }}</p>
                </div>
            }.into_any()),
            _ => None,
        };
        view! {
            <section class="sheet-section" data-section=b.section.id()>
                <h2>{b.section.title()}</h2>
                <p class="sheet-text" data-lines=b.lines>{b.printed}</p>
                {extra}
            </section>
        }
    };
    let column = move |sections: &'static [Section]| {
        move || {
            blocks.with(|all| {
                all.iter()
                    .filter(|b| b.shown && sections.contains(&b.section))
                    .cloned()
                    .map(section)
                    .collect_view()
            })
        }
    };
    view! {
        <div class="sheet-frame">
            <article class="sheet" data-testid="proposal-sheet" aria-label="The proposal as it prints">
                <header class="sheet-head">
                    <h2 class="sheet-title">{move || head().0}</h2>
                    <p>{move || head().1}</p>
                </header>
                <div class="sheet-body">
                    <div class="sheet-col">{column(&[Section::Request, Section::WhyNow, Section::Goals])}</div>
                    <div class="sheet-col">{column(&[Section::Roi, Section::Coverage, Section::Alternatives, Section::Sharing, Section::CheckIn, Section::Link])}</div>
                </div>
                <p class="sheet-footnote" data-testid="sheet-footnote">{footnote_text}</p>
            </article>
        </div>
    }
}
