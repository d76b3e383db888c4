use assessment::SectionId;
use leptos::either::Either;
use leptos::prelude::*;

use crate::app::session::Session;
use crate::texts::language::use_locale;
use crate::texts::loaded::{word, Word};
use crate::ui::Look;

/// Where the results are.
const RESULTS: &str = "tools.html#results";

/// "Previous section" and "Next section" (or "See your results" after the
/// last one) below a section's statements; after "Change" on the results,
/// "Back to your results" as well.
#[component]
pub fn SectionSteps(
    /// The section these steps lead away from.
    section: SectionId,
) -> impl IntoView {
    let session = Session::expect();
    let locale = use_locale();
    let previous = section.previous().map(|previous| {
        view! {
            <button type="button" class=Look::Plain.class() on:click=move |_| session.go_to_section(previous)>
                {word(locale, Word::Previous)}
            </button>
        }
    });
    // The results are on the tools page.
    let next = match section.next() {
        Some(next) => Either::Left(view! {
            <button
                type="button"
                class=Look::Primary.class()
                on:click=move |_| session.go_to_section(next)
            >
                {word(locale, Word::Next)}
            </button>
        }),
        None => Either::Right(view! {
            <a class=Look::Primary.class() href=RESULTS>
                {word(locale, Word::SeeResults)}
            </a>
        }),
    };
    let back = move || {
        session.came_from_results.get().then(|| {
            view! {
                <a class=Look::Primary.class() href=RESULTS data-testid="back-to-results">
                    {word(locale, Word::BackToResults)}
                </a>
            }
        })
    };
    view! { <div class="section-steps">{previous}{back}{next}</div> }
}
