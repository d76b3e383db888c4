//! Step 4, measurable goals: ready measures from the article and its
//! companion pieces, or the owner's own; each with a unit, the value now, a
//! target and a date, and the values measured since, with its progress as a
//! chart and in words.

use crate::plan_text;
use crate::texts::plan_content;
use assessment::plan::goals::{Goal, Measure, Reading};
use assessment::plan::{Amount, Day, ItemId, TextKind};
use leptos::prelude::*;

use super::field::{choice, date_field, text_field, Derived};
use super::goal_chart::GoalChart;
use super::guidance;
use super::removed_notice::Removal;
use crate::app::plan_store::PlanStore;
use crate::i18n::Locale;
use crate::texts::language::use_locale;

#[component]
pub fn GoalsStep() -> impl IntoView {
    let locale = use_locale();
    let store = PlanStore::expect();
    let removal = Removal::new(|plan| &mut plan.goals, plan_content::goal_name);
    let remove = move |id: ItemId| removal.remove(id);
    let add = move |_| {
        store.edit(|plan| {
            plan.goals.push(Goal {
                id: crate::browser::system::random_id(),
                measure: Measure::Own,
                name: String::new(),
                unit: String::new(),
                start: None,
                target: None,
                by: None,
                readings: Vec::new(),
            })
        });
    };
    let ids = move || {
        store
            .plan
            .with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>())
    };
    view! {
        {guidance(locale, plan_text!(locale, plan.goals.guide), plan_text!(locale, plan.goals.example))}
        <ol class="plan-items">
            <For each=ids key=|id| *id children=move |id| goal_card(locale, store, id, remove) />
        </ol>
        {removal.notice()}
        <button type="button" class="button" data-testid="add-goal" on:click=add>
            {plan_text!(locale, plan.goals.add)}
        </button>
    }
}

/// One goal: its measure, words, unit, values, date, measurements and
/// progress.
fn goal_card(
    locale: Locale,
    store: PlanStore,
    id: ItemId,
    remove: impl Fn(ItemId) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let goal = Memo::new(move |_| {
        store
            .plan
            .with(|p| p.goals.iter().find(|g| g.id == id).cloned())
    });
    let edit = move |change: &dyn Fn(&mut Goal)| {
        store.edit(|plan| {
            if let Some(goal) = plan.goals.iter_mut().find(|g| g.id == id) {
                change(goal);
            }
        });
    };
    let measures = Measure::ALL
        .into_iter()
        .map(|measure| {
            let selected = move || goal.with(|g| g.as_ref().map(|g| g.measure)) == Some(measure);
            choice(
                measure.as_str().into(),
                plan_content::measure(locale, measure).into(),
                Box::new(selected),
            )
        })
        .collect_view();
    let text = |key: &'static str,
                label: &'static str,
                get: fn(&Goal) -> &String,
                set: fn(&mut Goal) -> &mut String| {
        text_field(
            format!("goal-{id}-{key}"),
            label,
            TextKind::Short,
            Box::new(move |p| {
                p.goals
                    .iter()
                    .find(|g| g.id == id)
                    .map(|g| get(g).clone())
                    .unwrap_or_default()
            }),
            Box::new(move |p, text| {
                if let Some(goal) = p.goals.iter_mut().find(|g| g.id == id) {
                    *set(goal) = text;
                }
            }),
        )
    };
    let number = |key: &'static str,
                  label: &'static str,
                  get: fn(&Goal) -> Option<Amount>,
                  set: fn(&mut Goal, Option<Amount>)| {
        amount_field(
            locale,
            format!("goal-{id}-{key}"),
            label,
            move || goal.with(|g| g.as_ref().and_then(get)),
            move |amount| edit(&|g| set(g, amount)),
        )
    };
    // What the chart and the table draw: rebuilt only when a value or a
    // measurement changes, not when the goal's words are typed.
    let measured = Memo::new(move |_| {
        goal.with(|g| {
            g.as_ref().map(|g| Goal {
                name: String::new(),
                unit: String::new(),
                ..g.clone()
            })
        })
    });
    let progress = move || {
        goal.with(|g| {
            let g = g.as_ref()?;
            Some(plan_content::goal_progress(locale, g))
        })
    };
    view! {
        <li class="plan-item" data-goal=id>
            <div class="field">
                <label for=format!("goal-{id}-measure")>{plan_text!(locale, plan.goals.measure)}</label>
                <select
                    id=format!("goal-{id}-measure")
                    on:change=move |event| {
                        let measure = Measure::parse(&event_target_value(&event)).unwrap_or(Measure::Own);
                        edit(&|g| g.measure = measure);
                    }
                >
                    {measures}
                </select>
            </div>
            {text("name", plan_text!(locale, plan.goals.name), |g| &g.name, |g| &mut g.name)}
            <div class="plan-item__ratings">
                {text("unit", plan_text!(locale, plan.goals.unit), |g| &g.unit, |g| &mut g.unit)}
                {number("start", plan_text!(locale, plan.goals.start), |g| g.start, |g, a| g.start = a)}
                {number("target", plan_text!(locale, plan.goals.target), |g| g.target, |g, a| g.target = a)}
                {date_field(
                    format!("goal-{id}-by"),
                    plan_text!(locale, plan.goals.by),
                    Box::new(move |p| p.goals.iter().find(|g| g.id == id).and_then(|g| g.by)),
                    Box::new(move |p, day| {
                        if let Some(goal) = p.goals.iter_mut().find(|g| g.id == id) {
                            goal.by = day;
                        }
                    }),
                )}
            </div>
            <p class="plan-goal__progress" data-testid="goal-progress">{Box::new(progress) as Derived<_>}</p>
            {move || measured.get().map(|goal| view! { <GoalChart goal /> })}
            {readings(locale, id, measured, edit)}
            <button type="button" class="button button--danger" on:click=move |_| remove(id)>
                {plan_text!(locale, plan.remove)}
            </button>
        </li>
    }
}

