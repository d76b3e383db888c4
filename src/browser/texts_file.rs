//! Fetching a texts file of the page's own (`texts/…`), from the service
//! worker's cache when offline.

use js_sys::Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The file's JSON array of strings; `None` if it could not be had (offline
/// and never cached, a server error, damaged, or not an array of strings).
pub async fn strings(path: &str) -> Option<Vec<String>> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let json = JsFuture::from(response.json().ok()?).await.ok()?;
    let array: Array = json.dyn_into().ok()?;
    array.iter().map(|value| value.as_string()).collect()
}
