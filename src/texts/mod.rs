//! Texts: the lookups from the questionnaire's ids, ratings, bands and
//! errors to translation keys (`content`), the choice of language
//! (`language`), and the CSV export's labelled rows (`csv`).

mod content;
pub mod csv;
mod frame_words;
pub mod language;
pub mod loaded;
mod notice_words;
pub mod pack;
pub mod plan_content;
pub mod policy;

pub use content::*;
pub use frame_words::FrameWords;
pub use notice_words::NoticeWords;
