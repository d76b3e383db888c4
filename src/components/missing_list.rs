use assessment::StatementId;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::session::Session;
use crate::text;

/// The statements still to rate, each a link back to itself.
#[component]
pub fn MissingList() -> impl IntoView {
    let session = Session::expect();
    let locale = session.locale;
    let missing = move || {
        session
            .answers
            .with(|a| a.unanswered().collect::<Vec<StatementId>>())
    };
    move || {
        let missing = missing();
        (!missing.is_empty()).then(|| {
            let items = missing
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
                                {statement.index() + 1}". "{text::statement(locale.get(), statement)}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="missing-list">
                    <h3>{td_string!(locale.get(), results.missing_title)}</h3>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}
