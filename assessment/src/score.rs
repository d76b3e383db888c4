//! Scoring: section scores, the total, its band, and the gaps.
//!
//! Scores are held exactly as whole sixtieths of a point. Every section score
//! is a sum of ratings divided by 3, 4 or 5 statements, and 60 is divisible by
//! all three, so no rounding ever happens before a total is compared with a
//! band boundary (28 and 21).

use crate::{Answers, Rating, SectionId, StatementId, Tenths};

const SCALE: u32 = 60;

/// An exact score, in sixtieths of a point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(u32);

impl Score {
    /// A whole number of points.
    pub const fn points(points: u32) -> Score {
        Score(points * SCALE)
    }

    /// The mean of `count` ratings that add up to `sum`.
    ///
    /// `count` must divide 60 (sections have 3, 4 or 5 statements).
    pub fn mean(sum: u32, count: u32) -> Score {
        assert!(
            count > 0 && SCALE.is_multiple_of(count),
            "invariant: a section has 3, 4 or 5 statements"
        );
        Score(sum * (SCALE / count))
    }

    /// `length` × score / 5, rounded down: the length of this score's bar
    /// on a chart whose full scale (5) is `length` long. Integer maths keeps
    /// float formatting out of the wasm.
    pub fn scale_to(self, length: u32) -> u32 {
        length * self.0 / Score::points(5).0
    }

    /// Two decimals, rounded half up: `4.67`. Used for section scores and
    /// gaps, which are never compared with a boundary.
    pub fn two_decimals(self) -> String {
        crate::figures::two_decimals(u64::from(self.0), u64::from(SCALE))
    }

    /// One decimal, rounded down: `27.9` for 27.95. Used for the total so the
    /// number shown never reaches a band boundary the real total has not.
    pub fn one_decimal_down(self) -> String {
        self.shown_down().text()
    }

    /// The total as shown: tenths, rounded down (see [`Score::one_decimal_down`]).
    pub fn shown_down(self) -> Tenths {
        Tenths::new((self.0 * 10 / SCALE) as i32)
    }

    /// A section score as shown on the results: tenths, rounded half up
    /// (3.25 shows as 3.3, 3.33 as 3.3). The exact value stays in files and
    /// the team view.
    pub fn shown(self) -> Tenths {
        Tenths::new(((self.0 * 10 + SCALE / 2) / SCALE) as i32)
    }

    /// The room left to improve as shown: 5 minus the shown score, so the two
    /// numbers a person reads always add up to 5.
    pub fn room_shown(self) -> Tenths {
        Tenths::change(self.shown(), Score::points(5).shown())
    }

    /// The exact value, in sixtieths of a point.
    pub(crate) fn sixtieths(self) -> u32 {
        self.0
    }

    /// From sixtieths of a point (a target converts exactly).
    pub(crate) const fn from_sixtieths(sixtieths: u32) -> Score {
        Score(sixtieths)
    }

    /// `points` more, uncapped (a target one point up).
    pub fn plus_points(self, points: u32) -> Score {
        Score(self.0 + points * SCALE)
    }

    /// `self − other`, never below zero (a spread: highest minus lowest).
    pub fn minus(self, other: Score) -> Score {
        Score(self.0.saturating_sub(other.0))
    }

    /// How far this score is below the top of the scale (5).
    pub fn gap(self) -> Score {
        Score(Score::points(5).0.saturating_sub(self.0))
    }
}

/// What the total says about the business's service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    /// Total below 21: probably losing customers through poor service.
    AtRisk,
    /// 21 up to (not including) 28: adequate, but needs improvement overall.
    Adequate,
    /// 28 or more: service is an asset; work on the specific weak areas.
    Asset,
}

impl Band {
    /// Lowest total of the "adequate" band.
    pub const ADEQUATE_FROM: Score = Score::points(21);
    /// Lowest total of the "asset" band.
    pub const ASSET_FROM: Score = Score::points(28);

    /// The band a complete total falls in.
    pub fn of(total: Score) -> Band {
        if total >= Self::ASSET_FROM {
            Band::Asset
        } else if total >= Self::ADEQUATE_FROM {
            Band::Adequate
        } else {
            Band::AtRisk
        }
    }

    /// The stable id used in files and messages.
    pub const fn as_str(self) -> &'static str {
        match self {
            Band::AtRisk => "at-risk",
            Band::Adequate => "adequate",
            Band::Asset => "asset",
        }
    }
}

/// One section's result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionResult {
    pub section: SectionId,
    /// How many of the section's statements are rated.
    pub answered: usize,
    /// The mean rating, once every statement of the section is rated.
    pub score: Option<Score>,
    /// The statements holding the section back, lowest rating first (ties in
    /// questionnaire order): every one rated 3 or less, or, when none is,
    /// those at the section's lowest rating if that is below 5.
    pub weakest: Vec<(StatementId, Rating)>,
}

impl SectionResult {
    fn new(section: SectionId, answers: &Answers) -> Self {
        let rated: Vec<(StatementId, Rating)> = section
            .statements()
            .filter_map(|s| answers.rating(s).map(|r| (s, r)))
            .collect();
        let count = section.statements().len();
        let score = (rated.len() == count).then(|| {
            let sum = rated.iter().map(|(_, r)| u32::from(r.value())).sum();
            Score::mean(sum, count as u32)
        });
        SectionResult {
            section,
            answered: rated.len(),
            score,
            weakest: weakest(rated),
        }
    }

