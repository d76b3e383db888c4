//! The one place that touches the browser's storage.
//!
//! One versioned record ([`SavedSession`]) lives under its [`Slot`]'s key.
//! Opening the store probes localStorage with a real write, read and delete,
//! then reads the record. Whatever goes wrong, the app keeps working in memory and the
//! person is told; a record that cannot be read is never overwritten before a
//! copy of it is safely stored under a backup key.

use assessment::{DecodeError, History, SavedSession};
use gloo_storage::{LocalStorage, Storage};

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

/// A save that did not reach storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveFailed;

/// Probes storage and reads the session saved in `slot`.
pub fn open(slot: &Slot) -> Opened {
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

/// Writes the history, then reads it back to make sure it arrived.
pub fn save_history(mode: Mode, slot: &Slot, history: &History) -> Result<(), SaveFailed> {
    if mode == Mode::MemoryOnly {
        return Ok(());
    }
    let storage = local_storage().ok_or(SaveFailed)?;
    let encoded = history.encode();
    LocalStorage::raw()
        .set_item(slot.key(), &encoded)
        .map_err(|_| SaveFailed)?;
    match storage.get_item(slot.key()) {
        Ok(Some(stored)) if stored == encoded => Ok(()),
        _ => Err(SaveFailed),
    }
}

/// Writes the session to `slot`, then reads it back to make sure it arrived.
pub fn save(mode: Mode, slot: &Slot, session: &SavedSession) -> Result<(), SaveFailed> {
    if mode == Mode::MemoryOnly {
        return Ok(());
    }
    // gloo's `LocalStorage` throws (rather than returning an error) when the
    // browser withdraws storage, so look before every write.
    let storage = local_storage().ok_or(SaveFailed)?;
    LocalStorage::set(slot.key(), session).map_err(|_| SaveFailed)?;
    let stored = storage.get_item(slot.key()).map_err(|_| SaveFailed)?;
    if stored.as_deref() == Some(session.encode().as_str()) {
        Ok(())
    } else {
        Err(SaveFailed)
    }
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
