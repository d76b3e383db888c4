//! Numbers as the person's language writes them (digit grouping, decimal
//! mark), through the browser's own number formatting.

use assessment::plan::Amount;

use crate::i18n::Locale;
use crate::texts::language;

/// A measured value such as "1,250.5", in the page's language.
pub fn display(amount: Amount, locale: Locale) -> String {
    let value = js_sys::Number::from(amount.hundredths() as f64 / 100.0);
    value
        .to_locale_string(language::html_lang(locale))
        .as_string()
        .unwrap_or_else(|| amount.text())
}
