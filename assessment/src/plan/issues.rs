//! The problems customers raise (article part 1): each rated on how often it
//! happens, what it costs the business and whether it can be acted on; the
//! three that rate highest become the focus.

use serde::{Deserialize, Serialize};

use super::ItemId;
use crate::SectionId;

/// One issue, as the owner wrote it ("my order arrived damaged").
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Issue {
    pub id: ItemId,
    #[serde(default)]
    pub text: String,
    /// How often it happens, 1 (rarely) to 5 (all the time).
    #[serde(default)]
    pub often: Option<u8>,
    /// What it costs the business, 1 (little) to 5 (a great deal).
    #[serde(default)]
    pub cost: Option<u8>,
    /// How far the business can act on it, 1 (hardly) to 5 (fully).
    #[serde(default)]
    pub actionable: Option<u8>,
    /// The section of the self-check it belongs to, if tied to one.
    #[serde(default)]
    pub section: Option<SectionId>,
}

/// How many issues become the focus.
pub const FOCUS: usize = 3;

impl Issue {
    /// The issue's weight: how often × what it costs × how far it can be
    /// acted on (1 to 125), once all three are rated. A product, so an issue
    /// nobody can act on never outranks one that can be fixed.
    pub fn weight(&self) -> Option<u32> {
        Some(u32::from(self.often?) * u32::from(self.cost?) * u32::from(self.actionable?))
    }

    /// A rating from 1 to 5, or none.
    pub fn valid_rating(value: Option<u8>) -> bool {
        value.is_none_or(|v| (1..=5).contains(&v))
    }
}

/// The focus: the (up to) three rated issues of highest weight, heaviest
/// first; issues of equal weight keep the order they were listed in.
/// Issues with no text or not fully rated are left out.
pub fn top_three(issues: &[Issue]) -> Vec<&Issue> {
    let mut rated: Vec<(u32, usize, &Issue)> = issues
        .iter()
        .enumerate()
        .filter(|(_, i)| !i.text.trim().is_empty())
        .filter_map(|(at, i)| i.weight().map(|w| (w, at, i)))
        .collect();
    rated.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    rated.into_iter().take(FOCUS).map(|(_, _, i)| i).collect()
}
