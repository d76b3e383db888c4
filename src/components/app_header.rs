use leptos::prelude::*;
use leptos_i18n::td_string;

use super::{LanguagePicker, OverallProgress};
use crate::session::Session;

/// The top bar (name, language picker and overall progress) stays in reach
/// while scrolling; the tagline below it scrolls away.
#[component]
pub fn AppHeader() -> impl IntoView {
    let locale = Session::expect().locale;
    view! {
        <a class="skip-link" href="#main">
            {move || td_string!(locale.get(), app.skip_to_content)}
        </a>
        <header class="app-header">
            <div class="app-header__row">
                <h1 class="app-title">{move || td_string!(locale.get(), app.title)}</h1>
                <LanguagePicker />
            </div>
            <OverallProgress />
        </header>
        <p class="app-tagline">{move || td_string!(locale.get(), app.tagline)}</p>
    }
}
