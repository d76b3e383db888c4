//! The parts of a results view: the total and band, the first steps, the
//! advice per section, the chart, every answer, and (for the person's own
//! current answers) what is missing, when they last changed and how they
//! moved since the newest snapshot. Shown by the results page, the keep
//! page, a snapshot and a shared link.

mod answer_review;
mod first_steps;
mod last_changed;
mod missing_list;
mod results_view;
mod score_chart;
mod section_advice;
mod since_snapshot;
mod total_summary;

pub use answer_review::*;
pub use first_steps::*;
pub use last_changed::*;
pub use missing_list::*;
pub use results_view::*;
pub use score_chart::*;
pub use section_advice::*;
pub use since_snapshot::*;
pub use total_summary::*;
