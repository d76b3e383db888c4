//! Step 7, launch and training: the launch meeting everyone attends, how
//! often training happens and who gives it, and the first review of the
//! policy with staff.

use crate::plan_text;
use assessment::plan::{Day, Launch, TextKind};
use leptos::prelude::*;

use super::field::{date_field, text_field};
use super::guidance;
use crate::texts::language::use_locale;

#[component]
pub fn LaunchStep() -> impl IntoView {
    let locale = use_locale();
    let text = |key: &'static str,
                label: &'static str,
                get: fn(&Launch) -> &String,
                set: fn(&mut Launch) -> &mut String| {
        text_field(
            format!("launch-{key}"),
            label,
            TextKind::Short,
            Box::new(move |p| get(&p.launch).clone()),
            Box::new(move |p, text| *set(&mut p.launch) = text),
        )
    };
    let date = |key: &'static str,
                label: &'static str,
                get: fn(&Launch) -> Option<Day>,
                set: fn(&mut Launch, Option<Day>)| {
        date_field(
            format!("launch-{key}"),
            label,
            Box::new(move |p| get(&p.launch)),
            Box::new(move |p, day| set(&mut p.launch, day)),
        )
    };
    view! {
        {guidance(locale, plan_text!(locale, plan.launch.guide), plan_text!(locale, plan.launch.example))}
        {date("meeting", plan_text!(locale, plan.launch.meeting), |l| l.meeting_on, |l, d| l.meeting_on = d)}
        {text("every", plan_text!(locale, plan.launch.training_every), |l| &l.training_every, |l| &mut l.training_every)}
        {text("who", plan_text!(locale, plan.launch.training_who), |l| &l.training_who, |l| &mut l.training_who)}
        {date("review", plan_text!(locale, plan.launch.review), |l| l.review_on, |l, d| l.review_on = d)}
    }
}
