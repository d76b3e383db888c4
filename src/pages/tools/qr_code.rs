use leptos::prelude::*;
use qrcodegen::{QrCode as Code, QrCodeEcc};

/// A QR code drawn as SVG: one path of dark modules, with the quiet zone the
/// standard asks for.
#[component]
pub fn QrCode(
    /// What the code encodes.
    text: String,
    /// Its accessible name.
    label: &'static str,
) -> impl IntoView {
    const QUIET: i32 = 4;
    let code = Code::encode_text(&text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + QUIET, y + QUIET));
            }
        }
    }
    let side = size + 2 * QUIET;
    Some(view! {
        <svg class="qr-code" viewBox=format!("0 0 {side} {side}") role="img" aria-label=label>
            <rect width="100%" height="100%" fill="#fff"></rect>
            <path d=path fill="#000"></path>
        </svg>
    })
}
