use leptos::prelude::*;

use super::{LanguagePicker, OverallProgress};
use crate::texts::FrameWords;

/// The top bar (name, language picker and overall progress) stays in reach
/// while scrolling; the tagline below it scrolls away.
#[component]
pub fn AppHeader(
    /// The words, from the page (see [`FrameWords`]).
    words: FrameWords,
) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">
            {words.skip}
        </a>
        <header class="app-header">
            <div class="app-header__row">
                <h1 class="app-title">{words.title}</h1>
                <LanguagePicker label=words.language />
            </div>
            <OverallProgress />
        </header>
        <p class="app-tagline">{words.tagline}</p>
    }
}
