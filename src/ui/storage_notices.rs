use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::browser::storage::{Problem, SaveFailed};
use crate::i18n::Locale;
use crate::texts::language::{use_locale, use_notice_words};
use crate::texts::NoticeWords;

/// Tells the person, in their language, when answers are not being kept or
/// a stored record could not be used, and offers the raw record as a file.
#[component]
pub fn StorageNotices(
    /// What went wrong when the app started, if anything.
    problem: Option<Problem>,
    /// Why the latest save did not reach storage, while it did not.
    save_error: RwSignal<Option<SaveFailed>>,
) -> impl IntoView {
    let locale = use_locale();
    let words = use_notice_words();
    let startup = problem.map(|problem| {
        view! {
            <div class="notice notice--warning" role="alert" data-testid="storage-notice">
                {startup_message(locale, words, &problem)}
            </div>
        }
    });
    view! {
        {startup}
        // Shown and hidden rather than rebuilt; becoming visible announces it.
        <div
            class="notice notice--error"
            role="alert"
            data-testid="save-failed"
            hidden=move || save_error.get().is_none()
        >
            <p hidden=move || save_error.get() != Some(SaveFailed::Refused)>
                {words.save_failed}
            </p>
            <p hidden=move || save_error.get() != Some(SaveFailed::Full)>
                {words.full}
            </p>
            <p hidden=move || save_error.get() != Some(SaveFailed::NewerElsewhere)>
                {words.newer}
            </p>
        </div>
    }
}

fn startup_message(locale: Locale, words: NoticeWords, problem: &Problem) -> impl IntoView {
    match problem {
        Problem::Unavailable => EitherOf3::A(view! { <p>{words.memory_only}</p> }),
        Problem::Newer { raw } => EitherOf3::B(view! {
            <p>{words.newer}</p>
            {download_link(words, raw)}
        }),
        Problem::Unreadable {
            raw,
            reason,
            backup_key,
        } => {
            let message = (words.unreadable)(locale, words.reason(reason), backup_key.is_some());
            EitherOf3::C(view! {
                <p>{message}</p>
                {download_link(words, raw)}
            })
        }
    }
}

/// The stored text as a downloadable file; a data URL, so nothing is sent.
fn download_link(words: NoticeWords, raw: &str) -> impl IntoView {
    let href = crate::browser::download::data_url("application/json", raw);
    view! {
        <p>
            <a href=href download="service-quotient-saved-answers.json" data-testid="download-saved">
                {words.download}
            </a>
        </p>
    }
}
