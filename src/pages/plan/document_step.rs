//! Step 9, the policy document: everything above assembled in the page's
//! language, shown as it prints (A4 or Letter), and downloaded as Markdown,
//! as one self-contained HTML file, and the dates as a calendar file.

use crate::plan_text;
use assessment::plan::calendar;
use assessment::plan::document::{self, Block};
use leptos::prelude::*;
use leptos_i18n::Locale as _;

use crate::app::plan_store::PlanStore;
use crate::app::session::Session;
use crate::browser::{dates, download};
use crate::texts::language::{html_lang, use_locale};
use crate::texts::policy;
use crate::ui::Look;

#[component]
pub fn DocumentStep() -> impl IntoView {
    let locale = use_locale();
    let store = PlanStore::expect();
    let session = Session::expect();
    let name = StoredValue::new(session.saved_name());
    let blocks = Memo::new(move |_| {
        store
            .plan
            .with(|p| name.with_value(|name| policy::document(locale, p, name.as_deref())))
    });
    let written = move || blocks.with(|b| b.iter().any(|b| matches!(b, Block::Heading(_))));
    let file_name = move |extension: &str| {
        name.with_value(|name| download::file_name(name.as_deref(), extension))
    };
    let markdown =
        move || blocks.with(|b| download::data_url("text/markdown", &document::markdown(b)));
    let html = move || {
        blocks.with(|b| download::data_url("text/html", &document::html(b, html_lang(locale))))
    };
    let events = Memo::new(move |_| store.plan.with(|p| policy::events(locale, p)));
    let ics = move || {
        events.with(|e| download::data_url("text/calendar", &calendar::ics(e, &dates::now())))
    };
    let calendar = move || {
        if events.with(Vec::is_empty) {
            view! { <p class="hint">{plan_text!(locale, plan.document.calendar_empty)}</p> }
                .into_any()
        } else {
            view! {
                <p>
                    <a class=Look::Plain.class() href=ics download=file_name("ics") data-testid="download-ics">
                        {plan_text!(locale, plan.document.calendar)}
                    </a>
                </p>
                <p class="hint">{plan_text!(locale, plan.document.calendar_hint)}</p>
            }
            .into_any()
        }
    };
    view! {
        <p>{plan_text!(locale, plan.document.intro)}</p>
        <div class="plan-document__actions">
            <button type="button" class=Look::Primary.class() on:click=|_| crate::browser::system::print()>
                {plan_text!(locale, plan.document.print)}
            </button>
            <a class=Look::Plain.class() href=markdown download=move || file_name("md") data-testid="download-md">
                {plan_text!(locale, plan.document.markdown)}
            </a>
            <a class=Look::Plain.class() href=html download=move || file_name("html") data-testid="download-html">
                {plan_text!(locale, plan.document.html)}
            </a>
            {calendar}
        </div>
        <article class="plan-document" lang=locale.as_str() data-testid="plan-document">
            {move || {
                if written() {
                    blocks.get().into_iter().map(render).collect_view().into_any()
                } else {
                    view! { <p class="hint">{plan_text!(locale, plan.document.empty)}</p> }.into_any()
                }
            }}
        </article>
    }
}

/// One block, as the page shows it.
fn render(block: Block) -> AnyView {
    let list = |items: Vec<String>| {
        items
            .into_iter()
            .map(|i| view! { <li>{i}</li> })
            .collect_view()
    };
    match block {
        Block::Title(t) => view! { <h3 class="plan-document__title">{t}</h3> }.into_any(),
        Block::Byline(t) => view! { <p class="hint">{t}</p> }.into_any(),
        Block::Heading(t) => view! { <h4>{t}</h4> }.into_any(),
        Block::Subheading(t) => view! { <h5>{t}</h5> }.into_any(),
        Block::Paragraph(t) => view! { <p class="plan-document__text">{t}</p> }.into_any(),
        Block::Items(items) => view! { <ul>{list(items)}</ul> }.into_any(),
        Block::Steps(items) => view! { <ol>{list(items)}</ol> }.into_any(),
    }
}
