//! One component per file; each is a thin view over [`crate::session::Session`]
//! and the `assessment` crate.

mod answer_review;
mod app_footer;
mod app_header;
mod language_picker;
mod missing_list;
mod overall_progress;
mod results_page;
mod score_chart;
mod scoring_note;
mod section_advice;
mod section_nav;
mod section_page;
mod section_steps;
mod shell_notices;
mod start_over;
mod statement_group;
mod storage_notices;
mod total_summary;
mod weakest_statements;

pub use answer_review::*;
pub use app_footer::*;
pub use app_header::*;
pub use language_picker::*;
pub use missing_list::*;
pub use overall_progress::*;
pub use results_page::*;
pub use score_chart::*;
pub use scoring_note::*;
pub use section_advice::*;
pub use section_nav::*;
pub use section_page::*;
pub use section_steps::*;
pub use shell_notices::*;
pub use start_over::*;
pub use statement_group::*;
pub use storage_notices::*;
pub use total_summary::*;
pub use weakest_statements::*;
