use assessment::SectionId;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::session::Session;
use crate::text;

/// Every answer, grouped by section, each with a way back to change it.
#[component]
pub fn AnswerReview() -> impl IntoView {
    let session = Session::expect();
    let locale = session.locale;
    let sections = SectionId::ALL
        .into_iter()
        .map(|section| {
            let items = section
                .statements()
                .iter()
                .map(|&statement| {
                    let rating = move || {
                        let locale = locale.get();
                        match session.answers.with(|a| a.rating(statement)) {
                            Some(r) => td_string!(
                                locale,
                                results.rated,
                                rating = r.value(),
                                word = text::scale_word(locale, r)
                            )
                            .to_string(),
                            None => td_string!(locale, results.not_rated).to_string(),
                        }
                    };
                    view! {
                        <li data-statement=statement.as_str()>
                            <span class="answer-review__statement">
                                {move || text::statement(locale.get(), statement)}
                            </span>
                            <span class="answer-review__rating">{rating}</span>
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| session.go_to_statement(statement)
                            >
                                {move || td_string!(locale.get(), results.change)}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h4>{move || text::section_title(locale.get(), section)}</h4>
                <ul class="answer-review__list">{items}</ul>
            }
        })
        .collect_view();
    view! {
        <details class="answer-review">
            <summary>{move || td_string!(locale.get(), results.your_answers)}</summary>
            {sections}
        </details>
    }
}
