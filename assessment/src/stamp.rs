//! The stamp every stored record carries (schema 2 on): which version of the
//! app wrote it, when, and how many times the record has been written, so a
//! tab can tell newer data from older and never write over it unknowingly.

use crate::export::Timestamp;
use crate::limits::MAX_APP_VERSION_LEN;
use crate::DecodeError;

/// About the writing of a stored record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Stamp {
    /// The version of the app that wrote it (`None` in schema 1 records).
    pub app_version: Option<String>,
    /// When it was written.
    pub saved_at: Option<Timestamp>,
    /// How many times it has been written: every write adds one.
    pub revision: u64,
}

impl Stamp {
    /// Checks the stamp's fields as read from a record.
    pub(crate) fn read(
        app_version: Option<String>,
        saved_at: Option<String>,
        revision: Option<u64>,
    ) -> Result<Stamp, DecodeError> {
        if app_version
            .as_ref()
            .is_some_and(|v| v.is_empty() || v.len() > MAX_APP_VERSION_LEN)
        {
            return Err(DecodeError::Malformed);
        }
        Ok(Stamp {
            app_version,
            saved_at: saved_at
                .map(|t| Timestamp::parse(&t).ok_or(DecodeError::BadDate))
                .transpose()?,
            revision: revision.unwrap_or(0),
        })
    }
}
