//! Targets: the score each section should reach, and by when. Proposed from
//! the results (the three weakest sections up by one point, capped at 5),
//! then edited by the owner; the results and the plan show the gap to the
//! target beside the gap to 5.

use serde::{Deserialize, Serialize};

use super::{Day, Plan};
use crate::{Report, Score, SectionId};

/// A target score in quarter points, 1 to 5 (4 to 20 quarters): exact, and
/// a sixtieth-based [`Score`] converts without rounding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TargetScore(u8);

impl TargetScore {
    pub const MIN: TargetScore = TargetScore(4);
    pub const MAX: TargetScore = TargetScore(20);

    /// From quarter points; `None` outside 4..=20.
    pub fn from_quarters(quarters: u8) -> Option<TargetScore> {
        (4..=20)
            .contains(&quarters)
            .then_some(TargetScore(quarters))
    }

    pub fn quarters(self) -> u8 {
        self.0
    }

    /// The exact score.
    pub fn score(self) -> Score {
        Score::from_sixtieths(u32::from(self.0) * 15)
    }

    /// With two decimals where needed: `4`, `3.25`, `4.5`, `3.75`.
    pub fn text(self) -> String {
        let (whole, rest) = (self.0 / 4, self.0 % 4);
        match rest {
            0 => whole.to_string(),
            2 => format!("{whole}.5"),
            r => format!("{whole}.{}", r * 25),
        }
    }

    /// Every value a target may take, lowest first (for a picker).
    pub fn all() -> impl Iterator<Item = TargetScore> {
        (4..=20).map(TargetScore)
    }

    /// The lowest target at or above `score`: a score of 3.33 becomes 3.5.
    fn at_least(score: Score) -> TargetScore {
        let quarters = score.sixtieths().div_ceil(15).clamp(4, 20);
        TargetScore(quarters as u8)
    }
}

/// One section's target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub section: SectionId,
    pub score: TargetScore,
    #[serde(default)]
    pub by: Option<Day>,
}

/// How many of the weakest sections get a proposed target.
pub const PROPOSED: usize = 3;

/// Targets proposed from a report: each of the (up to) three complete
/// sections with the most room to improve, one point up, capped at 5; none
/// for a section already at 5. `by` is the date proposed for all of them.
pub fn propose(report: &Report, by: Option<Day>) -> Vec<Target> {
    report
        .by_gap()
        .into_iter()
        .filter_map(|r| r.score.map(|s| (r.section, s)))
        .filter(|(_, score)| *score < Score::points(5))
        .take(PROPOSED)
        .map(|(section, score)| Target {
            section,
            score: TargetScore::at_least(score.plus_points(1).min(Score::points(5))),
            by,
        })
        .collect()
}

/// How far `score` is below `target`: zero once it is reached.
pub fn gap_to_target(score: Score, target: TargetScore) -> Score {
    target.score().minus(score)
}

/// The target set for `section`, if any.
pub fn target_for(targets: &[Target], section: SectionId) -> Option<&Target> {
    targets.iter().find(|t| t.section == section)
}

impl Plan {
    /// Sets `section`'s target score, or clears its target (`None`).
    pub fn set_target(&mut self, section: SectionId, score: Option<TargetScore>) {
        let at = self.targets.iter().position(|t| t.section == section);
        match (score, at) {
            (Some(score), Some(at)) => self.targets[at].score = score,
            (Some(score), None) => self.targets.push(Target {
                section,
                score,
                by: None,
            }),
            (None, Some(at)) => {
                self.targets.remove(at);
            }
            (None, None) => {}
        }
    }

    /// Sets the date `section`'s target is due, if it has a target.
    pub fn set_target_by(&mut self, section: SectionId, by: Option<Day>) {
        if let Some(target) = self.targets.iter_mut().find(|t| t.section == section) {
            target.by = by;
        }
    }
}
