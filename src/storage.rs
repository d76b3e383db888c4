//! The one place that touches the browser's storage.
//!
//! One versioned record ([`SavedSession`]) lives under its [`Slot`]'s key,
//! the history beside it. Opening the store probes localStorage with a real
//! write, read and delete, then reads the record. Every write is stamped with
//! a new revision and read back. Several tabs merge their changes instead of
//! writing over each other ([`SessionStore`]). Whatever goes wrong, the app
//! keeps working in memory and the person is told; a record that cannot be
//! read is never overwritten before a copy of it is safely stored under a
//! backup key, and one from a newer version is never overwritten.

use std::cell::{Cell, RefCell};

use assessment::{DecodeError, History, SavedSession, Stamp, MAX_SNAPSHOTS};
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

/// The key of the default slot.
pub const KEY: &str = "service-quotient";
const PROBE_KEY: &str = "service-quotient.probe";
/// Longest storage namespace accepted (see [`Slot::named`]).
const MAX_NAMESPACE_LEN: usize = 32;

/// Where one self-check is kept: `service-quotient`, or, for a namespace
/// given by an embedding page (so that two embeds on one site keep separate
/// answers), `service-quotient:<namespace>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    key: String,
}

impl Default for Slot {
    fn default() -> Self {
        Slot { key: KEY.into() }
    }
}

impl Slot {
    /// A namespaced slot; `None` unless the namespace is 1 to 32 of `a-z`,
    /// `0-9` and `-`.
    pub fn named(namespace: &str) -> Option<Slot> {
        let valid = !namespace.is_empty()
            && namespace.len() <= MAX_NAMESPACE_LEN
            && namespace
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        valid.then(|| Slot {
            key: format!("{KEY}:{namespace}"),
        })
    }

    /// The localStorage key of the record.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Prefix of the keys that keep this slot's unreadable records; a
    /// timestamp follows, so one backup never replaces another.
    pub fn backup_prefix(&self) -> String {
        format!("{}.unreadable.", self.key)
    }

    /// The slot of the history of snapshots kept beside this one.
    pub fn history(&self) -> Slot {
        Slot {
            key: format!("{}.history", self.key),
        }
    }
}

/// What saving does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Every change is written to localStorage.
    Persistent,
    /// Nothing is written: storage is unavailable, or the stored record must
    /// not be overwritten. Answers live in memory only.
    MemoryOnly,
}

/// Why the person should know something about storage when the app starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// localStorage is missing or refuses to work (private mode, blocked).
    Unavailable,
    /// The stored record could not be read. `backup_key` is where its raw
    /// text was copied; `None` if the copy failed, in which case the app does
    /// not save over the original.
    Unreadable {
        raw: String,
        reason: DecodeError,
        backup_key: Option<String>,
    },
    /// The stored record comes from a newer version of the app; it is left
    /// untouched.
    Newer { raw: String },
}

/// The outcome of opening the store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub mode: Mode,
    /// The restored session, if a readable one was stored.
    pub session: Option<SavedSession>,
    pub problem: Option<Problem>,
}

/// Why a save did not reach storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveFailed {
    /// The browser's storage quota for this site is used up.
    Full,
    /// Storage refused the write, or it did not read back the same.
    Refused,
    /// Another tab, running a newer version of the app, wrote the record:
    /// this tab stops writing so as not to undo it.
    NewerElsewhere,
}

/// The app's version, written into every record's stamp.
const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Probes storage and reads the session saved in `slot`; when it cannot be
/// used, the session this tab kept in its own memory (see [`tab_memory`]).
pub fn open(slot: &Slot) -> Opened {
    let mut opened = open_storage(slot);
    if opened.mode == Mode::MemoryOnly && opened.session.is_none() {
        opened.session = tab_memory::read(slot);
    }
    opened
}

