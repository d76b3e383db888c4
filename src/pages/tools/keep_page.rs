use assessment::Answers;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::KeepPanel;
use crate::app::session::Session;
use crate::browser::dates;
use crate::browser::focus::HEADING_ID;
use crate::pages::tools::results::{ResultsView, Whose};
use crate::sentence;
use crate::texts::language::use_locale;

/// The current results with the ways to keep them: save to the history,
/// download, print (the page prints as a clean report headed with the name
/// and the note), share.
#[component]
pub fn KeepPage() -> impl IntoView {
    let locale = use_locale();
    let session = Session::expect();
    let answers: Answers = session.answers.get_untracked();
    let complete = answers.is_complete();
    let note = RwSignal::new(String::new());
    let printed = sentence!(
        locale,
        report.date,
        date = dates::display(&dates::now(), locale)
    );
    let name = move || {
        session
            .saved_name()
            .map(|name| view! { " · "<span>{name}</span> })
    };
    let printed_note = move || {
        note.with(|n| {
            let n = n.trim();
            (!n.is_empty())
                .then(|| sentence!(locale, report.note, note = assessment::isolated(n)).to_string())
        })
    };
    view! {
        <section class="keep-page">
            <div class="print-only report-heading">
                <p>{td_string!(locale, report.title)}{name}" · "{printed}</p>
                <p>{printed_note}</p>
            </div>
            <h2 id=HEADING_ID tabindex="-1">{td_string!(locale, keep.title)}</h2>
            <KeepPanel answers=answers.clone() complete note />
            <ResultsView answers whose=Whose::Mine />
        </section>
    }
}
