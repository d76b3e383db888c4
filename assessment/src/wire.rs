//! Answers as they appear in stored records and files: `{"statement-id":
//! rating}`, read with every duplicate kept so validation can name what is
//! wrong instead of keeping the last of two values.

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

use crate::{Answers, DecodeError, Rating, StatementId};

/// The start of every decoder of outside data: the size cap before any
/// parsing, a byte order mark tolerated, then `format` and `schema` read
/// before anything else, so a newer schema is recognised even when the rest
/// of its shape has changed. Returns the text to parse.
pub(crate) fn open<'a>(
    raw: &'a str,
    max_bytes: usize,
    format: &str,
    schema: u32,
) -> Result<&'a str, DecodeError> {
    if raw.len() > max_bytes {
        return Err(DecodeError::TooLarge);
    }
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let envelope: Envelope = serde_json::from_str(raw).map_err(|e| {
        if e.is_data() {
            DecodeError::NotOurs
        } else {
            DecodeError::NotJson
        }
    })?;
    if envelope.format != format {
        Err(DecodeError::NotOurs)
    } else if envelope.schema > schema {
        Err(DecodeError::NewerSchema(envelope.schema))
    } else if envelope.schema == 0 {
        // Schemas start at 1.
        Err(DecodeError::Malformed)
    } else {
        Ok(raw)
    }
}

/// The two fields read first (see [`open`]).
#[derive(Deserialize)]
struct Envelope {
    format: String,
    schema: u32,
}

pub(crate) fn validate_answers(entries: Vec<(String, i64)>) -> Result<Answers, DecodeError> {
    let mut answers = Answers::new();
    for (id, value) in entries {
        let statement = StatementId::parse(&id).ok_or(DecodeError::UnknownStatement)?;
        if answers.rating(statement).is_some() {
            return Err(DecodeError::DuplicateStatement(statement));
        }
        let rating = u8::try_from(value)
            .ok()
            .and_then(Rating::new)
            .ok_or(DecodeError::RatingOutOfRange(statement))?;
        answers.rate(statement, rating);
    }
    Ok(answers)
}

/// Answers as they appear in the file, duplicates and all, so validation can
/// name what is wrong instead of keeping the last of two values.
pub(crate) struct AnswerEntries(pub(crate) Vec<(String, i64)>);

impl<'de> Deserialize<'de> for AnswerEntries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = AnswerEntries;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of statement ids to ratings")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, i64>()? {
                    if entries.len() > crate::STATEMENT_COUNT {
                        return Err(serde::de::Error::custom("too many answers"));
                    }
                    entries.push(entry);
                }
                Ok(AnswerEntries(entries))
            }
        }
        deserializer.deserialize_map(EntriesVisitor)
    }
}

/// Answers written as `{"statement-id": rating}` in questionnaire order.
pub(crate) struct AnswersOut<'a>(pub(crate) &'a Answers);

impl Serialize for AnswersOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(s, r)| (s.as_str(), r.value())))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for AnswerEntries {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Answers".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let ids: Vec<&str> = StatementId::all().map(|s| s.as_str()).collect();
        schemars::json_schema!({
            "description": "Ratings by statement id, each 1 (not at all) to 5 (all the time); statements not rated are left out; each at most once.",
            "type": "object",
            "propertyNames": { "enum": ids },
            "additionalProperties": { "type": "integer", "minimum": 1, "maximum": 5 }
        })
    }
}
