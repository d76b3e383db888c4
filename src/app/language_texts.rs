//! The self-check and plan pages show a language only once their own texts
//! in it are loaded (see `texts::loaded` and `texts::pack`): the one
//! they start in, then any the person picks, from the service worker's
//! cache when offline. A language that cannot be loaded is not switched to:
//! the page stays as it was, in the language it was in, and says so; at
//! the start, it is shown in English and the choice is kept.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::session::Session;
use crate::browser::{first_screen, texts_file};
use crate::i18n::Locale;
use crate::texts::loaded;
use crate::texts::pack::{self, Pack};
use leptos_i18n::Locale as _;

/// A page's texts that are loaded one language at a time.
pub trait PageTexts: 'static {
    fn is_loaded(locale: Locale) -> bool;
    /// Loads and keeps the language's texts; says whether that worked.
    fn load(locale: Locale) -> impl Future<Output = bool>;
}

/// The self-check's questionnaire, words and notices (`texts/<lang>.json`).
pub struct SelfCheckTexts;

impl PageTexts for SelfCheckTexts {
    fn is_loaded(locale: Locale) -> bool {
        loaded::is_loaded(locale) && pack::is_loaded(Pack::SelfCheck, locale)
    }

    async fn load(locale: Locale) -> bool {
        let Some((texts, pack_texts)) = first_screen::load_texts(locale.as_str()).await else {
            return false;
        };
        pack::keep(Pack::SelfCheck, locale, pack_texts) && loaded::keep(locale, texts)
    }
}

/// The plan page's texts (`texts/plan-<lang>.json`).
pub struct PlanTexts;

impl PageTexts for PlanTexts {
    fn is_loaded(locale: Locale) -> bool {
        pack::is_loaded(Pack::Plan, locale)
    }

    async fn load(locale: Locale) -> bool {
        let texts = texts_file::strings(&format!("texts/plan-{}.json", locale.as_str())).await;
        texts.is_some_and(|t| pack::keep(Pack::Plan, locale, t))
    }
}

#[derive(Clone, Copy)]
pub struct LanguageTexts {
    /// The language the page is shown in; `None` until the first is loaded.
    pub shown: ReadSignal<Option<Locale>>,
    /// Whether the language last picked could not be loaded.
    pub failed: ReadSignal<bool>,
}

impl LanguageTexts {
    /// Follows the session's language, loading each one's texts first.
    pub fn follow<Texts: PageTexts>(session: Session) -> LanguageTexts {
        let (shown, show) = signal(None);
        let (failed, fail) = signal(false);
        Effect::new(move |_| {
            let wanted = session.locale.get();
            let before = shown.get_untracked();
            if Texts::is_loaded(wanted) {
                if before != Some(wanted) {
                    show.set(Some(wanted));
                    fail.set(false);
                }
                return;
            }
            spawn_local(async move {
                let kept = Texts::load(wanted).await;
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
                    // Nothing shown yet: English for now, if that can be
                    // had. The person's choice stays as it was, saved for
                    // the next visit: the file may only have been cut off
                    // by leaving the page.
                    None if wanted != Locale::en && Texts::load(Locale::en).await => {
                        show.set(Some(Locale::en));
                    }
                    None => panic!("the page's texts could not be loaded"),
                }
            });
        });
        LanguageTexts { shown, failed }
    }
}
