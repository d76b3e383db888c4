//! The steps of the plan, each with its address (`plan.html#targets`)
//! so each can be linked to and Back returns to it, and how far each is
//! done, read from the plan alone.

use assessment::plan::issues::{top_three, FOCUS};
use assessment::plan::{Area, AreaState, Plan};

/// One screen of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Targets,
    Issues,
    Vision,
    Goals,
    Policies,
    Discretion,
    Launch,
    Actions,
    Document,
}

/// How far a step is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    Empty,
    Started,
    Done,
}

impl Step {
    pub const ALL: [Step; 9] = [
        Step::Targets,
        Step::Issues,
        Step::Vision,
        Step::Goals,
        Step::Policies,
        Step::Discretion,
        Step::Launch,
        Step::Actions,
        Step::Document,
    ];

    /// The address fragment, `#<step>`.
    pub fn fragment(self) -> &'static str {
        match self {
            Step::Targets => "#targets",
            Step::Issues => "#issues",
            Step::Vision => "#vision",
            Step::Goals => "#goals",
            Step::Policies => "#policies",
            Step::Discretion => "#discretion",
            Step::Launch => "#launch",
            Step::Actions => "#actions",
            Step::Document => "#document",
        }
    }

    /// The step named by a fragment.
    pub fn from_fragment(fragment: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.fragment() == fragment)
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<Step> {
        let at = Step::ALL.iter().position(|s| *s == self)?;
        Step::ALL.get(at + 1).copied()
    }

    /// How far the step is done: targets with a date each; three issues
    /// rated (or every listed one, if fewer); the statement written; every
    /// goal with a start, a target and a date; every area written or set
    /// aside; what staff may do written; the launch meeting dated; every
    /// action with a person and a date. The document is never "done": it is
    /// what the others make.
    pub fn progress(self, plan: &Plan) -> Progress {
        let (started, done) = match self {
            Step::Targets => (
                !plan.targets.is_empty(),
                !plan.targets.is_empty() && plan.targets.iter().all(|t| t.by.is_some()),
            ),
            Step::Issues => {
                let focus = top_three(&plan.issues).len();
                (
                    !plan.issues.is_empty(),
                    focus == FOCUS || (focus > 0 && focus == plan.issues.len()),
                )
            }
            Step::Vision => {
                let v = &plan.vision;
                let any = [
                    &v.success,
                    &v.reasons,
                    &v.customer_reasons,
                    &v.steps,
                    &v.summary,
                    &v.statement,
                ]
                .iter()
                .any(|t| !t.trim().is_empty());
                (any, !v.statement.trim().is_empty())
            }
            Step::Goals => (
                !plan.goals.is_empty(),
                !plan.goals.is_empty()
                    && plan
                        .goals
                        .iter()
                        .all(|g| g.start.is_some() && g.target.is_some() && g.by.is_some()),
            ),
            Step::Policies => (
                !plan.areas.is_empty(),
                Area::ALL
                    .iter()
                    .all(|a| plan.area(*a).is_some_and(|p| p.state != AreaState::Open)),
            ),
            Step::Discretion => {
                let d = &plan.discretion;
                let any = [&d.allowed, &d.lines, &d.exceptions]
                    .iter()
                    .any(|t| !t.trim().is_empty());
                (any, !d.allowed.trim().is_empty())
            }
            Step::Launch => {
                let l = &plan.launch;
                let any = l.meeting_on.is_some()
                    || l.review_on.is_some()
                    || !l.training_every.trim().is_empty()
                    || !l.training_who.trim().is_empty();
                (any, l.meeting_on.is_some())
            }
            Step::Document => (false, false),
            Step::Actions => (
                !plan.actions.is_empty(),
                !plan.actions.is_empty()
                    && plan
                        .actions
                        .iter()
                        .all(|a| !a.owner.trim().is_empty() && a.due.is_some()),
            ),
        };
        match (started, done) {
            (_, true) => Progress::Done,
            (true, false) => Progress::Started,
            _ => Progress::Empty,
        }
    }
}