fn open_storage(slot: &Slot) -> Opened {
    let Some(storage) = local_storage().filter(is_working) else {
        return memory_only(Problem::Unavailable);
    };
    let raw = match storage.get_item(slot.key()) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return Opened {
                mode: Mode::Persistent,
                session: None,
                problem: None,
            }
        }
        Err(_) => return memory_only(Problem::Unavailable),
    };
    match SavedSession::decode(&raw) {
        Ok(session) => Opened {
            mode: Mode::Persistent,
            session: Some(session),
            problem: None,
        },
        Err(DecodeError::NewerSchema(_)) => memory_only(Problem::Newer { raw }),
        Err(reason) => {
            let backup_key = back_up(&storage, slot, &raw);
            Opened {
                mode: if backup_key.is_some() {
                    Mode::Persistent
                } else {
                    Mode::MemoryOnly
                },
                session: None,
                problem: Some(Problem::Unreadable {
                    raw,
                    reason,
                    backup_key,
                }),
            }
        }
    }
}

/// One tab's view of the stored session: the record as it last saw it
/// stored (written by this tab, or by another), so it can tell its own
/// changes from another tab's and merge instead of writing over them.
pub struct SessionStore {
    slot: Slot,
    mode: Cell<Mode>,
    seen: RefCell<SavedSession>,
    /// A change made while the tab was hidden, saved once it is visible.
    pending: Cell<bool>,
    /// An unreadable record already copied to a backup key when the store
    /// was opened: replacing it needs no second copy.
    backed_up: RefCell<Option<String>>,
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
            backed_up: RefCell::new(match &opened.problem {
                Some(Problem::Unreadable {
                    raw,
                    backup_key: Some(_),
                    ..
                }) => Some(raw.clone()),
                _ => None,
            }),
            newer_elsewhere: Cell::new(false),
        }
    }

    /// Whether changes are being written.
    pub fn mode(&self) -> Mode {
        self.mode.get()
    }

    /// Writes `current`, stamped with a new revision, then reads it back. If
    /// another tab stored a newer revision since this one last looked, the
    /// two are merged first (see [`SavedSession::merged`]); the merged record
    /// is returned when it differs from `current`.
    pub fn save(&self, current: &SavedSession) -> Result<Option<SavedSession>, SaveFailed> {
        if self.newer_elsewhere.get() {
            return Err(SaveFailed::NewerElsewhere);
        }
        if self.unchanged(current) {
            return Ok(None);
        }
        if self.mode.get() == Mode::MemoryOnly {
            tab_memory::write(&self.slot, current);
            return Ok(None);
        }
        // A hidden tab never writes: it may hold stale answers. It saves when
        // it is shown again, after taking in what other tabs stored.
        if document_hidden() {
            self.pending.set(true);
            return Ok(None);
        }
        // gloo's `LocalStorage` throws (rather than returning an error) when
        // the browser withdraws storage, so look before every write.
        let storage = local_storage().ok_or(SaveFailed::Refused)?;
        let raw = storage
            .get_item(self.slot.key())
            .map_err(|_| SaveFailed::Refused)?;
        let (mut record, stored_revision) = match raw.as_deref().map(SavedSession::decode) {
            None => (current.clone(), 0),
            Some(Ok(stored)) => {
                let seen = self.seen.borrow();
                let record = if stored.stamp.revision == seen.stamp.revision {
                    current.clone()
                } else {
                    current.merged(&seen, &stored)
                };
                (record, stored.stamp.revision)
            }
            Some(Err(DecodeError::NewerSchema(_))) => return Err(self.stop_for_newer()),
            Some(Err(_)) => {
                // Something unreadable: keep a copy before replacing it,
                // unless that copy was made when the store was opened.
                let raw = raw.unwrap_or_default();
                if self.backed_up.borrow().as_deref() != Some(raw.as_str()) {
                    back_up(&storage, &self.slot, &raw).ok_or(SaveFailed::Refused)?;
                }
                (current.clone(), 0)
            }
        };
        record.stamp = Stamp {
            app_version: Some(APP_VERSION.into()),
            saved_at: Some(crate::dates::now()),
            revision: stored_revision.max(self.seen.borrow().stamp.revision) + 1,
        };
        LocalStorage::set(self.slot.key(), &record).map_err(|e| match e {
            StorageError::JsError(js) if is_quota_name(&js.name) => SaveFailed::Full,
            _ => SaveFailed::Refused,
        })?;
        let stored = storage
            .get_item(self.slot.key())
            .map_err(|_| SaveFailed::Refused)?;
        if stored.as_deref() != Some(record.encode().as_str()) {
            return Err(SaveFailed::Refused);
        }
        let merged = differs(&record, current).then(|| record.clone());
        *self.seen.borrow_mut() = record;
        self.pending.set(false);
        Ok(merged)
    }

    /// Takes in what another tab stored (after a storage event, or when this
    /// tab is shown again): returns the record to show if it changed. The
    /// place and language stay this tab's own.
    pub fn refresh(&self, current: &SavedSession) -> Result<Option<SavedSession>, SaveFailed> {
        if self.newer_elsewhere.get() {
            return Err(SaveFailed::NewerElsewhere);
        }
        let Some(raw) = local_storage().and_then(|s| s.get_item(self.slot.key()).ok().flatten())
        else {
            return Ok(None);
        };
        match SavedSession::decode(&raw) {
            Ok(stored) if stored.stamp.revision > self.seen.borrow().stamp.revision => {
                let merged = current.merged(&self.seen.borrow(), &stored);
                *self.seen.borrow_mut() = SavedSession {
                    place: current.place,
                    language: current.language.clone(),
                    ..stored
                };
                Ok(differs(&merged, current).then_some(merged))
            }
            Err(DecodeError::NewerSchema(_)) => Err(self.stop_for_newer()),
            // Older, the same, or unreadable (the next save keeps a copy).
            _ => Ok(None),
        }
    }

    /// A newer build stored its record: stop writing for good (until a
    /// reload brings in that build).
    fn stop_for_newer(&self) -> SaveFailed {
        self.mode.set(Mode::MemoryOnly);
        self.newer_elsewhere.set(true);
        SaveFailed::NewerElsewhere
    }

    /// Whether a change made while hidden still waits to be saved.
    pub fn has_pending(&self) -> bool {
        self.pending.get()
    }

    fn unchanged(&self, current: &SavedSession) -> bool {
        let seen = self.seen.borrow();
        !differs(&seen, current) && seen.place == current.place && seen.language == current.language
    }
}

