//! Step 5, policies by area: for each area the article lists, guidance, a
//! draft in the page's language with blanks to fill, and whether it is
//! done or does not apply; areas tied to the weakest sections come first.

use crate::plan_text;
use crate::texts::plan_content;
use assessment::plan::{Area, AreaState, TextKind};
use assessment::{Report, SectionId};
use leptos::prelude::*;

use super::guidance;
use crate::app::plan_store::PlanStore;
use crate::app::session::Session;
use crate::i18n::Locale;
use crate::texts::language::use_locale;

#[component]
pub fn PoliciesStep() -> impl IntoView {
    let locale = use_locale();
    let store = PlanStore::expect();
    let report = Report::new(&Session::expect().answers.get_untracked());
    let areas = Area::in_order(&report)
        .into_iter()
        .map(|area| area_card(locale, store, area))
        .collect_view();
    view! {
        {guidance(locale, plan_text!(locale, plan.policies.guide), plan_text!(locale, plan.policies.example))}
        <div class="plan-areas">{areas}</div>
    }
}

/// One area: its guidance, its rule (the draft until the owner writes one)
/// and its state.
fn area_card(locale: Locale, store: PlanStore, area: Area) -> impl IntoView {
    let id = area.as_str();
    let (title, guide, draft) = plan_content::area(locale, area);
    let policy = Memo::new(move |_| store.plan.with(|p| p.area(area).cloned()));
    let linked: Vec<SectionId> = area
        .sections()
        .iter()
        .filter_map(|s| SectionId::parse(s))
        .collect();
    let states = AreaState::ALL
        .into_iter()
        .map(|state| {
            let label = match state {
                AreaState::Open => plan_text!(locale, plan.policies.state_open),
                AreaState::Done => plan_text!(locale, plan.policies.state_done),
                AreaState::NotRelevant => plan_text!(locale, plan.policies.state_not_relevant),
            };
            let checked =
                move || policy.with(|p| p.as_ref().map_or(AreaState::Open, |p| p.state)) == state;
            view! {
                <label class="plan-area__state">
                    <input
                        type="radio"
                        name=format!("area-{id}-state")
                        value=state.as_str()
                        prop:checked=checked
                        on:change=move |_| store.edit(|plan| plan.set_area(area, |p| {
                            // Marking an untouched area keeps its draft as the rule.
                            if p.text.is_empty() && state == AreaState::Done {
                                p.text = draft.to_string();
                            }
                            p.state = state;
                        }))
                    />
                    {label}
                </label>
            }
        })
        .collect_view();
    let text = move || {
        policy.with(|p| {
            p.as_ref()
                .map_or_else(|| draft.to_string(), |p| p.text.clone())
        })
    };
    view! {
        <section class="plan-area" data-area=id>
            <h3>{title}</h3>
            <p>{guide}</p>
            <p class="hint">{plan_text!(locale, plan.policies.linked, sections = plan_content::section_list(locale, &linked))}</p>
            <div class="field">
                <label for=format!("area-{id}-text")>{plan_text!(locale, plan.policies.text_label)}</label>
                <textarea
                    id=format!("area-{id}-text")
                    rows="4"
                    maxlength=TextKind::Long.max_chars()
                    prop:value=text
                    on:input=move |event| {
                        let text = TextKind::Long.clamp(&event_target_value(&event));
                        store.edit(|plan| plan.set_area(area, |p| p.text = text));
                    }
                ></textarea>
            </div>
            <fieldset class="plan-area__states">
                <legend>{plan_text!(locale, plan.policies.state)}</legend>
                {states}
            </fieldset>
        </section>
    }
}
