//! The self-check page's own texts, which are not compiled in: the
//! questionnaire and the words of the page's own views. The page loads one
//! language's file at a time (`texts/<lang>.json`, written by
//! scripts/build/texts-packs.mjs from the locale files) so that its first
//! load carries one language, not four. Loaded files are kept for the page's
//! lifetime (at most one per language), so their texts can be lent out as
//! `&'static str` like the compiled ones.

use std::cell::RefCell;

use assessment::{Rating, Section, SectionId, Statement, StatementId};

use crate::i18n::Locale;
use crate::texts::FrameWords;

/// One section's texts, as in the language's file.
pub struct SectionTexts {
    pub title: &'static str,
    pub short: &'static str,
    pub intro: &'static str,
    /// The section's statements, in the questionnaire's order.
    pub statements: Vec<&'static str>,
}

/// The words of the self-check's own views, by their names in the file.
#[derive(Clone, Copy)]
pub enum Word {
    Instructions,
    LoadFailed,
    Nav,
    Results,
    Keep,
    History,
    Team,
    FirstUnanswered,
    AllAnswered,
    /// "Section {{ number }} of {{ count }}": see [`section_of`].
    SectionOf,
    Previous,
    Next,
    SeeResults,
    BackToResults,
    /// The scale's five words follow, in order: see [`scale_word`].
    Scale1,
    /// The frame's (see [`frame_words`]) follow the scale's.
    Skip = 19,
    Title,
    Tagline,
    Language,
    Privacy,
    Source,
    ScoringTitle,
    /// The scoring note's four paragraphs follow, in order.
    Scoring1,
}

/// Each [`Word`]'s name in the file, in the enum's order, with the places
/// of the scale's other words and of the scoring note's paragraphs.
pub const WORDS: [&str; 30] = [
    "instructions",
    "loadFailed",
    "nav",
    "results",
    "keep",
    "history",
    "team",
    "firstUnanswered",
    "allAnswered",
    "sectionOf",
    "previous",
    "next",
    "seeResults",
    "backToResults",
    "scale1",
    "scale2",
    "scale3",
    "scale4",
    "scale5",
    "skip",
    "title",
    "tagline",
    "language",
    "privacy",
    "source",
    "scoringTitle",
    "scoring1",
    "scoring2",
    "scoring3",
    "scoring4",
];

// The scale's five words fill the places up to `Privacy`, and the scoring
// note's four paragraphs end the list.
const _: () = assert!(Word::Skip as usize == Word::Scale1 as usize + 5);
const _: () = assert!(WORDS.len() == Word::Scoring1 as usize + 4);

/// One language's file, read.
pub struct Texts {
    pub sections: Vec<SectionTexts>,
    /// In the order of [`WORDS`].
    pub words: Vec<&'static str>,
}

thread_local! {
    static LOADED: RefCell<Vec<(Locale, &'static Texts)>> = const { RefCell::new(Vec::new()) };
}

/// The self-test's statements in this section, in order. The file holds
/// the self-test's texts once; the benchmark's longer questionnaires repeat
/// them, so texts are found by what a position shows (`which`), not by
/// the position.
fn statements_of(section: Section) -> impl Iterator<Item = Statement> {
    Statement::ALL
        .into_iter()
        .filter(move |s| s.section() == section)
}

/// Keeps a language's texts if they fit the self-test (every section, every
/// statement) and have every word; says whether they did.
pub fn keep(locale: Locale, texts: Texts) -> bool {
    let fits = texts.words.len() == WORDS.len()
        && texts.sections.len() == Section::ALL.len()
        && Section::ALL
            .into_iter()
            .zip(&texts.sections)
            .all(|(s, section)| statements_of(s).count() == section.statements.len());
    if fits && !is_loaded(locale) {
        let texts: &'static Texts = Box::leak(Box::new(texts));
        LOADED.with_borrow_mut(|loaded| loaded.push((locale, texts)));
    }
    fits
}

fn texts(locale: Locale) -> Option<&'static Texts> {
    LOADED.with_borrow(|loaded| loaded.iter().find(|(l, _)| *l == locale).map(|(_, t)| *t))
}

/// Whether the language's texts are here.
pub fn is_loaded(locale: Locale) -> bool {
    texts(locale).is_some()
}

fn section(locale: Locale, id: SectionId) -> Option<&'static SectionTexts> {
    texts(locale)?.sections.get(id.which() as usize)
}

fn word_at(locale: Locale, index: usize) -> &'static str {
    texts(locale)
        .and_then(|t| t.words.get(index))
        .copied()
        .unwrap_or("")
}

/// One of the page's words ("" until its language is loaded; the page shows
/// a language only once it is).
pub fn word(locale: Locale, word: Word) -> &'static str {
    word_at(locale, word as usize)
}

/// The word for a point of the scale.
pub fn scale_word(locale: Locale, rating: Rating) -> &'static str {
    word_at(
        locale,
        Word::Scale1 as usize + usize::from(rating.value()) - 1,
    )
}

/// The words around the page.
pub fn frame_words(locale: Locale) -> FrameWords {
    let scoring = |n| word_at(locale, Word::Scoring1 as usize + n);
    FrameWords {
        skip: word(locale, Word::Skip),
        title: word(locale, Word::Title),
        tagline: word(locale, Word::Tagline),
        language: word(locale, Word::Language),
        privacy: word(locale, Word::Privacy),
        source: word(locale, Word::Source),
        scoring_title: word(locale, Word::ScoringTitle),
        scoring: [scoring(0), scoring(1), scoring(2), scoring(3)],
    }
}

/// "Section 2 of 7", in the language.
pub fn section_of(locale: Locale, number: usize, count: usize) -> String {
    let set = |value: usize| super::language::in_sentence(locale, &value);
    assessment::fill(
        word(locale, Word::SectionOf),
        &[("number", set(number)), ("count", set(count))],
    )
}

/// The section's full title.
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
    let which = id.which();
    let place = statements_of(which.section()).position(|s| s == which);
    section(locale, id.section())
        .zip(place)
        .and_then(|(section, place)| section.statements.get(place))
        .copied()
        .unwrap_or("")
}
