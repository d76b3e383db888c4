use assessment::plan::Plan;
use assessment::sync::Synced;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::app::stored_plan::StoredPlan;
use crate::browser::dates;
use crate::i18n::Locale;
use crate::sentence;
use crate::texts::language::use_locale;
use crate::ui::{ConfirmDialog, Look};

/// The DOM id of the notice after a plan was imported: focus lands on it
/// after "Undo".
const NOTICE_ID: &str = "plan-import-notice";

/// The plan an export file carries, in the import preview: what it holds,
/// and "Use this plan". When the person has a plan of their own that
/// differs, it asks first; the plan it replaces can be brought back.
#[component]
pub fn PlanImport(
    /// The plan in the file.
    plan: Plan,
) -> impl IntoView {
    let locale = use_locale();
    let stored = StoredPlan::expect();
    let asking = RwSignal::new(false);
    let in_file = summary(locale, &plan, PlanOf::File);
    let incoming = StoredValue::new(plan);
    let replace = move || {
        if stored.replace_with(incoming.get_value()) {
            crate::browser::focus::element_after_render(NOTICE_ID);
        }
    };
    let click = move |_| {
        let nothing_to_lose = stored.plan.with_untracked(|mine| {
            mine.is_empty() || incoming.with_value(|new| !new.entries_differ(mine))
        });
        if nothing_to_lose {
            replace();
        } else {
            asking.set(true);
        }
    };
    let details = Signal::derive(move || {
        vec![
            stored
                .plan
                .with(|mine| summary(locale, mine, PlanOf::Person)),
            td_string!(locale, history.plan_kept).to_string(),
        ]
    });
    view! {
        <p data-testid="import-plan">{in_file}</p>
        <button type="button" class=Look::Plain.class() on:click=click>
            {td_string!(locale, history.plan_use)}
        </button>
        <ConfirmDialog
            id="confirm-plan-import"
            open=asking
            question=td_string!(locale, history.plan_question)
            details
            confirm=td_string!(locale, history.plan_confirm)
            cancel=td_string!(locale, history.plan_cancel)
            on_confirm=replace
        />
    }
}

/// After a plan was imported: what happened, "Undo" and the way to the
/// plan; or that it could not be saved, so nothing changed.
#[component]
pub fn PlanImportNotice() -> impl IntoView {
    let locale = use_locale();
    let stored = StoredPlan::expect();
    // Set once "Undo" brought the previous plan back.
    let undone = RwSignal::new(false);
    let undo = move |_| {
        undone.set(stored.undo());
        crate::browser::focus::element_after_render(NOTICE_ID);
    };
    view! {
        <div
            id=NOTICE_ID
            class="notice"
            role="status"
            tabindex="-1"
            data-testid="plan-import-notice"
            hidden=move || stored.replaced.with(Option::is_none) && !undone.get()
        >
            {move || {
                if stored.replaced.with(Option::is_some) {
                    Either::Left(view! {
                        <p>{td_string!(locale, history.plan_done)}</p>
                        <p>
                            <button type="button" class=Look::Plain.class() on:click=undo>
                                {td_string!(locale, replace.undo)}
                            </button>
                            " "
                            <a class=Look::Plain.class() href="plan.html">
                                {td_string!(locale, history.plan_open)}
                            </a>
                        </p>
                    })
                } else {
                    Either::Right(view! { <p>{td_string!(locale, history.plan_undone)}</p> })
                }
            }}
        </div>
        <p class="notice notice--error" role="alert" hidden=move || stored.failed.with(Option::is_none)>
            {td_string!(locale, history.plan_failed)}
        </p>
    }
}

/// Whose plan a summary describes.
#[derive(Clone, Copy)]
enum PlanOf {
    File,
    Person,
}

/// "… last saved 1 Dec 2026, with 3 goals and 12 actions."
fn summary(locale: Locale, plan: &Plan, of: PlanOf) -> String {
    let date = dates::display_or_none(plan.stamp.saved_at.as_ref(), locale);
    let (goals, actions) = (plan.goals.len(), plan.actions.len());
    match of {
        PlanOf::File => sentence!(
            locale,
            history.plan_in_file,
            date = date,
            goals = goals,
            actions = actions
        )
        .to_string(),
        PlanOf::Person => sentence!(
            locale,
            history.plan_current,
            date = date,
            goals = goals,
            actions = actions
        )
        .to_string(),
    }
}
