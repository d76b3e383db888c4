//! What both pages (the self-check and the tools) start with: the options in
//! the address, the stored session restored into context ([`Session`]), and
//! keeping it saved: the one effect that writes every change, and taking in
//! what other tabs store.

use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;

use crate::launch::Launch;
use crate::session::Session;
use crate::storage::{self, Mode, Problem, SaveFailed, SessionStore, Slot};
use crate::timing;

/// The state a page needs beyond what is in context.
pub struct Started {
    pub session: Session,
    /// Where the session is kept (the tools page keeps the history beside it).
    pub slot: Slot,
    /// Whether storage could be written when the page started.
    pub mode: Mode,
    /// What went wrong with storage at start, if anything.
    pub problem: Option<Problem>,
    /// Why the latest save did not reach storage, while it did not.
    pub save_error: RwSignal<Option<SaveFailed>>,
    /// The options the page was opened with.
    pub launch: Launch,
}

/// Restores the session and keeps it saved and in step with other tabs.
pub fn start() -> Started {
    let launch = Launch::from_location();
    let opened = timing::measure("sq:restore", || storage::open(&launch.slot));
    let session = Session::provide(opened.session.clone().unwrap_or_default(), launch.language);
    let store = Rc::new(SessionStore::new(launch.slot.clone(), &opened));
    let save_error = RwSignal::new(None);

    // A record merged with another tab's is shown; writing it again is a
    // no-op (it is what is stored).
    let outcome = move |result: Result<Option<assessment::SavedSession>, SaveFailed>| match result {
        Ok(merged) => {
            save_error.set(None);
            if let Some(record) = merged {
                session.adopt(record);
            }
        }
        Err(error) => save_error.set(Some(error)),
    };

    // The one effect that writes the session: any change to the answers, the
    // place or the language is saved at once. Its first run only subscribes:
    // nothing has changed yet, so whatever is stored stays untouched.
    let saver = store.clone();
    Effect::new(move |subscribed: Option<()>| {
        let current = session.to_saved();
        if subscribed.is_some() {
            outcome(timing::measure("sq:save", || saver.save(&current)));
        }
    });

    // Another tab stored something, or this tab is shown again: take it in,
    // then save what this tab changed while hidden.
    let key = launch.slot.key().to_string();
    let refresher = store.clone();
    let refresh = move || {
        let current = session.to_saved_untracked();
        outcome(refresher.refresh(&current));
        if refresher.has_pending() && !document().hidden() {
            outcome(refresher.save(&session.to_saved_untracked()));
        }
    };
    let on_storage = refresh.clone();
    window_event_listener(ev::storage, move |event| {
        if event.key().as_deref() == Some(key.as_str()) {
            on_storage();
        }
    });
    window_event_listener(ev::visibilitychange, move |_| {
        if !document().hidden() {
            refresh();
        }
    });

    #[cfg(feature = "crash-test")]
    if web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.contains("crash-test"))
    {
        window_event_listener(ev::keydown, |event| {
            if event.key() == "F9" {
                panic!("crash test: F9 pressed");
            }
        });
    }

    Started {
        session,
        slot: launch.slot.clone(),
        mode: opened.mode,
        problem: opened.problem,
        save_error,
        launch,
    }
}

/// Puts the page's language in context and on `<html lang>`; called first
/// by each page's language-keyed view.
pub fn use_language(locale: crate::i18n::Locale) {
    provide_context(locale);
    crate::crash::remember_language(locale);
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", crate::language::html_lang(locale));
    }
}
