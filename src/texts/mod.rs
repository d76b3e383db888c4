//! Texts: the lookups from the questionnaire's ids, ratings, bands and
//! errors to translation keys (`content`), the choice of language
//! (`language`), and the CSV export's labelled rows (`csv`).

mod content;
pub mod csv;
mod footer_words;
pub mod language;
pub mod loaded;
pub mod policy;

pub use content::*;
pub use footer_words::FooterWords;
