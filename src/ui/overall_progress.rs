use assessment::STATEMENT_COUNT;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::app::session::Session;
use crate::sentence;
use crate::texts::language::use_locale;

/// "12 of 25 answered", as text and as a native progress bar.
#[component]
pub fn OverallProgress() -> impl IntoView {
    let session = Session::expect();
    let locale = use_locale();
    let answered = Memo::new(move |_| session.answers.with(|a| a.answered()));
    view! {
        // `data-sq-answered` and `data-sq-statements` are the embedding
        // contract (`public/embed-frame.js`, the README).
        <div class="overall-progress" data-sq-answered=answered data-sq-statements=STATEMENT_COUNT>
            <progress
                max=STATEMENT_COUNT
                value=answered
                aria-label=td_string!(locale, progress.label)
            ></progress>
            // The page's one polite live region: each rating's new count is
            // said, briefly.
            <span class="overall-progress__text" data-testid="progress-text" role="status">
                {move || {
                    sentence!(
                        locale, progress.count, answered = answered.get(), total = STATEMENT_COUNT
                    )
                }}
            </span>
        </div>
    }
}
