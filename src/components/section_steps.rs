use assessment::SectionId;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::session::Session;

/// "Previous section" and "Next section" (or "See your results" after the
/// last one) below a section's statements.
#[component]
pub fn SectionSteps(
    /// The section these steps lead away from.
    section: SectionId,
) -> impl IntoView {
    let session = Session::expect();
    let locale = session.locale;
    let previous = section.previous().map(|previous| {
        view! {
            <button type="button" class="button" on:click=move |_| session.go_to_section(previous)>
                {move || td_string!(locale.get(), nav.previous)}
            </button>
        }
    });
    let next = match section.next() {
        Some(next) => view! {
            <button
                type="button"
                class="button button--primary"
                on:click=move |_| session.go_to_section(next)
            >
                {move || td_string!(locale.get(), nav.next)}
            </button>
        }
        .into_any(),
        None => view! {
            <button type="button" class="button button--primary" on:click=move |_| session.go_to_results()>
                {move || td_string!(locale.get(), nav.see_results)}
            </button>
        }
        .into_any(),
    };
    view! { <div class="section-steps">{previous}{next}</div> }
}
