//! Step 3, the vision statement, by the article's method: six steps, each
//! kept; the statement at the end is what the policy shows.

use crate::plan_text;
use assessment::plan::{TextKind, Vision};
use leptos::prelude::*;

use super::field::text_field;
use super::guidance;
use crate::texts::language::use_locale;

#[component]
pub fn VisionStep() -> impl IntoView {
    let locale = use_locale();
    let field = |key: &'static str,
                 label: &'static str,
                 get: fn(&Vision) -> &String,
                 set: fn(&mut Vision) -> &mut String| {
        text_field(
            format!("vision-{key}"),
            label,
            TextKind::Long,
            Box::new(move |p| get(&p.vision).clone()),
            Box::new(move |p, text| *set(&mut p.vision) = text),
        )
    };
    view! {
        {guidance(locale, plan_text!(locale, plan.vision.guide), plan_text!(locale, plan.vision.example))}
        {field("success", plan_text!(locale, plan.vision.success), |v| &v.success, |v| &mut v.success)}
        {field("reasons", plan_text!(locale, plan.vision.reasons), |v| &v.reasons, |v| &mut v.reasons)}
        {field("customer-reasons", plan_text!(locale, plan.vision.customer_reasons), |v| &v.customer_reasons, |v| &mut v.customer_reasons)}
        {field("steps", plan_text!(locale, plan.vision.steps), |v| &v.steps, |v| &mut v.steps)}
        {field("summary", plan_text!(locale, plan.vision.summary_field), |v| &v.summary, |v| &mut v.summary)}
        {field("statement", plan_text!(locale, plan.vision.statement), |v| &v.statement, |v| &mut v.statement)}
    }
}
