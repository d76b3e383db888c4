//! `<App/>`: the self-check page: the questionnaire and the results. Keeping,
//! sharing, printing, the history and the team view live on the tools page
//! (`tools.html`, [`crate::ToolsApp`]), so this page loads only what answering
//! needs.

use assessment::Place;
use leptos::either::Either;
use leptos::prelude::*;

use crate::archive::Archive;
use crate::bootstrap::{self, Started};
use crate::components::{
    AppFooter, AppHeader, ReplaceNotice, ResultsPage, SectionNav, SectionPage, ShellNotices,
    StorageNotices,
};
use crate::i18n::Locale;
use crate::replacement::Replacer;
use crate::session::Session;
use crate::storage::Problem;

/// The self-check page.
#[component]
pub fn App() -> impl IntoView {
    let Started {
        session,
        slot,
        mode,
        problem,
        save_error,
    } = bootstrap::start();
    // The history, for the change since the newest snapshot and for keeping
    // the answers before starting over.
    let archive = Archive::provide(mode, &slot);
    Replacer::provide(session, archive);

    // Keyed on the language: choosing another rebuilds the page, so every
    // component renders its texts once, as static strings, instead of
    // keeping a reactive closure per text.
    view! {
        <For each=move || [session.locale.get()] key=|locale| *locale let(locale)>
            <Page locale problem=problem.clone() save_error />
        </For>
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
    save_error: RwSignal<Option<crate::storage::SaveFailed>>,
) -> impl IntoView {
    bootstrap::use_language(locale);
    let session = Session::expect();
    // The results are rebuilt when the answers change under them ("Undo",
    // another tab); a section only when it is opened.
    let shown = move || {
        let place = session.place.get();
        let answers = (place == Place::Results).then(|| session.answers.get());
        [(place, answers)]
    };
    view! {
        <AppHeader />
        <StorageNotices problem save_error />
        <ShellNotices />
        <SectionNav />
        <main id="main">
            <ReplaceNotice />
            // Keyed on the place, so every view gets fresh DOM: patching one
            // section's radio groups into another's mixes up their checked state.
            <For each=shown key=|shown| shown.clone() let((place, _))>
                {match place {
                    Place::Section(section) => Either::Left(view! { <SectionPage section /> }),
                    Place::Results => Either::Right(view! { <ResultsPage /> }),
                }}
            </For>
        </main>
        <AppFooter />
    }
}
