//! Texts: the lookups from the questionnaire's ids, ratings, bands and
//! errors to translation keys (`content`), the choice of language
//! (`language`), the CSV export's labelled rows (`csv`), and the texts that
//! are loaded per language instead of compiled in (`loaded`, `pack`, with
//! the plan's lookups over its pack in `plan_content`); the words of the
//! header and footer (`FrameWords`) and of the notices (`NoticeWords`).

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
