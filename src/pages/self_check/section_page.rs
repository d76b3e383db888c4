use assessment::{SectionId, SECTION_COUNT};
use leptos::prelude::*;

use super::{SectionSteps, StatementGroup};
use crate::browser::focus::HEADING_ID;
use crate::texts::language::use_locale;
use crate::texts::loaded::{self, Word};

/// One section of the questionnaire: its title, why it matters, and a radio
/// group per statement.
#[component]
pub fn SectionPage(
    /// The section to show.
    section: SectionId,
) -> impl IntoView {
    let locale = use_locale();
    let number = section.index() + 1;
    let count = SECTION_COUNT;
    let statements = section
        .statements()
        .map(|statement| view! { <StatementGroup statement /> })
        .collect_view();
    view! {
        <section class="section-page" data-section=section.as_str()>
            // Said with the heading when focus moves to it: where you are.
            <p class="eyebrow" id="view-place">
                {loaded::section_of(locale, number, count)}
            </p>
            <h2 id=HEADING_ID tabindex="-1" aria-describedby="view-place">
                {loaded::section_title(locale, section)}
            </h2>
            <p class="section-page__intro">{loaded::section_intro(locale, section)}</p>
            <p class="section-page__instructions">
                {loaded::word(locale, Word::Instructions)}
            </p>
            {statements}
            <SectionSteps section />
        </section>
    }
}
