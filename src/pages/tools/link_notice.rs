use assessment::ShareCodeError;
use leptos::prelude::*;

use crate::sentence;
use crate::texts;
use crate::texts::language::use_locale;

/// Says, in the person's language, why a shared link could not be read
/// (tools page only; the person's own answers are untouched).
#[component]
pub fn LinkNotice(
    /// Why the link in the address could not be read, while it could not.
    error: RwSignal<Option<ShareCodeError>>,
) -> impl IntoView {
    let locale = use_locale();
    move || {
        error.get().map(|error| {
            let reason = texts::share_code_reason(locale, error);
            view! {
                <div class="notice notice--warning" role="alert" data-testid="link-error">
                    <p>{sentence!(locale, link.error, reason = reason)}</p>
                </div>
            }
        })
    }
}
