use leptos::prelude::*;
use leptos_i18n::td_string;

use super::{LanguagePicker, OverallProgress};
use crate::texts::language::use_locale;

/// The top bar (name, language picker and overall progress) stays in reach
/// while scrolling; the tagline below it scrolls away.
#[component]
pub fn AppHeader() -> impl IntoView {
    let locale = use_locale();
    view! {
        <a class="skip-link" href="#main">
            {td_string!(locale, app.skip_to_content)}
        </a>
        <header class="app-header">
            <div class="app-header__row">
                <h1 class="app-title">{td_string!(locale, app.title)}</h1>
                <LanguagePicker />
            </div>
            <OverallProgress />
        </header>
        <p class="app-tagline">{td_string!(locale, app.tagline)}</p>
    }
}
