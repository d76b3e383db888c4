use leptos::prelude::*;

use crate::texts::FrameWords;

/// "How is this scored?": the rule, including the band boundaries and why
/// the total is rounded down.
#[component]
pub fn ScoringNote(
    /// The page's frame words, which hold the note's.
    words: FrameWords,
) -> impl IntoView {
    let paragraphs = words.scoring.map(|text| view! { <p>{text}</p> });
    view! {
        <details class="scoring-note">
            <summary>{words.scoring_title}</summary>
            {paragraphs}
        </details>
    }
}
