//! The footer's words: the privacy promise, where the statements come from,
//! and how scoring works. Each page gives them to the shared `AppFooter`:
//! compiled in on the tools and plan pages, loaded with the language on the
//! self-check (`texts::loaded::footer_words`), so the self-check's first
//! load carries them in one language only.

use leptos_i18n::td_string;

use crate::i18n::Locale;

#[derive(Clone, Copy)]
pub struct FooterWords {
    pub privacy: &'static str,
    pub source: &'static str,
    /// "How is this scored?", and its four paragraphs.
    pub scoring_title: &'static str,
    pub scoring: [&'static str; 4],
}

impl FooterWords {
    /// The words compiled into the page.
    pub fn compiled(locale: Locale) -> FooterWords {
        FooterWords {
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
