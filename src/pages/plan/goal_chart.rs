//! A goal's progress as a small SVG line: the value at the start, then each
//! measurement by date, against a dashed line at the target. The numbers are
//! in words and in the table beside it, so nothing depends on the picture.

use crate::plan_text;
use assessment::plan::goals::Goal;
use leptos::prelude::*;

use crate::texts::language::use_locale;

const WIDTH: i64 = 300;
const HEIGHT: i64 = 90;
const PAD: i64 = 8;

/// The chart of one goal; nothing until it has a start and a target.
#[component]
pub fn GoalChart(goal: Goal) -> impl IntoView {
    let locale = use_locale();
    let (start, target) = (goal.start?, goal.target?);
    let values: Vec<i64> = std::iter::once(start)
        .chain(goal.readings_by_date().into_iter().map(|r| r.value))
        .map(|a| a.hundredths())
        .collect();
    let low = values.iter().copied().chain([target.hundredths()]).min()?;
    let high = values.iter().copied().chain([target.hundredths()]).max()?;
    let span = (high - low).max(1);
    let y = move |v: i64| PAD + (high - v) * (HEIGHT - 2 * PAD) / span;
    let step = (WIDTH - 2 * PAD) / (values.len() as i64 - 1).max(1);
    let points = values
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{},{}", PAD + step * i as i64, y(*v)))
        .collect::<Vec<_>>()
        .join(" ");
    let dots = values
        .iter()
        .enumerate()
        .map(|(i, v)| view! { <circle cx=PAD + step * i as i64 cy=y(*v) r="3" /> })
        .collect_view();
    let target_y = y(target.hundredths());
    Some(view! {
        <svg
            class="plan-goal__chart"
            viewBox=format!("0 0 {WIDTH} {HEIGHT}")
            role="img"
            aria-label=plan_text!(locale, plan.goals.chart_label)
        >
            <line class="plan-goal__target" x1="0" x2=WIDTH y1=target_y y2=target_y />
            <polyline class="plan-goal__line" points=points />
            {dots}
        </svg>
    })
}
