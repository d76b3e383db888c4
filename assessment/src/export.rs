//! The export file: one or more answer sets (the current answers, saved
//! snapshots, or a colleague's answers for the team view) and, from schema
//! 2 on, the business's plan, in a documented, versioned JSON format
//! (`docs/export.schema.json`, checked against these types by a test).
//!
//! ```json
//! {"format": "service-quotient/export", "schema": 2,
//!  "questionnaire": {"id": "forum-customer-driven-self-test", "version": 1},
//!  "exported_at": "2026-11-23T10:00:00.000Z", "language": "en",
//!  "sets": [{"taken_at": "2026-11-20T09:30:00.000Z", "note": "after the new returns policy",
//!            "name": "Asha", "answers": {"culture.whatever-it-takes": 4}}],
//!  "plan": {"format": "service-quotient/plan", "schema": 1, "revision": 3}}
//! ```
//!
//! The plan is the stored plan record itself (see [`crate::plan::record`]),
//! with its own `format` and `schema`, read by the same decoder as the
//! stored one. Schema history (each a frozen fixture in `tests/fixtures/`
//! that must always load): 1, answer sets only; 2 adds the optional `plan`.

use serde::{Deserialize, Serialize};

use crate::limits::{
    MAX_FILE_BYTES, MAX_LANGUAGE_LEN, MAX_NAME_IN_FILE_NAME, MAX_SETS, MAX_TEXT_CHARS,
};
use crate::plan::Plan;
use crate::wire::{validate_answers, AnswerEntries, AnswersOut};
use crate::{Answers, DecodeError};

/// The `format` field of an export file.
pub const EXPORT_FORMAT: &str = "service-quotient/export";
/// The export schema this build writes; it reads every one up to it.
pub const EXPORT_SCHEMA: u32 = 2;
/// The questionnaire the answers belong to.
pub const QUESTIONNAIRE_ID: &str = "forum-customer-driven-self-test";
/// Its version: a change to the statements would make a new one.
pub const QUESTIONNAIRE_VERSION: u32 = 1;

/// A moment, as an ISO 8601 UTC timestamp (`2026-11-23T10:00:00.000Z`), the
/// form JavaScript's `Date.toISOString` gives.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(String);

impl Timestamp {
    /// Checks the shape `YYYY-MM-DDTHH:MM:SS[.fff]Z`.
    pub fn parse(text: &str) -> Option<Timestamp> {
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
        let ok = (bytes.len() == 20 || bytes.len() == 24)
            && digits(0..4)
            && bytes[4] == b'-'
            && digits(5..7)
            && bytes[7] == b'-'
            && digits(8..10)
            && bytes[10] == b'T'
            && digits(11..13)
            && bytes[13] == b':'
            && digits(14..16)
            && bytes[16] == b':'
            && digits(17..19)
            && (bytes.len() == 20 || (bytes[19] == b'.' && digits(20..23)))
            && bytes[bytes.len() - 1] == b'Z';
        ok.then(|| Timestamp(text.to_string()))
    }

    /// The timestamp as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One person's answers at one moment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct AnswerSet {
    pub taken_at: Option<Timestamp>,
    /// A note such as "after the new returns policy".
    pub note: Option<String>,
    /// Whose answers these are, for the team view.
    pub name: Option<String>,
    pub answers: Answers,
}

/// An export file's content.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ExportFile {
    pub exported_at: Option<Timestamp>,
    pub language: Option<String>,
    pub sets: Vec<AnswerSet>,
    /// The business's plan, when the export carries it.
    pub plan: Option<Plan>,
}

impl ExportFile {
    /// The newest set: the one taken last (a set without a date counts as
    /// older than any dated one; among equals, the later in the file).
    pub fn latest(&self) -> Option<&AnswerSet> {
        self.sets.iter().max_by_key(|set| &set.taken_at)
    }

