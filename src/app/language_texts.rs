//! The self-check page shows a language only once its questionnaire texts
//! are loaded (see `texts::loaded`): the one it starts in, then any the
//! person picks, from the service worker's cache when offline. A language
//! that cannot be loaded is not switched to: the page stays as it was, in
//! the language it was in, and says so.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::session::Session;
use crate::browser::first_screen;
use crate::i18n::Locale;
use crate::texts::loaded;
use leptos_i18n::Locale as _;

#[derive(Clone, Copy)]
pub struct LanguageTexts {
    /// The language the page is shown in; `None` until the first is loaded.
    pub shown: ReadSignal<Option<Locale>>,
    /// Whether the language last picked could not be loaded.
    pub failed: ReadSignal<bool>,
}

impl LanguageTexts {
    /// Follows the session's language, loading each one's texts first.
    pub fn follow(session: Session) -> LanguageTexts {
        let (shown, show) = signal(None);
        let (failed, fail) = signal(false);
        Effect::new(move |_| {
            let wanted = session.locale.get();
            let before = shown.get_untracked();
            if loaded::is_loaded(wanted) {
                if before != Some(wanted) {
                    show.set(Some(wanted));
                    fail.set(false);
                }
                return;
            }
            spawn_local(async move {
                let texts = first_screen::load_texts(wanted.as_str()).await;
                let kept = texts.is_some_and(|t| loaded::keep(wanted, t));
                if session.locale.get_untracked() != wanted {
                    return; // Another language was picked meanwhile.
                }
                if kept {
                    // A switch that worked clears an earlier failure;
                    // English after a failed start does not.
                    if shown.get_untracked().is_some() {
                        fail.set(false);
                    }
                    show.set(Some(wanted));
                    return;
                }
                fail.set(true);
                match shown.get_untracked() {
                    Some(before) => session.choose_language(before),
                    // Nothing shown yet: English, if that can be had.
                    None if wanted != Locale::en => session.choose_language(Locale::en),
                    None => panic!("the questionnaire's texts could not be loaded"),
                }
            });
        });
        LanguageTexts { shown, failed }
    }
}
