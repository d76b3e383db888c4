//! The team view: several people's answers for the same business, side by
//! side: per section the mean, lowest, highest and spread, and the statements
//! people disagree on most.

use crate::{Answers, Rating, Report, Score, SectionId, StatementId};

/// The mean of several scores, kept exact as a sum and a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mean {
    sum: u32,
    count: u32,
}

impl Mean {
    /// Two decimals, rounded half up.
    pub fn two_decimals(self) -> String {
        let denominator = 60 * self.count;
        let hundredths = (self.sum * 100 + denominator / 2) / denominator;
        format!("{}.{:02}", hundredths / 100, hundredths % 100)
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
    /// Highest minus lowest.
    pub fn spread(&self) -> Option<crate::compare::Delta> {
        Some(crate::compare::Delta::between(self.lowest?, self.highest?))
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
                    mean: (!scores.is_empty()).then(|| Mean {
                        sum: scores.iter().map(|s| s.sixtieths()).sum(),
                        count: scores.len() as u32,
                    }),
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
        TeamSummary {
            members: members.len(),
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
