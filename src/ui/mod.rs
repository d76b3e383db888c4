//! Widgets shared by both pages: the header (name, language, progress), the
//! footer, the storage and shell notices, a sentence for screen readers,
//! a data table's scrolling box, and the question asked before
//! anything replaces what the person entered. No page lives here, and
//! nothing here touches the browser directly.

mod announcement;
mod app_footer;
mod app_header;
mod confirm_dialog;
mod keyed;
mod language_picker;
mod look;
mod overall_progress;
mod scoring_note;
mod shell_notices;
mod storage_notices;
mod table_scroll;

pub use announcement::*;
pub use app_footer::*;
pub use app_header::*;
pub use confirm_dialog::*;
pub use keyed::*;
pub use language_picker::*;
pub use look::*;
pub use overall_progress::*;
pub use scoring_note::*;
pub use shell_notices::*;
pub use storage_notices::*;
pub use table_scroll::*;
