//! The plan (policy, goals, actions), shared with the plan's views through
//! context and kept saved as it is typed: one record beside the answers,
//! written by the same adapter and merged with other tabs by the same rules
//! (`assessment::sync`) as the session. Views change it only through
//! [`PlanStore::edit`].

use std::cell::RefCell;
use std::rc::Rc;

use assessment::plan::Plan;
use assessment::sync::{self, Stop, Stored, Synced, TakenIn};
use assessment::{Answers, DecodeError};
use leptos::ev;
use leptos::prelude::*;

use crate::app::session_store::writer;
use crate::browser::storage::{self, Mode, SaveFailed, Slot};
use crate::browser::{dates, timing};

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
    /// The plan as this tab last saw it stored, and that record's text:
    /// while the text stored is the same, it need not be read again (a
    /// full plan takes milliseconds to decode, on every keystroke).
    seen: Plan,
    seen_raw: Option<String>,
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
            seen: opened.record,
            seen_raw: None,
            backed_up,
        }));
        let saver = keeper.clone();
        Effect::new(move |subscribed: Option<()>| {
            let current = store.plan.get();
            if subscribed.is_some() {
                let result = timing::measure("sq:plan-save", || save(&saver, &current));
                store.settle(result);
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

/// Writes `current` merged with what another tab stored since (see
/// [`sync::save`]); returns the merged plan when it differs.
fn save(keeper: &RefCell<Keeper>, current: &Plan) -> Result<Option<Plan>, SaveFailed> {
    let mut keeper = keeper.borrow_mut();
    if !current.entries_differ(&keeper.seen) {
        return Ok(None);
    }
    if keeper.mode == Mode::MemoryOnly {
        return Ok(None);
    }
    let raw = storage::read(keeper.slot.key())?;
    let stored = if raw.is_some() && raw == keeper.seen_raw {
        Stored::Readable(keeper.seen.clone())
    } else {
        Stored::read(raw.as_deref(), Plan::decode, keeper.backed_up.as_deref())
    };
    let write = sync::save(current, &keeper.seen, stored, &writer()).map_err(|Stop| {
        keeper.mode = Mode::MemoryOnly;
        SaveFailed::NewerElsewhere
    })?;
    if write.back_up_first {
        storage::back_up(&keeper.slot, &raw.unwrap_or_default()).ok_or(SaveFailed::Refused)?;
    }
    let written = storage::write_verified(keeper.slot.key(), &write.record)?;
    let merged = write
        .record
        .entries_differ(current)
        .then(|| write.record.clone());
    keeper.seen_raw = Some(written);
    keeper.seen = write.record;
    Ok(merged)
}

/// Takes in what another tab stored (see [`sync::take_in`]).
fn take_in(keeper: &RefCell<Keeper>, current: &Plan) -> Result<Option<Plan>, SaveFailed> {
    let mut keeper = keeper.borrow_mut();
    let Ok(raw) = storage::read(keeper.slot.key()) else {
        return Ok(None);
    };
    let stored = Stored::read(raw.as_deref(), Plan::decode, None);
    match sync::take_in(current, &keeper.seen, stored) {
        Ok(Some(TakenIn { seen, show })) => {
            keeper.seen = seen;
            keeper.seen_raw = raw;
            Ok(show)
        }
        Ok(None) => Ok(None),
        Err(Stop) => {
            keeper.mode = Mode::MemoryOnly;
            Err(SaveFailed::NewerElsewhere)
        }
    }
}

/// The targets of the plan kept beside the session's `slot`, for the
/// results; none when there is no plan or it cannot be read (the plan page
/// says why).
pub fn stored_targets(session_slot: &Slot) -> Vec<assessment::plan::targets::Target> {
    storage::read(session_slot.plan().key())
        .ok()
        .flatten()
        .and_then(|raw| assessment::plan::record::stored_targets(&raw).ok())
        .unwrap_or_default()
}
