//! `<App/>`: restores the session, keeps it saved, and shows the current place.

use assessment::Place;
use leptos::prelude::*;

use crate::components::{
    AppFooter, AppHeader, ResultsPage, SectionNav, SectionPage, StorageNotices,
};
use crate::session::Session;
use crate::{language, storage};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let opened = storage::open();
    let session = Session::provide(opened.session.unwrap_or_default());
    let save_failed = RwSignal::new(false);

    // The one effect that writes to storage: any change to the answers, the
    // place or the language is saved at once. Its first run only subscribes:
    // nothing has changed yet, so whatever is stored stays untouched.
    let mode = opened.mode;
    Effect::new(move |subscribed: Option<()>| {
        let saved = session.to_saved();
        if subscribed.is_some() {
            save_failed.set(storage::save(mode, &saved).is_err());
        }
    });

    Effect::new(move |_| {
        let lang = language::html_lang(session.locale.get());
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang);
        }
    });

    view! {
        <AppHeader />
        <StorageNotices problem=opened.problem save_failed=save_failed />
        <SectionNav />
        <main id="main">
            // Keyed on the place, so every section gets fresh DOM: patching one
            // section's radio groups into another's mixes up their checked state.
            <For each=move || [session.place.get()] key=|place| *place let(place)>
                {match place {
                    Place::Section(section) => view! { <SectionPage section /> }.into_any(),
                    Place::Results => view! { <ResultsPage /> }.into_any(),
                }}
            </For>
        </main>
        <AppFooter />
    }
}
