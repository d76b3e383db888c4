//! What both pages (the self-check and the tools) start with: the options in
//! the address, the stored session restored into context ([`Session`]), and
//! the one effect that keeps the session saved.

use leptos::prelude::*;

use crate::launch::Launch;
use crate::session::Session;
use crate::storage::{self, Mode, Problem, Slot};
use crate::timing;

/// The state a page needs beyond what is in context.
pub struct Started {
    pub session: Session,
    /// Where the session is kept (the tools page keeps the history beside it).
    pub slot: Slot,
    /// Whether storage can be written.
    pub mode: Mode,
    /// What went wrong with storage at start, if anything.
    pub problem: Option<Problem>,
    /// True while the latest save did not reach storage.
    pub save_failed: RwSignal<bool>,
}

/// Restores the session and keeps it saved.
pub fn start() -> Started {
    let launch = Launch::from_location();
    let opened = timing::measure("sq:restore", || storage::open(&launch.slot));
    let session = Session::provide(opened.session.unwrap_or_default(), launch.language);
    let save_failed = RwSignal::new(false);

    // The one effect that writes the session to storage: any change to the
    // answers, the place or the language is saved at once. Its first run only
    // subscribes: nothing has changed yet, so whatever is stored stays
    // untouched.
    let mode = opened.mode;
    let slot = launch.slot;
    let effect_slot = slot.clone();
    Effect::new(move |subscribed: Option<()>| {
        let saved = session.to_saved();
        if subscribed.is_some() {
            let outcome = timing::measure("sq:save", || storage::save(mode, &effect_slot, &saved));
            save_failed.set(outcome.is_err());
        }
    });

    Started {
        session,
        slot,
        mode,
        problem: opened.problem,
        save_failed,
    }
}

/// Puts the page's language in context and on `<html lang>`; called first
/// by each page's language-keyed view.
pub fn use_language(locale: crate::i18n::Locale) {
    provide_context(locale);
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", crate::language::html_lang(locale));
    }
}