/// Whether two records differ in what the person entered (answers, name,
/// time of the last change); the stamp, place and language aside.
fn differs(a: &SavedSession, b: &SavedSession) -> bool {
    a.answers != b.answers || a.name != b.name || a.changed_at != b.changed_at
}

/// The history kept in `slot` (see [`Slot::history`]), and whether it may be
/// written: an unreadable history is backed up like the session and starts
/// empty; one from a newer version is never written over.
pub fn open_history(mode: Mode, slot: &Slot) -> (History, Mode, Option<DecodeError>) {
    let storage = match (mode, local_storage()) {
        (Mode::Persistent, Some(storage)) => storage,
        _ => return (History::default(), Mode::MemoryOnly, None),
    };
    let Ok(Some(raw)) = storage.get_item(slot.key()) else {
        return (History::default(), mode, None);
    };
    match History::decode(&raw) {
        Ok(history) => (history, mode, None),
        Err(reason @ DecodeError::NewerSchema(_)) => {
            (History::default(), Mode::MemoryOnly, Some(reason))
        }
        Err(reason) => {
            let kept = back_up(&storage, slot, &raw).is_some();
            let mode = if kept { mode } else { Mode::MemoryOnly };
            (History::default(), mode, Some(reason))
        }
    }
}

/// The history as stored now (another tab may have changed it); `fallback`
/// when it is kept in memory only or what is stored cannot be read.
pub fn read_history(mode: Mode, slot: &Slot, fallback: &History) -> Result<History, SaveFailed> {
    if mode == Mode::MemoryOnly {
        return Ok(fallback.clone());
    }
    let raw = local_storage()
        .ok_or(SaveFailed::Refused)?
        .get_item(slot.key())
        .map_err(|_| SaveFailed::Refused)?;
    match raw.as_deref().map(History::decode) {
        None => Ok(History::default()),
        Some(Ok(history)) => Ok(history),
        Some(Err(DecodeError::NewerSchema(_))) => Err(SaveFailed::NewerElsewhere),
        Some(Err(_)) => Ok(fallback.clone()),
    }
}

