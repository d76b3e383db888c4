//! After a panic: a calm notice instead of a frozen page. Answers are saved
//! as they are given, so nothing is lost; the notice says so, in the page's
//! language, and offers a reload. Built with plain DOM calls, because after
//! a panic the app's views no longer run.

use std::cell::Cell;

use leptos_i18n::td_string;

use crate::i18n::Locale;

/// The notice's message and its reload link.
type Words = (&'static str, &'static str);

thread_local! {
    /// The notice's words in the language of the page shown.
    static SHOWN_WORDS: Cell<Option<Words>> = const { Cell::new(None) };
}

/// Remembers the notice's words in the page's language, for a notice that
/// may come later (before any page is shown, it is in English).
pub fn remember_words(message: &'static str, reload: &'static str) {
    SHOWN_WORDS.with(|w| w.set(Some((message, reload))));
}

/// The panic hook: logs the panic and shows the notice once.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_notice();
    }));
}

fn show_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("crash-notice").is_some() {
        return;
    }
    let (message_text, reload_text) = SHOWN_WORDS.with(Cell::get).unwrap_or((
        td_string!(Locale::en, crash.message),
        td_string!(Locale::en, crash.reload),
    ));
    let build = || -> Option<web_sys::Element> {
        let notice = document.create_element("div").ok()?;
        notice.set_id("crash-notice");
        notice.set_class_name("crash-notice");
        notice.set_attribute("role", "alert").ok()?;
        let message = document.create_element("p").ok()?;
        message.set_text_content(Some(message_text));
        // A link to the page itself reloads it without any script, which
        // the Content-Security-Policy would refuse inline.
        let reload = document.create_element("a").ok()?;
        reload.set_attribute("href", "").ok()?;
        reload.set_class_name("button button--primary");
        reload.set_text_content(Some(reload_text));
        notice.append_child(&message).ok()?;
        notice.append_child(&reload).ok()?;
        Some(notice)
    };
    if let (Some(notice), Some(body)) = (build(), document.body()) {
        let _ = body.append_child(&notice);
    }
}
