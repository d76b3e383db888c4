//! Options given in the page's address, by a link or an embedding page:
//! `?lang=hi` picks the language (over the saved one), `?ns=shop-a` keeps the
//! answers in their own storage slot. Anything invalid is ignored.

use crate::i18n::Locale;
use crate::language;
use crate::storage::Slot;

/// The options the app was opened with.
#[derive(Clone, Debug, Default)]
pub struct Launch {
    pub language: Option<Locale>,
    pub slot: Slot,
}

impl Launch {
    /// Reads the options from the current address.
    pub fn from_location() -> Launch {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
            return Launch::default();
        };
        Launch {
            language: params.get("lang").as_deref().and_then(language::parse),
            slot: params
                .get("ns")
                .as_deref()
                .and_then(Slot::named)
                .unwrap_or_default(),
        }
    }
}
