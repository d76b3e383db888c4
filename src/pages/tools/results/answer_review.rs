use assessment::{Answers, SectionId};
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::Whose;
use crate::sentence;
use crate::texts;
use crate::texts::language::use_locale;
use crate::ui::Look;

/// Every answer, grouped by section; in an editable view each with a link
/// back to it on the self-check page. Static, like the rest of the results.
#[component]
pub fn AnswerReview(
    /// The answers to list.
    answers: Answers,
    /// Whether each answer has a "Change" button.
    editable: bool,
    /// Whose answers: someone else's are not "yours".
    whose: Whose,
) -> impl IntoView {
    let locale = use_locale();
    let sections = SectionId::all()
        .map(|section| {
            let items = section
                .statements()
                .map(|statement| {
                    let rating = match answers.rating(statement) {
                        Some(r) => sentence!(
                            locale,
                            results.rated,
                            rating = r.value(),
                            word = texts::scale_word(locale, r)
                        )
                        .to_string(),
                        None => td_string!(locale, results.not_rated).to_string(),
                    };
                    view! {
                        <li data-statement=statement.as_str()>
                            <span class="answer-review__statement">
                                {texts::statement(locale, statement)}
                            </span>
                            <span class="answer-review__rating">{rating}</span>
                            {editable
                                .then(|| {
                                    view! {
                                        <a class=Look::Link.class() href=crate::app::launch::change_link(statement)>
                                            {td_string!(locale, results.change)}
                                        </a>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h4>{texts::section_title(locale, section)}</h4>
                <ul class="answer-review__list">{items}</ul>
            }
        })
        .collect_view();
    view! {
        <details class="answer-review">
            <summary>
                {match whose {
                    Whose::Mine => td_string!(locale, results.your_answers),
                    Whose::Shared => td_string!(locale, link.answers),
                }}
            </summary>
            {sections}
        </details>
    }
}
