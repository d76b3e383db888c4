//! The app's state and what keeps it: the session (answers, place,
//! language, name) with its named actions, restoring and saving it, the
//! history of snapshots, the plan, and replacing the answers or the plan
//! with a way back. Pure
//! rules come from the `assessment` crate; browser I/O from `crate::browser`.

pub mod archive;
pub mod bootstrap;
pub mod chosen_file;
pub mod first_screen;
pub mod language_texts;
pub mod launch;
pub mod plan_store;
pub mod replacement;
pub mod session;
pub mod session_store;
pub mod stored_plan;
