use assessment::Answers;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::{ResultsView, SinceSnapshot, StartOver, Whose};
use crate::focus::HEADING_ID;
use crate::language::use_locale;
use crate::session::Session;

/// The results of the person's own answers: when they last changed, the
/// change since their newest snapshot, the first steps with the way to keep,
/// share or print right under them, and starting over.
///
/// Rebuilt whenever it is opened or the answers change (see `App`), so it
/// renders once from the answers of the moment.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let locale = use_locale();
    let session = Session::expect();
    let answers: Answers = session.answers.get_untracked();
    let last_changed = session.changed_at.get_untracked().map(|at| {
        let date = crate::dates::display_with_time(&at, locale);
        view! {
            <p class="hint" data-testid="last-changed">
                {td_string!(locale, results.last_changed, date = date)}
            </p>
        }
    });
    view! {
        <section class="results-page-wrapper">
            <h2 id=HEADING_ID tabindex="-1">{td_string!(locale, results.title)}</h2>
            {last_changed}
            <SinceSnapshot answers=answers.clone() />
            <ResultsView answers editable=true whose=Whose::Mine keep_link=true />
            <StartOver />
        </section>
    }
}
