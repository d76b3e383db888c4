//! The saved session: answers, current place and language in one versioned
//! record, as kept in the browser's storage.
//!
//! ```json
//! {"format":"service-quotient/session","schema":3,"app":"0.1.0",
//!  "saved_at":"2026-11-23T10:00:00.000Z","revision":12,"language":"hi",
//!  "place":"staff","name":"Asha's Bakery","changed_at":"2026-11-23T09:58:00.000Z",
//!  "answers":{"culture.whatever-it-takes":4}}
//! ```
//!
//! Schema history (each kept as a frozen fixture in `tests/fixtures/`, which
//! must always load): 1, the first; 2 adds the stamp (`app`, `saved_at`,
//! `revision`); 3 adds the optional `name` (the business, or who answers)
//! and `changed_at` (when an answer last changed). A schema 1 record loads
//! with an empty stamp (revision 0); 1 and 2 load without name or time.
//!
//! Decoding is strict about answers (known statement ids, ratings 1 to 5, no
//! statement twice) because a wrong answer silently accepted is worse than a
//! record reported as unreadable. It is lenient about the place and the
//! language: an unknown value there only means starting on the first section
//! or in the browser's language, and loses nothing the person entered.

use serde::{Deserialize, Serialize, Serializer};

use crate::export::Timestamp;
use crate::limits::{MAX_LANGUAGE_LEN, MAX_SESSION_BYTES};
use crate::stamp::Stamp;
use crate::wire::{validate_answers, AnswerEntries, AnswersOut};
use crate::{Answers, SectionId, StatementId};

/// The `format` field that marks a record as ours.
pub const FORMAT: &str = "service-quotient/session";
/// The schema version this build writes; it reads every one up to it.
pub const SCHEMA: u32 = 3;

/// Where the person is in the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// Answering one section.
    Section(SectionId),
    /// Reading the results.
    Results,
}

impl Default for Place {
    fn default() -> Self {
        Place::Section(SectionId::FIRST)
    }
}

impl Place {
    const RESULTS: &'static str = "results";

    /// The stable id: a section id, or `results`.
    pub fn as_str(self) -> &'static str {
        match self {
            Place::Section(s) => s.as_str(),
            Place::Results => Self::RESULTS,
        }
    }

    /// Parses a stable id; `None` for anything unknown.
    pub fn parse(id: &str) -> Option<Place> {
        match id {
            Self::RESULTS => Some(Place::Results),
            _ => SectionId::parse(id).map(Place::Section),
        }
    }
}

/// Everything a reload restores.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SavedSession {
    pub answers: Answers,
    pub place: Place,
    /// The language the person chose, as a tag such as `hi`; the app decides
    /// whether it knows it.
    pub language: Option<String>,
    /// The business, or the person answering; printed on the report and
    /// carried in exports (never in a share link).
    pub name: Option<String>,
    /// When an answer last changed (not the place or the language).
    pub changed_at: Option<Timestamp>,
    /// Who wrote the record, when, and its revision.
    pub stamp: Stamp,
}

/// Why a stored record could not be used.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DecodeError {
    /// Larger than its limit (see [`crate::limits`]).
    TooLarge,
    /// Not JSON, or not a JSON object.
    NotJson,
    /// JSON, but not a Service Quotient record.
    NotOurs,
    /// Written by a newer version of the app, with this schema.
    NewerSchema(u32),
    /// Our format and schema, but fields missing or of the wrong type.
    Malformed,
    /// An answer to a statement this version does not know.
    UnknownStatement,
    /// The same statement answered twice.
    DuplicateStatement(StatementId),
    /// A rating outside 1 to 5.
    RatingOutOfRange(StatementId),
    /// A file for another questionnaire, or another version of it.
    OtherQuestionnaire,
    /// A note or name longer than allowed.
    TextTooLong,
    /// A date that is not an ISO 8601 UTC timestamp.
    BadDate,
}

impl SavedSession {
    /// Three-way merge for two tabs editing the same record (see
    /// [`Answers::merged`]): starting from `theirs` (stored now), what this
    /// tab (`self`) changed since `base` (what it last saw stored) wins, field
    /// by field; the time of the last change is the later of the two. The
    /// place and the language stay this tab's own; the stamp is the caller's.
    pub fn merged(&self, base: &SavedSession, theirs: &SavedSession) -> SavedSession {
        SavedSession {
            answers: self.answers.merged(&base.answers, &theirs.answers),
            place: self.place,
            language: self.language.clone(),
            name: if self.name != base.name {
                self.name.clone()
            } else {
                theirs.name.clone()
            },
            changed_at: self.changed_at.clone().max(theirs.changed_at.clone()),
            stamp: self.stamp.clone(),
        }
    }

    /// Whether what the person entered differs: the answers, the name or the
    /// time of the last change (the place, the language and the stamp aside).
    pub fn entries_differ(&self, other: &SavedSession) -> bool {
        self.answers != other.answers
            || self.name != other.name
            || self.changed_at != other.changed_at
    }

    /// Reads a stored record, checking everything in it.
    pub fn decode(raw: &str) -> Result<SavedSession, DecodeError> {
        let raw = crate::wire::open(raw, MAX_SESSION_BYTES, FORMAT, SCHEMA)?;
        let wire: WireIn = serde_json::from_str(raw).map_err(|_| DecodeError::Malformed)?;
        let language = wire
            .language
            .filter(|tag| tag.len() <= MAX_LANGUAGE_LEN && !tag.is_empty());
        Ok(SavedSession {
            stamp: Stamp::read(wire.app, wire.saved_at, wire.revision)?,
            answers: validate_answers(wire.answers.0)?,
            place: wire
                .place
                .as_deref()
                .and_then(Place::parse)
                .unwrap_or_default(),
            language,
            name: crate::export::optional_text(wire.name)?,
            changed_at: wire
                .changed_at
                .map(|t| Timestamp::parse(&t).ok_or(DecodeError::BadDate))
                .transpose()?,
        })
    }

    /// The record as stored: JSON of the shape shown in the module docs.
    pub fn encode(&self) -> String {
        // Serialising ids and small numbers cannot fail; an empty string
        // would fail the read-back check after saving rather than panic.
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WireIn {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    schema: u32,
    #[serde(default)]
    app: Option<String>,
    #[serde(default)]
    saved_at: Option<String>,
    #[serde(default)]
    revision: Option<u64>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    place: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    changed_at: Option<String>,
    answers: AnswerEntries,
}

impl Serialize for SavedSession {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct WireOut<'a> {
            format: &'static str,
            schema: u32,
            #[serde(skip_serializing_if = "Option::is_none")]
            app: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            saved_at: Option<&'a str>,
            revision: u64,
            #[serde(skip_serializing_if = "Option::is_none")]
            language: Option<&'a str>,
            place: &'static str,
            #[serde(skip_serializing_if = "Option::is_none")]
            name: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            changed_at: Option<&'a str>,
            answers: AnswersOut<'a>,
        }
        WireOut {
            format: FORMAT,
            schema: SCHEMA,
            app: self.stamp.app_version.as_deref(),
            saved_at: self.stamp.saved_at.as_ref().map(Timestamp::as_str),
            revision: self.stamp.revision,
            language: self.language.as_deref(),
            place: self.place.as_str(),
            name: self.name.as_deref(),
            changed_at: self.changed_at.as_ref().map(Timestamp::as_str),
            answers: AnswersOut(&self.answers),
        }
        .serialize(serializer)
    }
}
