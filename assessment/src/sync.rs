//! Several tabs, one stored record: what a tab writes, holds back, takes in
//! or stops for, decided from values alone, so every rule is tested on the
//! host. The browser's storage adapter only reads, writes, copies aside and
//! reports; it asks these functions what to do.
//!
//! A tab remembers the record as it last saw it stored (`seen`): written by
//! itself, or by another tab. Comparing that with what is stored now tells
//! its own changes from another tab's, so it merges instead of writing over
//! them (see [`SavedSession::merged`]). Every write carries a revision one
//! above any it has seen, so revisions only increase; a record of a newer
//! schema is never written over.

use crate::export::Timestamp;
use crate::plan::Plan;
use crate::stamp::Stamp;
use crate::{DecodeError, History, SavedSession};

/// A record that tabs share: the session, the plan. What `save` and
/// `take_in` need to merge and stamp it.
pub trait Synced: Clone {
    fn stamp(&self) -> &Stamp;
    fn set_stamp(&mut self, stamp: Stamp);
    /// The three-way merge: this tab's changes since `base` win over
    /// `theirs`, field by field.
    fn merged(&self, base: &Self, theirs: &Self) -> Self;
    /// Whether what the person entered differs.
    fn entries_differ(&self, other: &Self) -> bool;
    /// `stored`, as this tab now sees it: what stays each tab's own (the
    /// session's place and language) is kept from `self`.
    fn seen_as_own(&self, stored: Self) -> Self {
        stored
    }
}

impl Synced for SavedSession {
    fn stamp(&self) -> &Stamp {
        &self.stamp
    }
    fn set_stamp(&mut self, stamp: Stamp) {
        self.stamp = stamp;
    }
    fn merged(&self, base: &Self, theirs: &Self) -> Self {
        SavedSession::merged(self, base, theirs)
    }
    fn entries_differ(&self, other: &Self) -> bool {
        SavedSession::entries_differ(self, other)
    }
    fn seen_as_own(&self, stored: Self) -> Self {
        SavedSession {
            place: self.place,
            language: self.language.clone(),
            ..stored
        }
    }
}

impl Synced for Plan {
    fn stamp(&self) -> &Stamp {
        &self.stamp
    }
    fn set_stamp(&mut self, stamp: Stamp) {
        self.stamp = stamp;
    }
    fn merged(&self, base: &Self, theirs: &Self) -> Self {
        Plan::merged(self, base, theirs)
    }
    fn entries_differ(&self, other: &Self) -> bool {
        let unstamped = |p: &Plan| Plan {
            stamp: Stamp::default(),
            lineage: Vec::new(),
            ..p.clone()
        };
        unstamped(self) != unstamped(other)
    }
}

/// What is stored under a record's key right now, as far as a tab can read
/// it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored<T> {
    /// Nothing.
    Empty,
    /// A record this version can read.
    Readable(T),
    /// Something this version cannot read; `backed_up` when exactly that text
    /// was already copied aside, so replacing it loses nothing.
    Unreadable { backed_up: bool },
    /// A record written by a newer version of the app.
    Newer,
}

impl<T> Stored<T> {
    /// What `raw`, the text stored (if any), holds, read with `decode`;
    /// `backed_up` is the text already copied aside, if any.
    pub fn read(
        raw: Option<&str>,
        decode: impl FnOnce(&str) -> Result<T, DecodeError>,
        backed_up: Option<&str>,
    ) -> Stored<T> {
        match raw.map(|text| (text, decode(text))) {
            None => Stored::Empty,
            Some((_, Ok(record))) => Stored::Readable(record),
            Some((_, Err(DecodeError::NewerSchema(_)))) => Stored::Newer,
            Some((text, Err(_))) => Stored::Unreadable {
                backed_up: backed_up == Some(text),
            },
        }
    }
}

/// How a tab starts from a record it finds stored when it opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opening<T> {
    /// A record this version reads: start from it, and write as usual.
    Start(T),
    /// Unreadable: copy it aside first, and write over it only if the copy
    /// was made (otherwise the tab keeps its answers in memory).
    CopyAside(DecodeError),
    /// A record of a newer schema (this one), from a newer version of the
    /// app: start empty and never write over it.
    Newer(u32),
}

impl<T> Opening<T> {
    /// How a tab starts from `raw`, the text stored, read with `decode`.
    pub fn from_stored(raw: &str, decode: impl FnOnce(&str) -> Result<T, DecodeError>) -> Self {
        match decode(raw) {
            Ok(record) => Opening::Start(record),
            Err(DecodeError::NewerSchema(schema)) => Opening::Newer(schema),
            Err(reason) => Opening::CopyAside(reason),
        }
    }

