use assessment::{Answers, Comparison, Report};
use leptos::prelude::*;

use crate::app::archive::Archive;
use crate::browser::dates;
use crate::sentence;
use crate::texts;
use crate::texts::language::{self, use_locale};

/// How the results moved since the newest snapshot in the history: the
/// total in the summary, each section inside. Nothing when the history is
/// empty.
#[component]
pub fn SinceSnapshot(
    /// The current answers.
    answers: Answers,
) -> impl IntoView {
    let locale = use_locale();
    let newest = Archive::expect()
        .history
        .with_untracked(|h| h.newest().cloned())?;
    let date = dates::display_with_time_or_none(newest.taken_at.as_ref(), locale);
    let comparison = Comparison::new(&Report::new(&newest.answers), &Report::new(&answers));
    let total = match (comparison.total_before, comparison.total_after) {
        (Some(before), Some(after)) => Some(format!(
            "{} {}",
            sentence!(
                locale,
                results.since_total,
                before = before.one_decimal_down(),
                after = after.one_decimal_down()
            ),
            texts::change(locale, comparison.total_shown_change())
        )),
        _ => None,
    };
    let sections = comparison
        .sections
        .iter()
        .filter_map(|c| {
            let (before, after) = (c.before?, c.after?);
            Some(view! {
                <li data-section=c.section.as_str()>
                    {texts::section_short(locale, c.section)}
                    ": "
                    {before.shown().text()}
                    {language::onward_arrow(locale)}
                    {after.shown().text()}
                    " "
                    <span data-testid="since-change">{texts::change(locale, c.shown_change())}</span>
                </li>
            })
        })
        .collect_view();
    Some(view! {
        <details class="since-snapshot" data-testid="since-snapshot">
            <summary>
                {sentence!(locale, results.since_title, date = date)}
                {total.map(|t| view! { <span class="since-snapshot__total" data-testid="since-total">{t}</span> })}
            </summary>
            <ul>{sections}</ul>
        </details>
    })
}
