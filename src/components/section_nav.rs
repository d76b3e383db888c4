use assessment::{Place, SectionId};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::session::Session;
use crate::text;

/// The seven sections and the results, each with its own progress, plus a
/// jump to the first unanswered statement. Any section can be opened at any
/// time.
#[component]
pub fn SectionNav() -> impl IntoView {
    let session = Session::expect();
    let locale = session.locale;
    let sections = SectionId::ALL
        .into_iter()
        .map(|section| view! { <SectionNavItem section /> })
        .collect_view();
    let results_current = move || (session.place.get() == Place::Results).then_some("page");
    let first_unanswered = move || session.answers.with(|a| a.first_unanswered());
    view! {
        <nav class="section-nav" aria-label=move || td_string!(locale.get(), nav.label)>
            <ol class="section-nav__list">
                {sections}
                <li>
                    <button
                        type="button"
                        class="section-nav__item section-nav__item--results"
                        aria-current=results_current
                        on:click=move |_| session.go_to_results()
                    >
                        {move || td_string!(locale.get(), nav.results)}
                    </button>
                </li>
            </ol>
            <p class="section-nav__jump">
                {move || match first_unanswered() {
                    Some(statement) => {
                        view! {
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| session.go_to_statement(statement)
                            >
                                {move || td_string!(locale.get(), nav.first_unanswered)}
                            </button>
                        }
                            .into_any()
                    }
                    None => {
                        view! { <span>{move || td_string!(locale.get(), nav.all_answered)}</span> }
                            .into_any()
                    }
                }}
            </p>
        </nav>
    }
}

/// One section's entry: short name and "answered / total".
#[component]
fn SectionNavItem(
    /// The section this entry opens.
    section: SectionId,
) -> impl IntoView {
    let session = Session::expect();
    let total = section.statements().len();
    let answered = move || session.answers.with(|a| a.answered_in(section));
    let current = move || (session.place.get() == Place::Section(section)).then_some("page");
    view! {
        <li>
            <button
                type="button"
                class="section-nav__item"
                class:section-nav__item--complete=move || answered() == total
                aria-current=current
                data-section=section.as_str()
                on:click=move |_| session.go_to_section(section)
            >
                <span class="section-nav__name">
                    {move || text::section_short(session.locale.get(), section)}
                </span>
                <span class="section-nav__count">{answered}"/"{total}</span>
            </button>
        </li>
    }
}
