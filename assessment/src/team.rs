//! The team view: several people's answers for the same business, side by
//! side: per section the mean, lowest, highest and spread, and the statements
//! people disagree on most.

use crate::export::AnswerSet;
use crate::{Answers, Band, Rating, Report, Score, SectionId, StatementId};

/// The mean of several scores, kept exact as a sum and a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mean {
    sum: u32,
    count: u32,
}

impl Mean {
    fn of(scores: &[Score]) -> Option<Mean> {
        (!scores.is_empty()).then(|| Mean {
            sum: scores.iter().map(|s| s.sixtieths()).sum(),
            count: scores.len() as u32,
        })
    }

    /// Two decimals, rounded half up.
    pub fn two_decimals(self) -> String {
        crate::figures::two_decimals(u64::from(self.sum), 60 * u64::from(self.count))
    }

    /// One decimal, rounded down, like a single total (see
    /// [`Score::one_decimal_down`]): never shown past a band boundary.
    pub fn one_decimal_down(self) -> String {
        crate::Tenths::new((self.sum * 10 / (60 * self.count)) as i32).text()
    }

    /// The band of a mean of totals, compared exactly.
    pub fn band(self) -> Band {
        let at_least = |boundary: Score| self.sum >= boundary.sixtieths() * self.count;
        if at_least(Band::ASSET_FROM) {
            Band::Asset
        } else if at_least(Band::ADEQUATE_FROM) {
            Band::Adequate
        } else {
            Band::AtRisk
        }
    }
}

impl PartialOrd for Mean {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Mean {
    /// Exact: compares sum/count by cross-multiplying.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (u64::from(self.sum) * u64::from(other.count))
            .cmp(&(u64::from(other.sum) * u64::from(self.count)))
    }
}

/// One section across the team (people who rated all of it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamSection {
    pub section: SectionId,
    /// How many people rated every statement of the section.
    pub people: usize,
    pub mean: Option<Mean>,
    pub lowest: Option<Score>,
    pub highest: Option<Score>,
}

impl TeamSection {
    /// Highest minus lowest: how far apart the team is (never negative, so
    /// never shown with a sign).
    pub fn spread(&self) -> Option<Score> {
        Some(self.highest?.minus(self.lowest?))
    }
}

/// A statement people rated differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    pub statement: StatementId,
    pub lowest: Rating,
    pub highest: Rating,
}

impl Disagreement {
    /// Highest minus lowest rating.
    pub fn spread(&self) -> u8 {
        self.highest.value() - self.lowest.value()
    }
}

/// Everything the team view shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamSummary {
    pub members: usize,
    /// The mean of the totals of those who rated all 25 statements.
    pub total: Option<Mean>,
    /// How many rated all 25 statements.
    pub finished: usize,
    /// In questionnaire order.
    pub sections: Vec<TeamSection>,
    /// Statements rated at least two points apart, widest first (ties in
    /// questionnaire order).
    pub disagreements: Vec<Disagreement>,
}

impl TeamSummary {
    /// Summarises several people's answers.
    pub fn new(members: &[Answers]) -> TeamSummary {
        let reports: Vec<Report> = members.iter().map(Report::new).collect();
        let sections = SectionId::all()
            .map(|section| {
                let scores: Vec<Score> = reports
                    .iter()
                    .filter_map(|r| r.section(section).score)
                    .collect();
                TeamSection {
                    section,
                    people: scores.len(),
                    mean: Mean::of(&scores),
                    lowest: scores.iter().min().copied(),
                    highest: scores.iter().max().copied(),
                }
            })
            .collect();
        let mut disagreements: Vec<Disagreement> = StatementId::all()
            .filter_map(|statement| {
                let ratings = members.iter().filter_map(|a| a.rating(statement));
                let lowest = ratings.clone().min()?;
                let highest = ratings.max()?;
                (highest.value() - lowest.value() >= 2).then_some(Disagreement {
                    statement,
                    lowest,
                    highest,
                })
            })
            .collect();
        // Widest first; the stable sort keeps questionnaire order among ties.
        disagreements.sort_by_key(|d| std::cmp::Reverse(d.spread()));
        let totals: Vec<Score> = reports.iter().filter_map(|r| r.total).collect();
        TeamSummary {
            members: members.len(),
            total: Mean::of(&totals),
            finished: totals.len(),
            sections,
            disagreements,
        }
    }

    /// Sections with a mean, weakest first (ties in questionnaire order).
    pub fn weakest_sections(&self) -> Vec<&TeamSection> {
        let mut scored: Vec<&TeamSection> =
            self.sections.iter().filter(|s| s.mean.is_some()).collect();
        scored.sort_by_key(|s| s.mean);
        scored
    }
}

/// One person in the team view: their answers as loaded, and the name shown
/// (from their file, or given here).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// The set as it came, from a file or a shared link.
    pub set: AnswerSet,
    /// The name shown; starts as the file's.
    pub name: Option<String>,
}

/// The people in the team view, in the order they were added. Kept in memory
/// only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roster {
    pub members: Vec<Member>,
}

/// The same answers, name and date were added already.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AlreadyAdded;

impl Roster {
    /// Adds a person, unless the very same set (answers, name and date) is
    /// already in: the same file added twice would count twice.
    pub fn add(&mut self, set: AnswerSet) -> Result<(), AlreadyAdded> {
        let same = |m: &Member| {
            m.set.answers == set.answers && m.set.name == set.name && m.set.taken_at == set.taken_at
        };
        if self.members.iter().any(same) {
            return Err(AlreadyAdded);
        }
        self.members.push(Member {
            name: set.name.clone(),
            set,
        });
        Ok(())
    }

    /// The figures for everyone in the roster.
    pub fn summary(&self) -> TeamSummary {
        let answers: Vec<Answers> = self.members.iter().map(|m| m.set.answers.clone()).collect();
        TeamSummary::new(&answers)
    }
}
