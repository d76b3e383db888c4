use leptos::prelude::*;

use super::ScoringNote;
use crate::texts::FrameWords;

/// Privacy promise, how scoring works, and where the statements come from.
#[component]
pub fn AppFooter(
    /// The words, from the page (see [`FrameWords`]).
    words: FrameWords,
) -> impl IntoView {
    view! {
        <footer class="app-footer">
            <ScoringNote words />
            <p>{words.privacy}</p>
            <p class="hint">{words.source}</p>
        </footer>
    }
}
