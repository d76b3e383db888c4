use leptos::prelude::*;

use crate::app::session::Session;
use crate::sentence;
use crate::texts::language::use_locale;

/// "Answers last changed on 30 Nov 2026, 14:05.", once an answer has a
/// known time of change (records from before it was kept have none).
#[component]
pub fn LastChanged() -> impl IntoView {
    let locale = use_locale();
    Session::expect().changed_at.get_untracked().map(|at| {
        let date = crate::browser::dates::display_with_time(&at, locale);
        view! {
            <p class="hint last-changed" data-testid="last-changed">
                {sentence!(locale, results.last_changed, date = date)}
            </p>
        }
    })
}
