//! The first screen public/first-screen.js drew before the app started:
//! what the person chose on it, and where they were, read just before it is
//! removed; then the same place restored in the app's own screen.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};

const ID: &str = "first-screen";

/// What the first screen held when the app took over.
pub struct Left {
    /// Each chosen rating: the statement's id and the value.
    pub ratings: Vec<(String, String)>,
    /// How to find the focused control again in the app's screen.
    focus: Option<String>,
    scroll: (f64, f64),
}

/// Reads and removes the first screen; `None` if there was none.
pub fn take() -> Option<Left> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let screen = document.get_element_by_id(ID)?;
    let checked = screen.query_selector_all("input:checked").ok()?;
    let ratings = (0..checked.length())
        .filter_map(|i| checked.item(i)?.dyn_into::<HtmlInputElement>().ok())
        .map(|input| (input.name(), input.value()))
        .collect();
    let focus = document
        .active_element()
        .filter(|focused| screen.contains(Some(focused)))
        .and_then(|focused| selector(&focused));
    let scroll = (
        window.scroll_x().unwrap_or(0.0),
        window.scroll_y().unwrap_or(0.0),
    );
    screen.remove();
    Some(Left {
        ratings,
        focus,
        scroll,
    })
}

/// The same control in the app's screen, which has the same markup.
fn selector(focused: &web_sys::Element) -> Option<String> {
    if let Some(input) = focused.dyn_ref::<HtmlInputElement>() {
        return Some(format!(
            "input[name=\"{}\"][value=\"{}\"]",
            input.name(),
            input.value()
        ));
    }
    if let Some(section) = focused.get_attribute("data-section") {
        return Some(format!(".section-nav__item[data-section=\"{section}\"]"));
    }
    let id = focused.id();
    (!id.is_empty()).then(|| format!("#{id}"))
}

/// Puts focus and scroll back where they were on the first screen.
pub fn restore(left: &Left) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let target = left.focus.as_deref().and_then(|selector| {
        window
            .document()?
            .query_selector(selector)
            .ok()??
            .dyn_into::<HtmlElement>()
            .ok()
    });
    if let Some(target) = target {
        let _ = target.focus();
    }
    window.scroll_to_with_x_and_y(left.scroll.0, left.scroll.1);
}
