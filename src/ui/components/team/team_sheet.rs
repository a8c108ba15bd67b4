use leptos::prelude::*;

use crate::core::chart::{to_svg, Palette};
use crate::core::compare::radar::draw;
use crate::core::locale::Locale;
use crate::core::model::Role;
use crate::core::plan::suggested_impact;
use crate::core::team::{price, GroupOption, GroupOutcome, TeamView};
use crate::core::words::{a, list};
use crate::ui::files::svg_data_url;
use crate::ui::format::{figure, number};
use crate::ui::state::{use_app_state, use_model};

/// The group proposal as it prints: where the team stands, its largest gaps, the cost of each way to train it, the
/// leader's case and the support it needs.
#[component]
pub fn TeamSheet(
    team: Memo<TeamView>,
    role: Memo<Role>,
    group: Memo<GroupOutcome>,
    locale: Memo<Locale>,
) -> impl IntoView {
    let state = use_app_state();
    let model = use_model();
    // The leader's answers tied to the team's largest gaps and the measures they should move, each clamped on its own
    // so a long one cannot crowd out the others; none, no section.
    let case_text = move || {
        let top: Vec<String> = team.with(|v| {
            v.top_gaps()
                .iter()
                .take(2)
                .map(|a| a.area.clone())
                .collect()
        });
        let gaps: Vec<String> = top
            .iter()
            .map(|id| model.area(id).map_or(id.clone(), |a| a.name.clone()))
            .collect();
        let measures: Vec<String> = top
            .iter()
            .map(|id| suggested_impact(id).measure.to_lowercase())
            .collect();
        state.workspace.with(|w| {
            let mut lines = w.case.leader.lines(&gaps, &measures);
            let missing = w.case.leader.not_ready();
            if !lines.is_empty() && !missing.is_empty() {
                lines.push(format!(
                    "Still to settle before the training: {}.",
                    list(&missing)
                ));
            }
            lines
        })
    };
    // Light colours always: paper is white.
    let sheet_radar = Memo::new(move |_| {
        team.with(|v| {
            let r = v.radar(model, role.get(), &Palette::LIGHT);
            to_svg(520, 420, |area| draw(area, &r, &Palette::LIGHT, 1.0))
        })
    });
    view! {
        <article class="sheet team-sheet" data-testid="team-sheet" aria-label="The group proposal as it prints">
            <header class="sheet-head">
                <h2 class="sheet-title">"Group training proposal"</h2>
                <p>{move || format!("{} team members against {} expectations for {}", team.with(|v| v.names.len()), if model.is_builtin() { "Skillcase's generic".to_string() } else { format!("{}'s", model.name) }, a(model.role_name(role.get())))}</p>
            </header>
            <div class="sheet-body">
                <div class="sheet-col">
                    <section class="sheet-section"><h2>"Where the team stands"</h2>
                        // Lazy: on screen the sheet is hidden, so the browser decodes the chart only to print it.
                        <img class="sheet-radar" loading="lazy" src=move || svg_data_url(&sheet_radar.get()) alt="Radar chart of the team against the role"/></section>
                </div>
                <div class="sheet-col">
                    <section class="sheet-section"><h2>"Largest gaps"</h2>
                        <p class="sheet-text" data-lines="8">{move || team.with(|v| v.top_gaps().iter().take(4).map(|a| {
                            let name = model.area(&a.area).map_or(a.area.clone(), |x| x.name.clone());
                            format!("{name}: gap {:.1}, in focus for {} of {}", a.gap.unwrap_or(0.0), a.in_focus, v.names.len())
                        }).collect::<Vec<_>>().join("\n"))}</p>
                    </section>
                    <section class="sheet-section"><h2>"Full cost: public course or in-house"</h2>
                        <p class="sheet-text" data-lines="5" data-testid="sheet-group-cost">{move || {
                            let (o, m) = (group.get(), locale.get());
                            let f = |x| figure(&m, x);
                            let cost = |option: &Option<GroupOption>| option.as_ref().map(|o| o.figures.cost);
                            format!("{}{}, fees, travel and time away: public course {}, in-house workshop {}.{}",
                                number(&m, o.people, 0),
                                if o.guests > 0.0 { format!(" PMs and {} from other functions", number(&m, o.guests, 0)) } else { " people".into() }, price(cost(&o.public), &f), price(cost(&o.workshop), &f),
                                o.break_even_people.map(|n| format!(" On fees, the workshop costs less from {} people.", number(&m, n, 0))).unwrap_or_default())
                        }}</p>
                    </section>
                    <section class="sheet-section"><h2>"Return, on conservative figures"</h2>
                        <p class="sheet-text" data-lines="6" data-testid="sheet-group-verdict">{move || {
                            let (o, m) = (group.get(), locale.get());
                            state.workspace.with(|w| match w.team.group.stated(&o, &|f| figure(&m, f)) {
                                Some((name, said)) => format!("The cheaper is {name}. {}", said.sentence()),
                                None => "Prices are quotes pending: no cost or return is stated yet.".into(),
                            })
                        }}</p>
                    </section>
                    <Show when=move || !case_text().is_empty()>
                        <section class="sheet-section"><h2>"The case"</h2>
                            {move || case_text().into_iter().map(|t| view! { <p class="sheet-text" data-lines="4">{t}</p> }).collect_view()}
                        </section>
                    </Show>
                    <Show when=move || state.workspace.with(|w| !w.case.leader.stakeholders.is_empty())>
                        <section class="sheet-section"><h2>"Support needed"</h2>
                            <p class="sheet-text" data-lines="6">{move || state.workspace.with(|w| w.case.leader.stakeholders.join("\n"))}</p>
                        </section>
                    </Show>
                </div>
            </div>
        </article>
    }
}
