//! An export file a person chose (to import, or for the team view): decoded,
//! or why it could not be used: too large to read, unreadable by the
//! browser, or not a Service Quotient file (and why).

use assessment::export::ExportFile;
use assessment::DecodeError;

use crate::browser::file_input::{ChosenFile, FileError};

/// Why a chosen file could not be used.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Unusable {
    /// The file itself: too large, or not readable.
    File(FileError),
    /// Its content (see [`DecodeError`]).
    Content(DecodeError),
}

/// The export file in `file`, checked, or why it cannot be used.
pub fn decode(file: &ChosenFile) -> Result<ExportFile, Unusable> {
    let text = file.text.as_ref().map_err(|e| Unusable::File(*e))?;
    ExportFile::decode(text).map_err(Unusable::Content)
}
