use leptos::either::Either;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::app::replacement::Replacer;
use crate::texts::language::use_locale;
use crate::ui::Look;

/// The notice's DOM id: focus lands on it after "Undo".
const NOTICE_ID: &str = "replace-notice";

/// After the answers were replaced: what happened, where the previous ones
/// went, and "Undo" for as long as the page is open. Or, if the previous
/// answers could not be kept, that nothing was replaced.
#[component]
pub fn ReplaceNotice() -> impl IntoView {
    let locale = use_locale();
    let replacer = Replacer::expect();
    let undo = move |_| {
        replacer.undo();
        crate::browser::focus::element_after_render(NOTICE_ID);
    };
    view! {
        <div
            id=NOTICE_ID
            class="notice"
            role="status"
            tabindex="-1"
            data-testid="replace-notice"
            hidden=move || replacer.last.with(Option::is_none)
        >
            {move || {
                replacer
                    .last
                    .get()
                    .map(|last| match last.before {
                        Some(_) => {
                            Either::Left(view! {
                                <p>
                                    {last.reason.done(locale)}
                                    " "
                                    {last.kept.then(|| td_string!(locale, replace.kept_note))}
                                </p>
                                <button type="button" class=Look::Plain.class() on:click=undo>
                                    {td_string!(locale, replace.undo)}
                                </button>
                            })
                        }
                        None => Either::Right(view! { <p>{td_string!(locale, replace.undone)}</p> }),
                    })
            }}
        </div>
        <p class="notice notice--error" role="alert" hidden=move || !replacer.refused.get()>
            {td_string!(locale, replace.not_kept)}
        </p>
    }
}
