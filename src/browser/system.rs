//! What the browser itself does for the person: print the page, copy text,
//! open the system share sheet (on phones: WhatsApp, SMS, e-mail). Each
//! reports honestly whether it worked; none of them ever panics.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Opens the print dialog (the page prints as a clean report).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Copies `text` to the clipboard; `true` only once the browser says it did.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    // Browsers without the Clipboard API have no `clipboard` object.
    if JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Whether the browser offers a system share sheet.
pub fn can_share() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Opens the system share sheet with `url` and `title`; `true` if the
/// person shared it (not if they closed the sheet).
pub async fn share(url: &str, title: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let data = web_sys::ShareData::new();
    data.set_url(url);
    data.set_title(title);
    JsFuture::from(window.navigator().share_with_data(&data))
        .await
        .is_ok()
}

/// A random id for a new item of the plan, so two tabs adding items at once
/// do not pick the same one.
pub fn random_id() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// A random id for a record written (see `assessment::plan::lineage`):
/// 53 bits from the browser's cryptographic generator, exact as a JSON
/// number; `Math.random` where that is missing.
pub fn random_record_id() -> u64 {
    let mut bytes = [0u8; 8];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if filled {
        u64::from_le_bytes(bytes) >> 11
    } else {
        (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64
    }
}
