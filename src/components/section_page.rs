use assessment::SectionId;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::{SectionSteps, StatementGroup};
use crate::focus::HEADING_ID;
use crate::session::Session;
use crate::text;

/// One section of the questionnaire: its title, why it matters, and a radio
/// group per statement.
#[component]
pub fn SectionPage(
    /// The section to show.
    section: SectionId,
) -> impl IntoView {
    let locale = Session::expect().locale;
    let number = section as usize + 1;
    let count = SectionId::ALL.len();
    let statements = section
        .statements()
        .iter()
        .map(|&statement| view! { <StatementGroup statement /> })
        .collect_view();
    view! {
        <section class="section-page" data-section=section.as_str()>
            <p class="eyebrow">
                {move || td_string!(locale.get(), nav.section_of, number = number, count = count)}
            </p>
            <h2 id=HEADING_ID tabindex="-1">{move || text::section_title(locale.get(), section)}</h2>
            <p class="section-page__intro">{move || text::section_intro(locale.get(), section)}</p>
            <p class="section-page__instructions">
                {move || td_string!(locale.get(), app.instructions)}
            </p>
            {statements}
            <SectionSteps section />
        </section>
    }
}
