use leptos::prelude::*;
use leptos_i18n::td_string;

use super::ScoringNote;
use crate::texts::language::use_locale;

/// Privacy promise, how scoring works, and where the statements come from.
#[component]
pub fn AppFooter() -> impl IntoView {
    let locale = use_locale();
    view! {
        <footer class="app-footer">
            <ScoringNote />
            <p>{td_string!(locale, app.privacy)}</p>
            <p class="hint">{td_string!(locale, app.source)}</p>
        </footer>
    }
}
