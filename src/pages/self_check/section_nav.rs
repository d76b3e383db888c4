use assessment::{Place, SectionId};
use leptos::prelude::*;

use crate::app::session::Session;
use crate::texts::language::use_locale;
use crate::texts::loaded::{section_short, word, Word};
use crate::ui::Look;

/// The seven sections, each with its own progress, links to the results,
/// keeping, the history and the team view (on the tools page), plus a jump
/// to the first unanswered statement. Any section can be opened at any time.
#[component]
pub fn SectionNav() -> impl IntoView {
    let session = Session::expect();
    let locale = use_locale();
    let sections = SectionId::all()
        .map(|section| view! { <SectionNavItem section /> })
        .collect_view();
    // A memo, so the link and the note are only touched when completeness flips.
    let all_answered = Memo::new(move |_| session.answers.with(|a| a.is_complete()));
    let go_to_first_unanswered = move |_| {
        if let Some(statement) = session.answers.with_untracked(|a| a.first_unanswered()) {
            session.go_to_statement(statement);
        }
    };
    view! {
        <nav class="section-nav" aria-label=word(locale, Word::Nav)>
            <ol class="section-nav__list">
                {sections}
                <li>
                    <a class="section-nav__item section-nav__item--results" href="tools.html#results">
                        {word(locale, Word::Results)}
                    </a>
                </li>
                <li>
                    <a class="section-nav__item section-nav__item--keep" href="tools.html#keep">
                        {word(locale, Word::Keep)}
                    </a>
                </li>
                <li>
                    <a class="section-nav__item section-nav__item--history" href="tools.html#history">
                        {word(locale, Word::History)}
                    </a>
                </li>
                <li>
                    <a class="section-nav__item section-nav__item--team" href="tools.html#team">
                        {word(locale, Word::Team)}
                    </a>
                </li>
            </ol>
            <p class="section-nav__jump">
                <span hidden=move || !all_answered.get()>{word(locale, Word::AllAnswered)}</span>
                <button
                    type="button"
                    class=Look::Link.class()
                    hidden=move || all_answered.get()
                    on:click=go_to_first_unanswered
                >
                    {word(locale, Word::FirstUnanswered)}
                </button>
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
    let locale = use_locale();
    // A memo, so a click only touches the entry of the section it was in.
    let answered = Memo::new(move |_| session.answers.with(|a| a.answered_in(section)));
    let current = move || (session.place.get() == Place::Section(section)).then_some("page");
    view! {
        <li>
            <button
                type="button"
                class="section-nav__item"
                class:section-nav__item--complete=move || answered.get() == total
                aria-current=current
                data-section=section.as_str()
                on:click=move |_| session.go_to_section(section)
            >
                <span class="section-nav__name">
                    {section_short(locale, section)}
                </span>
                <span class="section-nav__count">{answered}"/"{total}</span>
            </button>
        </li>
    }
}
