//! The Service Quotient self-test as plain Rust, with every rule the app
//! follows: the questionnaire (generated from `questionnaire.txt`), the
//! answer sheet, scoring, the stored records and files with their one
//! validating decoder (`wire`), the history, share codes, comparisons, the
//! team view, how tabs share one record (`sync`), number formatting
//! (`figures`) and every size limit (`limits`). No web or UI dependency
//! lives here, so everything is tested on the host in seconds.

mod answers;
mod compare;
pub mod export;
pub mod figures;
mod history;
pub mod limits;
pub mod plan;
mod questionnaire;
mod rating;
mod saved;
mod score;
pub mod share_code;
mod stamp;
pub mod sync;
mod team;
mod template;
mod wire;

pub use answers::Answers;
pub use compare::{Comparison, SectionChange};
pub use figures::{Tenths, NO_FIGURE};
pub use history::History;
pub use questionnaire::{
    Section, SectionId, Statement, StatementId, SECTION_COUNT, STATEMENT_COUNT,
};
pub use rating::Rating;
pub use saved::{DecodeError, Place, SavedSession, FORMAT, SCHEMA};
pub use score::{Band, Report, Score, SectionResult};
pub use share_code::ShareCodeError;
pub use stamp::Stamp;
pub use team::{AlreadyAdded, Disagreement, Mean, Member, Roster, TeamSection, TeamSummary};
pub use template::{fill, isolated, set_in_sentence};
