//! The history of snapshots, shared with components through context. It is
//! changed only by explicit actions (save, delete, import), each applied to
//! the history as stored at that moment (another tab may have changed it)
//! and written at once; a change another tab stores shows up here too.

use assessment::export::AnswerSet;
use assessment::sync::{self, Stop, Stored};
use assessment::{DecodeError, History};
use leptos::ev;
use leptos::prelude::*;

use crate::app::session_store::writer;
use crate::browser::storage::{self, Mode, SaveFailed, Slot};

/// The history and where it is kept.
#[derive(Clone, Copy)]
pub struct Archive {
    pub history: RwSignal<History>,
    /// Why a stored history could not be read at start, if it could not.
    pub problem: StoredValue<Option<DecodeError>>,
    /// Why the latest change did not reach storage, while it did not.
    pub save_error: RwSignal<Option<SaveFailed>>,
    mode: Mode,
    slot: StoredValue<Slot>,
}

impl Archive {
    /// Reads the history kept beside the session's `slot`, puts it in
    /// context and follows what other tabs store.
    pub fn provide(mode: Mode, session_slot: &Slot) -> Archive {
        let slot = session_slot.history();
        let opened = storage::open_record(mode, &slot, History::decode);
        let key = slot.key().to_string();
        let archive = Archive {
            history: RwSignal::new(opened.record),
            problem: StoredValue::new(opened.problem),
            save_error: RwSignal::new(None),
            mode: opened.mode,
            slot: StoredValue::new(slot),
        };
        window_event_listener(ev::storage, move |event| {
            if event.key().as_deref() == Some(key.as_str()) {
                archive.reload();
            }
        });
        provide_context(archive);
        archive
    }

    /// The archive from context.
    pub fn expect() -> Archive {
        expect_context::<Archive>()
    }

    /// Adds snapshots at the end (they are kept oldest first).
    pub fn add_snapshots(self, sets: Vec<AnswerSet>) -> Result<(), SaveFailed> {
        self.change(move |h| h.snapshots.extend(sets)).map(|_| ())
    }

    /// Keeps answers about to be replaced as a snapshot (see
    /// [`History::keep_before_replacing`]); whether one was added.
    pub fn keep_before_replacing(self, current: AnswerSet) -> Result<bool, SaveFailed> {
        let mut added = false;
        self.change(|h| added = h.keep_before_replacing(current))?;
        Ok(added)
    }

    /// Deletes a snapshot: the first one equal to `snapshot`, wherever
    /// another tab's changes have moved it.
    pub fn remove(self, snapshot: AnswerSet) {
        let _ = self.change(move |h| {
            if let Some(at) = h.snapshots.iter().position(|s| *s == snapshot) {
                h.snapshots.remove(at);
            }
        });
    }

    /// Reads the history again after another tab stored it (never writes:
    /// a write here would wake that tab in turn).
    fn reload(self) {
        match self.stored() {
            Ok(history) => self.history.set(history),
            Err(error) => self.save_error.set(Some(error)),
        }
    }

    /// The history as stored now (see [`sync::history_base`]), or as shown
    /// when it is kept in memory only.
    fn stored(self) -> Result<History, SaveFailed> {
        let shown = self.history.get_untracked();
        if self.mode == Mode::MemoryOnly {
            return Ok(shown);
        }
        let raw = self.slot.with_value(|slot| storage::read(slot.key()))?;
        let stored = Stored::read(raw.as_deref(), History::decode, None);
        sync::history_base(stored, &shown).map_err(|Stop| SaveFailed::NewerElsewhere)
    }

    /// Applies `change` to the history as stored now, writes it (stamped,
    /// read back) and shows it; a failure is shown too (see `save_error`)
    /// and returned, and changes nothing.
    fn change(self, change: impl FnOnce(&mut History)) -> Result<(), SaveFailed> {
        let result = self.stored().and_then(|mut history| {
            change(&mut history);
            // Past its limits it could not be read back in later: refuse.
            if !history.fits() {
                return Err(SaveFailed::Full);
            }
            if self.mode == Mode::Persistent {
                history.stamp = writer().stamp(history.stamp.revision);
                self.slot
                    .with_value(|slot| storage::write_verified(slot.key(), &history))?;
            }
            Ok(history)
        });
        match result {
            Ok(history) => {
                self.history.set(history);
                self.save_error.set(None);
                Ok(())
            }
            Err(error) => {
                self.save_error.set(Some(error));
                Err(error)
            }
        }
    }
}
