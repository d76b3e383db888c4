//! Options given in the page's address, by a link or an embedding page:
//! `?lang=hi` picks the language (over the saved one), `?ns=shop-a` keeps the
//! answers in their own storage slot; and, from "Change" on the results,
//! `#change=<statement id>` opens that statement. Anything invalid is
//! ignored.

use assessment::StatementId;

use crate::browser::address;
use crate::browser::storage::Slot;
use crate::i18n::Locale;
use crate::texts::language;

/// The options the app was opened with.
#[derive(Clone, Debug, Default)]
pub struct Launch {
    pub language: Option<Locale>,
    pub slot: Slot,
    /// The statement to change, when opened from the results.
    pub change: Option<StatementId>,
}

/// The fragment "Change" on the results links with.
const CHANGE_PREFIX: &str = "#change=";

/// The link from the results to one statement on the self-check page.
pub fn change_link(statement: StatementId) -> String {
    format!("./{CHANGE_PREFIX}{}", statement.as_str())
}

impl Launch {
    /// Reads the options from the current address.
    pub fn from_location() -> Launch {
        let change = StatementId::parse(
            address::fragment()
                .strip_prefix(CHANGE_PREFIX)
                .unwrap_or(""),
        );
        if change.is_some() {
            // Done with: a reload opens where the person is, not here again.
            address::forget_fragment();
        }
        Launch {
            change,
            language: address::query_param("lang")
                .as_deref()
                .and_then(language::parse),
            slot: address::query_param("ns")
                .as_deref()
                .and_then(Slot::named)
                .unwrap_or_default(),
        }
    }
}
