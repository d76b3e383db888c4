use leptos::either::EitherOf3;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::browser::storage::{Problem, SaveFailed};
use crate::i18n::Locale;
use crate::texts;
use crate::texts::language::use_locale;

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
    let startup = problem.map(|problem| {
        view! {
            <div class="notice notice--warning" role="alert" data-testid="storage-notice">
                {startup_message(locale, &problem)}
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
                {td_string!(locale, storage.save_failed)}
            </p>
            <p hidden=move || save_error.get() != Some(SaveFailed::Full)>
                {td_string!(locale, storage.full)}
            </p>
            <p hidden=move || save_error.get() != Some(SaveFailed::NewerElsewhere)>
                {td_string!(locale, storage.newer)}
            </p>
        </div>
    }
}

fn startup_message(locale: Locale, problem: &Problem) -> impl IntoView {
    match problem {
        Problem::Unavailable => {
            EitherOf3::A(view! { <p>{td_string!(locale, storage.memory_only)}</p> })
        }
        Problem::Newer { raw } => EitherOf3::B(view! {
            <p>{td_string!(locale, storage.newer)}</p>
            {download_link(locale, raw)}
        }),
        Problem::Unreadable {
            raw,
            reason,
            backup_key,
        } => {
            let reason = texts::decode_reason(locale, reason);
            let message = match backup_key {
                Some(_) => td_string!(locale, storage.unreadable, reason = reason).to_string(),
                None => {
                    td_string!(locale, storage.unreadable_not_kept, reason = reason).to_string()
                }
            };
            EitherOf3::C(view! {
                <p>{message}</p>
                {download_link(locale, raw)}
            })
        }
    }
}

/// The stored text as a downloadable file; a data URL, so nothing is sent.
fn download_link(locale: Locale, raw: &str) -> impl IntoView {
    let href = crate::browser::download::data_url("application/json", raw);
    view! {
        <p>
            <a href=href download="service-quotient-saved-answers.json" data-testid="download-saved">
                {td_string!(locale, storage.download)}
            </a>
        </p>
    }
}
