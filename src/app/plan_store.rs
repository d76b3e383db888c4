//! The plan (policy, goals, actions), shared with the plan's views through
//! context and kept saved as it is typed (after the paint that shows each
//! change, and at once when the page is hidden or left): one record beside
//! the answers, written by the same adapter as the session and merged with
//! other tabs' against their common ancestor (`assessment::plan::lineage`),
//! so two tabs typing at the same moment both keep their text. Views change
//! it only through [`PlanStore::edit`].

use std::cell::RefCell;
use std::rc::Rc;

use assessment::plan::lineage::{self, Lineage};
use assessment::plan::Plan;
use assessment::sync::{Stop, Stored, Synced};
use assessment::{Answers, DecodeError};
use leptos::ev;
use leptos::prelude::*;

use crate::app::session_store::writer;
use crate::browser::after_paint::AfterPaint;
use crate::browser::storage::{self, Mode, SaveFailed, Slot};
use crate::browser::{dates, system, timing};

/// The plan and where it is kept.
#[derive(Clone, Copy)]
pub struct PlanStore {
    pub plan: RwSignal<Plan>,
    /// Why a stored plan could not be read at start, if it could not.
    pub problem: StoredValue<Option<DecodeError>>,
    /// Why the latest change did not reach storage, while it did not.
    pub save_error: RwSignal<Option<SaveFailed>>,
}

/// What the saving side remembers.
struct Keeper {
    slot: Slot,
    mode: Mode,
    /// The plan as this tab last saw it stored, and the text of the record
    /// it last wrote: while that is what is stored, it need not be read
    /// again (a full plan takes milliseconds to decode, on every keystroke).
    seen: Plan,
    written: Option<String>,
    /// The records this tab wrote or took in, to merge against.
    lineage: Lineage,
    /// An unreadable plan already copied aside at start.
    backed_up: Option<String>,
}

impl PlanStore {
    /// Reads the plan kept beside the session's `slot`, puts it in context,
    /// saves every change and follows what other tabs store.
    pub fn provide(mode: Mode, session_slot: &Slot) -> PlanStore {
        let slot = session_slot.plan();
        let opened = storage::open_record(mode, &slot, Plan::decode);
        let backed_up = match &opened.problem {
            Some(DecodeError::NewerSchema(_)) | None => None,
            Some(_) => storage::read(slot.key()).ok().flatten(),
        };
        let store = PlanStore {
            plan: RwSignal::new(opened.record.clone()),
            problem: StoredValue::new(opened.problem),
            save_error: RwSignal::new(None),
        };
        let key = slot.key().to_string();
        let keeper = Rc::new(RefCell::new(Keeper {
            slot,
            mode: opened.mode,
            lineage: Lineage::new(&opened.record),
            seen: opened.record,
            written: None,
            backed_up,
        }));
        let saver = keeper.clone();
        let in_tab_memory = keeper.clone();
        let save_after_paint = AfterPaint::new(move |_leaving| {
            let result = store.plan.with_untracked(|current| {
                timing::measure("sq:plan-save", || save(&saver, current))
            });
            store.settle(result);
        });
        // Its first run only subscribes; each change is saved after the
        // frame that shows it, several keystrokes of one frame in one write.
        // A plan kept in the window's name is written at once: that write
        // is quick, and one made while the page is being left may be lost.
        Effect::new(move |subscribed: Option<()>| {
            store.plan.track();
            if subscribed.is_some() {
                // Read apart: the save borrows the keeper again.
                let at_once = in_tab_memory.borrow().mode == Mode::MemoryOnly;
                save_after_paint.request(at_once);
            }
        });
        window_event_listener(ev::storage, move |event| {
            if event.key().as_deref() == Some(key.as_str()) {
                let result = take_in(&keeper, &store.plan.get_untracked());
                store.settle(result);
            }
        });
        provide_context(store);
        store
    }

