use assessment::Report;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::texts;
use crate::texts::language::use_locale;
use crate::ui::Look;

/// The statements still to rate, each a link to itself on the self-check
/// page.
#[component]
pub fn MissingList(
    /// The results whose missing statements to list.
    report: Report,
) -> impl IntoView {
    let locale = use_locale();
    (!report.unanswered.is_empty()).then(|| {
        let items = report
            .unanswered
            .into_iter()
            .map(|statement| {
                view! {
                    <li>
                        <a
                            class=Look::Link.class()
                            data-statement=statement.as_str()
                            href=crate::app::launch::change_link(statement)
                        >
                            {statement.index() + 1}
                            ". "
                            {texts::statement(locale, statement)}
                        </a>
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