    /// Whether the tab may write; `copied`: an unreadable record's copy was
    /// made.
    pub fn may_write(&self, copied: bool) -> bool {
        match self {
            Opening::Start(_) => true,
            Opening::CopyAside(_) => copied,
            Opening::Newer(_) => false,
        }
    }
}

/// Who writes a record, and when: what its stamp records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Writer {
    pub app_version: String,
    pub now: Timestamp,
}

impl Writer {
    /// The stamp of a write that follows `revision`, the highest one seen.
    pub fn stamp(&self, revision: u64) -> Stamp {
        Stamp {
            app_version: Some(self.app_version.clone()),
            saved_at: Some(self.now.clone()),
            revision: revision + 1,
        }
    }
}

/// A newer version's record is stored: this tab stops writing for good
/// (until a reload brings in that version).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stop;

/// What a tab does with its session before it looks at storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SavePlan {
    /// Nothing changed since the record it last saw.
    Nothing,
    /// It is hidden, so it may hold stale answers: keep the change and save
    /// it once it is shown, after taking in what other tabs stored.
    Hold,
    /// Read what is stored, then write (see [`save`]).
    Look,
}

/// Whether the session `current` needs saving, given the record the tab
/// last saw (`seen`) and whether it is hidden.
pub fn plan_save(current: &SavedSession, seen: &SavedSession, hidden: bool) -> SavePlan {
    if !current.entries_differ(seen)
        && current.place == seen.place
        && current.language == seen.language
    {
        SavePlan::Nothing
    } else if hidden {
        SavePlan::Hold
    } else {
        SavePlan::Look
    }
}

/// A write to make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Write<T> {
    /// The record to write, stamped.
    pub record: T,
    /// Copy what is stored aside first: it is unreadable and not yet copied.
    pub back_up_first: bool,
}

/// What to write for the session `current`, given the record the tab last
/// saw and what is stored now: `current` itself, or merged with what another
/// tab stored since; stamped one revision above any seen.
pub fn save<T: Synced>(
    current: &T,
    seen: &T,
    stored: Stored<T>,
    writer: &Writer,
) -> Result<Write<T>, Stop> {
    let (mut record, stored_revision, back_up_first) = match stored {
        Stored::Empty => (current.clone(), 0, false),
        Stored::Readable(stored) if stored.stamp().revision == seen.stamp().revision => {
            (current.clone(), stored.stamp().revision, false)
        }
        Stored::Readable(stored) => {
            let revision = stored.stamp().revision;
            (current.merged(seen, &stored), revision, false)
        }
        Stored::Unreadable { backed_up } => (current.clone(), 0, !backed_up),
        Stored::Newer => return Err(Stop),
    };
    record.set_stamp(writer.stamp(stored_revision.max(seen.stamp().revision)));
    Ok(Write {
        record,
        back_up_first,
    })
}

/// A newer record another tab stored, taken in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TakenIn<T> {
    /// What the tab has now seen stored.
    pub seen: T,
    /// What the tab shows, when what the person entered changed (its own
    /// changes merged in).
    pub show: Option<T>,
}

/// What a tab showing `current`, having last seen `seen`, takes in from
/// what is stored now (another tab stored something, or this tab is shown
/// again): nothing unless it is newer. Its place and language stay its own.
pub fn take_in<T: Synced>(
    current: &T,
    seen: &T,
    stored: Stored<T>,
) -> Result<Option<TakenIn<T>>, Stop> {
    match stored {
        Stored::Readable(stored) if stored.stamp().revision > seen.stamp().revision => {
            let merged = current.merged(seen, &stored);
            let show = merged.entries_differ(current).then_some(merged);
            let seen = current.seen_as_own(stored);
            Ok(Some(TakenIn { seen, show }))
        }
        Stored::Newer => Err(Stop),
        // Older, the same, unreadable (the next save copies it aside) or gone.
        _ => Ok(None),
    }
}

/// The history to change: as stored now (another tab may have changed it),
/// or `fallback` (what the tab shows) when what is stored cannot be read.
pub fn history_base(stored: Stored<History>, fallback: &History) -> Result<History, Stop> {
    match stored {
        Stored::Empty => Ok(History::default()),
        Stored::Readable(history) => Ok(history),
        Stored::Unreadable { .. } => Ok(fallback.clone()),
        Stored::Newer => Err(Stop),
    }
}
