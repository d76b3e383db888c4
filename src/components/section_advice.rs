use assessment::{Report, SectionId, SectionResult};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::i18n::Locale;
use crate::language::use_locale;
use crate::text;

/// Every section, biggest gap first: score, gap, the statements holding it
/// back with their own advice, and the section's general steps.
#[component]
pub fn SectionAdviceList(
    /// The results to advise on.
    report: Report,
) -> impl IntoView {
    let locale = use_locale();
    let cards = report
        .by_gap()
        .into_iter()
        .map(|result| section_card(locale, result))
        .collect_view();
    view! {
        <div class="section-advice-list">
            <h3>{td_string!(locale, results.gaps_title)}</h3>
            {cards}
        </div>
    }
}

fn section_card(locale: Locale, result: &SectionResult) -> impl IntoView {
    let section = result.section;
    let figures = match (result.score, result.gap()) {
        (Some(score), Some(gap)) => Either::Left(view! {
            <dl class="section-advice__figures">
                <div>
                    <dt>{td_string!(locale, results.score)}</dt>
                    <dd data-testid="section-score">{score.two_decimals()}</dd>
                </div>
                <div>
                    <dt>{td_string!(locale, results.gap)}</dt>
                    <dd data-testid="section-gap">{gap.two_decimals()}</dd>
                </div>
            </dl>
        }),
        _ => Either::Right(view! {
            <p class="hint">{td_string!(locale, results.incomplete_section)}</p>
        }),
    };
    let top_marks = (result.score.is_some() && result.weakest.is_empty())
        .then(|| view! { <p>{td_string!(locale, results.no_gap)}</p> });
    view! {
        <article
            class="section-advice"
            data-section=section.as_str()
            data-score=result.score.map(|s| s.two_decimals())
        >
            <h4>{text::section_title(locale, section)}</h4>
            {figures}
            {top_marks}
            {weakest_with_tips(locale, result)}
            {actions(locale, section)}
        </article>
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
                        <strong>{text::statement(locale, statement)}</strong>
                    </p>
                    <p class="section-advice__tip">{text::statement_tip(locale, statement)}</p>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <h5>{td_string!(locale, results.tips_title)}</h5>
        <ul class="section-advice__weakest">{items}</ul>
    })
}

fn actions(locale: Locale, section: SectionId) -> impl IntoView {
    let items = text::section_actions(locale, section)
        .into_iter()
        .map(|action| view! { <li>{action}</li> })
        .collect_view();
    view! {
        <h5>{td_string!(locale, results.actions_title)}</h5>
        <ul class="section-advice__actions">{items}</ul>
    }
}
