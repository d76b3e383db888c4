//! The action plan: what will be done, by whom, by when. Actions are
//! proposed from the advice for the weakest sections and statements (one per
//! distinct piece of advice, never one the plan already holds), and the
//! owner adds their own.

use serde::{Deserialize, Serialize};

use super::{Day, ItemId, Plan};
use crate::{Report, Score, SectionId, StatementId};

/// A piece of the app's advice an action was proposed from: a statement's
/// first step, or one of a section's general steps (1 to 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Advice {
    Statement(StatementId),
    Section(SectionId, u8),
}

/// How many general steps each section has.
pub const SECTION_STEPS: u8 = 3;

impl Advice {
    /// The stable id in records: `statement:<id>` or `section:<id>:<n>`.
    pub fn id(self) -> String {
        match self {
            Advice::Statement(s) => format!("statement:{}", s.as_str()),
            Advice::Section(s, n) => format!("section:{}:{n}", s.as_str()),
        }
    }

    /// Every piece of advice: each statement's, then each section's steps.
    pub fn all() -> impl Iterator<Item = Advice> {
        let sections =
            SectionId::all().flat_map(|s| (1..=SECTION_STEPS).map(move |n| Advice::Section(s, n)));
        StatementId::all().map(Advice::Statement).chain(sections)
    }

    pub fn parse(id: &str) -> Option<Advice> {
        if let Some(statement) = id.strip_prefix("statement:") {
            return StatementId::parse(statement).map(Advice::Statement);
        }
        let (section, n) = id.strip_prefix("section:")?.rsplit_once(':')?;
        let n: u8 = n.parse().ok()?;
        ((1..=SECTION_STEPS).contains(&n))
            .then(|| SectionId::parse(section).map(|s| Advice::Section(s, n)))
            .flatten()
    }
}

/// Where an action is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Status {
    #[default]
    ToDo,
    Doing,
    Done,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::ToDo, Status::Doing, Status::Done];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::ToDo => "to-do",
            Status::Doing => "doing",
            Status::Done => "done",
        }
    }

    pub fn parse(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == id)
    }
}

/// What an action should move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Moves {
    Statement(StatementId),
    Goal(ItemId),
}

/// One action.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: ItemId,
    #[serde(default)]
    pub text: String,
    /// The advice it was proposed from (none for the owner's own).
    #[serde(default)]
    pub advice: Option<Advice>,
    /// Who does it (a name).
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: Option<Day>,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub moves: Option<Moves>,
}

impl Action {
    /// Not done, and its due date has passed.
    pub fn overdue(&self, today: Day) -> bool {
        self.status != Status::Done && self.due.is_some_and(|due| due < today)
    }
}

/// Advice to propose as actions, in the order the results give it: for each
/// section to improve (those with a target above their score, or else the
/// three with the most room), its weakest statements' steps, then its general
/// steps; without any advice the plan already holds.
pub fn propose(report: &Report, plan: &Plan) -> Vec<Advice> {
    let targeted = |section: SectionId, score: Score| {
        super::targets::target_for(&plan.targets, section).is_some_and(|t| t.score.score() > score)
    };
    let complete = report
        .by_gap()
        .into_iter()
        .filter(|r| r.score.is_some_and(|s| s < Score::points(5)));
    let sections: Vec<_> = if plan.targets.is_empty() {
        complete.take(super::targets::PROPOSED).collect()
    } else {
        complete
            .filter(|r| r.score.is_some_and(|s| targeted(r.section, s)))
            .collect()
    };
    let held: Vec<Advice> = plan.actions.iter().filter_map(|a| a.advice).collect();
    let mut proposed: Vec<Advice> = Vec::new();
    for result in sections {
        let steps = result.weakest.iter().map(|(s, _)| Advice::Statement(*s));
        let general = (1..=SECTION_STEPS).map(|n| Advice::Section(result.section, n));
        for advice in steps.chain(general) {
            if !held.contains(&advice) && !proposed.contains(&advice) {
                proposed.push(advice);
            }
        }
    }
    proposed
}
