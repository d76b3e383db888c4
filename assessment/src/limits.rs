//! Every size limit, defined once: the decoders refuse what exceeds them,
//! the views stop input at them, and the tests check them. Each is far
//! above what a real self-check needs, and low enough that no stored record
//! or file can stall the page.

/// Longest note or name, in characters.
pub const MAX_TEXT_CHARS: usize = 200;
/// Longest language tag kept from a record or a file (`hi`, `zh-Hans`).
pub const MAX_LANGUAGE_LEN: usize = 16;
/// Longest app version in a record's stamp.
pub const MAX_APP_VERSION_LEN: usize = 32;
/// Longest storage namespace an embedding page may give (`?ns=`).
pub const MAX_NAMESPACE_LEN: usize = 32;
/// Largest stored session record; a full one is under 2 KB.
pub const MAX_SESSION_BYTES: usize = 64 * 1024;
/// Largest stored history; 200 snapshots take about 19 KB.
pub const MAX_HISTORY_BYTES: usize = 512 * 1024;
/// Most snapshots the history keeps.
pub const MAX_SNAPSHOTS: usize = 1000;
/// Largest export file read: a full history (1,000 answer sets) with a
/// plan at every limit; a larger one is not read.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// Most answer sets one export file may hold.
pub const MAX_SETS: usize = 1000;
/// Longest part of a download's file name taken from a person's name.
pub const MAX_NAME_IN_FILE_NAME: usize = 40;
/// Longest text of the plan that is a paragraph (a policy, a step of the
/// vision worksheet); a page of writing.
pub const MAX_LONG_TEXT_CHARS: usize = 4000;
/// Largest stored plan. A full one (every area written at length, 20 goals
/// with 12 values each, 50 actions) is under 100 KB; a plan with every text
/// and list at its limit, in a script of three bytes a character, fits.
pub const MAX_PLAN_BYTES: usize = 1024 * 1024;
/// Most issues, goals and actions a plan keeps, and values per goal.
pub const MAX_ISSUES: usize = 30;
pub const MAX_GOALS: usize = 30;
pub const MAX_READINGS: usize = 60;
pub const MAX_ACTIONS: usize = 150;
