use assessment::Answers;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::QrCode;
use crate::language::use_locale;
use crate::shared_link;

/// A link that carries the answers in its fragment, a button to copy it, and
/// its QR code for phones.
#[component]
pub fn SharePanel(
    /// The answers the link carries.
    answers: Answers,
) -> impl IntoView {
    let locale = use_locale();
    let link = shared_link::link_for(&answers);
    let copied = RwSignal::new(false);
    let to_copy = link.clone();
    let copy = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.navigator().clipboard().write_text(&to_copy);
            copied.set(true);
        }
    };
    view! {
        <div class="share-panel">
            <h4>{td_string!(locale, keep.share_title)}</h4>
            <p class="hint">{td_string!(locale, keep.share_explain)}</p>
            <label for="share-link">{td_string!(locale, keep.share_label)}</label>
            <input id="share-link" type="text" readonly value=link.clone() />
            <button type="button" class="button" on:click=copy>
                {td_string!(locale, keep.copy)}
            </button>
            <span role="status">{move || copied.get().then(|| td_string!(locale, keep.copied))}</span>
            <QrCode text=link label=td_string!(locale, keep.qr) />
        </div>
    }
}
