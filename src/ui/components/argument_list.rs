use leptos::prelude::*;

use crate::core::arguments::{write, Argument, ArgumentChoice, Facts};
use crate::core::model::CompetencyModel;
use crate::core::results::results;
use crate::core::roi::Alternative;
use crate::core::workspace::Workspace;
use crate::ui::app::use_app_state;
use crate::ui::format::{money, number, percent};

/// What the arguments are written from: the user's focus gaps and their figures, in their number format.
pub fn facts(w: &Workspace) -> Facts {
    let model = CompetencyModel::builtin();
    let found = results(model, &w.assessment, w.benchmark().as_ref());
    let name = |id: &String| model.area(id).map_or(id.clone(), |a| a.name.clone());
    let o = w.roi.outcome();
    let m = &w.money;
    let t = &w.roi.training;
    let d = &w.roi.benefits.decisions;
    Facts {
        role: w
            .profile
            .role
            .map(|r| r.label().to_string())
            .unwrap_or_default(),
        focus: found.focus.iter().map(name).collect(),
        course: t.course.clone(),
        provider: t.provider.clone(),
        days_away: if t.days_away > 0.0 {
            number(m, t.days_away, 1)
        } else {
            String::new()
        },
        total_cost: (o.costs.total > 0.0).then(|| money(m, o.costs.total)),
        roi: o.roi_pct.map(|r| percent(m, r, 0)),
        payback: o
            .payback_months
            .map(|p| format!("{} months", number(m, p, 1))),
        break_even: o.break_even_pct.filter(|_| d.on).map(|x| {
            format!(
                "a {} better outcome on the {} I influence",
                percent(m, x, 2),
                money(m, d.influenced)
            )
        }),
        know_not_done: found.know_not_done.iter().map(name).collect(),
    }
}

/// The seven arguments, in the user's order: switch each on or off, move it, reword it, or restore our wording.
#[component]
pub fn ArgumentList() -> impl IntoView {
    let state = use_app_state();
    let facts = Memo::new(move |_| state.workspace.with(facts));
    // Normalised once per change here; each item picks its own entry from it.
    let choices = Memo::new(move |_| state.workspace.with(|w| w.roi.arguments.normalised().0));
    view! {
        <section class="card arguments">
            <h2>"The arguments for your boss"</h2>
            <p class="hint">
                "Written from your gaps and your numbers. Persuade with benefits and empathy: switch off what doesn't fit "
                "your boss, put the strongest first, and make the words your own."
            </p>
            // Keyed by argument, so moving one moves its element and typing never rebuilds the box being typed in.
            <ol class="plain" data-testid="arguments">
                <For each=move || choices.get() key=|c| c.argument let:choice>
                    <ArgumentItem argument=choice.argument facts choices/>
                </For>
            </ol>
        </section>
    }
}

#[component]
fn ArgumentItem(
    argument: Argument,
    facts: Memo<Facts>,
    choices: Memo<Vec<ArgumentChoice>>,
) -> impl IntoView {
    let state = use_app_state();
    let choice = Memo::new(move |_| {
        choices.with(|all| {
            let at = all.iter().position(|c| c.argument == argument).unwrap_or(0);
            (at, all[at].on, all[at].edited.clone())
        })
    });
    let change = move |f: Box<dyn FnOnce(&mut ArgumentChoice)>| {
        state.workspace.update(|w| {
            w.roi.arguments = w.roi.arguments.normalised();
            if let Some(c) = w
                .roi
                .arguments
                .0
                .iter_mut()
                .find(|c| c.argument == argument)
            {
                f(c);
            }
        });
    };
    let shift = move |by: isize| {
        let at = choice.get_untracked().0;
        state.workspace.update(|w| {
            w.roi.arguments = w.roi.arguments.normalised();
            w.roi.arguments.shift(at, by);
        });
    };
    let on = Memo::new(move |_| choice.get().1);
    let edited = Memo::new(move |_| choice.get().2.is_some());
    let text = move || {
        choice
            .get()
            .2
            .unwrap_or_else(|| facts.with(|f| write(argument, f)))
    };
    let id = format!("argument-{argument:?}");
    view! {
        <li class="argument" class:off=move || !on.get() data-testid="argument">
            <div class="argument-head">
                <label>
                    <input type="checkbox" prop:checked=on
                        on:change=move |ev| { let on = event_target_checked(&ev); change(Box::new(move |c| c.on = on)) }/>
                    " " <strong>{argument.title()}</strong>
                </label>
                <span class="argument-moves">
                    <button type="button" disabled=move || choice.get().0 == 0 on:click=move |_| shift(-1)
                        aria-label=format!("Move “{}” up", argument.title())>"↑"</button>
                    <button type="button" disabled=move || choice.get().0 + 1 == Argument::ALL.len()
                        on:click=move |_| shift(1)
                        aria-label=format!("Move “{}” down", argument.title())>"↓"</button>
                </span>
            </div>
            <p class="hint">{argument.advice()}</p>
            <Show when=move || on.get()>
                <label class="visually-hidden" for=id.clone()>{format!("Wording of “{}”", argument.title())}</label>
                <textarea id=id.clone() rows="4" prop:value=text
                    on:input=move |ev| { let t = event_target_value(&ev); change(Box::new(move |c| c.edited = Some(t))) }></textarea>
                <Show when=move || edited.get()>
                    <button type="button" class="link" on:click=move |_| change(Box::new(|c| c.edited = None))>
                        "Regenerate from my numbers (drops my wording)"
                    </button>
                </Show>
            </Show>
        </li>
    }
}

