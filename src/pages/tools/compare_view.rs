use assessment::{Comparison, Report, Score, NO_FIGURE};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::app::archive::Archive;
use crate::browser::dates;
use crate::sentence;
use crate::texts;
use crate::texts::language::use_locale;
use crate::ui::TableScroll;

/// Two snapshots side by side: each section's score before and after with
/// the change (an arrow and its number, so nothing depends on colour), and
/// the total and band. Every change is the difference of the two numbers
/// shown beside it.
#[component]
pub fn CompareView(
    /// The earlier snapshot (index, oldest first).
    before: usize,
    /// The later snapshot.
    after: usize,
) -> impl IntoView {
    let locale = use_locale();
    let (a, b) = Archive::expect().history.with_untracked(|h| {
        (
            h.snapshots.get(before).cloned(),
            h.snapshots.get(after).cloned(),
        )
    });
    let (a, b) = (a?, b?);
    let comparison = Comparison::new(&Report::new(&a.answers), &Report::new(&b.answers));
    let date = |s: &assessment::export::AnswerSet| {
        dates::display_with_time_or_none(s.taken_at.as_ref(), locale)
    };
    let score = |s: Option<Score>| {
        s.map(|s| s.shown().text())
            .unwrap_or_else(|| NO_FIGURE.into())
    };
    let rows = comparison
        .sections
        .iter()
        .map(|c| {
            view! {
                <tr data-section=c.section.as_str()>
                    <th scope="row">{texts::section_title(locale, c.section)}</th>
                    <td>{score(c.before)}</td>
                    <td>{score(c.after)}</td>
                    <td data-testid="delta">{texts::change(locale, c.shown_change())}</td>
                </tr>
            }
        })
        .collect_view();
    let total = |s: Option<Score>| {
        s.map(Score::one_decimal_down)
            .unwrap_or_else(|| NO_FIGURE.into())
    };
    let band =
        |b: Option<assessment::Band>| b.map(|b| texts::band_title(locale, b)).unwrap_or(NO_FIGURE);
    let (band_before, band_after) = comparison.bands();
    Some(view! {
        <h3 id="compare-title">{sentence!(locale, compare.title, before = date(&a), after = date(&b))}</h3>
        <TableScroll labelled_by="compare-title">
        <table class="compare-table">
            <thead>
                <tr>
                    <th scope="col">{td_string!(locale, compare.section)}</th>
                    <th scope="col">{td_string!(locale, compare.before)}</th>
                    <th scope="col">{td_string!(locale, compare.after)}</th>
                    <th scope="col">{td_string!(locale, compare.change)}</th>
                </tr>
            </thead>
            <tbody>
                {rows}
                <tr class="compare-table__total">
                    <th scope="row">{td_string!(locale, results.total_label)}</th>
                    <td>{total(comparison.total_before)}</td>
                    <td>{total(comparison.total_after)}</td>
                    <td data-testid="total-delta">
                        {texts::change(locale, comparison.total_shown_change())}
                    </td>
                </tr>
            </tbody>
        </table>
        </TableScroll>
        <p data-testid="band-change">
            {sentence!(locale, compare.band, before = band(band_before), after = band(band_after))}
        </p>
    })
}
