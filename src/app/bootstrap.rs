//! What both pages (the self-check and the tools) start with: the options in
//! the address, the stored session restored into context ([`Session`]) and
//! kept saved ([`SessionStore`]).

use leptos::prelude::*;

use crate::app::launch::Launch;
use crate::app::session::Session;
use crate::app::session_store::SessionStore;
use crate::browser::storage::{self, Mode, Problem, SaveFailed, Slot};
use crate::browser::timing;

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

/// Restores the session and keeps it saved and in step with other tabs
/// (see [`SessionStore::bind`]).
pub fn start() -> Started {
    let launch = Launch::from_location();
    let opened = timing::measure("sq:restore", || storage::open(&launch.slot));
    let session = Session::provide(opened.session.clone().unwrap_or_default(), launch.language);
    let save_error = SessionStore::new(launch.slot.clone(), &opened).bind(session);

    #[cfg(feature = "crash-test")]
    if crate::browser::address::query().contains("crash-test") {
        window_event_listener(leptos::ev::keydown, |event| {
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
