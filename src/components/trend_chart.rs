use assessment::{Report, Score};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::archive::Archive;
use crate::dates;
use crate::language::use_locale;

const WIDTH: u32 = 600;
const HEIGHT: u32 = 220;
const LEFT: u32 = 36;
const TOP: u32 = 10;
const PLOT_HEIGHT: u32 = 170;

/// The total (7 to 35) at each snapshot, oldest first, as an SVG line with
/// each point's value written beside it, plus a table of the same numbers.
#[component]
pub fn TrendChart() -> impl IntoView {
    let locale = use_locale();
    let history = Archive::expect().history;
    // Rebuilt (not patched) when a snapshot is added or removed.
    let version = move || {
        history.with(|h| {
            (
                h.snapshots.len(),
                h.snapshots.last().and_then(|s| s.taken_at.clone()),
            )
        })
    };
    let chart = move |_| {
        let points: Vec<(String, Option<Score>)> = history.with(|h| {
            h.snapshots
                .iter()
                .map(|s| {
                    let date = s
                        .taken_at
                        .as_ref()
                        .map(|t| dates::display(t, locale))
                        .unwrap_or_default();
                    (date, Report::new(&s.answers).total)
                })
                .collect()
        });
        (points.len() >= 2).then(|| {
            let step = (WIDTH - LEFT - 20) / (points.len() as u32 - 1).max(1);
            // 7 at the bottom, 35 at the top. scale_to(5n) is n × total, so
            // subtracting 7n leaves n × (total − 7), out of n × 28.
            let y = |total: Score| {
                let above_seven = total.scale_to(5 * PLOT_HEIGHT).saturating_sub(7 * PLOT_HEIGHT);
                TOP + PLOT_HEIGHT - above_seven / 28
            };
            let coordinates: Vec<(u32, u32, String)> = points
                .iter()
                .enumerate()
                .filter_map(|(i, (_, t))| t.map(|t| (LEFT + step * i as u32, y(t), t.one_decimal_down())))
                .collect();
            let line: String = coordinates
                .iter()
                .map(|(x, y, _)| format!("{x},{y}"))
                .collect::<Vec<_>>()
                .join(" ");
            let dots = coordinates
                .iter()
                .map(|(x, y, label)| {
                    view! {
                        <circle cx=*x cy=*y r="4" class="trend__dot"></circle>
                        <text x=*x y=y - 8 text-anchor="middle" class="trend__value">{label.clone()}</text>
                    }
                })
                .collect_view();
            let rows = points
                .into_iter()
                .map(|(date, total)| {
                    view! {
                        <tr>
                            <td>{date}</td>
                            <td>{total.map(Score::one_decimal_down).unwrap_or_default()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <figure class="trend">
                    <figcaption>
                        <h3>{td_string!(locale, history.trend_title)}</h3>
                        <p class="hint">{td_string!(locale, history.trend_description)}</p>
                    </figcaption>
                    <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") class="trend__svg" aria-hidden="true">
                        <line x1=LEFT x2=WIDTH - 10 y1=TOP + PLOT_HEIGHT y2=TOP + PLOT_HEIGHT class="score-chart__grid"></line>
                        <text x="0" y=TOP + PLOT_HEIGHT class="score-chart__tick">"7"</text>
                        <text x="0" y=TOP + 10 class="score-chart__tick">"35"</text>
                        <polyline points=line class="trend__line"></polyline>
                        {dots}
                    </svg>
                    <table class="trend__table">
                        <tbody>{rows}</tbody>
                    </table>
                </figure>
            }
        })
    };
    view! { <For each=move || [version()] key=|v| v.clone() children=chart /> }
}
