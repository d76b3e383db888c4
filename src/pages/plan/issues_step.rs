//! Step 2, the top three issues (the article's first part): the problems
//! customers raise, each rated on how often it happens, what it costs and
//! whether it can be acted on, and the three that weigh most as the focus.

use crate::plan_text;
use crate::texts::plan_content;
use assessment::plan::issues::{top_three, Issue};
use assessment::plan::{ItemId, TextKind};
use assessment::SectionId;
use leptos::prelude::*;

use super::field::{choice, text_field};
use super::guidance;
use super::removed_notice::Removal;
use crate::app::plan_store::PlanStore;
use crate::i18n::Locale;
use crate::texts::language::use_locale;

#[component]
pub fn IssuesStep() -> impl IntoView {
    let locale = use_locale();
    let store = PlanStore::expect();
    let removal = Removal::new(|plan| &mut plan.issues, |_, issue| issue.text.clone());
    let remove = move |id: ItemId| removal.remove(id);
    let add = move |_| {
        store.edit(|plan| {
            plan.issues.push(Issue {
                id: crate::browser::system::random_id(),
                text: String::new(),
                often: None,
                cost: None,
                actionable: None,
                section: None,
            })
        });
    };
    let ids = move || {
        store
            .plan
            .with(|p| p.issues.iter().map(|i| i.id).collect::<Vec<_>>())
    };
    let focus = move || {
        store.plan.with(|p| {
            let top = top_three(&p.issues);
            if top.is_empty() {
                return view! { <p class="hint">{plan_text!(locale, plan.issues.focus_empty)}</p> }
                    .into_any();
            }
            let items = top
                .into_iter()
                .map(|issue| {
                    let weight = issue.weight().unwrap_or_default();
                    view! {
                        <li>
                            {issue.text.clone()} " · "
                            <span class="hint">{plan_text!(locale, plan.issues.weight, weight = weight)}</span>
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="plan-focus" data-testid="plan-focus">{items}</ol> }.into_any()
        })
    };
    view! {
        {guidance(locale, plan_text!(locale, plan.issues.guide), plan_text!(locale, plan.issues.example))}
        <p class="plan-guide__where">{plan_text!(locale, plan.issues.where_to_look)}</p>
        <h3>{plan_text!(locale, plan.issues.focus_title)}</h3>
        {focus}
        <ol class="plan-items">
            <For
                each=ids
                key=|id| *id
                children=move |id| issue_row(locale, store, id, remove)
            />
        </ol>
        {removal.notice()}
        <button type="button" class="button" data-testid="add-issue" on:click=add>
            {plan_text!(locale, plan.issues.add)}
        </button>
    }
}

/// One issue: its text, its three ratings and its section.
fn issue_row(
    locale: Locale,
    store: PlanStore,
    id: ItemId,
    remove: impl Fn(ItemId) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let number = move || {
        store
            .plan
            .with(|p| p.issues.iter().position(|i| i.id == id).unwrap_or(0) + 1)
    };
    let edit = move |change: &dyn Fn(&mut Issue)| {
        store.edit(|plan| {
            if let Some(issue) = plan.issues.iter_mut().find(|i| i.id == id) {
                change(issue);
            }
        });
    };
    let read = move |f: fn(&Issue) -> Option<u8>| {
        move || {
            store
                .plan
                .with(|p| p.issues.iter().find(|i| i.id == id).and_then(f))
        }
    };
    let rating = move |key: &'static str,
                       label: &'static str,
                       hint: &'static str,
                       get: fn(&Issue) -> Option<u8>,
                       set: fn(&mut Issue, Option<u8>)| {
        let value = read(get);
        let field_id = format!("issue-{id}-{key}");
        let options = (0..=5u8)
            .map(|n| {
                let label = if n == 0 {
                    plan_text!(locale, plan.issues.unrated).to_string()
                } else {
                    n.to_string()
                };
                choice(
                    n.to_string(),
                    label,
                    Box::new(move || value().unwrap_or(0) == n),
                )
            })
            .collect_view();
        view! {
            <div class="field field--rating">
                <label for=field_id.clone()>{label} <span class="hint">{hint}</span></label>
                <select
                    id=field_id
                    data-rating=key
                    on:change=move |event| {
                        let n: u8 = event_target_value(&event).parse().unwrap_or(0);
                        edit(&|issue| set(issue, (1..=5).contains(&n).then_some(n)));
                    }
                >
                    {options}
                </select>
            </div>
        }
    };
    let section = move || {
        store
            .plan
            .with(|p| p.issues.iter().find(|i| i.id == id).and_then(|i| i.section))
    };
    let sections = std::iter::once(None)
        .chain(SectionId::all().map(Some))
        .map(|s| {
            let label = s.map_or(plan_text!(locale, plan.issues.no_section), |s| {
                plan_content::section_short(locale, s)
            });
            let value = s.map_or("", |s| s.as_str());
            choice(value.into(), label.into(), Box::new(move || section() == s))
        })
        .collect_view();
    let text_label = move || plan_text!(locale, plan.issues.text_label, number = number());
    view! {
        <li class="plan-item" data-issue=id>
            {text_field(
                format!("issue-{id}-text"),
                text_label,
                TextKind::Short,
                Box::new(move |p| p.issues.iter().find(|i| i.id == id).map(|i| i.text.clone()).unwrap_or_default()),
                Box::new(move |p, text| {
                    if let Some(issue) = p.issues.iter_mut().find(|i| i.id == id) {
                        issue.text = text;
                    }
                }),
            )}
            <div class="plan-item__ratings">
                {rating("often", plan_text!(locale, plan.issues.often), plan_text!(locale, plan.issues.often_hint), |i| i.often, |i, v| i.often = v)}
                {rating("cost", plan_text!(locale, plan.issues.cost), plan_text!(locale, plan.issues.cost_hint), |i| i.cost, |i, v| i.cost = v)}
                {rating("actionable", plan_text!(locale, plan.issues.actionable), plan_text!(locale, plan.issues.actionable_hint), |i| i.actionable, |i, v| i.actionable = v)}
                <div class="field">
                    <label for=format!("issue-{id}-section")>{plan_text!(locale, plan.issues.section)}</label>
                    <select
                        id=format!("issue-{id}-section")
                        on:change=move |event| {
                            let section = SectionId::parse(&event_target_value(&event));
                            edit(&|issue| issue.section = section);
                        }
                    >
                        {sections}
                    </select>
                </div>
            </div>
            <button type="button" class="button button--danger" data-testid="remove-issue" on:click=move |_| remove(id)>
                {plan_text!(locale, plan.remove)}
            </button>
        </li>
    }
}
