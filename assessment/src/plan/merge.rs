//! Two tabs, one plan: a three-way merge. Starting from what another tab
//! stored (`theirs`), what this tab changed since the plan it last saw
//! (`base`) wins, field by field; so two people typing in different fields
//! both keep their text. Items of a list (issues, goals, actions, areas,
//! targets) are matched by id: one added in either tab is kept, one deleted
//! in one tab stays deleted unless the other tab changed it meanwhile.

use super::actions::Action;
use super::goals::Goal;
use super::issues::Issue;
use super::targets::Target;
use super::{AreaPolicy, Discretion, Launch, Plan, Vision};

/// A value merged from this tab's (`self`), the one both started from
/// (`base`) and another tab's (`theirs`).
pub trait Merge {
    fn merge(&self, base: &Self, theirs: &Self) -> Self;
}

/// This tab's value if it changed it, else theirs.
fn pick<T: Clone + PartialEq>(mine: &T, base: &T, theirs: &T) -> T {
    if mine != base { mine } else { theirs }.clone()
}

/// Structs merged field by field.
macro_rules! by_field {
    ($type:ident { $($field:ident),* $(,)? }) => {
        impl Merge for $type {
            fn merge(&self, base: &Self, theirs: &Self) -> Self {
                $type { $($field: self.$field.merge(&base.$field, &theirs.$field)),* }
            }
        }
    };
}

/// Values merged whole (a text, a date, a rating): this tab's change wins.
macro_rules! whole {
    ($($type:ty),* $(,)?) => {
        $(impl Merge for $type {
            fn merge(&self, base: &Self, theirs: &Self) -> Self {
                pick(self, base, theirs)
            }
        })*
    };
}

whole!(
    String,
    Option<u8>,
    Option<super::Day>,
    Option<super::Amount>,
    Option<crate::SectionId>,
    Option<crate::Answers>,
    Option<crate::export::Timestamp>,
    Option<super::actions::Advice>,
    Option<super::actions::Moves>,
    super::ItemId,
    super::Area,
    super::AreaState,
    super::actions::Status,
    super::goals::Measure,
    super::targets::TargetScore,
    crate::SectionId,
    Vec<super::goals::Reading>,
);

by_field!(Vision {
    success,
    reasons,
    customer_reasons,
    steps,
    summary,
    statement
});
by_field!(Discretion {
    allowed,
    lines,
    exceptions
});
by_field!(Launch {
    meeting_on,
    training_every,
    training_who,
    review_on
});
by_field!(Issue {
    id,
    text,
    often,
    cost,
    actionable,
    section
});
by_field!(Goal {
    id,
    measure,
    name,
    unit,
    start,
    target,
    by,
    readings
});
by_field!(Action {
    id,
    text,
    advice,
    owner,
    due,
    status,
    moves
});
by_field!(AreaPolicy { area, text, state });
by_field!(Target { section, score, by });

/// An item of a list, known by a key unique within it.
pub trait Keyed {
    fn key(&self) -> u32;
}

impl Keyed for Issue {
    fn key(&self) -> u32 {
        self.id
    }
}
impl Keyed for Goal {
    fn key(&self) -> u32 {
        self.id
    }
}
impl Keyed for Action {
    fn key(&self) -> u32 {
        self.id
    }
}
impl Keyed for AreaPolicy {
    fn key(&self) -> u32 {
        self.area as u32
    }
}
impl Keyed for Target {
    fn key(&self) -> u32 {
        self.section.index() as u32
    }
}

impl<T: Keyed + Merge + Clone + PartialEq> Merge for Vec<T> {
    fn merge(&self, base: &Self, theirs: &Self) -> Self {
        let find = |list: &[T], key: u32| list.iter().find(|i| i.key() == key).cloned();
        let mut merged = Vec::with_capacity(theirs.len().max(self.len()));
        for their in theirs {
            let key = their.key();
            match (find(self, key), find(base, key)) {
                (Some(mine), Some(base)) => merged.push(mine.merge(&base, their)),
                // Both added one with this key: this tab's fields win.
                (Some(mine), None) => merged.push(mine.merge(their, their)),
                // Deleted here: gone, unless the other tab changed it since.
                (None, Some(base)) if base != *their => merged.push(their.clone()),
                (None, Some(_)) => {}
                (None, None) => merged.push(their.clone()),
            }
        }
        for mine in self.iter().filter(|m| find(theirs, m.key()).is_none()) {
            match find(base, mine.key()) {
                // Deleted in the other tab: kept only if changed here.
                Some(base) if base == *mine => {}
                _ => merged.push(mine.clone()),
            }
        }
        merged
    }
}

impl Plan {
    /// The three-way merge (see the module docs); the stamp and the
    /// lineage are the caller's.
    pub fn merged(&self, base: &Plan, theirs: &Plan) -> Plan {
        Plan {
            made_at: self.made_at.merge(&base.made_at, &theirs.made_at),
            baseline: self.baseline.merge(&base.baseline, &theirs.baseline),
            targets: self.targets.merge(&base.targets, &theirs.targets),
            issues: self.issues.merge(&base.issues, &theirs.issues),
            vision: self.vision.merge(&base.vision, &theirs.vision),
            goals: self.goals.merge(&base.goals, &theirs.goals),
            areas: self.areas.merge(&base.areas, &theirs.areas),
            discretion: self.discretion.merge(&base.discretion, &theirs.discretion),
            launch: self.launch.merge(&base.launch, &theirs.launch),
            actions: self.actions.merge(&base.actions, &theirs.actions),
            retake_on: self.retake_on.merge(&base.retake_on, &theirs.retake_on),
            stamp: self.stamp.clone(),
            lineage: self.lineage.clone(),
        }
    }
}

/// Takes the item with `key` out of `list`: its place and the item, so it
/// can be put back.
pub fn take_out<T: Keyed>(list: &mut Vec<T>, key: u32) -> Option<(usize, T)> {
    let at = list.iter().position(|i| i.key() == key)?;
    Some((at, list.remove(at)))
}

/// Puts an item taken out back where it was (or at the end, if the list is
/// shorter now); nothing if an item with its key is back already.
pub fn put_back<T: Keyed>(list: &mut Vec<T>, at: usize, item: T) {
    if list.iter().all(|i| i.key() != item.key()) {
        list.insert(at.min(list.len()), item);
    }
}
