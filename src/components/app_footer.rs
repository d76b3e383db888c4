use leptos::prelude::*;
use leptos_i18n::td_string;

use super::ScoringNote;
use crate::session::Session;

/// Privacy promise, how scoring works, and where the statements come from.
#[component]
pub fn AppFooter() -> impl IntoView {
    let locale = Session::expect().locale;
    view! {
        <footer class="app-footer">
            <ScoringNote />
            <p>{move || td_string!(locale.get(), app.privacy)}</p>
            <p class="hint">{move || td_string!(locale.get(), app.source)}</p>
        </footer>
    }
}
