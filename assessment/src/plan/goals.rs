//! Measurable goals: the article's and its companion pieces' measures as
//! ready choices, or the owner's own; each with a unit, the value at the
//! start, a target and a date, and the values measured since, from which
//! its progress follows.

use serde::{Deserialize, Serialize};

use super::{Amount, Day, ItemId};

/// The ready measures; `Own` is one the owner names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// Rings before every call is answered.
    AnswerCalls,
    /// Hours to reply to an e-mail.
    EmailReply,
    /// Cut in the e-mail reply time, percent a year.
    EmailReplyCut,
    /// Share of sales returned, percent.
    ReturnRate,
    /// Share of customers who complained and were satisfied with how it was
    /// handled, percent.
    ComplaintsSatisfied,
    /// Share of customers who complained and bought again, percent.
    ComplainantsReturn,
    Own,
}

impl Measure {
    pub const ALL: [Measure; 7] = [
        Measure::AnswerCalls,
        Measure::EmailReply,
        Measure::EmailReplyCut,
        Measure::ReturnRate,
        Measure::ComplaintsSatisfied,
        Measure::ComplainantsReturn,
        Measure::Own,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Measure::AnswerCalls => "answer-calls",
            Measure::EmailReply => "email-reply",
            Measure::EmailReplyCut => "email-reply-cut",
            Measure::ReturnRate => "return-rate",
            Measure::ComplaintsSatisfied => "complaints-satisfied",
            Measure::ComplainantsReturn => "complainants-return",
            Measure::Own => "own",
        }
    }

    pub fn parse(id: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.as_str() == id)
    }
}

/// A value measured on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub on: Day,
    pub value: Amount,
}

/// One goal.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: ItemId,
    pub measure: Measure,
    /// The goal in the owner's words (the name of an own measure, or a note
    /// on a ready one).
    #[serde(default)]
    pub name: String,
    /// What the values count ("rings", "hours", "%").
    #[serde(default)]
    pub unit: String,
    /// The value when the goal was set.
    #[serde(default)]
    pub start: Option<Amount>,
    #[serde(default)]
    pub target: Option<Amount>,
    #[serde(default)]
    pub by: Option<Day>,
    /// Values measured since, in the order they were added.
    #[serde(default)]
    pub readings: Vec<Reading>,
}

/// How far a goal has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Progress {
    /// The newest value (by date), or the start when none was measured.
    pub latest: Amount,
    /// Share of the way from the start to the target, 0 to 100 percent
    /// (less than nothing counts as 0, past the target as 100).
    pub percent: u8,
    /// Whether the target is reached: at or past it, in the direction the
    /// goal runs (down for reply times, up for satisfied customers).
    pub reached: bool,
}

impl Goal {
    /// The values by date, oldest first (same-day values in the order
    /// added): what the chart draws.
    pub fn readings_by_date(&self) -> Vec<Reading> {
        let mut sorted = self.readings.clone();
        sorted.sort_by_key(|r| r.on);
        sorted
    }

    /// The goal's progress, once it has a start and a target.
    pub fn progress(&self) -> Option<Progress> {
        let (start, target) = (self.start?, self.target?);
        let latest = self
            .readings_by_date()
            .last()
            .map(|r| r.value)
            .unwrap_or(start);
        let whole = target.hundredths() - start.hundredths();
        let done = latest.hundredths() - start.hundredths();
        let percent = match whole {
            0 => 100,
            _ => (i128::from(done) * 100 / i128::from(whole)).clamp(0, 100) as u8,
        };
        let reached = match whole.signum() {
            1 => latest >= target,
            -1 => latest <= target,
            _ => true,
        };
        Some(Progress {
            latest,
            percent,
            reached,
        })
    }
}
