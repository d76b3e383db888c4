use assessment::{Answers, SectionId};
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::ReplaceButton;
use crate::language::use_locale;
use crate::replacement::Reason;
use crate::session::Session;

/// "Start over": asks first (see [`ReplaceButton`]), keeps the answers in
/// the history, clears them and opens the first section; "Undo" brings them
/// back.
#[component]
pub fn StartOver() -> impl IntoView {
    let session = Session::expect();
    let locale = use_locale();
    view! {
        <div class="start-over">
            <ReplaceButton
                label=td_string!(locale, start_over.button)
                reason=Reason::StartOver
                answers=Answers::new()
                after=move |_| session.go_to_section(SectionId::FIRST)
            />
        </div>
    }
}
