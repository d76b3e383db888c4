//! The plan as the tools page sees it: read for the results' targets and
//! for the export files, and replaced whole by an import, with "Undo". The
//! plan page does the editing (see `plan_store`); a replacement is written
//! as a new revision that descends from the stored plan
//! ([`lineage::replace`]), so a plan page open in another tab takes it in.

use assessment::plan::lineage;
use assessment::plan::Plan;
use assessment::sync::{Stop, Stored};
use leptos::ev;
use leptos::prelude::*;

use crate::app::session_store::writer;
use crate::browser::storage::{self, SaveFailed, Slot};
use crate::browser::system;

/// The stored plan, in context on the tools page.
#[derive(Clone, Copy)]
pub struct StoredPlan {
    /// What is stored; empty when nothing is, or it cannot be read (the
    /// plan page says why).
    pub plan: RwSignal<Plan>,
    /// The plan the latest import replaced, while "Undo" can bring it back.
    pub replaced: RwSignal<Option<Plan>>,
    /// Why the latest replacement did not happen, while it did not.
    pub failed: RwSignal<Option<SaveFailed>>,
    slot: StoredValue<Slot>,
}

impl StoredPlan {
    /// Reads the plan kept beside the session's `slot`, follows what other
    /// tabs store, and puts it in context.
    pub fn provide(session_slot: &Slot) -> StoredPlan {
        let slot = session_slot.plan();
        let stored = StoredPlan {
            plan: RwSignal::new(read(&slot)),
            replaced: RwSignal::new(None),
            failed: RwSignal::new(None),
            slot: StoredValue::new(slot),
        };
        window_event_listener(ev::storage, move |event| {
            let key = stored.slot.with_value(|s| s.key().to_string());
            if event.key().as_deref() == Some(key.as_str()) {
                stored.plan.set(stored.slot.with_value(read));
            }
        });
        provide_context(stored);
        stored
    }

    /// The stored plan from context.
    pub fn expect() -> StoredPlan {
        expect_context::<StoredPlan>()
    }

    /// The plan to put in an export file: none when nothing was entered.
    pub fn for_export(self) -> Option<Plan> {
        self.plan
            .with(|plan| (!plan.is_empty()).then(|| plan.clone()))
    }

    /// Puts `incoming` in place of the stored plan, keeping the one it
    /// replaces for "Undo". Whether it was written.
    pub fn replace_with(self, incoming: Plan) -> bool {
        let before = self.plan.get_untracked();
        let written = self.write(&incoming);
        if written {
            self.replaced.set(Some(before));
        }
        written
    }

    /// Puts back the plan the latest import replaced; whether it did.
    pub fn undo(self) -> bool {
        let Some(before) = self.replaced.get_untracked() else {
            return false;
        };
        let written = self.write(&before);
        if written {
            self.replaced.set(None);
        }
        written
    }

    fn write(self, plan: &Plan) -> bool {
        let result = self.slot.with_value(|slot| write(slot, plan));
        match result {
            Ok(written) => {
                self.failed.set(None);
                self.plan.set(written);
                true
            }
            Err(error) => {
                self.failed.set(Some(error));
                false
            }
        }
    }
}

/// The plan stored in `slot`; empty when there is none or it cannot be read.
fn read(slot: &Slot) -> Plan {
    storage::read(slot.key())
        .ok()
        .flatten()
        .and_then(|raw| Plan::decode(&raw).ok())
        .unwrap_or_default()
}

/// Writes `plan` over what `slot` holds (see [`lineage::replace`]); the
/// record written.
fn write(slot: &Slot, plan: &Plan) -> Result<Plan, SaveFailed> {
    let raw = storage::read(slot.key())?;
    let stored = Stored::read(raw.as_deref(), Plan::decode, None);
    let write = lineage::replace(plan, stored, &writer(), system::random_record_id())
        .map_err(|Stop| SaveFailed::NewerElsewhere)?;
    if write.back_up_first {
        storage::back_up(slot, &raw.unwrap_or_default()).ok_or(SaveFailed::Refused)?;
    }
    storage::write_verified(slot.key(), &write.record)?;
    Ok(write.record)
}
