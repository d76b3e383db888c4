use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::session::Session;

/// "How is this scored?": the rule, including the band boundaries and why
/// the total is rounded down.
#[component]
pub fn ScoringNote() -> impl IntoView {
    let locale = Session::expect().locale;
    view! {
        <details class="scoring-note">
            <summary>{move || td_string!(locale.get(), scoring.title)}</summary>
            <p>{move || td_string!(locale.get(), scoring.sections)}</p>
            <p>{move || td_string!(locale.get(), scoring.total)}</p>
            <p>{move || td_string!(locale.get(), scoring.bands)}</p>
            <p>{move || td_string!(locale.get(), scoring.gaps)}</p>
        </details>
    }
}
