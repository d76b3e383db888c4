//! `<App/>`: the self-check page: the questionnaire only. The results (with
//! their advice, keeping, sharing and printing), the history and the team
//! view live on the tools page (`tools.html`, [`crate::ToolsApp`]), so this
//! page loads only what answering needs.

mod section_nav;
mod section_page;
mod section_steps;
mod statement_group;

use section_nav::*;
use section_page::*;
use section_steps::*;
use statement_group::*;

use assessment::{Place, SectionId};
use leptos::prelude::*;

use crate::app::bootstrap::{self, Started};
use crate::app::first_screen;
use crate::app::language_texts::{LanguageTexts, SelfCheckTexts};
use crate::app::session::Session;
use crate::browser::storage::Problem;
use crate::check_text;
use crate::i18n::Locale;
use crate::texts::language;
use crate::texts::loaded::{self, word, Word};
use crate::ui::{keyed, AppFooter, AppHeader, ShellNotices, StorageNotices};

/// The self-check page.
#[component]
pub fn App() -> impl IntoView {
    let Started {
        session,
        problem,
        save_error,
        launch,
        ..
    } = bootstrap::start();
    // Opened by "Change" on the results: that statement, and a way back.
    match launch.change {
        Some(statement) => session.change_from_results(statement),
        None => session.open_questionnaire(),
    }

    let texts = LanguageTexts::follow::<SelfCheckTexts>(session);
    // The page is shown once its texts are loaded: only then can the
    // statement "Change" was opened for take focus.
    let change = launch.change;
    Effect::new(move |focused: Option<bool>| {
        let shown = texts.shown.get().is_some();
        if let (Some(statement), true, None | Some(false)) = (change, shown, focused) {
            session.go_to_statement(statement);
        }
        shown
    });

    // Keyed on the language shown (once its texts are loaded): choosing
    // another rebuilds the page, so every component renders its texts once,
    // as static strings, instead of keeping a reactive closure per text.
    view! {
        {keyed(
            move || texts.shown.get(),
            move |shown| {
                shown.map(|locale| {
                    view! { <Page locale problem=problem.clone() save_error failed=texts.failed /> }
                })
            },
        )}
    }
}

/// The whole page in one language.
#[component]
fn Page(
    /// The language every text below is rendered in.
    locale: Locale,
    /// What went wrong with storage when the app started, if anything.
    problem: Option<Problem>,
    /// Why the latest save did not reach storage, while it did not.
    save_error: RwSignal<Option<crate::browser::storage::SaveFailed>>,
    /// Whether the language last picked could not be loaded.
    failed: ReadSignal<bool>,
) -> impl IntoView {
    language::provide_locale(locale, crate::notice_words!(check_text, locale));
    let session = Session::expect();
    // After this first render is in the page: what was chosen before the
    // app started joins the session, and the early screen goes.
    Effect::new(move |_| first_screen::take_over(session));
    let place = session.place;
    let section = move || match place.get() {
        Place::Section(section) => section,
        Place::Results => SectionId::FIRST,
    };
    let frame = loaded::frame_words(locale);
    view! {
        <AppHeader words=frame />
        <StorageNotices problem save_error />
        <p class="notice notice--error" role="alert" hidden=move || !failed.get()>
            {word(locale, Word::LoadFailed)}
        </p>
        <ShellNotices />
        <SectionNav />
        <main id="main">
            // Keyed on the section, so every one gets fresh DOM: patching one
            // section's radio groups into another's mixes up their checked state.
            {keyed(section, |section| view! { <SectionPage section /> })}
        </main>
        <AppFooter words=frame />
    }
}