/// The alternatives weighed against this training, each with why it was not chosen.
#[component]
pub fn Alternatives() -> impl IntoView {
    let state = use_app_state();
    let set = move |i: usize, way: Option<String>, why: Option<String>| {
        state.workspace.update(|w| {
            if let Some(a) = w.roi.alternatives.get_mut(i) {
                if let Some(way) = way {
                    a.way = way;
                }
                if let Some(why) = why {
                    a.why_not = why;
                }
            }
        })
    };
    let rows = move || {
        state.workspace.with(|w| {
            w.roi
                .alternatives
                .iter()
                .enumerate()
                .map(|(i, a)| {
                    let way_id = format!("alternative-{i}");
                    let why_id = format!("alternative-{i}-why");
                    view! {
                        <li class="alternative">
                            <label for=way_id.clone()>"Alternative"</label>
                            <input id=way_id type="text" maxlength="80" prop:value=a.way.clone()
                                on:change=move |ev| set(i, Some(event_target_value(&ev)), None)/>
                            <label for=why_id.clone()>"Why this training instead"</label>
                            <textarea id=why_id rows="2" prop:value=a.why_not.clone()
                                on:change=move |ev| set(i, None, Some(event_target_value(&ev)))></textarea>
                            <button type="button" class="link" on:click=move |_| state.workspace.update(|w| { w.roi.alternatives.remove(i); })>
                                "Remove"
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card">
            <h2>"Alternatives considered"</h2>
            <ul class="plain alternatives">{rows}</ul>
            <button type="button" on:click=move |_| state.workspace.update(|w| w.roi.alternatives.push(Alternative { way: String::new(), why_not: String::new() }))>
                "Add an alternative"
            </button>
        </section>
    }
}

/// For leaders: the three questions that frame a training case, and whose support it needs.
#[component]
pub fn LeaderQuestions() -> impl IntoView {
    let state = use_app_state();
    let question = move |id: &'static str,
                         label: &'static str,
                         get: fn(&Workspace) -> String,
                         put: fn(&mut Workspace, String)| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <textarea id=id rows="2" prop:value=move || state.workspace.with(get)
                    on:change=move |ev| state.workspace.update(|w| put(w, event_target_value(&ev)))></textarea>
            </div>
        }
    };
    view! {
        <details class="card">
            <summary><strong>"Leading a team? Frame the case with three questions"</strong></summary>
            {question("leader-not", "What is not happening that should be?", |w| w.roi.leader.not_happening.clone(), |w, v| w.roi.leader.not_happening = v)}
            {question("leader-should-not", "What is happening that should not be?", |w| w.roi.leader.should_not_happen.clone(), |w, v| w.roi.leader.should_not_happen = v)}
            {question("leader-want", "What do you want to have happen?", |w| w.roi.leader.want.clone(), |w, v| w.roi.leader.want = v)}
            {question("leader-stakeholders",
                "Whose support does the plan need? (one a line: who, and what you need from them — training works when other functions commit too)",
                |w| w.roi.leader.stakeholders.join("\n"),
                |w, v| w.roi.leader.stakeholders = v.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect())}
        </details>
    }
}
