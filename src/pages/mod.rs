//! The two pages, each a folder: the self-check (`index.html`: the
//! questionnaire) and the tools page (`tools.html`: results, keeping and
//! sharing, history, team view). A page uses the shared widgets in
//! `crate::ui`, never another page.

pub mod self_check;
pub mod tools;
