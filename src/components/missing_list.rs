use assessment::Report;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::language::use_locale;
use crate::session::Session;
use crate::text;

/// The statements still to rate, each a link back to itself.
#[component]
pub fn MissingList(
    /// The results whose missing statements to list.
    report: Report,
) -> impl IntoView {
    let session = Session::expect();
    let locale = use_locale();
    (!report.unanswered.is_empty()).then(|| {
        let items = report
            .unanswered
            .into_iter()
            .map(|statement| {
                view! {
                    <li>
                        <button
                            type="button"
                            class="link-button"
                            data-statement=statement.as_str()
                            on:click=move |_| session.go_to_statement(statement)
                        >
                            {statement.index() + 1}
                            ". "
                            {text::statement(locale, statement)}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="missing-list">
                <h3>{td_string!(locale, results.missing_title)}</h3>
                <ul>{items}</ul>
            </div>
        }
    })
}
