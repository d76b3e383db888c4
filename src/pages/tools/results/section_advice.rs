use assessment::plan::targets::{target_for, Target, TargetScore};
use assessment::{Report, SectionId, SectionResult};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::advice_id;
use crate::i18n::Locale;
use crate::sentence;
use crate::texts;
use crate::texts::language::use_locale;

/// How many sections, from the top of the list, are shown open.
const OPEN: usize = 2;

/// Every section, most room to improve first: the first two open, the rest
/// collapsed with their score still in view. Each has its score and room to
/// improve, the sections it ties with, the statements holding it back with
/// their own advice, and the section's general steps.
#[component]
pub fn SectionAdviceList(
    /// The results to advise on.
    report: Report,
    /// The targets of the person's plan, shown beside the room to 5.
    #[prop(optional)]
    targets: Vec<Target>,
) -> impl IntoView {
    let locale = use_locale();
    let cards = report
        .by_gap()
        .into_iter()
        .enumerate()
        .map(|(rank, result)| {
            let target = target_for(&targets, result.section).map(|t| t.score);
            section_card(locale, &report, result, rank < OPEN, target)
        })
        .collect_view();
    view! {
        <div class="section-advice-list">
            <h3>{td_string!(locale, results.gaps_title)}</h3>
            {cards}
        </div>
    }
}

fn section_card(
    locale: Locale,
    report: &Report,
    result: &SectionResult,
    open: bool,
    target: Option<TargetScore>,
) -> impl IntoView {
    let section = result.section;
    let figures = match result.score {
        Some(score) => Either::Left(view! {
            <span class="section-advice__figures">
                <span data-testid="section-score">
                    {sentence!(locale, results.score_out_of, score = score.shown().text())}
                </span>
                " · "
                <span data-testid="section-room">
                    {sentence!(locale, results.room, room = score.room_shown().text())}
                </span>
                {target.map(|target| view! {
                    " · "
                    <span data-testid="section-target">{texts::target_gap(locale, score, target)}</span>
                })}
            </span>
        }),
        None => Either::Right(view! {
            <span class="section-advice__figures">
                {sentence!(
                    locale, results.not_scored, answered = result.answered, total = result.statement_count()
                )}
            </span>
        }),
    };
    let tied = report.tied_with(section);
    let tied = (!tied.is_empty()).then(|| {
        view! {
            <span class="section-advice__tie" data-testid="tied-with">
                {sentence!(locale, results.tied_with, sections = texts::section_list(locale, &tied))}
            </span>
        }
    });
    let pending = result
        .score
        .is_none()
        .then(|| view! { <p class="hint">{td_string!(locale, results.incomplete_section)}</p> });
    let top_marks = (result.score.is_some() && result.weakest.is_empty())
        .then(|| view! { <p>{td_string!(locale, results.no_gap)}</p> });
    view! {
        // `data-sq-section` and `data-sq-score` (exact, two decimals) are the
        // embedding contract (`public/embed-frame.js`, the README).
        <details
            class="section-advice"
            id=advice_id(section)
            open=open
            data-section=section.as_str()
            data-sq-section=section.as_str()
            data-sq-score=result.score.map(|s| s.two_decimals())
        >
            <summary>
                <h4>{texts::section_title(locale, section)}</h4>
                {figures}
                {tied}
            </summary>
            {pending}
            {top_marks}
            {weakest_with_tips(locale, result)}
            {actions(locale, section)}
        </details>
    }
}

/// The statements holding the section back, each with its rating and advice.
fn weakest_with_tips(locale: Locale, result: &SectionResult) -> Option<impl IntoView> {
    if result.weakest.is_empty() {
        return None;
    }
    let items = result
        .weakest
        .iter()
        .map(|&(statement, rating)| {
            view! {
                <li data-statement=statement.as_str()>
                    <p class="section-advice__statement">
                        <span class="rating-chip">{rating.value()}</span>
                        " "
                        <strong>{texts::statement(locale, statement)}</strong>
                    </p>
                    <p class="section-advice__tip">{texts::statement_tip(locale, statement)}</p>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <h5>{td_string!(locale, results.tips_title)}</h5>
        <ul class="section-advice__weakest">{items}</ul>
    })
}

/// The section's general steps, folded: the first steps and the tips for
/// the weakest statements come first.
fn actions(locale: Locale, section: SectionId) -> impl IntoView {
    let items = texts::section_actions(locale, section)
        .into_iter()
        .map(|action| view! { <li>{action}</li> })
        .collect_view();
    view! {
        <details class="section-advice__more">
            <summary>{td_string!(locale, results.actions_title)}</summary>
            <ul class="section-advice__actions">{items}</ul>
        </details>
    }
}
