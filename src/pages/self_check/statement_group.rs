use assessment::{Rating, StatementId};
use leptos::prelude::*;

use crate::app::session::Session;
use crate::browser::focus::statement_dom_id;
use crate::texts::language::use_locale;
use crate::texts::loaded;

/// A statement as a native radio group: the fieldset's legend is the
/// statement, so it names the group; Tab moves between statements and the
/// arrow keys between ratings. Choosing a rating never moves focus.
#[component]
pub fn StatementGroup(
    /// The statement to rate.
    statement: StatementId,
) -> impl IntoView {
    let session = Session::expect();
    let locale = use_locale();
    // One memo per statement: a click elsewhere re-runs it, but only a change
    // to this statement's rating reaches its five radios.
    let chosen = Memo::new(move |_| session.answers.with(|a| a.rating(statement)));
    let points = Rating::ALL
        .into_iter()
        .map(|rating| {
            let checked = move || chosen.get() == Some(rating);
            view! {
                <label class="scale__point">
                    <input
                        type="radio"
                        name=statement.as_str()
                        value=rating.value()
                        prop:checked=checked
                        on:change=move |_| session.rate(statement, rating)
                    />
                    <span class="scale__value">{rating.value()}</span>
                    <span class="scale__word">{loaded::scale_word(locale, rating)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="statement"
            id=statement_dom_id(statement)
            data-statement=statement.as_str()
        >
            <legend class="statement__text">
                <span class="statement__number" aria-hidden="true">
                    {statement.index() + 1}". "
                </span>
                {loaded::statement(locale, statement)}
            </legend>
            <div class="scale">{points}</div>
        </fieldset>
    }
}