    /// How many statements the section has.
    pub fn statement_count(&self) -> usize {
        self.section.statements().len()
    }

    /// 5 minus the score, once the section is complete.
    pub fn gap(&self) -> Option<Score> {
        self.score.map(Score::gap)
    }
}

fn weakest(rated: Vec<(StatementId, Rating)>) -> Vec<(StatementId, Rating)> {
    let lowest = match rated.iter().map(|(_, r)| *r).min() {
        Some(r) if r < Rating::MAX => r,
        _ => return Vec::new(),
    };
    by_rating(rated, |r| r.needs_attention() || r == lowest)
}

/// The pairs whose rating passes `keep`, lowest rating first, questionnaire
/// order among equals. Five passes over a short list: smaller in wasm than
/// a sort, and stable by construction.
fn by_rating(
    rated: Vec<(StatementId, Rating)>,
    keep: impl Fn(Rating) -> bool,
) -> Vec<(StatementId, Rating)> {
    Rating::ALL
        .into_iter()
        .filter(|r| keep(*r))
        .flat_map(|r| rated.iter().filter(move |(_, x)| *x == r).copied())
        .collect()
}

/// Everything the results view shows, derived from the answers alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// One result per section, in questionnaire order.
    pub sections: Vec<SectionResult>,
    /// Sum of the seven section scores, once all 25 statements are rated.
    pub total: Option<Score>,
    /// Statements not rated yet, in questionnaire order.
    pub unanswered: Vec<StatementId>,
}

impl Report {
    /// Scores an answer sheet.
    pub fn new(answers: &Answers) -> Report {
        let sections: Vec<SectionResult> = SectionId::all()
            .map(|s| SectionResult::new(s, answers))
            .collect();
        let total = sections
            .iter()
            .map(|s| s.score)
            .collect::<Option<Vec<Score>>>()
            .map(|scores| Score(scores.iter().map(|s| s.0).sum()));
        Report {
            sections,
            total,
            unanswered: answers.unanswered().collect(),
        }
    }

    /// The band of the total, once all 25 statements are rated.
    pub fn band(&self) -> Option<Band> {
        self.total.map(Band::of)
    }

    /// The result of one section.
    pub fn section(&self, id: SectionId) -> &SectionResult {
        &self.sections[id.index()]
    }

    /// Complete sections, largest gap first (ties keep questionnaire order),
    /// followed by incomplete sections in questionnaire order.
    pub fn by_gap(&self) -> Vec<&SectionResult> {
        // Insertion keeps questionnaire order among equal gaps; a handful of
        // sections needs nothing faster, and it is smaller in wasm than a sort.
        let mut ranked: Vec<&SectionResult> = Vec::with_capacity(self.sections.len());
        for section in self.sections.iter().filter(|s| s.score.is_some()) {
            let at = ranked
                .iter()
                .position(|r| r.gap() < section.gap())
                .unwrap_or(ranked.len());
            ranked.insert(at, section);
        }
        ranked.extend(self.sections.iter().filter(|s| s.score.is_none()));
        ranked
    }

    /// Where to start: the weakest statements of the complete sections, in
    /// the order the results list the sections (most room to improve first,
    /// see [`Report::by_gap`]) and, within a section, lowest rating first;
    /// the first `count` of them. Each statement has a step of its own, so
    /// the steps are distinct.
    pub fn first_steps(&self, count: usize) -> Vec<StatementId> {
        self.by_gap()
            .into_iter()
            .filter(|s| s.score.is_some())
            .flat_map(|s| s.weakest.iter().map(|(statement, _)| *statement))
            .take(count)
            .collect()
    }

    /// The complete sections with the most room to improve: one, or several
    /// when they tie; none when every complete section scores 5.
    pub fn weakest_sections(&self) -> Vec<SectionId> {
        let ranked = self.by_gap();
        let Some(top) = ranked.first().and_then(|s| s.score) else {
            return Vec::new();
        };
        if top == Score::points(5) {
            return Vec::new();
        }
        self.tied(top)
    }

    /// The other complete sections with exactly the score of `section`.
    pub fn tied_with(&self, section: SectionId) -> Vec<SectionId> {
        self.section(section)
            .score
            .map(|score| self.tied(score))
            .unwrap_or_default()
            .into_iter()
            .filter(|s| *s != section)
            .collect()
    }

    /// Complete sections scoring exactly `score`, in questionnaire order.
    fn tied(&self, score: Score) -> Vec<SectionId> {
        self.sections
            .iter()
            .filter(|s| s.score == Some(score))
            .map(|s| s.section)
            .collect()
    }

    /// The statements holding the business back most, across all sections:
    /// those rated 3 or less, lowest first (ties in questionnaire order).
    pub fn weakest_statements(&self) -> Vec<(StatementId, Rating)> {
        let all: Vec<(StatementId, Rating)> = self
            .sections
            .iter()
            .flat_map(|s| s.weakest.iter().copied())
            .collect();
        by_rating(all, Rating::needs_attention)
    }
}
