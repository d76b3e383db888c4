use assessment::Answers;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::ReplaceButton;
use crate::app::replacement::Reason;
use crate::app::session::Session;
use crate::browser::address;
use crate::browser::focus::HEADING_ID;
use crate::pages::tools::results::{ResultsView, Whose};
use crate::texts::language::use_locale;
use crate::ui::Look;

/// Results someone shared through a link, read-only and never called
/// "yours", with the choice to load them into the person's own self-check
/// (asking first, with a way back) or, for someone with answers of their
/// own, to keep those; someone without answers is offered their own
/// self-check instead.
#[component]
pub fn SharedResults(
    /// The answers the link carried.
    answers: Answers,
    /// Runs once the person has chosen (the page then shows their own).
    done: Callback<()>,
) -> impl IntoView {
    let locale = use_locale();
    let has_own = Session::expect()
        .answers
        .with_untracked(|a| a.answered() > 0);
    let finish = move || {
        address::forget_fragment();
        done.run(());
    };
    let other_choice = if has_own {
        Either::Left(view! {
            <button type="button" class=Look::Plain.class() on:click=move |_| finish()>
                {td_string!(locale, link.keep)}
            </button>
        })
    } else {
        Either::Right(view! {
            <a class=Look::Plain.class() href="./">
                {td_string!(locale, link.start_own)}
            </a>
        })
    };
    view! {
        <section class="shared-results">
            <h2 id=HEADING_ID tabindex="-1">{td_string!(locale, link.title)}</h2>
            <p>{td_string!(locale, link.explain)}</p>
            <p class="shared-results__choice">
                <ReplaceButton
                    label=td_string!(locale, link.load)
                    primary=true
                    reason=Reason::SharedLink
                    answers=answers.clone()
                    after=move |_| finish()
                />
                " "
                {other_choice}
            </p>
            <ResultsView answers whose=Whose::Shared />
        </section>
    }
}
