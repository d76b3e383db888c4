use assessment::plan::targets::Target;
use assessment::{Answers, Report};
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::{
    AnswerReview, FirstSteps, LastChanged, MissingList, ScoreChart, SectionAdviceList,
    SinceSnapshot, TotalSummary,
};
use crate::texts::language::use_locale;
use crate::ui::Look;

/// Whose results are shown: the person's own (their answers, or one of their
/// snapshots), or someone else's from a shared link, which never say "your".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whose {
    Mine,
    Shared,
}

/// The results of one answer sheet: total and band, what is missing, the
/// first three steps (for the person's own answers followed by the way to
/// keep, share or print them), the chart, advice per section and every
/// answer. `editable` views (the
/// person's own answers) link back to the statements; the others (a
/// snapshot, a shared link) are read-only. Static: the views that show it
/// are rebuilt whenever what they show changes.
#[component]
pub fn ResultsView(
    /// The answers to show the results of.
    answers: Answers,
    /// Whether these are the person's current answers, on the results page.
    #[prop(optional)]
    current: bool,
    /// Whose answers these are.
    whose: Whose,
    /// The targets of the person's plan (for their current answers).
    #[prop(optional)]
    targets: Vec<Target>,
) -> impl IntoView {
    let locale = use_locale();
    let report = Report::new(&answers);
    let total = report.total.map(|t| t.one_decimal_down());
    let band = report.band().map(|b| b.as_str());
    view! {
        // The total and band for the embedding bridge (`public/embed-frame.js`;
        // the README's embedding contract); absent until all are rated.
        <div class="results-page" data-sq-total=total data-sq-band=band>
            <TotalSummary report=report.clone() whose />
            {current.then(|| view! { <MissingList report=report.clone() /> })}
            <FirstSteps report=report.clone() whose />
            {current
                .then(|| {
                    view! {
                        <p class="keep-link">
                            <a class=Look::Primary.class() href="#keep">
                                {td_string!(locale, keep.open)}
                            </a>
                            " "
                            <a class=Look::Plain.class() href="plan.html" data-testid="to-plan">
                                {td_string!(locale, plan.from_results)}
                            </a>
                        </p>
                        <LastChanged />
                        <SinceSnapshot answers=answers.clone() />
                    }
                })}
            <SectionAdviceList report=report.clone() targets=targets.clone() />
            <ScoreChart report targets />
            <AnswerReview answers editable=current whose />
        </div>
    }
}
