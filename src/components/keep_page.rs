use assessment::Answers;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::{KeepPanel, ResultsView};
use crate::dates;
use crate::focus::HEADING_ID;
use crate::language::use_locale;
use crate::session::Session;

/// The current results with the ways to keep them: save to the history,
/// download, print (the page prints as a clean report), share.
#[component]
pub fn KeepPage() -> impl IntoView {
    let locale = use_locale();
    let answers: Answers = Session::expect().answers.get_untracked();
    let complete = answers.is_complete();
    let printed = td_string!(
        locale,
        report.date,
        date = dates::display(&dates::now(), locale)
    );
    view! {
        <section class="keep-page">
            <p class="print-only report-heading">{td_string!(locale, report.title)}" · "{printed}</p>
            <h2 id=HEADING_ID tabindex="-1">{td_string!(locale, keep.title)}</h2>
            <KeepPanel answers=answers.clone() complete />
            <ResultsView answers editable=false />
        </section>
    }
}
