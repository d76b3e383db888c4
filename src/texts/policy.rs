//! The policy document and the plan's calendar, written in the page's
//! language from the plan: what the document step shows, prints and
//! downloads (rendered by `assessment::plan::document`), and the events of
//! the calendar file (`assessment::plan::calendar`). Parts not written yet
//! are left out.

use crate::plan_text;
use crate::texts::plan_content;
use assessment::plan::actions::Status;
use assessment::plan::calendar::Event;
use assessment::plan::document::Block;
use assessment::plan::issues::top_three;
use assessment::plan::{AreaState, Day, Plan};

use crate::browser::dates;
use crate::i18n::Locale;

/// The document's blocks; `name` is the business's, if given.
pub fn document(locale: Locale, plan: &Plan, name: Option<&str>) -> Vec<Block> {
    let day = |d: Option<Day>| {
        d.map_or_else(
            || plan_text!(locale, plan.document.no_date).to_string(),
            |d| dates::display_day(d, locale),
        )
    };
    let mut blocks = vec![Block::Title(match name {
        Some(name) => format!("{} · {name}", plan_text!(locale, plan.document.doc_title)),
        None => plan_text!(locale, plan.document.doc_title).to_string(),
    })];
    if let Some(made) = &plan.made_at {
        blocks.push(Block::Byline(plan_text!(
            locale,
            plan.document.made,
            date = dates::display(made, locale)
        )));
    }
    let mut part = |heading: &str, body: Vec<Block>| {
        if !body.is_empty() {
            blocks.push(Block::Heading(heading.to_string()));
            blocks.extend(body);
        }
    };
    let filled = |text: &str| (!text.trim().is_empty()).then(|| text.trim().to_string());

    part(
        plan_text!(locale, plan.document.vision),
        filled(&plan.vision.statement)
            .map(Block::Paragraph)
            .into_iter()
            .collect(),
    );
    let targets: Vec<String> = plan
        .targets
        .iter()
        .map(|t| {
            let section = plan_content::section_title(locale, t.section);
            match t.by {
                Some(by) => plan_text!(
                    locale,
                    plan.document.target_line,
                    section = section,
                    target = t.score.text(),
                    date = dates::display_day(by, locale)
                ),
                None => plan_text!(
                    locale,
                    plan.document.target_line_undated,
                    section = section,
                    target = t.score.text()
                ),
            }
        })
        .collect();
    part(plan_text!(locale, plan.document.targets), items(targets));
    let issues: Vec<String> = top_three(&plan.issues)
        .iter()
        .map(|i| i.text.trim().to_string())
        .collect();
    part(plan_text!(locale, plan.document.issues), items(issues));
    let goals: Vec<String> = plan
        .goals
        .iter()
        .map(|g| {
            let show = |a: Option<assessment::plan::Amount>| {
                a.map_or_else(
                    || assessment::NO_FIGURE.to_string(),
                    |a| plan_content::amount_with_unit(locale, a, &g.unit),
                )
            };
            let line = plan_text!(
                locale,
                plan.document.goal_line,
                goal = plan_content::goal_name(locale, g),
                start = show(g.start),
                target = show(g.target),
                date = day(g.by)
            );
            format!("{line}. {}", plan_content::goal_progress(locale, g))
        })
        .collect();
    part(plan_text!(locale, plan.document.goals), items(goals));
    let areas: Vec<Block> = plan
        .areas
        .iter()
        .filter(|a| a.state != AreaState::NotRelevant && !a.text.trim().is_empty())
        .flat_map(|a| {
            [
                Block::Subheading(plan_content::area(locale, a.area).0.to_string()),
                Block::Paragraph(a.text.trim().to_string()),
            ]
        })
        .collect();
    part(plan_text!(locale, plan.document.policies), areas);
    let d = &plan.discretion;
    let mut discretion: Vec<Block> = filled(&d.allowed)
        .map(Block::Paragraph)
        .into_iter()
        .collect();
    if !discretion.is_empty() {
        discretion.push(Block::Subheading(
            plan_text!(locale, plan.document.four_steps).to_string(),
        ));
        discretion.push(Block::Steps(
            plan_content::four_steps(locale).map(String::from).to_vec(),
        ));
        discretion.extend(filled(&d.lines).map(Block::Paragraph));
        if let Some(exceptions) = filled(&d.exceptions) {
            discretion.push(Block::Subheading(
                plan_text!(locale, plan.discretion.exceptions).to_string(),
            ));
            discretion.push(Block::Paragraph(exceptions));
        }
    }
    part(plan_text!(locale, plan.document.discretion), discretion);
    let l = &plan.launch;
    let launch: Vec<String> = [
        l.meeting_on.map(|d| {
            plan_text!(
                locale,
                plan.document.meeting_line,
                date = dates::display_day(d, locale)
            )
        }),
        filled(&l.training_every)
            .map(|t| format!("{}: {t}", plan_text!(locale, plan.launch.training_every))),
        filled(&l.training_who)
            .map(|t| format!("{}: {t}", plan_text!(locale, plan.launch.training_who))),
        l.review_on.map(|d| {
            plan_text!(
                locale,
                plan.document.review_line,
                date = dates::display_day(d, locale)
            )
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
    part(plan_text!(locale, plan.document.launch), items(launch));
    let mut actions: Vec<String> = plan
        .actions
        .iter()
        .filter(|a| !a.text.trim().is_empty())
        .map(|a| {
            plan_text!(
                locale,
                plan.document.action_line,
                action = a.text.trim(),
                owner =
                    filled(&a.owner)
                        .unwrap_or_else(|| plan_text!(locale, plan.document.no_owner).to_string()),
                date = day(a.due),
                status = status(locale, a.status)
            )
        })
        .collect();
    if let Some(retake) = plan.retake_on {
        actions.push(plan_text!(
            locale,
            plan.document.retake_line,
            date = dates::display_day(retake, locale)
        ));
    }
    part(plan_text!(locale, plan.document.actions), items(actions));
    blocks
}

fn items(lines: Vec<String>) -> Vec<Block> {
    if lines.is_empty() {
        Vec::new()
    } else {
        vec![Block::Items(lines)]
    }
}

/// An action's status in words.
pub fn status(locale: Locale, status: Status) -> &'static str {
    match status {
        Status::ToDo => plan_text!(locale, plan.actions.status_to_do),
        Status::Doing => plan_text!(locale, plan.actions.status_doing),
        Status::Done => plan_text!(locale, plan.actions.status_done),
    }
}

/// Every dated item of the plan, as calendar events titled in the page's
/// language: the launch meeting, the review, each target's, goal's and
/// action's date, and the day to take the self-check again.
pub fn events(locale: Locale, plan: &Plan) -> Vec<Event> {
    let event = |day: Day, title: String, key: String| Event { day, title, key };
    let mut events = Vec::new();
    if let Some(day) = plan.launch.meeting_on {
        events.push(event(
            day,
            plan_text!(locale, plan.document.ev_meeting).into(),
            "launch-meeting".into(),
        ));
    }
    if let Some(day) = plan.launch.review_on {
        events.push(event(
            day,
            plan_text!(locale, plan.document.ev_review).into(),
            "launch-review".into(),
        ));
    }
    for t in &plan.targets {
        if let Some(day) = t.by {
            let title = plan_text!(
                locale,
                plan.document.ev_target,
                section = plan_content::section_title(locale, t.section)
            );
            events.push(event(day, title, format!("target-{}", t.section.as_str())));
        }
    }
    for g in &plan.goals {
        if let Some(day) = g.by {
            let title = plan_text!(
                locale,
                plan.document.ev_goal,
                goal = plan_content::goal_name(locale, g)
            );
            events.push(event(day, title, format!("goal-{}", g.id)));
        }
    }
    for a in &plan.actions {
        if let Some(day) = a.due {
            let title = plan_text!(locale, plan.document.ev_action, action = a.text.trim());
            events.push(event(day, title, format!("action-{}", a.id)));
        }
    }
    if let Some(day) = plan.retake_on {
        events.push(event(
            day,
            plan_text!(locale, plan.document.ev_retake).into(),
            "retake".into(),
        ));
    }
    events
}
