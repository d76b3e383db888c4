//! The stored plan: one versioned record beside the answers, in the same
//! envelope (`format`, `schema`, the stamp), read through the same
//! validating front door as every record (`wire::open`): size cap first,
//! then every id, date, number and text checked, every text within its
//! length and every list within its count.
//!
//! ```json
//! {"format":"service-quotient/plan","schema":1,"app":"0.1.0",
//!  "saved_at":"2026-12-01T10:00:00.000Z","revision":3,
//!  "made_at":"2026-12-01T09:00:00.000Z","baseline":{"culture.whatever-it-takes":2},
//!  "targets":[{"section":"feedback","score":3.5,"by":"2027-03-01"}],
//!  "issues":[{"id":7,"text":"Orders arrive damaged","often":4,"cost":3,"actionable":5,"section":"products"}],
//!  "vision":{"statement":"Fresh, friendly, fast"},
//!  "goals":[{"id":9,"measure":"email-reply","unit":"hours","start":"48","target":"24",
//!            "by":"2027-06-30","readings":[{"on":"2027-01-31","value":"36"}]}],
//!  "areas":[{"area":"speed","text":"We reply to every e-mail within 24 working hours.","state":"done"}],
//!  "discretion":{"allowed":"Refund up to 50"},"launch":{"meeting_on":"2027-01-10"},
//!  "actions":[{"id":3,"text":"Log every complaint","advice":"statement:feedback.review-complaints",
//!              "owner":"Ravi","due":"2027-01-15","status":"doing","moves":{"statement":"feedback.review-complaints"}}],
//!  "retake_on":"2027-06-01","lineage":[4021,3876]}
//! ```
//!
//! Schema history (each kept as a frozen fixture in `tests/fixtures/`, which
//! must always load): 1, the first.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::actions::{Action, Advice, Status};
use super::goals::{Goal, Measure};
use super::issues::Issue;
use super::targets::{Target, TargetScore};
use super::{Amount, Area, AreaPolicy, AreaState, Day, Discretion, Launch, Plan, TextKind, Vision};
use crate::export::Timestamp;
use crate::limits::{MAX_ACTIONS, MAX_GOALS, MAX_ISSUES, MAX_PLAN_BYTES, MAX_READINGS};
use crate::stamp::Stamp;
use crate::wire::{validate_answers, AnswerEntries, AnswersOut};
use crate::{DecodeError, SectionId, StatementId, SECTION_COUNT};

/// The `format` field that marks a record as a plan.
pub const PLAN_FORMAT: &str = "service-quotient/plan";
/// The schema this build writes; it reads every one up to it.
pub const PLAN_SCHEMA: u32 = 1;

impl Plan {
    /// Reads a stored plan, checking everything in it.
    pub fn decode(raw: &str) -> Result<Plan, DecodeError> {
        let raw = crate::wire::open(raw, MAX_PLAN_BYTES, PLAN_FORMAT, PLAN_SCHEMA)?;
        let wire: PlanRecord = serde_json::from_str(raw).map_err(|_| DecodeError::Malformed)?;
        let plan = Plan {
            stamp: Stamp::read(wire.app, wire.saved_at, wire.revision)?,
            made_at: wire
                .made_at
                .map(|t| Timestamp::parse(&t).ok_or(DecodeError::BadDate))
                .transpose()?,
            baseline: wire.baseline.map(|b| validate_answers(b.0)).transpose()?,
            targets: wire.targets,
            issues: wire.issues,
            vision: wire.vision,
            goals: wire.goals,
            areas: wire.areas,
            discretion: wire.discretion,
            launch: wire.launch,
            actions: wire.actions,
            retake_on: wire.retake_on,
            lineage: wire.lineage,
        };
        plan.check()?;
        Ok(plan)
    }

