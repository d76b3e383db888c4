//! Step 6, what staff may do on the spot: the limits of their discretion,
//! the article's four steps for handling a problem, lines they can use, and
//! what always needs a manager. Printed as the discretion card.

use crate::plan_text;
use crate::texts::plan_content;
use assessment::plan::{Discretion, TextKind};
use leptos::prelude::*;

use super::field::text_field;
use super::guidance;
use crate::texts::language::use_locale;

#[component]
pub fn DiscretionStep() -> impl IntoView {
    let locale = use_locale();
    let field = |key: &'static str,
                 label: &'static str,
                 get: fn(&Discretion) -> &String,
                 set: fn(&mut Discretion) -> &mut String| {
        text_field(
            format!("discretion-{key}"),
            label,
            TextKind::Long,
            Box::new(move |p| get(&p.discretion).clone()),
            Box::new(move |p, text| *set(&mut p.discretion) = text),
        )
    };
    let steps = plan_content::four_steps(locale)
        .into_iter()
        .map(|step| view! { <li>{step}</li> })
        .collect_view();
    view! {
        {guidance(locale, plan_text!(locale, plan.discretion.guide), plan_text!(locale, plan.discretion.example))}
        {field("allowed", plan_text!(locale, plan.discretion.allowed), |d| &d.allowed, |d| &mut d.allowed)}
        <h3>{plan_text!(locale, plan.discretion.steps_title)}</h3>
        <ol class="plan-four-steps">{steps}</ol>
        {field("lines", plan_text!(locale, plan.discretion.lines), |d| &d.lines, |d| &mut d.lines)}
        <p class="hint">{plan_text!(locale, plan.discretion.lines_example)}</p>
        {field("exceptions", plan_text!(locale, plan.discretion.exceptions), |d| &d.exceptions, |d| &mut d.exceptions)}
    }
}
