use assessment::{Answers, Report};
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::app::replacement::{Reason, Replacer};
use crate::app::session::Session;
use crate::i18n::Locale;
use crate::sentence;
use crate::texts::language::use_locale;
use crate::ui::{ConfirmDialog, Look};

/// A button that replaces the person's answers (loading a link, a file or
/// a snapshot, starting over). When they have answers of their own that
/// differ, it asks first, saying what they have and that it is kept; once
/// confirmed the answers are kept in the history, replaced, and `after` runs.
#[component]
pub fn ReplaceButton(
    /// The button's text.
    label: &'static str,
    /// `true` for the page's main action.
    #[prop(optional)]
    primary: bool,
    /// Why the answers are replaced (the question, the snapshot's note, the
    /// notice after).
    reason: Reason,
    /// What replaces the answers.
    answers: Answers,
    /// What to do once they are replaced (show another view, forget a link).
    #[prop(optional, into)]
    after: Option<Callback<()>>,
) -> impl IntoView {
    let locale = use_locale();
    let session = Session::expect();
    let replacer = Replacer::expect();
    let asking = RwSignal::new(false);
    let incoming = StoredValue::new(answers);
    let replace = move || {
        if replacer
            .replace(incoming.get_value(), reason, locale)
            .is_ok()
        {
            if let Some(after) = after {
                after.run(());
            }
        }
    };
    let click = move |_| {
        // Nothing of theirs would be lost: no need to ask.
        let nothing_to_lose = session.answers.with_untracked(|current| {
            current.answered() == 0 || incoming.with_value(|new| new == current)
        });
        if nothing_to_lose {
            replace();
        } else {
            asking.set(true);
        }
    };
    let (question, kept, confirm, cancel) = texts(locale, reason);
    let details = Signal::derive(move || {
        vec![
            session.answers.with(|a| current_answers(locale, a)),
            kept.to_string(),
        ]
    });
    let class = if primary { Look::Primary } else { Look::Plain }.class();
    view! {
        <button type="button" class=class on:click=click>
            {label}
        </button>
        <ConfirmDialog id=reason.dom_id() open=asking question details confirm cancel on_confirm=replace />
    }
}

/// The question, what is kept, and the two choices.
fn texts(
    locale: Locale,
    reason: Reason,
) -> (&'static str, &'static str, &'static str, &'static str) {
    match reason {
        Reason::StartOver => (
            td_string!(locale, start_over.question),
            td_string!(locale, start_over.kept),
            td_string!(locale, start_over.confirm),
            td_string!(locale, start_over.cancel),
        ),
        _ => (
            td_string!(locale, replace.question),
            td_string!(locale, replace.kept),
            td_string!(locale, replace.confirm),
            td_string!(locale, replace.cancel),
        ),
    }
}

/// "Your current answers: all 25 statements rated, total 26.2."
fn current_answers(locale: Locale, answers: &Answers) -> String {
    match Report::new(answers).total {
        Some(total) => sentence!(
            locale,
            replace.current_total,
            total = total.one_decimal_down()
        )
        .to_string(),
        None => sentence!(
            locale,
            replace.current_partial,
            answered = answers.answered()
        )
        .to_string(),
    }
}