    /// The plan from context.
    pub fn expect() -> PlanStore {
        expect_context::<PlanStore>()
    }

    /// The one way a view changes the plan: `change` is applied, and the
    /// plan is saved. The first change dates the plan.
    pub fn edit(self, change: impl FnOnce(&mut Plan)) {
        self.plan.update(|plan| {
            change(plan);
            plan.made_at.get_or_insert_with(dates::now);
        });
    }

    /// Starts the plan from the results of `answers` (see
    /// [`Plan::start_from`]), targets due `months` from today.
    pub fn start_from(self, answers: &Answers, months: u32) {
        let by = dates::today().plus_months(months);
        self.edit(|plan| plan.start_from(answers, dates::now(), by));
    }

    /// Shows what another tab merged in, or why saving failed.
    fn settle(self, result: Result<Option<Plan>, SaveFailed>) {
        match result {
            Ok(merged) => {
                self.save_error.set(None);
                if let Some(plan) = merged {
                    self.plan.set(plan);
                }
            }
            Err(error) => self.save_error.set(Some(error)),
        }
    }
}

/// Writes `current`, merged with what another tab stored meanwhile (see
/// [`lineage::save`]); returns the merged plan when it differs.
fn save(keeper: &RefCell<Keeper>, current: &Plan) -> Result<Option<Plan>, SaveFailed> {
    let mut keeper = keeper.borrow_mut();
    let keeper = &mut *keeper;
    if keeper.mode == Mode::MemoryOnly {
        // Storage cannot be used: the tab keeps the plan in its own memory.
        storage::keep_record_in_tab(&keeper.slot, &current.encode());
        return Ok(None);
    }
    if !current.entries_differ(&keeper.seen) {
        return Ok(None);
    }
    let raw = storage::read(keeper.slot.key())?;
    let stored = (raw.is_none() || raw != keeper.written)
        .then(|| Stored::read(raw.as_deref(), Plan::decode, keeper.backed_up.as_deref()));
    let id = system::random_record_id();
    let write = lineage::save(
        current,
        &keeper.seen,
        &mut keeper.lineage,
        stored,
        &writer(),
        id,
    )
    .map_err(|Stop| stop(keeper))?;
    if write.back_up_first {
        storage::back_up(&keeper.slot, &raw.unwrap_or_default()).ok_or(SaveFailed::Refused)?;
    }
    keeper.written = Some(storage::write_verified(keeper.slot.key(), &write.record)?);
    let merged = write
        .record
        .entries_differ(current)
        .then(|| write.record.clone());
    keeper.seen = write.record;
    Ok(merged)
}

/// Takes in what another tab stored (see [`lineage::take_in`]).
fn take_in(keeper: &RefCell<Keeper>, current: &Plan) -> Result<Option<Plan>, SaveFailed> {
    let mut keeper = keeper.borrow_mut();
    let keeper = &mut *keeper;
    let Ok(raw) = storage::read(keeper.slot.key()) else {
        return Ok(None);
    };
    if raw.is_some() && raw == keeper.written {
        return Ok(None);
    }
    let stored = Stored::read(raw.as_deref(), Plan::decode, None);
    // What the tab now knows to be stored, once taken in.
    let now_seen = match &stored {
        Stored::Readable(record) if !keeper.lineage.knows(record) => Some(record.clone()),
        _ => None,
    };
    match lineage::take_in(current, &keeper.seen, &mut keeper.lineage, stored) {
        Ok(Some(merged)) => {
            keeper.seen = now_seen.unwrap_or_else(|| keeper.seen.clone());
            Ok(merged.entries_differ(current).then_some(merged))
        }
        Ok(None) => Ok(None),
        Err(Stop) => Err(stop(keeper)),
    }
}

/// A newer build stored its plan: this tab stops writing it.
fn stop(keeper: &mut Keeper) -> SaveFailed {
    keeper.mode = Mode::MemoryOnly;
    SaveFailed::NewerElsewhere
}
