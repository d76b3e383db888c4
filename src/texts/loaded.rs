//! The questionnaire's texts on the self-check page, which are not compiled
//! in: the page loads one language's file at a time (`texts/<lang>.json`,
//! written by the build from the locale files) so that its first load carries
//! one language, not four. Loaded files are kept for the page's lifetime (at
//! most one per language), so their texts can be lent out as `&'static str`
//! like the compiled ones.

use std::cell::RefCell;

use assessment::{SectionId, StatementId, SECTION_COUNT};

use crate::i18n::Locale;

/// One section's texts, as in the language's file.
pub struct SectionTexts {
    pub title: &'static str,
    pub short: &'static str,
    pub intro: &'static str,
    /// The section's statements, in the questionnaire's order.
    pub statements: Vec<&'static str>,
}

thread_local! {
    static LOADED: RefCell<Vec<(Locale, &'static [SectionTexts])>> = const { RefCell::new(Vec::new()) };
}

/// Keeps a language's texts if they fit the questionnaire (every section,
/// every statement); says whether they did.
pub fn keep(locale: Locale, sections: Vec<SectionTexts>) -> bool {
    let fits = sections.len() == SECTION_COUNT
        && SectionId::all()
            .zip(&sections)
            .all(|(id, texts)| id.statements().len() == texts.statements.len());
    if fits && !is_loaded(locale) {
        let sections: &'static [SectionTexts] = Vec::leak(sections);
        LOADED.with_borrow_mut(|loaded| loaded.push((locale, sections)));
    }
    fits
}

/// Whether the language's texts are here.
pub fn is_loaded(locale: Locale) -> bool {
    section(locale, SectionId::FIRST).is_some()
}

fn section(locale: Locale, id: SectionId) -> Option<&'static SectionTexts> {
    LOADED.with_borrow(|loaded| {
        loaded
            .iter()
            .find(|(l, _)| *l == locale)
            .and_then(|(_, sections)| sections.get(id.index()))
    })
}

/// The section's full title ("" until its language is loaded; the page shows
/// a language only once it is).
pub fn section_title(locale: Locale, id: SectionId) -> &'static str {
    section(locale, id).map_or("", |s| s.title)
}

/// A short name for the navigation.
pub fn section_short(locale: Locale, id: SectionId) -> &'static str {
    section(locale, id).map_or("", |s| s.short)
}

/// Why the section matters, shown above its statements.
pub fn section_intro(locale: Locale, id: SectionId) -> &'static str {
    section(locale, id).map_or("", |s| s.intro)
}

/// The statement as the person rates it.
pub fn statement(locale: Locale, id: StatementId) -> &'static str {
    let home = id.section();
    let first = home.statements().next().map_or(0, StatementId::index);
    section(locale, home)
        .and_then(|s| s.statements.get(id.index() - first))
        .copied()
        .unwrap_or("")
}
