//! The page's address: its query (options such as `?lang=hi`) and its
//! fragment, which never reaches a server: the tool shown (`#keep`), a shared
//! link's answers (`#r=<share code>`), a statement to change
//! (`#change=<id>`). Reading them, writing a share link, and removing a
//! fragment once it has been handled.

use assessment::share_code::{self, LINK_PREFIX};
use assessment::{Answers, ShareCodeError};

/// The address's query, with its `?` (empty if none).
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The address's fragment, with its `#` (empty if none).
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// A query parameter's value, if the query has it.
pub fn query_param(name: &str) -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(&query())
        .ok()?
        .get(name)
}

/// The answers in the fragment: `None` when it holds no share code, else
/// the decoded answers or why they could not be read.
pub fn shared_answers() -> Option<Result<Answers, ShareCodeError>> {
    let code = fragment().strip_prefix(LINK_PREFIX)?.to_string();
    Some(share_code::decode(&code))
}

/// A link to the tools page (this one, or next to this one) that carries
/// `answers`.
pub fn share_link(answers: &Answers) -> String {
    let location = web_sys::window().map(|w| w.location());
    let base = location
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default();
    let folder = &base[..base.rfind('/').map_or(base.len(), |i| i + 1)];
    format!(
        "{folder}tools.html{LINK_PREFIX}{}",
        share_code::encode(answers)
    )
}

/// Removes the fragment from the address without reloading or adding a
/// history entry, so a reload does not act on it again.
pub fn forget_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