    /// The record as stored: JSON of the shape shown in the module docs.
    pub fn encode(&self) -> String {
        // Plain data cannot fail to serialise; an empty string would fail
        // the read-back check after saving rather than panic.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// What serde cannot check alone: lengths, counts, ratings, and no
    /// item, section or area twice.
    fn check(&self) -> Result<(), DecodeError> {
        let counts_fit = self.issues.len() <= MAX_ISSUES
            && self.goals.len() <= MAX_GOALS
            && self.actions.len() <= MAX_ACTIONS
            && self.goals.iter().all(|g| g.readings.len() <= MAX_READINGS)
            && self.targets.len() <= SECTION_COUNT
            && self.areas.len() <= Area::ALL.len()
            && self.lineage.len() <= super::lineage::KEPT;
        let unique = distinct(self.issues.iter().map(|i| i.id))
            && distinct(self.goals.iter().map(|g| g.id))
            && distinct(self.actions.iter().map(|a| a.id))
            && distinct(self.targets.iter().map(|t| t.section))
            && distinct(self.areas.iter().map(|a| a.area));
        let ratings = self.issues.iter().all(|i| {
            Issue::valid_rating(i.often)
                && Issue::valid_rating(i.cost)
                && Issue::valid_rating(i.actionable)
        });
        if !(counts_fit && unique && ratings) {
            return Err(DecodeError::Malformed);
        }
        if self.texts().all(|(kind, text)| kind.fits(text)) {
            Ok(())
        } else {
            Err(DecodeError::TextTooLong)
        }
    }

    /// Every text the owner typed, with its kind: what the length checks
    /// and the tests walk.
    pub fn texts(&self) -> impl Iterator<Item = (TextKind, &str)> {
        use TextKind::{Long, Short};
        let v = &self.vision;
        let d = &self.discretion;
        let l = &self.launch;
        let fixed = [
            (Long, &v.success),
            (Long, &v.reasons),
            (Long, &v.customer_reasons),
            (Long, &v.steps),
            (Long, &v.summary),
            (Long, &v.statement),
            (Long, &d.allowed),
            (Long, &d.lines),
            (Long, &d.exceptions),
            (Short, &l.training_every),
            (Short, &l.training_who),
        ];
        let issues = self.issues.iter().map(|i| (Short, &i.text));
        let goals = self
            .goals
            .iter()
            .flat_map(|g| [(Short, &g.name), (Short, &g.unit)]);
        let areas = self.areas.iter().map(|a| (Long, &a.text));
        let actions = self
            .actions
            .iter()
            .flat_map(|a| [(Long, &a.text), (Short, &a.owner)]);
        fixed
            .into_iter()
            .chain(issues)
            .chain(goals)
            .chain(areas)
            .chain(actions)
            .map(|(kind, text)| (kind, text.as_str()))
    }
}

fn distinct<T: PartialEq>(items: impl Iterator<Item = T>) -> bool {
    let items: Vec<T> = items.collect();
    items
        .iter()
        .enumerate()
        .all(|(at, item)| !items[..at].contains(item))
}

/// The business's customer-service policy and action plan, as the app
/// stores it and as export files carry it.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub(crate) struct PlanRecord {
    /// Always `service-quotient/plan`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = "service-quotient/plan")))]
    #[allow(dead_code)] // checked by `wire::open` before this parse
    format: String,
    /// Always 1.
    #[cfg_attr(feature = "schema", schemars(extend("const" = 1)))]
    #[allow(dead_code)] // checked by `wire::open` before this parse
    schema: u32,
    /// The version of the app that wrote it.
    #[serde(default)]
    app: Option<String>,
    /// When it was last saved (ISO 8601, UTC).
    #[serde(default)]
    saved_at: Option<String>,
    /// How many times it was saved, for merging the edits of two tabs.
    #[serde(default)]
    revision: Option<u64>,
    /// When the plan was started (ISO 8601, UTC).
    #[serde(default)]
    made_at: Option<String>,
    /// The answers the plan started from, if it started from a self-check.
    #[serde(default)]
    baseline: Option<AnswerEntries>,
    /// A target score and date for some of the seven sections.
    #[serde(default)]
    targets: Vec<Target>,
    /// The problems customers raise, each rated (at most 30).
    #[serde(default)]
    issues: Vec<Issue>,
    /// The vision worksheet and its statement.
    #[serde(default)]
    vision: Vision,
    /// Measurable goals with their values over time (at most 30).
    #[serde(default)]
    goals: Vec<Goal>,
    /// The policy for each area of service.
    #[serde(default)]
    areas: Vec<AreaPolicy>,
    /// What staff may do on the spot.
    #[serde(default)]
    discretion: Discretion,
    /// The launch meeting, training and first review.
    #[serde(default)]
    launch: Launch,
    /// The action plan (at most 150).
    #[serde(default)]
    actions: Vec<Action>,
    /// When to take the self-check again.
    #[serde(default)]
    retake_on: Option<Day>,
    /// Random ids of this record and those it came from, newest first, for
    /// merging the edits of two tabs.
    #[serde(default)]
    lineage: Vec<u64>,
}

