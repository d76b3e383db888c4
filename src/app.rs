//! `<App/>`: restores the session, keeps it saved, and shows the current place.

use assessment::Place;
use leptos::either::Either;
use leptos::prelude::*;

use crate::components::{
    AppFooter, AppHeader, ResultsPage, SectionNav, SectionPage, ShellNotices, StorageNotices,
};
use crate::i18n::Locale;
use crate::launch::Launch;
use crate::session::Session;
use crate::storage::Problem;
use crate::{language, storage, timing};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let launch = Launch::from_location();
    let opened = timing::measure("sq:restore", || storage::open(&launch.slot));
    let session = Session::provide(opened.session.unwrap_or_default(), launch.language);
    let save_failed = RwSignal::new(false);

    // The one effect that writes to storage: any change to the answers, the
    // place or the language is saved at once. Its first run only subscribes:
    // nothing has changed yet, so whatever is stored stays untouched.
    let mode = opened.mode;
    let slot = launch.slot;
    Effect::new(move |subscribed: Option<()>| {
        let saved = session.to_saved();
        if subscribed.is_some() {
            let outcome = timing::measure("sq:save", || storage::save(mode, &slot, &saved));
            save_failed.set(outcome.is_err());
        }
    });

    // Keyed on the language: choosing another rebuilds the page, so every
    // component renders its texts once, as static strings, instead of
    // keeping a reactive closure per text.
    let problem = opened.problem;
    view! {
        <For each=move || [session.locale.get()] key=|locale| *locale let(locale)>
            <Page locale problem=problem.clone() save_failed />
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
    /// True while the latest save did not reach storage.
    save_failed: RwSignal<bool>,
) -> impl IntoView {
    provide_context(locale);
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", language::html_lang(locale));
    }
    let place = Session::expect().place;
    view! {
        <AppHeader />
        <StorageNotices problem save_failed />
        <ShellNotices />
        <SectionNav />
        <main id="main">
            // Keyed on the place, so every section gets fresh DOM: patching one
            // section's radio groups into another's mixes up their checked state.
            <For each=move || [place.get()] key=|place| *place let(place)>
                {match place {
                    Place::Section(section) => Either::Left(view! { <SectionPage section /> }),
                    Place::Results => Either::Right(view! { <ResultsPage /> }),
                }}
            </For>
        </main>
        <AppFooter />
    }
}
