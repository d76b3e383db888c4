//! The words around every page: the header's (skip link, title, tagline,
//! the language picker's label) and the footer's (the privacy
//! promise, where the statements come from, how scoring works). Each page
//! gives them to the shared `AppHeader` and `AppFooter`: compiled in on the
//! tools and plan pages, loaded with the language on the self-check
//! (`texts::loaded::frame_words`), so the self-check's first load carries
//! them in one language only.

use leptos_i18n::td_string;

use crate::i18n::Locale;

#[derive(Clone, Copy)]
pub struct FrameWords {
    pub skip: &'static str,
    pub title: &'static str,
    pub tagline: &'static str,
    /// The language picker's label.
    pub language: &'static str,
    pub privacy: &'static str,
    pub source: &'static str,
    /// "How is this scored?", and its four paragraphs.
    pub scoring_title: &'static str,
    pub scoring: [&'static str; 4],
}

impl FrameWords {
    /// The words compiled into the page.
    pub fn compiled(locale: Locale) -> FrameWords {
        FrameWords {
            skip: td_string!(locale, app.skip_to_content),
            title: td_string!(locale, app.title),
            tagline: td_string!(locale, app.tagline),
            language: td_string!(locale, language.label),
            privacy: td_string!(locale, app.privacy),
            source: td_string!(locale, app.source),
            scoring_title: td_string!(locale, scoring.title),
            scoring: [
                td_string!(locale, scoring.sections),
                td_string!(locale, scoring.total),
                td_string!(locale, scoring.bands),
                td_string!(locale, scoring.gaps),
            ],
        }
    }
}
