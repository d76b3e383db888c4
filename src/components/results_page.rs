use assessment::Answers;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::{ResultsView, StartOver};
use crate::focus::HEADING_ID;
use crate::language::use_locale;
use crate::session::Session;

/// The results of the person's own answers, a way to the tools page (keep,
/// share, print), and starting over.
///
/// Rebuilt every time it is opened; nothing on it changes an answer without
/// leaving it (changing one opens its section; starting over opens the
/// first), so it renders once from the answers of the moment.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let locale = use_locale();
    let answers: Answers = Session::expect().answers.get_untracked();
    view! {
        <section class="results-page-wrapper">
            <h2 id=HEADING_ID tabindex="-1">{td_string!(locale, results.title)}</h2>
            <ResultsView answers editable=true />
            <p class="keep-link">
                <a class="button button--primary" href="tools.html#keep">
                    {td_string!(locale, keep.open)}
                </a>
            </p>
            <StartOver />
        </section>
    }
}
