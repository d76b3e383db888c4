//! The app's state, shared with components through context: the answers, the
//! current place and the language. The report is derived from the answers
//! where it is shown (see `ResultsPage`), never stored beside them.

use assessment::{Answers, Place, Rating, SavedSession, SectionId, StatementId};
use leptos::prelude::*;

use crate::i18n::Locale;
use crate::language;
use leptos_i18n::Locale as _;

/// Everything a reload restores, as signals.
#[derive(Clone, Copy)]
pub struct Session {
    pub answers: RwSignal<Answers>,
    pub place: RwSignal<Place>,
    pub locale: RwSignal<Locale>,
}

impl Session {
    /// Starts from a restored (or empty) session and puts it in context. A
    /// language given in the address wins over the saved one.
    pub fn provide(saved: SavedSession, language: Option<Locale>) -> Session {
        let session = Session {
            answers: RwSignal::new(saved.answers),
            place: RwSignal::new(saved.place),
            locale: RwSignal::new(
                language.unwrap_or_else(|| language::initial(saved.language.as_deref())),
            ),
        };
        provide_context(session);
        session
    }

    /// The session from context; every component sits below `App`.
    pub fn expect() -> Session {
        expect_context::<Session>()
    }

    /// The record to store, read inside an effect so it tracks every field.
    pub fn to_saved(self) -> SavedSession {
        SavedSession {
            answers: self.answers.get(),
            place: self.place.get(),
            language: Some(self.locale.get().as_str().to_string()),
            // Stamped by the store when it writes.
            stamp: Default::default(),
        }
    }

    /// The record to store, read without subscribing.
    pub fn to_saved_untracked(self) -> SavedSession {
        untrack(|| self.to_saved())
    }

    /// Records one rating.
    pub fn rate(self, statement: StatementId, rating: Rating) {
        self.answers.update(|a| a.rate(statement, rating));
    }

    /// Opens the section holding `statement` and moves focus to it.
    pub fn go_to_statement(self, statement: StatementId) {
        self.place.set(Place::Section(statement.section()));
        crate::focus::statement_after_render(statement);
    }

    /// Opens a section and moves focus to its heading.
    pub fn go_to_section(self, section: SectionId) {
        self.place.set(Place::Section(section));
        crate::focus::heading_after_render();
    }

    /// Opens the results and moves focus to their heading.
    pub fn go_to_results(self) {
        self.place.set(Place::Results);
        crate::focus::heading_after_render();
    }

    /// Clears every answer and returns to the first section.
    pub fn start_over(self) {
        self.answers.set(Answers::new());
        self.go_to_section(SectionId::FIRST);
    }
}