/// Changes the stored history: reads it as stored now (another tab may have
/// changed it), applies `change`, stamps a new revision, writes it and reads
/// it back. Returns the history as stored.
pub fn update_history(
    mode: Mode,
    slot: &Slot,
    fallback: &History,
    change: impl FnOnce(&mut History),
) -> Result<History, SaveFailed> {
    let mut history = read_history(mode, slot, fallback)?;
    change(&mut history);
    // Past the cap the record could not be read back in later: refuse now.
    if history.snapshots.len() > MAX_SNAPSHOTS {
        return Err(SaveFailed::Full);
    }
    if mode == Mode::MemoryOnly {
        return Ok(history);
    }
    history.stamp = Stamp {
        app_version: Some(APP_VERSION.into()),
        saved_at: Some(crate::dates::now()),
        revision: history.stamp.revision + 1,
    };
    let encoded = history.encode();
    let storage = local_storage().ok_or(SaveFailed::Refused)?;
    storage.set_item(slot.key(), &encoded).map_err(|e| {
        if is_quota_error(&e) {
            SaveFailed::Full
        } else {
            SaveFailed::Refused
        }
    })?;
    match storage.get_item(slot.key()) {
        Ok(Some(stored)) if stored == encoded => Ok(history),
        _ => Err(SaveFailed::Refused),
    }
}

/// A quota error, under every browser's name for it: `QuotaExceededError`
/// (Chromium, Safari, Firefox) and `NS_ERROR_DOM_QUOTA_REACHED` (older
/// Firefox).
fn is_quota_name(name: &str) -> bool {
    matches!(name, "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED")
}

/// A quota error by name or by legacy code: 22 (`QUOTA_EXCEEDED_ERR`), or
/// 1014 (older Firefox).
fn is_quota_error(error: &JsValue) -> bool {
    error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|e| is_quota_name(&e.name()) || matches!(e.code(), 22 | 1014))
}

fn document_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

fn memory_only(problem: Problem) -> Opened {
    Opened {
        mode: Mode::MemoryOnly,
        session: None,
        problem: Some(problem),
    }
}

/// localStorage, if the browser lets this page have it.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A real write, read and delete: some browsers expose localStorage but
/// throw on use (blocked cookies, private mode, full quota).
fn is_working(storage: &web_sys::Storage) -> bool {
    let works = storage.set_item(PROBE_KEY, "1").is_ok()
        && storage.get_item(PROBE_KEY).ok().flatten().as_deref() == Some("1");
    let _ = storage.remove_item(PROBE_KEY);
    works
}

/// Copies an unreadable record to a fresh backup key and checks the copy.
fn back_up(storage: &web_sys::Storage, slot: &Slot, raw: &str) -> Option<String> {
    let key = format!("{}{}", slot.backup_prefix(), js_sys::Date::now() as u64);
    storage.set_item(&key, raw).ok()?;
    (storage.get_item(&key).ok()?.as_deref() == Some(raw)).then_some(key)
}

/// The tab's own memory, for when localStorage cannot be used: the session
/// record kept in `window.name`, which lives as long as the tab and goes
/// with it from the self-check page to the results and back, so answers
/// given in memory are not lost between the two pages. Browsers clear it
/// when the tab goes to another site; a closed tab forgets it.
mod tab_memory {
    use assessment::SavedSession;

    use super::Slot;

    /// Marks a window name as ours.
    const PREFIX: &str = "service-quotient-tab:";

    /// The session this tab kept for `slot`, if any.
    pub fn read(slot: &Slot) -> Option<SavedSession> {
        let name = web_sys::window()?.name().ok()?;
        let (key, raw) = name.strip_prefix(PREFIX)?.split_once('\n')?;
        (key == slot.key())
            .then(|| SavedSession::decode(raw).ok())
            .flatten()
    }

    /// Keeps `session` for `slot` in this tab.
    pub fn write(slot: &Slot, session: &SavedSession) {
        if let Some(window) = web_sys::window() {
            let _ = window.set_name(&format!("{PREFIX}{}\n{}", slot.key(), session.encode()));
        }
    }
}
