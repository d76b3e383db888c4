use assessment::Report;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::{
    AnswerReview, MissingList, ScoreChart, SectionAdviceList, StartOver, TotalSummary,
    WeakestStatements,
};
use crate::focus::HEADING_ID;
use crate::language::use_locale;
use crate::session::Session;

/// The results: what is known so far, what is missing, and the advice.
///
/// The results are rebuilt every time they are opened, and nothing on them
/// changes an answer without leaving them (changing one opens its section;
/// starting over opens the first), so they are rendered once from the report
/// of the moment (scored here, once): static views, no reactive closures.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let locale = use_locale();
    let report = Session::expect().answers.with_untracked(Report::new);
    let total = report.total.map(|t| t.one_decimal_down());
    let band = report.band().map(|b| b.as_str());
    view! {
        // The total and band as data, for the embedding bridge
        // (`public/embed-frame.js`); absent until all statements are rated.
        <section
            class="results-page"
            data-total=total
            data-band=band
        >
            <h2 id=HEADING_ID tabindex="-1">{td_string!(locale, results.title)}</h2>
            <TotalSummary report=report.clone() />
            <MissingList report=report.clone() />
            <ScoreChart report=report.clone() />
            <WeakestStatements report=report.clone() />
            <SectionAdviceList report />
            <AnswerReview />
            <StartOver />
        </section>
    }
}
