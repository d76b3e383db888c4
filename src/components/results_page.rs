use leptos::prelude::*;
use leptos_i18n::td_string;

use super::{
    AnswerReview, MissingList, ScoreChart, SectionAdviceList, StartOver, TotalSummary,
    WeakestStatements,
};
use crate::focus::HEADING_ID;
use crate::session::Session;

/// The results: what is known so far, what is missing, and the advice.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let locale = Session::expect().locale;
    view! {
        <section class="results-page">
            <h2 id=HEADING_ID tabindex="-1">{move || td_string!(locale.get(), results.title)}</h2>
            <TotalSummary />
            <MissingList />
            <ScoreChart />
            <WeakestStatements />
            <SectionAdviceList />
            <AnswerReview />
            <StartOver />
        </section>
    }
}