impl Serialize for Plan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct WireOut<'a> {
            format: &'static str,
            schema: u32,
            #[serde(skip_serializing_if = "Option::is_none")]
            app: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            saved_at: Option<&'a str>,
            revision: u64,
            #[serde(skip_serializing_if = "Option::is_none")]
            made_at: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            baseline: Option<AnswersOut<'a>>,
            targets: &'a [Target],
            issues: &'a [Issue],
            vision: &'a Vision,
            goals: &'a [Goal],
            areas: &'a [AreaPolicy],
            discretion: &'a Discretion,
            launch: &'a Launch,
            actions: &'a [Action],
            #[serde(skip_serializing_if = "Option::is_none")]
            retake_on: Option<Day>,
            #[serde(skip_serializing_if = "<[u64]>::is_empty")]
            lineage: &'a [u64],
        }
        WireOut {
            format: PLAN_FORMAT,
            schema: PLAN_SCHEMA,
            app: self.stamp.app_version.as_deref(),
            saved_at: self.stamp.saved_at.as_ref().map(Timestamp::as_str),
            revision: self.stamp.revision,
            made_at: self.made_at.as_ref().map(Timestamp::as_str),
            baseline: self.baseline.as_ref().map(AnswersOut),
            targets: &self.targets,
            issues: &self.issues,
            vision: &self.vision,
            goals: &self.goals,
            areas: &self.areas,
            discretion: &self.discretion,
            launch: &self.launch,
            actions: &self.actions,
            retake_on: self.retake_on,
            lineage: &self.lineage,
        }
        .serialize(serializer)
    }
}

/// Types written as a string id (`"2027-03-01"`, `"doing"`), each read back
/// with its own checking parser.
macro_rules! as_string {
    ($($type:ty => $write:expr, $read:expr, $schema:expr;)*) => {
        $(
            impl Serialize for $type {
                fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    let write: fn(&$type) -> String = $write;
                    serializer.serialize_str(&write(self))
                }
            }
            impl<'de> Deserialize<'de> for $type {
                fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let text = String::deserialize(deserializer)?;
                    let read: fn(&str) -> Option<$type> = $read;
                    read(&text).ok_or_else(|| D::Error::custom("invalid value"))
                }
            }
            #[cfg(feature = "schema")]
            impl schemars::JsonSchema for $type {
                fn schema_name() -> std::borrow::Cow<'static, str> {
                    stringify!($type).into()
                }
                fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                    $schema
                }
            }
        )*
    };
}

as_string! {
    Day => |d| d.iso(), Day::parse,
        schema::text("A day, YYYY-MM-DD.", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    Amount => |a| a.text(), Amount::parse,
        schema::text("A measured value, exact to the hundredth (`2.5`).", "^-?[0-9]{1,10}([.,][0-9]{0,2})?$");
    Area => |a| a.as_str().into(), Area::parse,
        schema::one_of("An area of service.", Area::ALL.map(Area::as_str));
    AreaState => |s| s.as_str().into(), AreaState::parse,
        schema::one_of("Where the owner is with an area's policy.", AreaState::ALL.map(AreaState::as_str));
    Status => |s| s.as_str().into(), Status::parse,
        schema::one_of("Where an action is.", Status::ALL.map(Status::as_str));
    Measure => |m| m.as_str().into(), Measure::parse,
        schema::one_of("A ready measure, or `own`.", Measure::ALL.map(Measure::as_str));
    Advice => |a| a.id(), Advice::parse,
        schema::one_of("The piece of advice an action was proposed from.", Advice::all().map(Advice::id));
    SectionId => |s| s.as_str().into(), SectionId::parse,
        schema::one_of("A section of the self-check.", SectionId::all().map(SectionId::as_str));
    StatementId => |s| s.as_str().into(), StatementId::parse,
        schema::one_of("A statement of the self-check.", StatementId::all().map(StatementId::as_str));
}

/// The documented shapes of the types written as strings.
#[cfg(feature = "schema")]
mod schema {
    pub(super) fn text(description: &str, pattern: &str) -> schemars::Schema {
        schemars::json_schema!({"description": description, "type": "string", "pattern": pattern})
    }

    pub(super) fn one_of<T: Into<String>>(
        description: &str,
        values: impl IntoIterator<Item = T>,
    ) -> schemars::Schema {
        let values: Vec<String> = values.into_iter().map(Into::into).collect();
        schemars::json_schema!({"description": description, "type": "string", "enum": values})
    }
}

/// A target score is written as a number of points (`3.25`) and read back
/// only when it is a whole number of quarters from 1 to 5.
impl Serialize for TargetScore {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(f64::from(self.quarters()) / 4.0)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for TargetScore {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TargetScore".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A section's target score, 1 to 5 in quarter points.",
            "type": "number", "minimum": 1, "maximum": 5, "multipleOf": 0.25
        })
    }
}

impl<'de> Deserialize<'de> for TargetScore {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let points = f64::deserialize(deserializer)?;
        let quarters = points * 4.0;
        (quarters.fract() == 0.0 && (4.0..=20.0).contains(&quarters))
            .then(|| TargetScore::from_quarters(quarters as u8))
            .flatten()
            .ok_or_else(|| D::Error::custom("invalid target"))
    }
}
