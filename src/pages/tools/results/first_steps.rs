use assessment::{Report, SectionId};
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::Whose;
use crate::sentence;
use crate::texts;
use crate::texts::language::use_locale;

/// How many first steps to propose.
const STEPS: usize = 3;

/// "Your first three steps": a short action for each of the weakest
/// statements of the sections with the most room to improve, in the order
/// the advice below lists them (see [`Report::first_steps`]), each linking
/// to its section's advice; above them, the section with the most room, or
/// the sections tied for it.
#[component]
pub fn FirstSteps(
    /// The results to take the steps from.
    report: Report,
    /// Whose results: someone else's steps are not "yours".
    whose: Whose,
) -> impl IntoView {
    let locale = use_locale();
    let title = match whose {
        Whose::Mine => td_string!(locale, results.first_steps_title),
        Whose::Shared => td_string!(locale, link.first_steps_title),
    };
    let weakest = report.weakest_sections();
    let lead = match weakest.as_slice() {
        [] => None,
        [one] => Some(
            sentence!(
                locale,
                results.weakest_one,
                section = texts::section_short(locale, *one)
            )
            .to_string(),
        ),
        tied => Some(
            sentence!(
                locale,
                results.weakest_tied,
                sections = texts::section_list(locale, tied)
            )
            .to_string(),
        ),
    };
    let steps = report.first_steps(STEPS);
    // Each step names its section only when they come from more than one
    // (otherwise the line above has named it).
    let mixed = steps.windows(2).any(|w| w[0].section() != w[1].section());
    let empty = match (steps.is_empty(), report.total.is_some()) {
        (false, _) => None,
        (true, true) => Some(td_string!(locale, results.first_steps_none)),
        (true, false) => Some(td_string!(locale, results.first_steps_pending)),
    };
    let items = steps
        .into_iter()
        .map(|statement| {
            let section = statement.section();
            view! {
                <li data-statement=statement.as_str()>
                    <a href=advice_href(section) on:click=move |event| {
                        event.prevent_default();
                        crate::browser::focus::reveal(&advice_id(section));
                    }>{texts::statement_step(locale, statement)}</a>
                    {mixed
                        .then(|| {
                            view! {
                                " "
                                <span class="first-steps__section">
                                    {texts::section_short(locale, section)}
                                </span>
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="first-steps" aria-labelledby="first-steps-title">
            <h3 id="first-steps-title">{title}</h3>
            {lead.map(|lead| view! { <p data-testid="weakest-sections">{lead}</p> })}
            {empty.map(|empty| view! { <p>{empty}</p> })}
            <ol class="first-steps__list">{items}</ol>
        </section>
    }
}

/// The DOM id of a section's advice on the results.
pub fn advice_id(section: SectionId) -> String {
    format!("advice-{}", section.as_str())
}

fn advice_href(section: SectionId) -> String {
    format!("#{}", advice_id(section))
}
