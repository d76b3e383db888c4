//! Moments: now as a timestamp, and a timestamp as a date in the person's
//! language, through the browser's own calendar formatting.

use assessment::export::Timestamp;

use crate::i18n::Locale;
use crate::language;

/// The current moment.
pub fn now() -> Timestamp {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    Timestamp::parse(&iso).expect("invariant: Date.toISOString gives an ISO 8601 UTC timestamp")
}

/// A timestamp as a date such as "23 Nov 2026", in the page's language.
pub fn display(at: &Timestamp, locale: Locale) -> String {
    let date = js_sys::Date::new(&at.as_str().into());
    let options = js_sys::Object::new();
    for (key, value) in [("year", "numeric"), ("month", "short"), ("day", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    date.to_locale_date_string(language::html_lang(locale), &options)
        .into()
}
