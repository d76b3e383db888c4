use assessment::SectionId;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::language::use_locale;
use crate::session::Session;

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
            <button type="button" class="button" on:click=move |_| session.go_to_section(previous)>
                {td_string!(locale, nav.previous)}
            </button>
        }
    });
    let (next_label, next) = match section.next() {
        Some(next) => (td_string!(locale, nav.next), Some(next)),
        None => (td_string!(locale, nav.see_results), None),
    };
    let next = view! {
        <button
            type="button"
            class="button button--primary"
            on:click=move |_| match next {
                Some(next) => session.go_to_section(next),
                None => session.go_to_results(),
            }
        >
            {next_label}
        </button>
    };
    let back = move || {
        session.came_from_results.get().then(|| {
            view! {
                <button
                    type="button"
                    class="button button--primary"
                    data-testid="back-to-results"
                    on:click=move |_| session.go_to_results()
                >
                    {td_string!(locale, nav.back_to_results)}
                </button>
            }
        })
    };
    view! { <div class="section-steps">{previous}{back}{next}</div> }
}
