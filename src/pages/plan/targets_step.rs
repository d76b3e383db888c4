//! Step 1, targets: for each section, its score now, a target score (1 to
//! 5 in quarter points) and a date, with the gap to the target beside the
//! room to 5 and the change since the plan started; targets can be
//! suggested from the results.

use crate::plan_text;
use crate::texts::plan_content;
use assessment::plan::targets::{gap_to_target, target_for, TargetScore};
use assessment::plan::Day;
use assessment::{Report, SectionId, Tenths};
use leptos::prelude::*;

use super::field::{choice, Derived};
use super::{guidance, TARGET_MONTHS};
use crate::app::plan_store::PlanStore;
use crate::app::session::Session;
use crate::i18n::Locale;
use crate::texts;
use crate::texts::language::use_locale;

#[component]
pub fn TargetsStep() -> impl IntoView {
    let locale = use_locale();
    let store = PlanStore::expect();
    let answers = Session::expect().answers.get_untracked();
    let report = Report::new(&answers);
    let baseline = store
        .plan
        .with_untracked(|p| p.baseline.as_ref().map(Report::new));
    let suggest = {
        let report = report.clone();
        let has_scores = report.sections.iter().any(|s| s.score.is_some());
        has_scores.then(|| {
            view! {
                <p>
                    <button
                        type="button"
                        class="button"
                        data-testid="suggest-targets"
                        on:click=move |_| {
                            let by = crate::browser::dates::today().plus_months(TARGET_MONTHS);
                            store.edit(|plan| {
                                plan.suggest_targets(&report, by);
                            });
                        }
                    >
                        {plan_text!(locale, plan.targets.propose)}
                    </button>
                </p>
                <p class="hint">{plan_text!(locale, plan.targets.proposed)}</p>
            }
        })
    };
    let rows = report
        .by_gap()
        .into_iter()
        .map(|result| {
            let since = baseline
                .as_ref()
                .and_then(|b| b.section(result.section).score)
                .zip(result.score)
                .map(|(before, after)| Tenths::change(before.shown(), after.shown()));
            section_row(locale, store, result.section, result.score, since)
        })
        .collect_view();
    view! {
        {guidance(locale, plan_text!(locale, plan.targets.guide), plan_text!(locale, plan.targets.example))}
        {suggest}
        <ul class="plan-targets">{rows}</ul>
    }
}

/// One section: its score, its target and date, the gaps and the change.
fn section_row(
    locale: Locale,
    store: PlanStore,
    section: SectionId,
    score: Option<assessment::Score>,
    since: Option<Tenths>,
) -> impl IntoView {
    let id = section.as_str();
    let target = Memo::new(move |_| {
        store
            .plan
            .with(|p| target_for(&p.targets, section).copied())
    });
    let now = match score {
        Some(score) => plan_text!(locale, plan.targets.now, score = score.shown().text()),
        None => plan_text!(locale, plan.targets.not_scored).to_string(),
    };
    let gap = move || {
        let (score, target) = (score?, target.get()?);
        let gap = gap_to_target(score, target.score);
        Some(if gap == assessment::Score::points(0) {
            plan_text!(locale, plan.targets.reached).to_string()
        } else {
            plan_text!(
                locale,
                plan.targets.gap,
                gap = gap.shown().text(),
                room = score.room_shown().text()
            )
        })
    };
    let since = move || {
        target.get().and(since).map(|change| {
            plan_text!(
                locale,
                plan.targets.since,
                change = texts::change(locale, Some(change))
            )
        })
    };
    let options = std::iter::once((0, plan_text!(locale, plan.targets.none).to_string()))
        .chain(TargetScore::all().map(|t| (t.quarters(), t.text())))
        .map(|(quarters, label)| {
            let selected = move || target.get().map_or(0, |t| t.score.quarters()) == quarters;
            choice(quarters.to_string(), label, Box::new(selected))
        })
        .collect_view();
    view! {
        <li class="plan-target" data-section=id>
            <h3>{plan_content::section_title(locale, section)}</h3>
            <p class="plan-target__now" data-testid="target-now">{now}</p>
            <div class="plan-target__fields">
                <div class="field">
                    <label for=format!("target-{id}")>{plan_text!(locale, plan.targets.score_label)}</label>
                    <select
                        id=format!("target-{id}")
                        on:change=move |event| {
                            let quarters = event_target_value(&event).parse().unwrap_or(0);
                            store.edit(|plan| plan.set_target(section, TargetScore::from_quarters(quarters)));
                        }
                    >
                        {options}
                    </select>
                </div>
                <div class="field">
                    <label for=format!("target-by-{id}")>{plan_text!(locale, plan.targets.by_label)}</label>
                    <input
                        id=format!("target-by-{id}")
                        type="date"
                        disabled=move || target.get().is_none()
                        prop:value=move || target.get().and_then(|t| t.by).map(Day::iso).unwrap_or_default()
                        on:change=move |event| {
                            let by = Day::parse(&event_target_value(&event));
                            store.edit(|plan| plan.set_target_by(section, by));
                        }
                    />
                </div>
            </div>
            <p class="plan-target__gap" data-testid="target-gap">{Box::new(gap) as Derived<_>}</p>
            <p class="plan-target__since" data-testid="target-since">{Box::new(since) as Derived<_>}</p>
        </li>
    }
}
