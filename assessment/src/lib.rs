//! The Service Quotient self-test as plain Rust: the questionnaire, the answer
//! sheet, scoring and the saved record. No web or UI dependency lives here, so
//! everything is tested on the host in seconds.

mod answers;
mod questionnaire;
mod rating;
mod saved;
mod score;

pub use answers::Answers;
pub use questionnaire::{
    Section, SectionId, Statement, StatementId, SECTION_COUNT, STATEMENT_COUNT,
};
pub use rating::Rating;
pub use saved::{DecodeError, Place, SavedSession, FORMAT, MAX_BYTES, SCHEMA};
pub use score::{Band, Report, Score, SectionResult};
