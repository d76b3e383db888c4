//! Links that carry answers in their fragment (`#r=<share code>`): the
//! fragment never reaches a server. Reading one at start, writing one for the
//! current answers, and removing it from the address once handled.

use assessment::share_code::{self, LINK_PREFIX};
use assessment::{Answers, ShareCodeError};

/// The answers in the address's fragment: `None` when there is no share
/// code, else the decoded answers or why they could not be read.
pub fn from_location() -> Option<Result<Answers, ShareCodeError>> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let code = hash.strip_prefix(LINK_PREFIX)?;
    Some(share_code::decode(code))
}

/// A link to the tools page (this one, or next to this one) that carries
/// `answers`.
pub fn link_for(answers: &Answers) -> String {
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
/// history entry, so a reload does not show the shared answers again.
pub fn forget() {
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
