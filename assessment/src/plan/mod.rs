//! The business's own customer-service policy and action plan, built from
//! the results (or from nothing, for a new business): targets per section,
//! the top customer issues, the vision, measurable goals, a policy for each
//! area of service, what staff may do on the spot, the launch and training,
//! and the actions with owners and dates. Steps of the source article's
//! first two parts; every one may be left half done.
//!
//! Plain data with its rules beside it: proposals from a report
//! ([`targets`], [`actions`]), the ranking of issues ([`issues`]), goal
//! progress ([`goals`]), the three-way merge of two tabs' edits ([`merge`]),
//! and the stored record ([`record`]).

pub mod actions;
mod amount;
pub mod calendar;
mod day;
pub mod document;
pub mod goals;
pub mod issues;
pub mod lineage;
pub mod merge;
pub mod record;
pub mod targets;

pub use amount::Amount;
pub use day::Day;

use serde::{Deserialize, Serialize};

use crate::export::Timestamp;
use crate::limits::{MAX_LONG_TEXT_CHARS, MAX_TEXT_CHARS};
use crate::stamp::Stamp;
use crate::Answers;

/// An item of a list in the plan (an issue, a goal, an action): a number
/// unique within its list, chosen at random by the app so that two tabs
/// adding items at once never give two the same id.
pub type ItemId = u32;

/// The whole plan, as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Plan {
    /// When the plan was started.
    pub made_at: Option<Timestamp>,
    /// The answers the plan started from (none for a new business): the
    /// plan shows each targeted section's change since.
    pub baseline: Option<Answers>,
    pub targets: Vec<targets::Target>,
    pub issues: Vec<issues::Issue>,
    pub vision: Vision,
    pub goals: Vec<goals::Goal>,
    pub areas: Vec<AreaPolicy>,
    pub discretion: Discretion,
    pub launch: Launch,
    pub actions: Vec<actions::Action>,
    /// When to take the self-check again.
    pub retake_on: Option<Day>,
    pub stamp: Stamp,
    /// This record's id and those of the records it came from (see
    /// [`lineage`]); empty until first written.
    pub lineage: Vec<u64>,
}

/// The article's worksheet for a vision statement: every step kept; the
/// statement is what the policy shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Vision {
    /// The business succeeding three to five years from now, pictured.
    pub success: String,
    /// Five reasons why, in the owner's words.
    pub reasons: String,
    /// The same reasons as customers would put them.
    pub customer_reasons: String,
    /// The steps that got the business there.
    pub steps: String,
    /// A summary of the above.
    pub summary: String,
    /// The short statement built from the verbs.
    pub statement: String,
}

/// The areas of service the article says a policy covers, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    /// What the business offers.
    Offer,
    /// Speed, and the longest acceptable wait.
    Speed,
    /// Returns, shipping, payment and warranties, and how they are told.
    Terms,
    /// Contact after the sale, and delivery times.
    AfterSale,
    /// Complaints, when a manager steps in, and compensation.
    Complaints,
    /// Keeping customers: a check-in, newsletters, offers.
    Keeping,
    /// Staff monitoring, recognition and rewards.
    Staff,
}

impl Area {
    pub const ALL: [Area; 7] = [
        Area::Offer,
        Area::Speed,
        Area::Terms,
        Area::AfterSale,
        Area::Complaints,
        Area::Keeping,
        Area::Staff,
    ];

    /// The stable id used in records and files.
    pub fn as_str(self) -> &'static str {
        match self {
            Area::Offer => "offer",
            Area::Speed => "speed",
            Area::Terms => "terms",
            Area::AfterSale => "after-sale",
            Area::Complaints => "complaints",
            Area::Keeping => "keeping",
            Area::Staff => "staff",
        }
    }

    /// Parses a stable id.
    pub fn parse(id: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.as_str() == id)
    }

    /// The self-check's sections whose statements this area's policy moves
    /// (by their ids), so areas tied to the weakest sections come first.
    pub fn sections(self) -> &'static [&'static str] {
        match self {
            Area::Offer => &["products"],
            Area::Speed => &["contact"],
            Area::Terms => &["products", "contact"],
            Area::AfterSale => &["knowing"],
            Area::Complaints => &["feedback", "contact"],
            Area::Keeping => &["knowing", "improvement"],
            Area::Staff => &["staff", "culture"],
        }
    }
}

/// Where the owner is with an area's policy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum AreaState {
    #[default]
    Open,
    Done,
    /// The area does not apply to this business.
    NotRelevant,
}

impl AreaState {
    pub const ALL: [AreaState; 3] = [AreaState::Open, AreaState::Done, AreaState::NotRelevant];