    /// The file as JSON, indented for people who open it.
    pub fn encode(&self) -> String {
        let wire = ExportOut {
            format: EXPORT_FORMAT,
            schema: EXPORT_SCHEMA,
            questionnaire: QuestionnaireRef {
                id: QUESTIONNAIRE_ID.into(),
                version: QUESTIONNAIRE_VERSION,
            },
            exported_at: self.exported_at.as_ref().map(Timestamp::as_str),
            language: self.language.as_deref(),
            sets: self
                .sets
                .iter()
                .map(|set| SetOut {
                    taken_at: set.taken_at.as_ref().map(Timestamp::as_str),
                    note: set.note.as_deref(),
                    name: set.name.as_deref(),
                    answers: AnswersOut(&set.answers),
                })
                .collect(),
            // The plan as stored, on one line: written by the same (compact)
            // serialiser as the stored record, so the app carries one copy
            // of that code rather than a second, indented one.
            plan: self
                .plan
                .as_ref()
                .and_then(|plan| serde_json::value::RawValue::from_string(plan.encode()).ok()),
        };
        serde_json::to_string_pretty(&wire).unwrap_or_default()
    }

    /// Reads an export file, checking everything in it.
    pub fn decode(raw: &str) -> Result<ExportFile, DecodeError> {
        let raw = crate::wire::open(raw, MAX_FILE_BYTES, EXPORT_FORMAT, EXPORT_SCHEMA)?;
        let wire: ExportIn = serde_json::from_str(raw).map_err(|_| DecodeError::Malformed)?;
        if wire.questionnaire.id != QUESTIONNAIRE_ID
            || wire.questionnaire.version != QUESTIONNAIRE_VERSION
        {
            return Err(DecodeError::OtherQuestionnaire);
        }
        if wire.sets.len() > MAX_SETS {
            return Err(DecodeError::TooLarge);
        }
        let sets = wire
            .sets
            .into_iter()
            .map(|set| {
                Ok(AnswerSet {
                    taken_at: optional_timestamp(set.taken_at)?,
                    note: optional_text(set.note)?,
                    name: optional_text(set.name)?,
                    answers: validate_answers(set.answers.0)?,
                })
            })
            .collect::<Result<_, DecodeError>>()?;
        // The plan goes through the stored plan's own front door: its
        // format, its schema (a newer one is named), every check.
        let plan = wire.plan.map(|raw| Plan::decode(raw.get())).transpose()?;
        Ok(ExportFile {
            exported_at: optional_timestamp(wire.exported_at)?,
            language: wire.language.filter(|l| l.len() <= MAX_LANGUAGE_LEN),
            sets,
            plan,
        })
    }
}

/// A download's file name, `service-quotient-<name>-<date>.<extension>`,
/// e.g. `service-quotient-asha-s-bakery-2026-11-23.json`. The name is
/// lower-cased and made safe for every file system: letters and digits of
/// any script are kept, any run of other characters becomes one dash, and
/// it is cut at 40 characters. No name, no name part.
pub fn file_name(name: Option<&str>, at: &Timestamp, extension: &str) -> String {
    let mut slug = String::new();
    for c in name
        .unwrap_or_default()
        .chars()
        .flat_map(char::to_lowercase)
    {
        if slug.chars().count() >= MAX_NAME_IN_FILE_NAME {
            break;
        }
        // Marks (Devanagari and Telugu vowel signs) belong to their letter.
        if c.is_alphanumeric() || is_mark(c) {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let date = &at.as_str()[..10];
    if slug.is_empty() {
        format!("service-quotient-{date}.{extension}")
    } else {
        format!("service-quotient-{slug}-{date}.{extension}")
    }
}

/// Combining marks of the Indic scripts the app ships (Devanagari, Telugu):
/// `char::is_alphanumeric` does not count them, but a name without them is
/// misspelt.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}'
        | '\u{0962}'..='\u{0963}' | '\u{0C00}'..='\u{0C04}' | '\u{0C3C}'..='\u{0C56}'
        | '\u{0C62}'..='\u{0C63}')
}

