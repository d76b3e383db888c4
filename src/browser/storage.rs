//! The one place that touches the browser's storage: an adapter, with no
//! policy. It opens a slot (probing localStorage with a real write, read and
//! delete, then reading the session record), reads a key, writes a key and
//! reads it back (every record alike: the session, the history), copies an
//! unreadable record aside, and keeps the session in the tab's own memory
//! when localStorage cannot be used. What to write, merge or refuse is
//! decided by `assessment::sync`; the stores in `crate::app` put the two
//! together.

use assessment::limits::MAX_NAMESPACE_LEN;
use assessment::sync::Opening;
use assessment::{DecodeError, SavedSession};
use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

/// The key of the default slot.
pub const KEY: &str = "service-quotient";
const PROBE_KEY: &str = "service-quotient.probe";

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

    /// The slot of the plan (policy, goals, actions) kept beside this one.
    pub fn plan(&self) -> Slot {
        Slot {
            key: format!("{}.plan", self.key),
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
    let opening = Opening::from_stored(&raw, SavedSession::decode);
    let backup_key = copy_aside(&opening, slot, &raw);
    let mode = mode(opening.may_write(backup_key.is_some()));
    match opening {
        Opening::Start(session) => Opened {
            mode,
            session: Some(session),
            problem: None,
        },
        Opening::Newer(_) => memory_only(Problem::Newer { raw }),
        Opening::CopyAside(reason) => Opened {
            mode,
            session: None,
            problem: Some(Problem::Unreadable {
                raw,
                reason,
                backup_key,
            }),
        },
    }
}

/// Copies `raw` aside when `opening` says so; the copy's key, if made.
fn copy_aside<T>(opening: &Opening<T>, slot: &Slot, raw: &str) -> Option<String> {
    matches!(opening, Opening::CopyAside(_))
        .then(|| back_up(slot, raw))
        .flatten()
}

fn mode(may_write: bool) -> Mode {
    if may_write {
        Mode::Persistent
    } else {
        Mode::MemoryOnly
    }
}

/// A record kept beside the session (the history, the plan) as read when
/// the app starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenedRecord<T> {
    pub record: T,
    /// Whether changes to it may be written.
    pub mode: Mode,
    /// Why a stored record could not be read, if it could not.
    pub problem: Option<DecodeError>,
}

/// Reads the record kept in `slot` (see [`Slot::history`], [`Slot::plan`])
/// with `decode`: an unreadable one is copied aside like the session and
/// starts empty; one from a newer version is never written over (memory
/// only). When storage cannot be used, the one this tab kept in its own
/// memory (see [`keep_record_in_tab`]).
pub fn open_record<T: Default>(
    mode: Mode,
    slot: &Slot,
    decode: impl FnOnce(&str) -> Result<T, DecodeError>,
) -> OpenedRecord<T> {
    let empty = |mode, problem| OpenedRecord {
        record: T::default(),
        mode,
        problem,
    };
    if mode == Mode::MemoryOnly {
        // What this tab kept in its own memory, if anything.
        let record = tab_memory::read_raw(slot).and_then(|raw| decode(&raw).ok());
        return OpenedRecord {
            record: record.unwrap_or_default(),
            mode,
            problem: None,
        };
    }
    let raw = match read(slot.key()) {
        Ok(Some(raw)) => raw,
        Ok(None) => return empty(mode, None),
        Err(_) => return empty(Mode::MemoryOnly, None),
    };
    let opening = Opening::from_stored(&raw, decode);
    let backed_up = copy_aside(&opening, slot, &raw).is_some();
    let mode = if opening.may_write(backed_up) {
        mode
    } else {
        Mode::MemoryOnly
    };
    match opening {
        Opening::Start(record) => OpenedRecord {
            record,
            mode,
            problem: None,
        },
        Opening::Newer(schema) => empty(mode, Some(DecodeError::NewerSchema(schema))),
        Opening::CopyAside(reason) => empty(mode, Some(reason)),
    }
}

/// The text stored under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, SaveFailed> {
    local_storage()
        .ok_or(SaveFailed::Refused)?
        .get_item(key)
        .map_err(|_| SaveFailed::Refused)
}

/// Why a write did not take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The storage quota for this site is used up.
    Full,
    /// Storage is gone or refused the write.
    Refused,
    /// It was written, but does not read back the same.
    Mismatch,
}

