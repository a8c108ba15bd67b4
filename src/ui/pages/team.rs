use leptos::prelude::*;

use crate::core::charts::radar::{draw, Radar};
use crate::core::charts::{to_svg, Palette, Series};
use crate::core::model::{CompetencyModel, MAX_LEVEL};
use crate::core::team::{open_members, view as team_view, Added, TeamView};
use crate::core::workspace::{BenchmarkChoice, Role};
use crate::ui::app::use_app_state;
use crate::ui::components::argument_list::LeaderQuestions;
use crate::ui::components::number_field::NumberField;
use crate::ui::components::radar_chart::RadarChart;
use crate::ui::components::team_heat_map::TeamHeatMap;
use crate::ui::files::{download, svg_data_url, today};
use crate::ui::format::{money, number, warm_up};
use crate::ui::idle::when_idle;
use crate::ui::state::Notice;
use crate::ui::theme::use_palette;

/// The team's average, lowest and highest per area against the role, as one radar.
fn team_radar(v: &TeamView, role: Role, palette: &Palette) -> Radar {
    let model = CompetencyModel::builtin();
    let pick = |f: fn(&crate::core::team::AreaSpread) -> Option<f32>| {
        v.areas.iter().map(f).collect::<Vec<_>>()
    };
    Radar {
        axes: model.areas.iter().map(|a| a.name.clone()).collect(),
        series: vec![
            Series {
                label: "Team average".into(),
                values: pick(|a| a.mean),
                color: Palette::KNOWLEDGE,
                dashed: false,
            },
            Series {
                label: "Lowest".into(),
                values: pick(|a| a.min),
                color: Palette::EXPERIENCE,
                dashed: true,
            },
            Series {
                label: "Highest".into(),
                values: pick(|a| a.max),
                color: Palette::EXPERIENCE,
                dashed: true,
            },
            Series {
                label: format!("{} expectations", role.label()),
                values: pick(|a| a.target),
                color: palette.benchmark,
                dashed: true,
            },
        ],
        max: f32::from(MAX_LEVEL),
        caption: format!(
            "Team of {} against {} expectations (role expectations, not survey data)",
            v.names.len(),
            role.label()
        ),
    }
}

/// Members listed before "Show the other N".
const SHORT_LIST: usize = 12;

fn report(added: &Added) -> String {
    let mut parts = Vec::new();
    if added.added > 0 {
        parts.push(format!("Added {}", added.added));
    }
    if added.refreshed > 0 {
        parts.push(format!("updated {} with a newer link", added.refreshed));
    }
    let mut s = if parts.is_empty() {
        "Nothing added".to_string()
    } else {
        parts.join(", ")
    };
    s.push('.');
    for (at, what) in &added.problems {
        s.push_str(&format!(" Link {at}: {what}."));
    }
    s
}

