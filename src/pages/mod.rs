//! The three pages, each a folder: the self-check (`index.html`: the
//! questionnaire), the tools page (`tools.html`: results, keeping and
//! sharing, history, team view) and the plan (`plan.html`: the business's
//! own service policy and action plan). A page uses the shared widgets in
//! `crate::ui`, never another page.

pub mod plan;
pub mod self_check;
pub mod tools;