    pub fn as_str(self) -> &'static str {
        match self {
            AreaState::Open => "open",
            AreaState::Done => "done",
            AreaState::NotRelevant => "not-relevant",
        }
    }

    pub fn parse(id: &str) -> Option<AreaState> {
        AreaState::ALL.into_iter().find(|s| s.as_str() == id)
    }
}

/// The policy for one area: the owner's text (a draft to start from, in the
/// page's language, filled in by the app) and its state.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AreaPolicy {
    pub area: Area,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub state: AreaState,
}

/// What staff may do on the spot without asking.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Discretion {
    /// What any employee may do (refunds or replacements up to an amount, a
    /// discount, a free delivery).
    pub allowed: String,
    /// A few lines staff can say.
    pub lines: String,
    /// What always needs a manager.
    pub exceptions: String,
}

/// Putting the policy to work with the staff.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct Launch {
    /// The launch meeting, which everyone attends.
    pub meeting_on: Option<Day>,
    /// How often training happens ("every first Monday").
    pub training_every: String,
    /// Who gives it, and who attends.
    pub training_who: String,
    /// The first review of the policy with staff.
    pub review_on: Option<Day>,
}

/// What a piece of text may hold: short (a name, an issue, an action) or
/// long (a policy, a worksheet step).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextKind {
    Short,
    Long,
}

impl TextKind {
    /// The most characters kept.
    pub const fn max_chars(self) -> usize {
        match self {
            TextKind::Short => MAX_TEXT_CHARS,
            TextKind::Long => MAX_LONG_TEXT_CHARS,
        }
    }

    /// `text` cut to the characters kept, as the app stores what is typed
    /// or pasted (the field stops there too).
    pub fn clamp(self, text: &str) -> String {
        text.chars().take(self.max_chars()).collect()
    }

    /// Whether `text` fits.
    pub fn fits(self, text: &str) -> bool {
        text.chars().count() <= self.max_chars()
    }
}

impl Plan {
    /// Whether nothing has been entered yet (the stamp and start aside).
    pub fn is_empty(&self) -> bool {
        Plan {
            made_at: None,
            baseline: None,
            stamp: Stamp::default(),
            lineage: Vec::new(),
            ..self.clone()
        } == Plan::default()
    }

    /// The policy for `area`, if the owner has started it.
    pub fn area(&self, area: Area) -> Option<&AreaPolicy> {
        self.areas.iter().find(|p| p.area == area)
    }

    /// Sets the policy for `area`, starting it if needed.
    pub fn set_area(&mut self, area: Area, change: impl FnOnce(&mut AreaPolicy)) {
        let at = match self.areas.iter().position(|p| p.area == area) {
            Some(at) => at,
            None => {
                self.areas.push(AreaPolicy {
                    area,
                    text: String::new(),
                    state: AreaState::Open,
                });
                self.areas.len() - 1
            }
        };
        change(&mut self.areas[at]);
    }
}

impl Plan {
    /// Starts the plan from the results of `answers` (kept as the baseline
    /// the plan's changes are measured from): targets suggested by
    /// [`targets::propose`], each due `by`, for the sections that have none
    /// yet. Nothing the owner entered is replaced.
    pub fn start_from(&mut self, answers: &Answers, at: Timestamp, by: Day) {
        self.made_at.get_or_insert(at);
        self.baseline.get_or_insert_with(|| answers.clone());
        self.suggest_targets(&crate::Report::new(answers), by);
    }

    /// Adds the suggested targets (see [`targets::propose`]) for sections
    /// without one; returns how many were added.
    pub fn suggest_targets(&mut self, report: &crate::Report, by: Day) -> usize {
        let new: Vec<targets::Target> = targets::propose(report, Some(by))
            .into_iter()
            .filter(|t| targets::target_for(&self.targets, t.section).is_none())
            .collect();
        let added = new.len();
        self.targets.extend(new);
        added
    }
}

impl Area {
    /// The areas in the order to work on them: those tied to the sections
    /// with the most room to improve first (see [`crate::Report::by_gap`]),
    /// the article's order among equals. Without results, the article's
    /// order.
    pub fn in_order(report: &crate::Report) -> Vec<Area> {
        let ranked: Vec<&str> = report
            .by_gap()
            .into_iter()
            .filter(|r| r.score.is_some())
            .map(|r| r.section.as_str())
            .collect();
        let rank = |area: &Area| {
            area.sections()
                .iter()
                .filter_map(|s| ranked.iter().position(|r| r == s))
                .min()
                .unwrap_or(ranked.len())
        };
        let mut areas = Area::ALL.to_vec();
        areas.sort_by_key(rank);
        areas
    }
}
