use assessment::Answers;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::ResultsView;
use crate::focus::HEADING_ID;
use crate::language::use_locale;
use crate::session::Session;
use crate::shared_link;
use crate::tools_app::Tool;

/// Results someone shared through a link, read-only, with the choice to load
/// them into the person's own self-check or to keep their own. Their own
/// answers are never replaced without that click.
#[component]
pub fn SharedResults(
    /// The answers the link carried.
    answers: Answers,
    /// Cleared once the person has chosen.
    shared: RwSignal<Option<Answers>>,
    /// Switched to keeping the (then current) answers once chosen.
    tool: RwSignal<Tool>,
) -> impl IntoView {
    let locale = use_locale();
    let session = Session::expect();
    let loaded = answers.clone();
    let load = move |_| {
        session.answers.set(loaded.clone());
        shared_link::forget();
        shared.set(None);
        tool.set(Tool::Keep);
    };
    let keep = move |_| {
        shared_link::forget();
        shared.set(None);
        tool.set(Tool::Keep);
    };
    view! {
        <section class="shared-results">
            <h2 id=HEADING_ID tabindex="-1">{td_string!(locale, link.title)}</h2>
            <p>{td_string!(locale, link.explain)}</p>
            <p class="shared-results__choice">
                <button type="button" class="button button--primary" on:click=load>
                    {td_string!(locale, link.load)}
                </button>
                " "
                <button type="button" class="button" on:click=keep>
                    {td_string!(locale, link.keep)}
                </button>
            </p>
            <ResultsView answers editable=false />
        </section>
    }
}
