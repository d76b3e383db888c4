use assessment::plan::targets::Target;
use assessment::Answers;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::StartOver;
use crate::app::session::Session;
use crate::browser::focus::HEADING_ID;
use crate::pages::tools::results::{ResultsView, Whose};
use crate::texts::language::use_locale;

/// The results of the person's current answers (`tools.html#results`), and
/// starting over.
///
/// Rebuilt whenever it is opened or the answers change (see `ToolsApp`), so
/// it renders once from the answers of the moment.
#[component]
pub fn ResultsPage(
    /// The targets of the person's plan, shown beside the scores.
    targets: Vec<Target>,
) -> impl IntoView {
    let locale = use_locale();
    let answers: Answers = Session::expect().answers.get_untracked();
    view! {
        <section class="results-page-wrapper">
            <h2 id=HEADING_ID tabindex="-1">{td_string!(locale, results.title)}</h2>
            <ResultsView answers current=true whose=Whose::Mine targets />
            <StartOver />
        </section>
    }
}
