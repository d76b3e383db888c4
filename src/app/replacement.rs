//! Replacing the person's answers all at once (loading a shared link, an
//! imported file or a snapshot, starting over) with a way back: the current
//! answers are kept in the history first, labelled with why, and "Undo" puts
//! back exactly what was there for as long as the page is open. The views
//! ask first (see `ConfirmDialog`); this is what happens once they said yes.

use assessment::export::AnswerSet;
use assessment::Answers;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::app::archive::Archive;
use crate::app::session::{Before, Session};
use crate::i18n::Locale;

/// Why the answers are replaced: it labels the snapshot kept first and the
/// notice shown after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    SharedLink,
    Import,
    Snapshot,
    StartOver,
}

impl Reason {
    /// The DOM id of the question asked before this replacement.
    pub fn dom_id(self) -> &'static str {
        match self {
            Reason::SharedLink => "confirm-shared-link",
            Reason::Import => "confirm-import",
            Reason::Snapshot => "confirm-snapshot",
            Reason::StartOver => "confirm-start-over",
        }
    }

    /// The note of the snapshot that keeps the previous answers.
    fn note(self, locale: Locale) -> &'static str {
        match self {
            Reason::SharedLink => td_string!(locale, replace.note_link),
            Reason::Import => td_string!(locale, replace.note_import),
            Reason::Snapshot => td_string!(locale, replace.note_snapshot),
            Reason::StartOver => td_string!(locale, replace.note_start_over),
        }
    }

    /// What the notice after the replacement says happened.
    pub fn done(self, locale: Locale) -> &'static str {
        match self {
            Reason::SharedLink => td_string!(locale, replace.done_link),
            Reason::Import => td_string!(locale, replace.done_import),
            Reason::Snapshot => td_string!(locale, replace.done_snapshot),
            Reason::StartOver => td_string!(locale, replace.done_start_over),
        }
    }
}

/// The latest replacement, while its notice is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replaced {
    pub reason: Reason,
    /// Whether the previous answers went into the history just now (not
    /// when they were empty or already the newest snapshot).
    pub kept: bool,
    /// What "Undo" puts back; `None` once undone.
    pub before: Option<Before>,
}

/// Why nothing was replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotKept;

/// The page's replacements, in context.
#[derive(Clone, Copy)]
pub struct Replacer {
    /// The latest replacement, for its notice and its "Undo".
    pub last: RwSignal<Option<Replaced>>,
    /// Set when the previous answers could not be kept, so nothing changed.
    pub refused: RwSignal<bool>,
    session: Session,
    archive: Archive,
}

impl Replacer {
    /// Puts a replacer for `session`, keeping to `archive`, in context.
    pub fn provide(session: Session, archive: Archive) -> Replacer {
        let replacer = Replacer {
            last: RwSignal::new(None),
            refused: RwSignal::new(false),
            session,
            archive,
        };
        provide_context(replacer);
        replacer
    }

    /// The replacer from context.
    pub fn expect() -> Replacer {
        expect_context::<Replacer>()
    }

    /// Keeps the current answers in the history (unless they are empty or
    /// already its newest snapshot), then replaces them with `answers`. If
    /// they cannot be kept, nothing changes.
    pub fn replace(self, answers: Answers, reason: Reason, locale: Locale) -> Result<(), NotKept> {
        let before = self.session.before();
        let current = AnswerSet {
            taken_at: Some(crate::browser::dates::now()),
            note: Some(reason.note(locale).to_string()),
            name: self.session.saved_name(),
            answers: before.answers.clone(),
        };
        let Ok(kept) = self.archive.keep_before_replacing(current) else {
            self.refused.set(true);
            return Err(NotKept);
        };
        self.refused.set(false);
        self.session.replace_answers(answers);
        if reason == Reason::StartOver {
            // The self-check starts again from the beginning.
            self.session.place.set(assessment::Place::default());
        }
        self.last.set(Some(Replaced {
            reason,
            kept,
            before: Some(before),
        }));
        Ok(())
    }

    /// Puts back what the latest replacement took away.
    pub fn undo(self) {
        let before = self
            .last
            .try_update(|last| last.as_mut().and_then(|l| l.before.take()))
            .flatten();
        if let Some(before) = before {
            self.session.restore(before);
        }
    }
}
