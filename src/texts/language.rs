//! Which language to show: the person's saved choice, else the browser's
//! preferred languages, else English.

use crate::i18n::Locale;
use crate::texts::NoticeWords;
use leptos_i18n::Locale as _;

/// The language to start in.
pub fn initial(saved: Option<&str>) -> Locale {
    saved
        .and_then(parse)
        .or_else(browser_preference)
        .unwrap_or(Locale::en)
}

/// Matches a language tag (`hi`, `zh-CN`, `te-IN`, `en-GB`) by its primary
/// subtag. Any Chinese is served Simplified Chinese, the only script shipped.
pub fn parse(tag: &str) -> Option<Locale> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    Locale::get_all()
        .iter()
        .copied()
        .find(|l| l.as_str() == primary)
}

fn browser_preference() -> Option<Locale> {
    let navigator = web_sys::window()?.navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .find_map(|tag| parse(&tag))
}

/// The value for `<html lang>`.
pub fn html_lang(locale: Locale) -> &'static str {
    match locale {
        Locale::en => "en",
        Locale::hi => "hi",
        Locale::zh => "zh-Hans",
        Locale::te => "te",
        Locale::ur => "ur",
    }
}

/// Urdu is written right to left; the others left to right.
pub fn right_to_left(locale: Locale) -> bool {
    locale == Locale::ur
}

/// The arrow, with a space each side, from a figure before to the one
/// after, pointing the way the language reads.
pub fn onward_arrow(locale: Locale) -> &'static str {
    if right_to_left(locale) {
        " ← "
    } else {
        " → "
    }
}

/// The value for `<html dir>`.
pub fn html_dir(locale: Locale) -> &'static str {
    if right_to_left(locale) {
        "rtl"
    } else {
        "ltr"
    }
}

/// A value set into one of the language's sentences, isolated when the
/// language is written right to left ([`assessment::set_in_sentence`]).
pub fn in_sentence(locale: Locale, value: &dyn std::fmt::Display) -> String {
    assessment::set_in_sentence(right_to_left(locale), value.to_string())
}

/// A compiled text with its placeholders filled, as `td_string!`, each
/// value set in with [`in_sentence`] so that numbers, dates and names keep
/// their order in a right-to-left sentence:
/// `sentence!(locale, team.people, count = n, total = m)`.
#[macro_export]
macro_rules! sentence {
    ($locale:expr, $($key:ident).+, $($name:ident = $value:expr),+ $(,)?) => {{
        let locale = $locale;
        leptos_i18n::td_string!(
            locale,
            $($key).+,
            $($name = $crate::texts::language::in_sentence(locale, &$value)),+
        )
    }};
}

/// The language's name in its own script, for the picker.
pub fn native_name(locale: Locale) -> &'static str {
    match locale {
        Locale::en => "English",
        Locale::hi => "हिन्दी",
        Locale::zh => "简体中文",
        Locale::te => "తెలుగు",
        Locale::ur => "اردو",
    }
}

/// Puts the page's language and its notices' words in context (read back by
/// [`use_locale`] and [`use_notice_words`]), the language on `<html lang>`
/// and its direction on `<html dir>`,
/// and the words in the crash notice; called first by each page's
/// language-keyed view.
pub fn provide_locale(locale: Locale, notices: NoticeWords) {
    leptos::prelude::provide_context(locale);
    leptos::prelude::provide_context(notices);
    crate::browser::crash::remember_words(notices.crash_message, notices.crash_reload);
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("lang", html_lang(locale));
        let _ = root.set_attribute("dir", html_dir(locale));
    }
}

/// The language of the page being rendered. The page is rebuilt whenever the
/// language changes (see `App`), so components read it once, as a plain
/// value, and render static text.
pub fn use_locale() -> Locale {
    leptos::prelude::expect_context::<Locale>()
}

/// The words of the notices of the page being rendered.
pub fn use_notice_words() -> NoticeWords {
    leptos::prelude::expect_context::<NoticeWords>()
}
