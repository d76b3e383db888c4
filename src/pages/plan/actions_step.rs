//! Step 8, the action plan: actions suggested from the advice for the
//! sections being improved (each piece of advice once, never one already in
//! the plan) and the owner's own, each with a person, a date, a status and
//! what it should move; overdue ones stand out. The date to take the
//! self-check again sits here too.

use crate::plan_text;
use crate::texts::plan_content;
use assessment::plan::actions::{self, Action, Moves, Status};
use assessment::plan::{Day, ItemId, TextKind};
use assessment::{Report, StatementId};
use leptos::prelude::*;

use super::field::{choice, date_field, text_field, Derived};
use super::guidance;
use super::removed_notice::Removal;
use crate::app::plan_store::PlanStore;
use crate::app::session::Session;
use crate::browser::dates;
use crate::i18n::Locale;
use crate::texts::language::use_locale;

#[component]
pub fn ActionsStep() -> impl IntoView {
    let locale = use_locale();
    let store = PlanStore::expect();
    let report = Report::new(&Session::expect().answers.get_untracked());
    let has_results = report.sections.iter().any(|s| s.score.is_some());
    let today = dates::today();
    let removal = Removal::new(|plan| &mut plan.actions, |_, action| action.text.clone());
    let remove = move |id: ItemId| removal.remove(id);
    let add = move |text: String, advice| {
        store.edit(|plan| {
            plan.actions.push(Action {
                id: crate::browser::system::random_id(),
                text,
                advice,
                owner: String::new(),
                due: None,
                status: Status::ToDo,
                moves: match advice {
                    Some(actions::Advice::Statement(s)) => Some(Moves::Statement(s)),
                    _ => None,
                },
            })
        });
    };
    // Recomputed per keystroke, but the list is rebuilt only when it
    // changes (an action added or removed, a target changed).
    let proposed = Memo::new(move |_| store.plan.with(|plan| actions::propose(&report, plan)));
    let proposals = move || {
        if !has_results {
            return view! { <p class="hint">{plan_text!(locale, plan.actions.needs_results)}</p> }
                .into_any();
        }
        let proposed = proposed.get();
        if proposed.is_empty() {
            return view! { <p class="hint">{plan_text!(locale, plan.actions.none_proposed)}</p> }
                .into_any();
        }
        let items = proposed
            .into_iter()
            .map(|advice| {
                let text = plan_content::advice(locale, advice);
                view! {
                    <li data-advice=advice.id()>
                        <span>{text}</span> " "
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| add(text.to_string(), Some(advice))
                        >
                            {plan_text!(locale, plan.actions.add_proposed)}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="plan-proposals" data-testid="plan-proposals">{items}</ul> }.into_any()
    };
    let ids = move || {
        store
            .plan
            .with(|p| p.actions.iter().map(|a| a.id).collect::<Vec<_>>())
    };
    let count = move || {
        store.plan.with(|p| {
            let done = p
                .actions
                .iter()
                .filter(|a| a.status == Status::Done)
                .count();
            (!p.actions.is_empty()).then(|| {
                plan_text!(
                    locale,
                    plan.actions.count,
                    done = done,
                    total = p.actions.len()
                )
            })
        })
    };
    view! {
        {guidance(locale, plan_text!(locale, plan.actions.guide), plan_text!(locale, plan.actions.example))}
        <h3>{plan_text!(locale, plan.actions.mine_title)}</h3>
        <p class="hint" data-testid="actions-count">{Box::new(count) as Derived<_>}</p>
        <ol class="plan-items">
            <For each=ids key=|id| *id children=move |id| action_row(locale, store, id, today, remove) />
        </ol>
        {removal.notice()}
        <button
            type="button"
            class="button"
            data-testid="add-action"
            on:click=move |_| add(String::new(), None)
        >
            {plan_text!(locale, plan.actions.add_own)}
        </button>
        <h3>{plan_text!(locale, plan.actions.proposed_title)}</h3>
        {proposals}
        {date_field(
            "plan-retake".into(),
            plan_text!(locale, plan.actions.retake),
            Box::new(|p| p.retake_on),
            Box::new(|p, day| p.retake_on = day),
        )}
    }
}

/// One action: its text, person, date, status and what it should move.
fn action_row(
    locale: Locale,
    store: PlanStore,
    id: ItemId,
    today: Day,
    remove: impl Fn(ItemId) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let action = Memo::new(move |_| {
        store
            .plan
            .with(|p| p.actions.iter().find(|a| a.id == id).cloned())
    });
    let edit = move |change: &dyn Fn(&mut Action)| {
        store.edit(|plan| {
            if let Some(action) = plan.actions.iter_mut().find(|a| a.id == id) {
                change(action);
            }
        });
    };
    let overdue = move || action.with(|a| a.as_ref().is_some_and(|a| a.overdue(today)));
    let statuses = Status::ALL
        .into_iter()
        .map(|status| {
            let label = match status {
                Status::ToDo => plan_text!(locale, plan.actions.status_to_do),
                Status::Doing => plan_text!(locale, plan.actions.status_doing),
                Status::Done => plan_text!(locale, plan.actions.status_done),
            };
            let selected = move || action.with(|a| a.as_ref().map(|a| a.status)) == Some(status);
            choice(status.as_str().into(), label.into(), Box::new(selected))
        })
        .collect_view();
    let moves = std::iter::once(None)
        .chain(StatementId::all().map(Some))
        .map(|statement| {
            let label = statement.map_or(assessment::NO_FIGURE, |s| {
                plan_content::statement(locale, s)
            });
            let value = statement.map_or("", |s| s.as_str());
            let selected = move || {
                action.with(|a| a.as_ref().and_then(|a| a.moves)) == statement.map(Moves::Statement)
            };
            choice(value.into(), label.into(), Box::new(selected))
        })
        .collect_view();
    view! {
        <li class="plan-item" class:plan-item--overdue=overdue data-action=id>
            <p class="plan-item__overdue" data-testid="overdue" hidden=move || !overdue()>
                {plan_text!(locale, plan.actions.overdue)}
            </p>
            {text_field(
                format!("action-{id}-text"),
                plan_text!(locale, plan.actions.text_label),
                TextKind::Long,
                Box::new(move |p| p.actions.iter().find(|a| a.id == id).map(|a| a.text.clone()).unwrap_or_default()),
                Box::new(move |p, text| {
                    if let Some(action) = p.actions.iter_mut().find(|a| a.id == id) {
                        action.text = text;
                    }
                }),
            )}
            <div class="plan-item__ratings">
                {text_field(
                    format!("action-{id}-owner"),
                    plan_text!(locale, plan.actions.owner),
                    TextKind::Short,
                    Box::new(move |p| p.actions.iter().find(|a| a.id == id).map(|a| a.owner.clone()).unwrap_or_default()),
                    Box::new(move |p, text| {
                        if let Some(action) = p.actions.iter_mut().find(|a| a.id == id) {
                            action.owner = text;
                        }
                    }),
                )}
                <div class="field">
                    <label for=format!("action-{id}-due")>{plan_text!(locale, plan.actions.due)}</label>
                    <input
                        id=format!("action-{id}-due")
                        type="date"
                        prop:value=move || action.with(|a| a.as_ref().and_then(|a| a.due).map(Day::iso).unwrap_or_default())
                        on:change=move |event| {
                            let due = Day::parse(&event_target_value(&event));
                            edit(&|action| action.due = due);
                        }
                    />
                </div>
                <div class="field">
                    <label for=format!("action-{id}-status")>{plan_text!(locale, plan.actions.status)}</label>
                    <select
                        id=format!("action-{id}-status")
                        on:change=move |event| {
                            let status = Status::parse(&event_target_value(&event)).unwrap_or_default();
                            edit(&|action| action.status = status);
                        }
                    >
                        {statuses}
                    </select>
                </div>
            </div>
            <div class="field">
                <label for=format!("action-{id}-moves")>{plan_text!(locale, plan.actions.moves)}</label>
                <select
                    id=format!("action-{id}-moves")
                    on:change=move |event| {
                        let moves = StatementId::parse(&event_target_value(&event)).map(Moves::Statement);
                        edit(&|action| action.moves = moves);
                    }
                >
                    {moves}
                </select>
            </div>
            <button type="button" class="button button--danger" on:click=move |_| remove(id)>
                {plan_text!(locale, plan.remove)}
            </button>
        </li>
    }
}