fn optional_timestamp(text: Option<String>) -> Result<Option<Timestamp>, DecodeError> {
    text.map(|t| Timestamp::parse(&t).ok_or(DecodeError::BadDate))
        .transpose()
}

/// Notes and names: trimmed, empty means none, at most [`MAX_TEXT_CHARS`].
pub fn optional_text(text: Option<String>) -> Result<Option<String>, DecodeError> {
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) if t.chars().count() > MAX_TEXT_CHARS => Err(DecodeError::TextTooLong),
        Some(t) => Ok(Some(t.to_string())),
    }
}

#[derive(Serialize)]
struct ExportOut<'a> {
    format: &'static str,
    schema: u32,
    questionnaire: QuestionnaireRef,
    #[serde(skip_serializing_if = "Option::is_none")]
    exported_at: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    sets: Vec<SetOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<Box<serde_json::value::RawValue>>,
}

#[derive(Serialize)]
struct SetOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    taken_at: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    answers: AnswersOut<'a>,
}

/// Which questionnaire the answers belong to.
#[derive(Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(crate) struct QuestionnaireRef {
    /// Always `forum-customer-driven-self-test`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = "forum-customer-driven-self-test")))]
    pub(crate) id: String,
    /// Always 1.
    #[cfg_attr(feature = "schema", schemars(extend("const" = 1)))]
    pub(crate) version: u32,
}

/// A Service Quotient export file (schema 2).
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "ServiceQuotientExport"))]
#[serde(deny_unknown_fields)]
pub(crate) struct ExportIn {
    /// Always `service-quotient/export`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = "service-quotient/export")))]
    #[allow(dead_code)] // checked by `wire::open` before this parse
    pub(crate) format: String,
    /// 1 (answer sets only) or 2 (which may add the plan).
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 2)))]
    #[allow(dead_code)] // checked by `wire::open` before this parse
    pub(crate) schema: u32,
    pub(crate) questionnaire: QuestionnaireRef,
    /// When the file was written (ISO 8601, UTC).
    #[serde(default)]
    pub(crate) exported_at: Option<String>,
    /// The language the person used (`en`, `hi`, `zh`, `te`).
    #[serde(default)]
    pub(crate) language: Option<String>,
    /// The answer sets: the current answers, snapshots, or several people's.
    pub(crate) sets: Vec<SetIn>,
    /// The business's service policy and action plan (schema 2 on): the
    /// plan record as the app stores it, with its own format and schema.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::plan::record::PlanRecord>")
    )]
    pub(crate) plan: Option<Box<serde_json::value::RawValue>>,
}

/// One person's answers at one moment.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(crate) struct SetIn {
    /// When the answers were given (ISO 8601, UTC).
    #[serde(default)]
    pub(crate) taken_at: Option<String>,
    /// A note, at most 200 characters.
    #[serde(default)]
    pub(crate) note: Option<String>,
    /// Whose answers these are, at most 200 characters.
    #[serde(default)]
    pub(crate) name: Option<String>,
    /// Ratings 1 to 5 by statement id; statements not rated are left out.
    pub(crate) answers: AnswerEntries,
}

#[cfg(all(test, feature = "schema"))]
mod documented_schema {
    use super::ExportIn;

    /// `docs/export.schema.json` is the format's documentation; it must say
    /// exactly what these types accept. To update it after a deliberate
    /// change: `UPDATE_SCHEMA=1 cargo test -p assessment --features schema`.
    #[test]
    fn docs_export_schema_matches_the_types() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/export.schema.json");
        let generated = serde_json::to_string_pretty(&schemars::schema_for!(ExportIn))
            .expect("a schema serialises")
            + "\n";
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(path, &generated).expect("docs/ is writable");
        }
        let documented = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            documented == generated,
            "docs/export.schema.json differs from the export types; see this test's doc comment"
        );
    }
}
