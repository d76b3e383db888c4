use assessment::export::AnswerSet;
use assessment::{Report, Score};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::app::archive::Archive;
use crate::browser::dates;
use crate::i18n::Locale;
use crate::texts;
use crate::texts::language::use_locale;
use crate::ui::{keyed, TableScroll};

const WIDTH: u32 = 600;
const LEFT: u32 = 36;
const RIGHT: u32 = 40;
const TOP: u32 = 14;
const PLOT_HEIGHT: u32 = 170;
/// The heading that names the table's scrolling box.
const TITLE_ID: &str = "trend-title";

/// The total (7 to 35) and every section (1 to 5) at each snapshot, oldest
/// first: an SVG line of the total with each value written at its point, and
/// a table of every number with a small line per section, so nothing
/// depends on colour.
#[component]
pub fn TrendChart() -> impl IntoView {
    let locale = use_locale();
    let history = Archive::expect().history;
    // Rebuilt (not patched) from the snapshots it draws.
    let snapshots = move || history.with(|h| h.snapshots.clone());
    let chart = move |snapshots: Vec<AnswerSet>| {
        let points: Vec<(String, Report)> = snapshots
            .iter()
            .map(|s| {
                (
                    dates::display_or_none(s.taken_at.as_ref(), locale),
                    Report::new(&s.answers),
                )
            })
            .collect();
        (points.len() >= 2).then(|| trend(locale, &points))
    };
    keyed(snapshots, chart)
}

fn trend(locale: Locale, snapshots: &[(String, Report)]) -> impl IntoView {
    let step = (WIDTH - LEFT - RIGHT) / (snapshots.len() as u32 - 1);
    let x = move |i: usize| LEFT + step * i as u32;
    // y for a score on a scale from `low` to `high` points.
    let y = |score: Score, low: u32, high: u32| {
        let above = score
            .scale_to(5 * PLOT_HEIGHT)
            .saturating_sub(low * PLOT_HEIGHT);
        TOP + PLOT_HEIGHT - above / (high - low)
    };
    let line = |points: &[(u32, u32)]| {
        points
            .iter()
            .map(|(x, y)| format!("{x},{y}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let totals: Vec<(u32, u32, String)> = snapshots
        .iter()
        .enumerate()
        .filter_map(|(i, (_, r))| r.total.map(|t| (x(i), y(t, 7, 35), t.one_decimal_down())))
        .collect();
    let total_line = line(&totals.iter().map(|(x, y, _)| (*x, *y)).collect::<Vec<_>>());
    let total_dots = totals
        .into_iter()
        .map(|(x, y, label)| {
            view! {
                <circle cx=x cy=y r="4" class="trend__dot"></circle>
                <text x=x y=y - 8 text-anchor="middle" class="trend__value">{label}</text>
            }
        })
        .collect_view();
    let last = snapshots.len() - 1;
    // A small line per section, 1 to 5, beside its numbers in the table.
    let spark_step = 100 / last as u32;
    let spark = move |s: usize| {
        let points: Vec<(u32, u32)> = snapshots
            .iter()
            .enumerate()
            .filter_map(|(i, (_, r))| {
                r.sections[s].score.map(|v| {
                    (
                        2 + spark_step * i as u32,
                        22 - v.scale_to(100).saturating_sub(20) / 4,
                    )
                })
            })
            .collect();
        view! {
            <svg class="trend__spark" viewBox="0 0 104 24" aria-hidden="true">
                <polyline points=line(&points) class="trend__line"></polyline>
            </svg>
        }
    };
    let dates: Vec<String> = snapshots.iter().map(|(d, _)| d.clone()).collect();
    let header = dates
        .iter()
        .map(|d| view! { <th scope="col">{d.clone()}</th> })
        .collect_view();
    let total_cells = snapshots
        .iter()
        .map(|(_, r)| view! { <td>{r.total.map(Score::one_decimal_down).unwrap_or_default()}</td> })
        .collect_view();
    let section_rows = snapshots[0]
        .1
        .sections
        .iter()
        .enumerate()
        .map(|(s, first)| {
            let cells = snapshots
                .iter()
                .map(|(_, r)| view! { <td>{r.sections[s].score.map(|score| score.shown().text()).unwrap_or_default()}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{texts::section_short(locale, first.section)}</th>
                    <td>{spark(s)}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let height = TOP + PLOT_HEIGHT + 16;
    view! {
        <figure class="trend">
            <figcaption>
                <h3 id=TITLE_ID>{td_string!(locale, history.trend_title)}</h3>
                <p class="hint">{td_string!(locale, history.trend_description)}</p>
            </figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {height}") class="trend__svg" aria-hidden="true">
                <line x1=LEFT x2=x(last) y1=TOP + PLOT_HEIGHT y2=TOP + PLOT_HEIGHT class="score-chart__grid"></line>
                <text x="0" y=TOP + PLOT_HEIGHT class="score-chart__tick">"7"</text>
                <text x="0" y=TOP + 10 class="score-chart__tick">"35"</text>
                <polyline points=total_line class="trend__line"></polyline>
                {total_dots}
            </svg>
            // One column per snapshot: it grows wider than a phone.
            <TableScroll labelled_by=TITLE_ID>
            <table class="trend__table">
                <thead>
                    <tr>
                        <td></td>
                        <td></td>
                        {header}
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">{td_string!(locale, results.total_label)}</th>
                        <td></td>
                        {total_cells}
                    </tr>
                    {section_rows}
                </tbody>
            </table>
            </TableScroll>
        </figure>
    }
}
