//! The session, kept: one tab's view of the stored record, which it writes
//! as the session changes and takes in when another tab (or this tab, shown
//! again) finds it changed. What to write, hold back, merge or stop for is
//! decided by `assessment::sync`; `crate::browser::storage` only reads and
//! writes. [`SessionStore::bind`] ties it to the session's signals and owns
//! its listeners, so a page starts it with one call.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use assessment::sync::{self, SavePlan, Stop, Stored, TakenIn, Writer};
use assessment::SavedSession;
use leptos::ev;
use leptos::prelude::*;

use crate::app::session::Session;
use crate::browser::after_paint::AfterPaint;
use crate::browser::storage::{self, Mode, Opened, Problem, SaveFailed, Slot};
use crate::browser::{dates, timing};

/// The app's version, written into every record's stamp.
const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// One tab's view of the stored session.
pub struct SessionStore {
    slot: Slot,
    mode: Cell<Mode>,
    /// The record as this tab last saw it stored (written by itself, or by
    /// another tab): what tells its own changes from another tab's.
    seen: RefCell<SavedSession>,
    /// A change made while the tab was hidden, saved once it is shown.
    pending: Cell<bool>,
    /// An unreadable record already copied aside when the store was opened:
    /// replacing it needs no second copy.
    backed_up: Option<String>,
    /// Set once a newer build's record was seen: from then on every save
    /// reports it, so the person keeps being told that changes are not kept.
    newer_elsewhere: Cell<bool>,
}

impl SessionStore {
    /// The store for a session opened from `slot`.
    pub fn new(slot: Slot, opened: &Opened) -> SessionStore {
        SessionStore {
            slot,
            mode: Cell::new(opened.mode),
            seen: RefCell::new(opened.session.clone().unwrap_or_default()),
            pending: Cell::new(false),
            backed_up: match &opened.problem {
                Some(Problem::Unreadable {
                    raw,
                    backup_key: Some(_),
                    ..
                }) => Some(raw.clone()),
                _ => None,
            },
            newer_elsewhere: Cell::new(false),
        }
    }

    /// Whether changes are being written.
    pub fn mode(&self) -> Mode {
        self.mode.get()
    }

    /// Whether a change made while hidden still waits to be saved.
    pub fn has_pending(&self) -> bool {
        self.pending.get()
    }

    /// Saves `current` (see [`sync::plan_save`] and [`sync::save`]): writes
    /// it, merged with what another tab stored since, stamped and read back.
    /// Returns the merged record when it differs from `current`.
    /// `leaving`: the page is being hidden or left with this change (made
    /// while it was shown) not yet written: it is written now, not held.
    pub fn save(
        &self,
        current: &SavedSession,
        leaving: bool,
    ) -> Result<Option<SavedSession>, SaveFailed> {
        if self.newer_elsewhere.get() {
            return Err(SaveFailed::NewerElsewhere);
        }
        let hidden = storage::page_hidden() && !leaving;
        let plan = sync::plan_save(current, &self.seen.borrow(), hidden);
        if plan == SavePlan::Nothing {
            return Ok(None);
        }
        if self.mode.get() == Mode::MemoryOnly {
            storage::keep_in_tab(&self.slot, current);
            return Ok(None);
        }
        if plan == SavePlan::Hold {
            self.pending.set(true);
            return Ok(None);
        }
        let raw = storage::read(self.slot.key())?;
        let stored = Stored::read(
            raw.as_deref(),
            SavedSession::decode,
            self.backed_up.as_deref(),
        );
        let write = sync::save(current, &self.seen.borrow(), stored, &writer())
            .map_err(|Stop| self.stop_for_newer())?;
        if write.back_up_first {
            let raw = raw.unwrap_or_default();
            storage::back_up(&self.slot, &raw).ok_or(SaveFailed::Refused)?;
        }
        storage::write_verified(self.slot.key(), &write.record)?;
        let merged = write
            .record
            .entries_differ(current)
            .then(|| write.record.clone());
        *self.seen.borrow_mut() = write.record;
        self.pending.set(false);
        Ok(merged)
    }

    /// Takes in what another tab stored (see [`sync::take_in`]): returns the
    /// record to show if what the person entered changed.
    pub fn refresh(&self, current: &SavedSession) -> Result<Option<SavedSession>, SaveFailed> {
        if self.newer_elsewhere.get() {
            return Err(SaveFailed::NewerElsewhere);
        }
        let Ok(raw) = storage::read(self.slot.key()) else {
            return Ok(None);
        };
        let stored = Stored::read(raw.as_deref(), SavedSession::decode, None);
        let taken = sync::take_in(current, &self.seen.borrow(), stored);
        match taken {
            Ok(Some(TakenIn { seen, show })) => {
                *self.seen.borrow_mut() = seen;
                Ok(show)
            }
            Ok(None) => Ok(None),
            Err(Stop) => Err(self.stop_for_newer()),
        }
    }

    /// A newer build stored its record: stop writing for good (until a
    /// reload brings in that build).
    fn stop_for_newer(&self) -> SaveFailed {
        self.mode.set(Mode::MemoryOnly);
        self.newer_elsewhere.set(true);
        SaveFailed::NewerElsewhere
    }

    /// Keeps `session` saved: the one effect that writes every change (of
    /// the answers, the place, the language, the name), and the listeners
    /// that take in what other tabs store and what a hidden tab missed.
    /// Returns why the latest save did not reach storage, while it did not.
    pub fn bind(self, session: Session) -> RwSignal<Option<SaveFailed>> {
        let store = Rc::new(self);
        let save_error = RwSignal::new(None);
        // A record merged with another tab's is shown; writing it again is a
        // no-op (it is what is stored).
        let outcome = move |result: Result<Option<SavedSession>, SaveFailed>| match result {
            Ok(merged) => {
                save_error.set(None);
                if let Some(record) = merged {
                    session.adopt(record);
                }
            }
            Err(error) => save_error.set(Some(error)),
        };

        // Each change is saved after the frame that shows it (a click's
        // answer is drawn first), and at once if the page is left before.
        let saver = store.clone();
        let save_after_paint = AfterPaint::new(move |leaving| {
            let current = session.to_saved_untracked();
            outcome(timing::measure("sq:save", || saver.save(&current, leaving)));
        });
        // Its first run only subscribes: nothing has changed yet, so
        // whatever is stored stays untouched. Answers kept in the window's
        // name are written at once: that write is quick, and one made while
        // the page is being left may be lost.
        let in_tab_memory = store.clone();
        Effect::new(move |subscribed: Option<()>| {
            session.track();
            if subscribed.is_some() {
                save_after_paint.request(in_tab_memory.mode() == Mode::MemoryOnly);
            }
        });

        // Another tab stored something, or this tab is shown again: take it
        // in, then save what this tab changed while hidden.
        let key = store.slot.key().to_string();
        let refresh = move || {
            outcome(store.refresh(&session.to_saved_untracked()));
            if store.has_pending() && !storage::page_hidden() {
                outcome(store.save(&session.to_saved_untracked(), false));
            }
        };
        let on_storage = refresh.clone();
        window_event_listener(ev::storage, move |event| {
            if event.key().as_deref() == Some(key.as_str()) {
                on_storage();
            }
        });
        window_event_listener(ev::visibilitychange, move |_| {
            if !storage::page_hidden() {
                refresh();
            }
        });
        save_error
    }
}

/// This build, now.
pub fn writer() -> Writer {
    Writer {
        app_version: APP_VERSION.into(),
        now: dates::now(),
    }
}
