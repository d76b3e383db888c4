//! Step 3, the vision statement, by the article's method: six steps, each
//! kept; the statement at the end is what the policy shows.

use assessment::plan::{TextKind, Vision};
use leptos::prelude::*;
use leptos_i18n::td_string;

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
        {guidance(locale, td_string!(locale, plan.vision.guide), td_string!(locale, plan.vision.example))}
        {field("success", td_string!(locale, plan.vision.success), |v| &v.success, |v| &mut v.success)}
        {field("reasons", td_string!(locale, plan.vision.reasons), |v| &v.reasons, |v| &mut v.reasons)}
        {field("customer-reasons", td_string!(locale, plan.vision.customer_reasons), |v| &v.customer_reasons, |v| &mut v.customer_reasons)}
        {field("steps", td_string!(locale, plan.vision.steps), |v| &v.steps, |v| &mut v.steps)}
        {field("summary", td_string!(locale, plan.vision.summary_field), |v| &v.summary, |v| &mut v.summary)}
        {field("statement", td_string!(locale, plan.vision.statement), |v| &v.statement, |v| &mut v.statement)}
    }
}
