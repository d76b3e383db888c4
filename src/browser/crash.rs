//! After a panic: a calm notice instead of a frozen page. Answers are saved
//! as they are given, so nothing is lost; the notice says so, in the page's
//! language, and offers a reload. Built with plain DOM calls, because after
//! a panic the app's views no longer run.

use std::cell::Cell;

use leptos_i18n::td_string;

use crate::i18n::Locale;

thread_local! {
    /// The language of the page shown, for the notice.
    static SHOWN_LANGUAGE: Cell<Locale> = const { Cell::new(Locale::en) };
}

/// Remembers the page's language for a notice that may come later.
pub fn remember_language(locale: Locale) {
    SHOWN_LANGUAGE.with(|l| l.set(locale));
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
    let locale = SHOWN_LANGUAGE.with(Cell::get);
    let build = || -> Option<web_sys::Element> {
        let notice = document.create_element("div").ok()?;
        notice.set_id("crash-notice");
        notice.set_class_name("crash-notice");
        notice.set_attribute("role", "alert").ok()?;
        let message = document.create_element("p").ok()?;
        message.set_text_content(Some(td_string!(locale, crash.message)));
        // A link to the page itself reloads it without any script, which
        // the Content-Security-Policy would refuse inline.
        let reload = document.create_element("a").ok()?;
        reload.set_attribute("href", "").ok()?;
        reload.set_class_name("button button--primary");
        reload.set_text_content(Some(td_string!(locale, crash.reload)));
        notice.append_child(&message).ok()?;
        notice.append_child(&reload).ok()?;
        Some(notice)
    };
    if let (Some(notice), Some(body)) = (build(), document.body()) {
        let _ = body.append_child(&notice);
    }
}