impl From<WriteError> for SaveFailed {
    fn from(error: WriteError) -> SaveFailed {
        match error {
            WriteError::Full => SaveFailed::Full,
            WriteError::Refused | WriteError::Mismatch => SaveFailed::Refused,
        }
    }
}

/// Writes `record` under `key`, as JSON through gloo-storage, and reads it
/// back: the one way a record (the session, the history, the plan) is
/// written. Returns the text stored.
pub fn write_verified(key: &str, record: &impl Serialize) -> Result<String, WriteError> {
    // Serialised once and stored as that text (`LocalStorage::set` would
    // serialise it again: a full plan takes a millisecond, every keystroke).
    let expected = serde_json::to_string(record).map_err(|_| WriteError::Refused)?;
    // Looked up before every write: a browser may withdraw storage at any
    // time, and gloo-storage then throws rather than returning an error.
    local_storage().ok_or(WriteError::Refused)?;
    LocalStorage::raw().set_item(key, &expected).map_err(|e| {
        if is_quota_error(&e) {
            WriteError::Full
        } else {
            WriteError::Refused
        }
    })?;
    read_back(key, &expected)?;
    Ok(expected)
}

/// Writes `text` under `key` as it is (a copy of a record that cannot be
/// read) and reads it back.
fn write_text(key: &str, text: &str) -> Result<(), WriteError> {
    let storage = local_storage().ok_or(WriteError::Refused)?;
    storage.set_item(key, text).map_err(|e| {
        if is_quota_error(&e) {
            WriteError::Full
        } else {
            WriteError::Refused
        }
    })?;
    read_back(key, text)
}

fn read_back(key: &str, expected: &str) -> Result<(), WriteError> {
    match read(key) {
        Ok(Some(stored)) if stored == expected => Ok(()),
        _ => Err(WriteError::Mismatch),
    }
}

/// Keeps `session` in the tab's own memory (storage cannot be used).
pub fn keep_in_tab(slot: &Slot, session: &SavedSession) {
    tab_memory::write(slot, session);
}

/// Keeps the record `raw` (the plan, say) for `slot` in the tab's own
/// memory, as [`keep_in_tab`] keeps the session: storage cannot be used,
/// and a reload or a visit to another page of the app in this tab still
/// finds it.
pub fn keep_record_in_tab(slot: &Slot, raw: &str) {
    tab_memory::write_raw(slot, raw);
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

/// Whether the page is hidden (a background tab).
pub fn page_hidden() -> bool {
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

/// Copies an unreadable record to a fresh backup key and checks the copy;
/// the key, if it worked.
pub fn back_up(slot: &Slot, raw: &str) -> Option<String> {
    let key = format!("{}{}", slot.backup_prefix(), js_sys::Date::now() as u64);
    write_text(&key, raw).ok().map(|()| key)
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
        read_raw(slot).and_then(|raw| SavedSession::decode(&raw).ok())
    }

    /// Keeps `session` for `slot` in this tab.
    pub fn write(slot: &Slot, session: &SavedSession) {
        write_raw(slot, &session.encode());
    }

    /// The records kept in the window name `name`, as (key, record) pairs:
    /// after our prefix, lines of key, then record (compact JSON has no
    /// line breaks).
    fn entries(name: &str) -> impl Iterator<Item = (&str, &str)> {
        let mut parts = name.strip_prefix(PREFIX).unwrap_or_default().split('\n');
        std::iter::from_fn(move || Some((parts.next()?, parts.next()?)))
    }

    /// The record this tab kept for `slot` (the session, or the plan beside
    /// it), as text.
    pub fn read_raw(slot: &Slot) -> Option<String> {
        let name = web_sys::window()?.name().ok()?;
        let raw = entries(&name).find(|(key, _)| *key == slot.key())?.1;
        Some(raw.to_string())
    }

    /// Keeps the record `raw` for `slot` in this tab, beside the others.
    pub fn write_raw(slot: &Slot, raw: &str) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let name = window.name().unwrap_or_default();
        let mut kept = String::from(PREFIX);
        let mut keep = |key: &str, raw: &str| {
            for part in [key, "\n", raw, "\n"] {
                kept.push_str(part);
            }
        };
        for (key, other) in entries(&name).filter(|(key, _)| *key != slot.key()) {
            keep(key, other);
        }
        keep(slot.key(), raw);
        let _ = window.set_name(&kept);
    }
}
