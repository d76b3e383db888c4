//! Moving keyboard focus after a view change, so keyboard and screen-reader
//! users land where the person asked to go instead of at the top of the page.

use assessment::StatementId;
use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Id of the heading that starts the main content of every view.
pub const HEADING_ID: &str = "view-heading";

/// The DOM id of a statement's fieldset (dots would need escaping in CSS
/// selectors, so they become dashes).
pub fn statement_dom_id(statement: StatementId) -> String {
    format!("statement-{}", statement.as_str().replace('.', "-"))
}

/// Focuses the statement's checked rating (or its first one) once the view
/// has rendered.
pub fn statement_after_render(statement: StatementId) {
    let id = statement_dom_id(statement);
    request_animation_frame(move || {
        focus_first(&[&format!("#{id} input:checked"), &format!("#{id} input")])
    });
}

/// Focuses the current view's heading once it has rendered.
pub fn heading_after_render() {
    element_after_render(HEADING_ID);
}

/// Focuses the element with this DOM id once the view has rendered.
pub fn element_after_render(id: &'static str) {
    request_animation_frame(move || focus_first(&[&format!("#{id}")]));
}

/// Opens the `<details>` with this DOM id (a section's advice on the
/// results), then focuses its summary and scrolls to it.
pub fn reveal(id: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(details) = document.get_element_by_id(id) {
        let _ = details.set_attribute("open", "");
    }
    focus_first(&[&format!("#{id} > summary")]);
}

/// Focuses and scrolls to the first element matching one of the selectors,
/// tried in order.
fn focus_first(selectors: &[&str]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let element = selectors
        .iter()
        .find_map(|s| document.query_selector(s).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}
