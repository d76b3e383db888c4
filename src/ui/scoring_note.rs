use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::texts::language::use_locale;

/// "How is this scored?": the rule, including the band boundaries and why
/// the total is rounded down.
#[component]
pub fn ScoringNote() -> impl IntoView {
    let locale = use_locale();
    view! {
        <details class="scoring-note">
            <summary>{td_string!(locale, scoring.title)}</summary>
            <p>{td_string!(locale, scoring.sections)}</p>
            <p>{td_string!(locale, scoring.total)}</p>
            <p>{td_string!(locale, scoring.bands)}</p>
            <p>{td_string!(locale, scoring.gaps)}</p>
        </details>
    }
}