/// The manager's team: gather links, see the team against a role, share the team benchmark, make the group case.
#[component]
pub fn Team() -> impl IntoView {
    let state = use_app_state();
    let model = CompetencyModel::builtin();
    let palette = use_palette();
    // The group case shows money once the team is there: its formatters are made before the paste that needs them.
    warm_up(state.workspace.with_untracked(|w| w.money.clone()));
    let pasted = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<String>);
    // Links decoded only when the members change, not on every edit elsewhere in the workspace.
    let links = Memo::new(move |_| state.workspace.with(|w| w.team.members.clone()));
    let members = Memo::new(move |_| links.with(|l| open_members(l, model)));
    let role = Memo::new(move |_| state.workspace.with(|w| w.team.role));
    let tv = Memo::new(move |_| members.with(|m| team_view(m, role.get(), model)));
    let radar = Signal::derive(move || tv.with(|v| team_radar(v, role.get(), &palette.get())));
    let add = move |_| {
        let text = pasted.get_untracked();
        let mut result = Added::default();
        state
            .workspace
            .update(|w| result = w.team.add_links(&text, model));
        if result.problems.is_empty() {
            pasted.set(String::new());
        }
        outcome.set(Some(report(&result)));
    };
    let removed = RwSignal::new(None::<(usize, crate::core::team::Member)>);
    // A long list is mostly scrolling: the first few, and the rest on request (the heat map names everyone).
    let show_all = RwSignal::new(false);
    let hidden = move || members.with(Vec::len).saturating_sub(SHORT_LIST);
    let has_members = move || members.with(|m| !m.is_empty());
    // What lies below the list (charts, gaps, group case, print sheet) is built once the browser is idle after the
    // team first appears: the click that adds fifty links answers with the list at once, the rest follows.
    let settled = RwSignal::new(false);
    Effect::new(move |_| {
        if has_members() && !settled.get_untracked() {
            when_idle(move || settled.set(true));
        }
    });
    let use_benchmark = move |_| {
        let b = tv.with_untracked(|v| v.benchmark("Team"));
        let mut ws = state.workspace.get_untracked();
        ws.benchmark = BenchmarkChoice::Imported {
            name: b.name.clone(),
        };
        ws.keep_benchmark(b);
        state.replace(ws, "The team average is now your benchmark on Results.");
    };
    let download_benchmark = move |_| {
        let file = tv.with_untracked(|v| v.benchmark_file("Team"));
        if download(
            &format!("skillcase-team-benchmark-{}.json", today()),
            "application/json",
            &file,
        )
        .is_err()
        {
            state.notify(Notice::Done {
                message: "The browser refused the download.".into(),
                undo: None,
            });
        }
    };
    let group = Memo::new(move |_| {
        state
            .workspace
            .with(|w| w.team.group.outcome(w.team.members.len()))
    });
    let m = Memo::new(move |_| state.workspace.with(|w| w.money.clone()));
    let field = move |id: &'static str,
                      label: &'static str,
                      get: fn(&crate::core::team::GroupCase) -> f64,
                      set: fn(&mut crate::core::team::GroupCase, f64)| {
        view! {
            <NumberField id label value=Signal::derive(move || state.workspace.with(|w| get(&w.team.group)))
                on_set=Callback::new(move |v| state.workspace.update(|w| set(&mut w.team.group, v)))
                error=Signal::derive(move || state.workspace.with(|w| (get(&w.team.group) < 0.0).then(|| "can't be negative".to_string())))/>
        }
    };
    // The leader's answers, each clamped on its own so a long one cannot crowd out the others; none, no section.
    let case_text = move || {
        state.workspace.with(|w| {
            let l = &w.roi.leader;
            [
                ("Not happening that should: ", &l.not_happening),
                ("Happening that should not: ", &l.should_not_happen),
                ("What we want: ", &l.want),
            ]
            .iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(q, t)| format!("{q}{}", t.trim()))
            .collect::<Vec<_>>()
        })
    };
    let print = move |_| {
        let _ = window().print();
    };
    let sheet_radar = Memo::new(move |_| {
        tv.with(|v| {
            let r = team_radar(v, role.get(), &Palette::LIGHT);
            to_svg(520, 420, |area| draw(area, &r, &Palette::LIGHT, 1.0))
        })
    });
    view! {
        <div class="no-print">
            <h1>"Your team"</h1>
            <p class="promise">"Everything you gather here stays in this browser: the links are read here and sent nowhere."</p>
            <section class="card">
                <h2>"Gather your team"</h2>
                <label for="team-links">"Paste your team members' report links (one or many, one a line)"</label>
                <textarea id="team-links" rows="4" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <button class="primary" on:click=add data-testid="add-links">"Add to the team"</button>
                <p role="status" data-testid="add-result">{move || outcome.get()}</p>
                <div class="field">
                    <label for="team-role">"Measure the team against"</label>
                    <select id="team-role" on:change=move |ev| {
                        if let Some(r) = Role::from_code(&event_target_value(&ev)) { state.workspace.update(|w| w.team.role = r) }
                    }>
                        {Role::ALL.iter().map(|r| { let r = *r; view! { <option value=r.code() selected=move || role.get() == r>{r.label()}</option> } }).collect_view()}
                    </select>
                </div>
                <Show when=has_members fallback=|| view! { <p>"No members yet. Ask each person for the link under “Share your report as a link” on their Results page."</p> }>
                    <ul class="members" data-testid="members">
                        {move || members.get().into_iter().take(if show_all.get() { usize::MAX } else { SHORT_LIST }).enumerate().map(|(i, m)| {
                            let made = m.report.made_on_iso();
                            view! {
                                <li class="member">
                                    <input type="text" maxlength="80" aria-label=format!("Name of member {}", i + 1) prop:value=m.name.clone()
                                        on:change=move |ev| { let v = event_target_value(&ev); state.workspace.update(|w| if let Some(x) = w.team.members.get_mut(i) { x.rename = v }) }/>
                                    <span class="hint">{format!("link of {made}")}</span>
                                    <button aria-label=format!("Remove member {}", i + 1) on:click=move |_| {
                                        state.workspace.update(|w| if i < w.team.members.len() { removed.set(Some((i, w.team.members.remove(i)))) });
                                    }>"Remove"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <Show when=move || { !show_all.get() && hidden() > 0 }>
                        <button on:click=move |_| show_all.set(true) data-testid="show-all-members">{move || format!("Show the other {} members", hidden())}</button>
                    </Show>
                    {move || removed.get().map(|(i, m)| view! {
                        <p role="status">"Member removed. "
                            <button on:click=move |_| {
                                let m = m.clone();
                                state.workspace.update(|w| { let at = i.min(w.team.members.len()); w.team.members.insert(at, m) });
                                removed.set(None);
                            }>"Undo"</button>
                        </p>
                    })}
                </Show>
            </section>
        </div>
        <Show when=move || has_members() && settled.get()>
            <div class="no-print">
                <div class="chart-block"><RadarChart radar/></div>
                <TeamHeatMap view=tv/>
                <section class="card">
                    <h2>"Where the team needs training"</h2>
                    <ol data-testid="team-gaps">
                        {move || tv.with(|v| v.top_gaps().into_iter().map(|a| {
                            let name = model.area(&a.area).map_or(a.area.clone(), |x| x.name.clone());
                            let below = if a.below.is_empty() { String::new() } else { format!("; a level or more below: {}", a.below.join(", ")) };
                            view! { <li>{format!("{name} — team {:.1}, target {:.1}, gap {:.1}; in focus for {} of {}{below}", a.mean.unwrap_or(0.0), a.target.unwrap_or(0.0), a.gap.unwrap_or(0.0), a.in_focus, v.names.len())}</li> }
                        }).collect_view())}
                    </ol>
                </section>
                <section class="card">
                    <h2>"The team as a benchmark"</h2>
                    <p class="hint">"The team's average per area, for anyone in the team to compare with: use it yourself, or send the file; each member loads it with “Import a benchmark” on Results."</p>
                    <div class="row">
                        <button on:click=use_benchmark data-testid="use-team-benchmark">"Use as my benchmark"</button>
                        <button on:click=download_benchmark data-testid="download-team-benchmark">"Download the team benchmark"</button>
                    </div>
                </section>
                <section class="card">
                    <h2>"Training the group"</h2>
                    <div class="row">
                        {field("seat-fee", "Public course fee per seat", |g| g.seat_fee, |g, v| g.seat_fee = v)}
                        {field("seat-travel", "Travel and expenses per person", |g| g.seat_travel, |g, v| g.seat_travel = v)}
                        {field("workshop-fee", "In-house workshop fee", |g| g.workshop_fee, |g, v| g.workshop_fee = v)}
                        {field("workshop-head", "Workshop cost per person", |g| g.workshop_per_head, |g, v| g.workshop_per_head = v)}
                        {field("group-people", "People to train (0: the whole team)", |g| g.people, |g, v| g.people = v)}
                    </div>
                    <p data-testid="group-outcome">{move || {
                        let o = group.get();
                        let m = m.get();
                        let even = match o.break_even_people {
                            Some(n) => format!("The workshop costs less from {} people.", number(&m, n, 0)),
                            None => "The workshop never costs less: its cost per person is above a seat's.".into(),
                        };
                        format!("For {} people: public course {}, in-house workshop {}. {even}", number(&m, o.people, 0), money(&m, o.public), money(&m, o.workshop))
                    }}</p>
                    <button class="primary" on:click=print data-testid="print-team">"Print the group proposal"</button>
                </section>
                <LeaderQuestions/>
            </div>
            <article class="sheet team-sheet" data-testid="team-sheet" aria-label="The group proposal as it prints">
                <header class="sheet-head">
                    <h1>"Group training proposal"</h1>
                    <p>{move || format!("{} team members against {} expectations", members.with(Vec::len), role.get().label())}</p>
                </header>
                <div class="sheet-body">
                    <div class="sheet-col">
                        <section class="sheet-section"><h2>"Where the team stands"</h2>
                            // Lazy: on screen the sheet is hidden, so the browser decodes the chart only to print it.
                            <img class="sheet-radar" loading="lazy" src=move || svg_data_url(&sheet_radar.get()) alt="Radar chart of the team against the role"/></section>
                    </div>
                    <div class="sheet-col">
                        <section class="sheet-section"><h2>"Largest gaps"</h2>
                            <p class="sheet-text" data-lines="8">{move || tv.with(|v| v.top_gaps().iter().take(4).map(|a| {
                                let name = model.area(&a.area).map_or(a.area.clone(), |x| x.name.clone());
                                format!("{name}: gap {:.1}, in focus for {} of {}", a.gap.unwrap_or(0.0), a.in_focus, v.names.len())
                            }).collect::<Vec<_>>().join("\n"))}</p>
                        </section>
                        <section class="sheet-section"><h2>"Cost: public course or in-house"</h2>
                            <p class="sheet-text" data-lines="5">{move || {
                                let (o, m) = (group.get(), m.get());
                                format!("{} people: public course {}, in-house workshop {}.{}", number(&m, o.people, 0), money(&m, o.public), money(&m, o.workshop),
                                    o.break_even_people.map(|n| format!(" The workshop costs less from {} people.", number(&m, n, 0))).unwrap_or_default())
                            }}</p>
                        </section>
                        <Show when=move || !case_text().is_empty()>
                            <section class="sheet-section"><h2>"The case"</h2>
                                {move || case_text().into_iter().map(|t| view! { <p class="sheet-text" data-lines="4">{t}</p> }).collect_view()}
                            </section>
                        </Show>
                        <Show when=move || state.workspace.with(|w| !w.roi.leader.stakeholders.is_empty())>
                            <section class="sheet-section"><h2>"Support needed"</h2>
                                <p class="sheet-text" data-lines="6">{move || state.workspace.with(|w| w.roi.leader.stakeholders.join("\n"))}</p>
                            </section>
                        </Show>
                    </div>
                </div>
            </article>
        </Show>
    }
}
