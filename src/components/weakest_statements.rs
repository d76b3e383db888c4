use assessment::Report;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::language::use_locale;
use crate::text;

/// How many of the lowest-rated statements to put first.
const SHOWN: usize = 5;

/// "Start with these statements": the lowest-rated statements across all
/// sections (rated 3 or less), lowest first.
#[component]
pub fn WeakestStatements(
    /// The results to pick the statements from.
    report: Report,
) -> impl IntoView {
    let locale = use_locale();
    let weakest = report.weakest_statements();
    (!weakest.is_empty()).then(|| {
        let items = weakest
            .into_iter()
            .take(SHOWN)
            .map(|(statement, rating)| {
                view! {
                    <li data-statement=statement.as_str()>
                        <span class="rating-chip">{rating.value()}</span>
                        " "
                        {text::statement(locale, statement)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="weakest-statements">
                <h3>{td_string!(locale, results.start_here)}</h3>
                <ol>{items}</ol>
            </div>
        }
    })
}
