//! The history: dated snapshots of the self-check, kept in the browser under
//! their own key. Stored compactly (each snapshot's answers as one digit per
//! statement, `0` for not rated), so hundreds of snapshots stay small.
//!
//! ```json
//! {"format":"service-quotient/history","schema":3,"app":"0.1.0",
//!  "saved_at":"2026-11-23T10:00:00.000Z","revision":3,"snapshots":[
//!   {"taken_at":"2026-03-02T09:00:00.000Z","note":"before","name":"Asha's Bakery",
//!    "answers":"4432…"}]}
//! ```
//!
//! Schema 1 had no stamp (`app`, `saved_at`, `revision`); schema 2 added it;
//! schema 3 adds the optional `name` of each snapshot. Every one still loads.

use serde::{Deserialize, Serialize};

use crate::export::{optional_text, AnswerSet, Timestamp};
use crate::limits::{MAX_HISTORY_BYTES, MAX_SNAPSHOTS};
use crate::stamp::Stamp;
use crate::{Answers, DecodeError, Rating, StatementId, STATEMENT_COUNT};

/// The `format` field of the history record.
pub const HISTORY_FORMAT: &str = "service-quotient/history";
/// The history schema this build writes; it reads every one up to it.
pub const HISTORY_SCHEMA: u32 = 3;

/// Snapshots, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    pub snapshots: Vec<AnswerSet>,
    /// Who wrote the record, when, and its revision.
    pub stamp: Stamp,
}

impl History {
    /// The newest snapshot: the one taken last (see [`crate::export::ExportFile::latest`]).
    pub fn newest(&self) -> Option<&AnswerSet> {
        self.snapshots.iter().max_by_key(|set| &set.taken_at)
    }

    /// Whether `set` would repeat the newest snapshot: the same answers, note
    /// and name. Saving it again would only add a copy.
    pub fn repeats_newest(&self, set: &AnswerSet) -> bool {
        self.newest().is_some_and(|newest| {
            newest.answers == set.answers && newest.note == set.note && newest.name == set.name
        })
    }

    /// Keeps `current` as a snapshot before something replaces it (`current`
    /// carries the time and a note saying why), unless it holds no answer or
    /// the newest snapshot already has exactly these answers. Returns whether
    /// a snapshot was added.
    pub fn keep_before_replacing(&mut self, current: AnswerSet) -> bool {
        let worth_keeping = current.answers.answered() > 0
            && self
                .newest()
                .is_none_or(|newest| newest.answers != current.answers);
        if worth_keeping {
            self.snapshots.push(current);
        }
        worth_keeping
    }

    /// Whether the history is within its limits (snapshots and size), so
    /// that it can be read back in: a write that would pass them is refused.
    pub fn fits(&self) -> bool {
        self.snapshots.len() <= MAX_SNAPSHOTS && self.encode().len() <= MAX_HISTORY_BYTES
    }

    /// The record as stored.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    fn wire(&self) -> HistoryWire {
        HistoryWire {
            format: HISTORY_FORMAT.into(),
            schema: HISTORY_SCHEMA,
            app: self.stamp.app_version.clone(),
            saved_at: self.stamp.saved_at.as_ref().map(|t| t.as_str().to_string()),
            revision: Some(self.stamp.revision),
            snapshots: self
                .snapshots
                .iter()
                .map(|s| SnapshotWire {
                    taken_at: s.taken_at.as_ref().map(|t| t.as_str().to_string()),
                    note: s.note.clone(),
                    name: s.name.clone(),
                    answers: digits(&s.answers),
                })
                .collect(),
        }
    }

    /// Reads a stored history, checking everything in it.
    pub fn decode(raw: &str) -> Result<History, DecodeError> {
        let raw = crate::wire::open(raw, MAX_HISTORY_BYTES, HISTORY_FORMAT, HISTORY_SCHEMA)?;
        let wire: HistoryWire = serde_json::from_str(raw).map_err(|_| DecodeError::Malformed)?;
        if wire.snapshots.len() > MAX_SNAPSHOTS {
            return Err(DecodeError::TooLarge);
        }
        let snapshots = wire
            .snapshots
            .into_iter()
            .map(|s| {
                Ok(AnswerSet {
                    taken_at: s
                        .taken_at
                        .map(|t| Timestamp::parse(&t).ok_or(DecodeError::BadDate))
                        .transpose()?,
                    note: optional_text(s.note)?,
                    name: optional_text(s.name)?,
                    answers: from_digits(&s.answers)?,
                })
            })
            .collect::<Result<_, DecodeError>>()?;
        Ok(History {
            snapshots,
            stamp: Stamp::read(wire.app, wire.saved_at, wire.revision)?,
        })
    }
}

impl Serialize for History {
    /// As stored: the wire form shown in the module docs.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.wire().serialize(serializer)
    }
}

fn digits(answers: &Answers) -> String {
    StatementId::all()
        .map(|s| char::from(b'0' + answers.rating(s).map_or(0, Rating::value)))
        .collect()
}

fn from_digits(text: &str) -> Result<Answers, DecodeError> {
    if text.len() != STATEMENT_COUNT {
        return Err(DecodeError::Malformed);
    }
    let mut answers = Answers::new();
    for (statement, digit) in StatementId::all().zip(text.bytes()) {
        match digit {
            b'0' => {}
            b'1'..=b'5' => answers.rate(
                statement,
                Rating::new(digit - b'0').ok_or(DecodeError::RatingOutOfRange(statement))?,
            ),
            _ => return Err(DecodeError::RatingOutOfRange(statement)),
        }
    }
    Ok(answers)
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct HistoryWire {
    format: String,
    schema: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    app: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    saved_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    revision: Option<u64>,
    snapshots: Vec<SnapshotWire>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SnapshotWire {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    taken_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    answers: String,
}
