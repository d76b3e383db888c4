use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::texts::language::use_locale;
use crate::ui::Look;

/// Notices the page shell (`public/shell.js`, `public/embed-frame.js`)
/// switches on with a class on `<html>`, because it learns about them
/// outside the app: a new version waiting (`update-ready`), a browser that
/// may erase storage (`may-be-erased`), being embedded (`embedded`) in
/// another site (`partitioned`). Rendered hidden, in the page's language;
/// the stylesheet shows them.
#[component]
pub fn ShellNotices() -> impl IntoView {
    let locale = use_locale();
    view! {
        <div id="update-notice" class="notice shell-notice" role="status">
            <p>{td_string!(locale, update.ready)}</p>
            <button type="button" id="update-reload" class=Look::Plain.class()>
                {td_string!(locale, update.reload)}
            </button>
        </div>
        <div id="erase-notice" class="notice shell-notice" role="status">
            <p>{td_string!(locale, storage.may_be_erased)}</p>
        </div>
        <div id="embed-notice" class="notice shell-notice">
            <p id="embed-partitioned">{td_string!(locale, embed.partitioned)}</p>
            <p>
                <a href="./" target="_blank" rel="noopener">
                    {td_string!(locale, embed.full_tab)}
                </a>
            </p>
        </div>
    }
}
