//! Comparing two results: how each section, the total and the band moved.

use crate::{Band, Report, Score, SectionId, Tenths};

/// One section before and after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionChange {
    pub section: SectionId,
    pub before: Option<Score>,
    pub after: Option<Score>,
}

impl SectionChange {
    /// The change between the two scores as shown (one decimal, see
    /// [`Score::shown`]), so it always equals their visible difference.
    pub fn shown_change(&self) -> Option<Tenths> {
        Some(Tenths::change(self.before?.shown(), self.after?.shown()))
    }
}

/// Two results side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub sections: Vec<SectionChange>,
    pub total_before: Option<Score>,
    pub total_after: Option<Score>,
}

impl Comparison {
    /// Compares an earlier report with a later one.
    pub fn new(before: &Report, after: &Report) -> Comparison {
        Comparison {
            sections: before
                .sections
                .iter()
                .zip(&after.sections)
                .map(|(b, a)| SectionChange {
                    section: b.section,
                    before: b.score,
                    after: a.score,
                })
                .collect(),
            total_before: before.total,
            total_after: after.total,
        }
    }

    /// The change of the total as shown (one decimal, rounded down, see
    /// [`Score::shown_down`]): 21.23 → 22.30 shows as 21.2 → 22.3, +1.1.
    pub fn total_shown_change(&self) -> Option<Tenths> {
        Some(Tenths::change(
            self.total_before?.shown_down(),
            self.total_after?.shown_down(),
        ))
    }

    /// The bands before and after.
    pub fn bands(&self) -> (Option<Band>, Option<Band>) {
        (
            self.total_before.map(Band::of),
            self.total_after.map(Band::of),
        )
    }
}
