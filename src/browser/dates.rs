//! Moments: now as a timestamp, and a timestamp as a date (and time) in the
//! person's language, through the browser's own calendar formatting.

use assessment::export::Timestamp;
use assessment::plan::Day;

use crate::i18n::Locale;
use crate::texts::language;

/// The current moment.
pub fn now() -> Timestamp {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    Timestamp::parse(&iso).expect("invariant: Date.toISOString gives an ISO 8601 UTC timestamp")
}

/// A timestamp as a date such as "23 Nov 2026", in the page's language.
pub fn display(at: &Timestamp, locale: Locale) -> String {
    format(at, locale, &[])
}

/// A timestamp as a date and time such as "23 Nov 2026, 14:05", in the
/// page's language: two snapshots of one day can be told apart.
pub fn display_with_time(at: &Timestamp, locale: Locale) -> String {
    format(at, locale, &[("hour", "numeric"), ("minute", "2-digit")])
}

/// [`display`], or [`assessment::NO_FIGURE`] when there is no moment (a
/// set saved without a date).
pub fn display_or_none(at: Option<&Timestamp>, locale: Locale) -> String {
    at.map_or_else(|| assessment::NO_FIGURE.into(), |at| display(at, locale))
}

/// [`display_with_time`], or [`assessment::NO_FIGURE`] when there is no
/// moment.
pub fn display_with_time_or_none(at: Option<&Timestamp>, locale: Locale) -> String {
    at.map_or_else(
        || assessment::NO_FIGURE.into(),
        |at| display_with_time(at, locale),
    )
}

fn format(at: &Timestamp, locale: Locale, time: &[(&str, &str)]) -> String {
    let date = js_sys::Date::new(&at.as_str().into());
    let options = js_sys::Object::new();
    let day = [("year", "numeric"), ("month", "short"), ("day", "numeric")];
    for (key, value) in day.iter().chain(time) {
        let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    date.to_locale_string(language::html_lang(locale), &options)
        .into()
}

/// Today in the person's own time zone: what a due date is compared with.
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    let iso = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    Day::parse(&iso).expect("invariant: the browser's date is a calendar day")
}

/// A calendar day such as "1 Mar 2027", in the page's language (read as a
/// day, so no time zone moves it).
pub fn display_day(day: Day, locale: Locale) -> String {
    let at = format!("{}T12:00:00.000Z", day.iso());
    Timestamp::parse(&at).map_or_else(|| day.iso(), |at| display(&at, locale))
}
