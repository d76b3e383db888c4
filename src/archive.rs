//! The history of snapshots, shared with components through context. It is
//! changed only by explicit actions (save, delete, import), each written to
//! storage at once, beside the session record.

use assessment::export::AnswerSet;
use assessment::{DecodeError, History};
use leptos::prelude::*;

use crate::storage::{self, Mode, Slot};

/// The history and where it is kept.
#[derive(Clone, Copy)]
pub struct Archive {
    pub history: RwSignal<History>,
    /// Why a stored history could not be read at start, if it could not.
    pub problem: StoredValue<Option<DecodeError>>,
    /// True while the latest change did not reach storage.
    pub save_failed: RwSignal<bool>,
    mode: Mode,
    slot: StoredValue<Slot>,
}

impl Archive {
    /// Reads the history kept beside the session's `slot` and puts it in
    /// context.
    pub fn provide(mode: Mode, session_slot: &Slot) -> Archive {
        let slot = session_slot.history();
        let (history, mode, problem) = storage::open_history(mode, &slot);
        let archive = Archive {
            history: RwSignal::new(history),
            problem: StoredValue::new(problem),
            save_failed: RwSignal::new(false),
            mode,
            slot: StoredValue::new(slot),
        };
        provide_context(archive);
        archive
    }

    /// The archive from context.
    pub fn expect() -> Archive {
        expect_context::<Archive>()
    }

    /// Adds snapshots at the end (they are kept oldest first).
    pub fn add(self, sets: impl IntoIterator<Item = AnswerSet>) {
        self.history.update(|h| h.snapshots.extend(sets));
        self.persist();
    }

    /// Deletes one snapshot.
    pub fn remove(self, index: usize) {
        self.history.update(|h| {
            if index < h.snapshots.len() {
                h.snapshots.remove(index);
            }
        });
        self.persist();
    }

    fn persist(self) {
        let outcome = self.slot.with_value(|slot| {
            self.history
                .with_untracked(|h| storage::save_history(self.mode, slot, h))
        });
        self.save_failed.set(outcome.is_err());
    }
}
