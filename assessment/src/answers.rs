//! The answer sheet: one optional rating per statement.
//!
//! It knows nothing of storage or scoring; [`crate::SavedSession`] gives it a
//! file format and [`crate::Report`] scores it.

use crate::{Rating, SectionId, StatementId, STATEMENT_COUNT};

/// One optional rating per statement, indexed by questionnaire position.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Answers {
    ratings: [Option<Rating>; STATEMENT_COUNT],
}

impl Default for Answers {
    fn default() -> Self {
        Self {
            ratings: [None; STATEMENT_COUNT],
        }
    }
}

impl Answers {
    /// An empty answer sheet.
    pub fn new() -> Self {
        Self::default()
    }

    /// A sheet with every statement rated the same; handy for tests and demos.
    pub fn all(rating: Rating) -> Self {
        Self {
            ratings: [Some(rating); STATEMENT_COUNT],
        }
    }

    /// The rating given to a statement, if any.
    pub fn rating(&self, statement: StatementId) -> Option<Rating> {
        self.ratings[statement.index()]
    }

    /// Records (or replaces) the rating of one statement.
    pub fn rate(&mut self, statement: StatementId, rating: Rating) {
        self.ratings[statement.index()] = Some(rating);
    }

    /// Removes the rating of one statement.
    pub fn clear(&mut self, statement: StatementId) {
        self.ratings[statement.index()] = None;
    }

    /// How many statements have a rating.
    pub fn answered(&self) -> usize {
        self.ratings.iter().flatten().count()
    }

    /// How many statements of one section have a rating.
    pub fn answered_in(&self, section: SectionId) -> usize {
        section
            .statements()
            .filter(|s| self.rating(*s).is_some())
            .count()
    }

    /// True once every statement is rated.
    pub fn is_complete(&self) -> bool {
        self.answered() == STATEMENT_COUNT
    }

    /// The first statement without a rating, in questionnaire order.
    pub fn first_unanswered(&self) -> Option<StatementId> {
        StatementId::all().find(|s| self.rating(*s).is_none())
    }

    /// Statements without a rating, in questionnaire order.
    pub fn unanswered(&self) -> impl Iterator<Item = StatementId> + '_ {
        StatementId::all().filter(|s| self.rating(*s).is_none())
    }

    /// Three-way merge for two tabs editing the same answers: starting from
    /// `theirs` (what is stored now), every statement this tab changed since
    /// `base` (what it last saw stored) takes this tab's value (`self`),
    /// including clearing it. So two tabs rating different statements both
    /// keep their answers; on the same statement the later write wins.
    pub fn merged(&self, base: &Answers, theirs: &Answers) -> Answers {
        let mut out = theirs.clone();
        for statement in StatementId::all() {
            let ours = self.rating(statement);
            if ours != base.rating(statement) {
                out.ratings[statement.index()] = ours;
            }
        }
        out
    }

    /// Rated statements with their ratings, in questionnaire order.
    pub fn iter(&self) -> impl Iterator<Item = (StatementId, Rating)> + '_ {
        StatementId::all().filter_map(|s| self.rating(s).map(|r| (s, r)))
    }
}
