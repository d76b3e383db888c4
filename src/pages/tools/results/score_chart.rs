use assessment::plan::targets::{target_for, Target};
use assessment::{Report, Score};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::i18n::Locale;
use crate::sentence;
use crate::texts;
use crate::texts::language::use_locale;

// Whole SVG units only: formatting floats would add kilobytes of wasm.
const WIDTH: u32 = 600;
const ROW: u32 = 50;
const BAR_TOP: u32 = 27;
const BAR_HEIGHT: u32 = 14;
/// Room at the right of the longest bar for its number.
const VALUE_ROOM: u32 = 56;

/// A bar per section on the 1 to 5 scale, drawn as SVG, each with its
/// number written beside it so nothing depends on colour or length alone.
#[component]
pub fn ScoreChart(
    /// The results to draw.
    report: Report,
    /// The targets of the person's plan: a mark on each targeted row.
    #[prop(optional)]
    targets: Vec<Target>,
) -> impl IntoView {
    let locale = use_locale();
    let height = ROW * report.sections.len() as u32 + 20;
    view! {
        <figure class="score-chart">
            <figcaption>
                <h3>{td_string!(locale, results.chart_title)}</h3>
                <p class="hint">{td_string!(locale, results.chart_description)}</p>
            </figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {height}")
                role="img"
                aria-label=summary(locale, &report, &targets)
                class="score-chart__svg"
            >
                {grid(height)}
                {rows(locale, &report, &targets)}
            </svg>
        </figure>
    }
}

/// The chart's content as one sentence for screen readers.
fn summary(locale: Locale, report: &Report, targets: &[Target]) -> String {
    report
        .sections
        .iter()
        .map(|s| {
            let value = match s.score {
                Some(score) => score.shown().text(),
                None => "-".to_string(),
            };
            let target = target_for(targets, s.section).map_or_else(String::new, |t| {
                sentence!(locale, results.chart_target, target = t.score.text())
            });
            format!(
                "{}: {value}{target}",
                texts::section_short(locale, s.section)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn bar_width(score: Score) -> u32 {
    score.scale_to(WIDTH - VALUE_ROOM)
}

/// Vertical lines at 1, 2, 3, 4 and 5.
fn grid(height: u32) -> impl IntoView {
    (1..=5)
        .map(|point| {
            let x = bar_width(Score::points(point));
            view! {
                <line class="score-chart__grid" x1=x x2=x y1="16" y2=height - 4></line>
                <text class="score-chart__tick" x=x y=height text-anchor="middle">
                    {point}
                </text>
            }
        })
        .collect_view()
}

fn rows(locale: Locale, report: &Report, targets: &[Target]) -> impl IntoView {
    report
        .sections
        .iter()
        .enumerate()
        .map(|(i, result)| {
            let top = ROW * i as u32;
            let label = texts::section_short(locale, result.section);
            let bar = match result.score {
                Some(score) => {
                    let width = bar_width(score);
                    Either::Left(view! {
                        <rect
                            class="score-chart__bar"
                            x="0"
                            y=top + BAR_TOP
                            width=width
                            height=BAR_HEIGHT
                            rx="3"
                        ></rect>
                        <text class="score-chart__value" x=width + 6 y=top + BAR_TOP + BAR_HEIGHT - 2>
                            {score.shown().text()}
                        </text>
                    })
                }
                None => Either::Right(view! {
                    <text class="score-chart__pending" x="0" y=top + BAR_TOP + BAR_HEIGHT - 2>
                        {sentence!(
                            locale, results.not_scored, answered = result.answered, total = result.statement_count()
                        )}
                    </text>
                }),
            };
            // The target: a dashed mark across the bar's row.
            let target = target_for(targets, result.section).map(|t| {
                let x = bar_width(t.score.score());
                view! {
                    <line
                        class="score-chart__target"
                        data-target=t.score.text()
                        x1=x
                        x2=x
                        y1=top + BAR_TOP - 4
                        y2=top + BAR_TOP + BAR_HEIGHT + 4
                    ></line>
                }
            });
            view! {
                <g data-section=result.section.as_str()>
                    <text class="score-chart__label" x="0" y=top + 18>{label}</text>
                    {bar}
                    {target}
                </g>
            }
        })
        .collect_view()
}
