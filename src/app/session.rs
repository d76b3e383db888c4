//! The app's state, shared with components through context: the answers, the
//! current place, the language and the name the results are kept under. The
//! report is derived from the answers where it is shown (see `ResultsPage`),
//! never stored beside them. Views change it only through the named actions
//! below.

use assessment::export::{optional_text, Timestamp};
use assessment::{Answers, Place, Rating, SavedSession, SectionId, StatementId};
use leptos::prelude::*;

use crate::i18n::Locale;
use crate::texts::language;
use leptos_i18n::Locale as _;

/// Everything a reload restores, as signals, plus where "Change" came from.
#[derive(Clone, Copy)]
pub struct Session {
    pub answers: RwSignal<Answers>,
    pub place: RwSignal<Place>,
    pub locale: RwSignal<Locale>,
    /// The business, or the person answering, as typed (trimmed when saved).
    pub name: RwSignal<String>,
    /// When an answer last changed.
    pub changed_at: RwSignal<Option<Timestamp>>,
    /// Set by "Change" on the results, so that section offers the way back.
    pub came_from_results: RwSignal<bool>,
}

/// What a replacement of the answers takes away, so "Undo" can put it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Before {
    pub answers: Answers,
    pub place: Place,
    pub changed_at: Option<Timestamp>,
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
            name: RwSignal::new(saved.name.unwrap_or_default()),
            changed_at: RwSignal::new(saved.changed_at),
            came_from_results: RwSignal::new(false),
        };
        provide_context(session);
        session
    }

    /// The session from context; every component sits below `App`.
    pub fn expect() -> Session {
        expect_context::<Session>()
    }

    /// The record to store, read without subscribing.
    pub fn to_saved_untracked(self) -> SavedSession {
        untrack(|| SavedSession {
            answers: self.answers.get(),
            place: self.place.get(),
            language: Some(self.locale.get().as_str().to_string()),
            name: self.saved_name(),
            changed_at: self.changed_at.get(),
            // Stamped by the store when it writes.
            stamp: Default::default(),
        })
    }

    /// Subscribes to every field of the record to store, without building it.
    pub fn track(self) {
        self.answers.track();
        self.place.track();
        self.locale.track();
        self.name.track();
        self.changed_at.track();
    }

    /// The name as kept: trimmed, none when blank (an over-long one cannot
    /// be typed: the field stops at the limit).
    pub fn saved_name(self) -> Option<String> {
        self.name
            .with(|name| optional_text(Some(name.clone())).ok().flatten())
    }

    /// Takes in what another tab stored (merged with this tab's changes).
    pub fn adopt(self, stored: SavedSession) {
        if self.answers.with_untracked(|a| *a != stored.answers) {
            self.answers.set(stored.answers);
        }
        if untrack(|| self.saved_name()) != stored.name {
            self.name.set(stored.name.unwrap_or_default());
        }
        if self.changed_at.with_untracked(|c| *c != stored.changed_at) {
            self.changed_at.set(stored.changed_at);
        }
    }

    /// Shows the page in another language (and keeps the choice).
    pub fn choose_language(self, locale: Locale) {
        self.locale.set(locale);
    }

    /// The name the results are kept under, as typed.
    pub fn rename(self, name: String) {
        self.name.set(name);
    }

    /// Records one rating.
    pub fn rate(self, statement: StatementId, rating: Rating) {
        self.answers.update(|a| a.rate(statement, rating));
        self.changed_at.set(Some(crate::browser::dates::now()));
    }

    /// What a replacement would take away.
    pub fn before(self) -> Before {
        Before {
            answers: self.answers.get_untracked(),
            place: self.place.get_untracked(),
            changed_at: self.changed_at.get_untracked(),
        }
    }

    /// Replaces every answer at once (a shared link, a file, a snapshot,
    /// starting over). Only [`crate::app::replacement::Replacer`] calls this: it
    /// keeps the previous answers first.
    pub fn replace_answers(self, answers: Answers) {
        self.answers.set(answers);
        self.changed_at.set(Some(crate::browser::dates::now()));
    }

    /// Puts back what a replacement took away.
    pub fn restore(self, before: Before) {
        self.answers.set(before.answers);
        self.changed_at.set(before.changed_at);
        self.place.set(before.place);
    }

    /// Opens the section holding `statement` and moves focus to it.
    pub fn go_to_statement(self, statement: StatementId) {
        self.place.set(Place::Section(statement.section()));
        crate::browser::focus::statement_after_render(statement);
    }

    /// Opened from the results to change one answer (`#change=<id>`): that
    /// statement, and the section offers the way back to the results.
    pub fn change_from_results(self, statement: StatementId) {
        self.go_to_statement(statement);
        self.came_from_results.set(true);
    }

    /// Opens a section and moves focus to its heading.
    pub fn go_to_section(self, section: SectionId) {
        self.place.set(Place::Section(section));
        crate::browser::focus::heading_after_render();
    }

    /// On the self-check page: a session last seen on the results (which
    /// live on the tools page) opens on the first statement still to rate,
    /// or on the last section once all are rated.
    pub fn open_questionnaire(self) {
        if self.place.get_untracked() == Place::Results {
            let section = self
                .answers
                .with_untracked(|a| a.first_unanswered().map(StatementId::section))
                .unwrap_or(SectionId::LAST);
            self.place.set(Place::Section(section));
        }
    }
}
