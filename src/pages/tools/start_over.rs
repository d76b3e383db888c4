use assessment::Answers;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::ReplaceButton;
use crate::app::replacement::Reason;
use crate::texts::language::use_locale;

/// "Start over": asks first (see [`ReplaceButton`]), keeps the answers in
/// the history and clears them; the results then list every statement to
/// rate, and "Undo" brings the answers back.
#[component]
pub fn StartOver() -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="start-over">
            <ReplaceButton
                label=td_string!(locale, start_over.button)
                reason=Reason::StartOver
                answers=Answers::new()
            />
        </div>
    }
}
