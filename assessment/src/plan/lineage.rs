//! Two tabs typing at the same moment. localStorage reaches other tabs
//! late, so a tab may write over a record it has not seen yet; a merge is
//! then only right against the record both tabs started from, their common
//! ancestor, not against whatever this tab wrote last. So every stored plan
//! names itself and its ancestors (`lineage`: its own id first, then up to
//! [`KEPT`] - 1 of the records it came from), and a tab remembers the
//! records it has written or taken in ([`Lineage`]), so it can find that
//! ancestor and merge against it.

use super::Plan;
use crate::sync::{Stop, Stored, Write, Writer};

/// How many ids a record's lineage keeps.
pub const KEPT: usize = 8;
/// How many records a tab remembers: enough for another tab to be that
/// many saves behind (busy loading, or in the background) and still be
/// merged against the record it really started from. Saves come at most
/// one per painted frame, so 64 cover a fast typist for several seconds;
/// fewer were seen to fail (a tab 37 keystrokes behind).
const REMEMBERED: usize = 64;
/// The id of a plan stored without a lineage.
pub const UNNAMED: u64 = 0;

/// What one tab knows of the plan's history.
#[derive(Clone, Debug, Default)]
pub struct Lineage {
    /// Records written or taken in, newest last.
    known: Vec<Plan>,
    /// The ids of every record what the tab shows comes from, newest first.
    chain: Vec<u64>,
}

impl Lineage {
    /// Starting from the plan stored when the tab opened. A plan with no
    /// lineage (none stored yet, or written before lineages) is known as
    /// [`UNNAMED`], so two tabs that opened it find it as their common
    /// ancestor.
    pub fn new(opened: &Plan) -> Lineage {
        let mut lineage = Lineage::default();
        let mut named = opened.clone();
        if named.lineage.is_empty() {
            named.lineage = vec![UNNAMED];
        }
        lineage.took_in(&named);
        lineage
    }

    /// Whether the tab already has `stored` (it wrote it, or took it in).
    pub fn knows(&self, stored: &Plan) -> bool {
        stored
            .lineage
            .first()
            .is_some_and(|id| self.known.iter().any(|k| k.lineage.first() == Some(id)))
    }

    /// The newest record both `stored` and this tab come from; `fallback`
    /// when none is remembered.
    pub fn base<'a>(&'a self, stored: &Plan, fallback: &'a Plan) -> &'a Plan {
        stored
            .lineage
            .iter()
            .find_map(|id| {
                self.known
                    .iter()
                    .rev()
                    .find(|k| k.lineage.first() == Some(id))
            })
            .unwrap_or(fallback)
    }

    /// `stored` is taken in (merged into what the tab shows).
    pub fn took_in(&mut self, stored: &Plan) {
        let mut chain = stored.lineage.clone();
        chain.extend(self.chain.iter().copied());
        self.chain = distinct(chain);
        self.remember(stored);
    }

    /// `record` is written with the new `id`: its lineage is the id, then
    /// everything the tab's plan comes from.
    pub fn wrote(&mut self, record: &mut Plan, id: u64) {
        let mut chain = vec![id];
        chain.extend(self.chain.iter().copied());
        record.lineage = distinct(chain);
        self.chain = record.lineage.clone();
        self.remember(record);
    }

    fn remember(&mut self, plan: &Plan) {
        if plan.lineage.is_empty() || self.knows(plan) {
            return;
        }
        self.known.push(plan.clone());
        if self.known.len() > REMEMBERED {
            self.known.remove(0);
        }
    }
}

fn distinct(ids: Vec<u64>) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::with_capacity(KEPT);
    for id in ids {
        if !out.contains(&id) && out.len() < KEPT {
            out.push(id);
        }
    }
    out
}

/// What to write for `current`: itself when what is stored is this tab's
/// own last write (`stored` is `None`) or a record it has, else merged with
/// what another tab stored against their common ancestor; stamped one
/// revision above any seen and given the new `id`.
pub fn save(
    current: &Plan,
    seen: &Plan,
    lineage: &mut Lineage,
    stored: Option<Stored<Plan>>,
    writer: &Writer,
    id: u64,
) -> Result<Write<Plan>, Stop> {
    let (mut record, revision, back_up_first) = match stored {
        None | Some(Stored::Empty) => (current.clone(), 0, false),
        Some(Stored::Readable(stored)) if lineage.knows(&stored) => {
            (current.clone(), stored.stamp.revision, false)
        }
        Some(Stored::Readable(stored)) => {
            let merged = current.merged(lineage.base(&stored, seen), &stored);
            lineage.took_in(&stored);
            (merged, stored.stamp.revision, false)
        }
        Some(Stored::Unreadable { backed_up }) => (current.clone(), 0, !backed_up),
        Some(Stored::Newer) => return Err(Stop),
    };
    record.stamp = writer.stamp(revision.max(seen.stamp.revision));
    lineage.wrote(&mut record, id);
    Ok(Write {
        record,
        back_up_first,
    })
}

/// What to write when a whole plan replaces the stored one (an import, or
/// undoing it): `incoming` as a new revision that descends from what is
/// stored, so a tab showing the stored plan takes the replacement in whole,
/// keeping only what it typed meanwhile. An unreadable record is copied
/// aside first; a newer one is never written over.
pub fn replace(
    incoming: &Plan,
    stored: Stored<Plan>,
    writer: &Writer,
    id: u64,
) -> Result<Write<Plan>, Stop> {
    let (base, back_up_first) = match stored {
        Stored::Readable(plan) => (plan, false),
        Stored::Empty => (Plan::default(), false),
        Stored::Unreadable { backed_up } => (Plan::default(), !backed_up),
        Stored::Newer => return Err(Stop),
    };
    let mut record = incoming.clone();
    record.stamp = writer.stamp(base.stamp.revision);
    Lineage::new(&base).wrote(&mut record, id);
    Ok(Write {
        record,
        back_up_first,
    })
}

/// What a tab showing `current` takes in from `stored` (another tab wrote
/// it): nothing when it has it already; else `current` merged with it
/// against their common ancestor (`seen`, the record last stored as far as
/// the tab knows, when none is remembered).
pub fn take_in(
    current: &Plan,
    seen: &Plan,
    lineage: &mut Lineage,
    stored: Stored<Plan>,
) -> Result<Option<Plan>, Stop> {
    match stored {
        Stored::Readable(stored) if !lineage.knows(&stored) => {
            let merged = current.merged(lineage.base(&stored, seen), &stored);
            lineage.took_in(&stored);
            Ok(Some(merged))
        }
        Stored::Newer => Err(Stop),
        _ => Ok(None),
    }
}
