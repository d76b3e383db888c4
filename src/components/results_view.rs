use assessment::{Answers, Report};
use leptos::prelude::*;

use super::{
    AnswerReview, MissingList, ScoreChart, SectionAdviceList, TotalSummary, WeakestStatements,
};

/// The results of one answer sheet: total and band, what is missing, the
/// chart, the weakest statements, advice per section and every answer.
/// `editable` views (the person's own answers) link back to the statements;
/// the others (a snapshot, a shared link) are read-only. Static: the views
/// that show it are rebuilt whenever what they show changes.
#[component]
pub fn ResultsView(
    /// The answers to show the results of.
    answers: Answers,
    /// Whether the statements link back to the questionnaire.
    editable: bool,
) -> impl IntoView {
    let report = Report::new(&answers);
    let total = report.total.map(|t| t.one_decimal_down());
    let band = report.band().map(|b| b.as_str());
    view! {
        // The total and band as data, for the embedding bridge
        // (`public/embed-frame.js`); absent until all statements are rated.
        <div class="results-page" data-total=total data-band=band>
            <TotalSummary report=report.clone() />
            {editable.then(|| view! { <MissingList report=report.clone() /> })}
            <ScoreChart report=report.clone() />
            <WeakestStatements report=report.clone() />
            <SectionAdviceList report />
            <AnswerReview answers editable />
        </div>
    }
}