/// The measurements: a table of those taken, and a form to add one.
fn readings(
    locale: Locale,
    id: ItemId,
    goal: Memo<Option<Goal>>,
    edit: impl Fn(&dyn Fn(&mut Goal)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let value = RwSignal::new(String::new());
    let on = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let add = move |_| {
        let typed = value.get_untracked();
        match (Amount::parse(&typed), Day::parse(&on.get_untracked())) {
            (Some(value_read), Some(day)) => {
                edit(&|g| {
                    g.readings.push(Reading {
                        on: day,
                        value: value_read,
                    })
                });
                value.set(String::new());
                problem.set(None);
            }
            (None, _) if !typed.trim().is_empty() => problem.set(Some(plan_text!(
                locale,
                plan.goals.number_invalid,
                text = typed
            ))),
            _ => problem.set(Some(
                plan_text!(locale, plan.goals.reading_incomplete).to_string(),
            )),
        }
    };
    let rows = move || {
        goal.with(|g| {
            g.as_ref()
                .map(|g| g.readings_by_date())
                .unwrap_or_default()
                .into_iter()
                .map(|r| {
                    view! {
                        <tr>
                            <td>{crate::browser::dates::display_day(r.on, locale)}</td>
                            <td>{crate::browser::numbers::display(r.value, locale)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <details class="plan-goal__readings">
            <summary>{plan_text!(locale, plan.goals.readings_title)}</summary>
            <table>
                <tbody>{rows}</tbody>
            </table>
            <div class="plan-item__ratings">
                <div class="field">
                    <label for=format!("goal-{id}-reading")>{plan_text!(locale, plan.goals.reading_value)}</label>
                    <input
                        id=format!("goal-{id}-reading")
                        type="text"
                        inputmode="decimal"
                        prop:value=value
                        on:input=move |event| value.set(event_target_value(&event))
                    />
                </div>
                <div class="field">
                    <label for=format!("goal-{id}-reading-on")>{plan_text!(locale, plan.goals.reading_on)}</label>
                    <input
                        id=format!("goal-{id}-reading-on")
                        type="date"
                        prop:value=on
                        on:change=move |event| on.set(event_target_value(&event))
                    />
                </div>
            </div>
            <p class="field-error" role="alert">{problem}</p>
            <button type="button" class="button" on:click=add>
                {plan_text!(locale, plan.goals.add_reading)}
            </button>
        </details>
    }
}

/// A number field: what is typed is kept as typed; the goal takes it once
/// it reads as a number, and the field says so when it does not.
fn amount_field(
    locale: Locale,
    id: String,
    label: &'static str,
    read: impl Fn() -> Option<Amount> + Send + Sync + 'static,
    write: impl Fn(Option<Amount>) + Send + Sync + 'static,
) -> impl IntoView {
    let typed = RwSignal::new(untrack(&read).map(Amount::text).unwrap_or_default());
    let problem = RwSignal::new(None::<String>);
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="text"
                inputmode="decimal"
                aria-describedby=error_id.clone()
                prop:value=typed
                on:input=move |event| {
                    let text = event_target_value(&event);
                    typed.set(text.clone());
                    match (text.trim().is_empty(), Amount::parse(&text)) {
                        (true, _) => {
                            problem.set(None);
                            write(None);
                        }
                        (false, Some(amount)) => {
                            problem.set(None);
                            write(Some(amount));
                        }
                        (false, None) => {
                            problem.set(Some(plan_text!(locale, plan.goals.number_invalid, text = text)));
                        }
                    }
                }
            />
            <p class="field-error" id=error_id>{problem}</p>
        </div>
    }
}
