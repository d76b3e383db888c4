use leptos::prelude::*;

use crate::texts::language::use_notice_words;
use crate::ui::Look;

/// Notices the page shell (`public/shell.js`, `public/embed-frame.js`)
/// switches on with a class on `<html>`, because it learns about them
/// outside the app: a new version waiting (`update-ready`), a browser that
/// may erase storage (`may-be-erased`), being embedded (`embedded`) in
/// another site (`partitioned`). Rendered hidden, in the page's language;
/// the stylesheet shows them.
#[component]
pub fn ShellNotices() -> impl IntoView {
    let words = use_notice_words();
    view! {
        <div id="update-notice" class="notice shell-notice" role="status">
            <p>{words.update_ready}</p>
            <button type="button" id="update-reload" class=Look::Plain.class()>
                {words.update_reload}
            </button>
        </div>
        <div id="erase-notice" class="notice shell-notice" role="status">
            <p>{words.may_be_erased}</p>
        </div>
        <div id="embed-notice" class="notice shell-notice">
            <p id="embed-partitioned">{words.embed_partitioned}</p>
            <p>
                <a href="./" target="_blank" rel="noopener">
                    {words.embed_full_tab}
                </a>
            </p>
        </div>
    }
}
