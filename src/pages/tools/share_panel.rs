use assessment::Answers;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_i18n::td_string;

use super::QrCode;
use crate::browser::{address, system};
use crate::texts::language::use_locale;
use crate::ui::Look;

/// What the latest copy did.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copied {
    Not,
    Done,
    Failed,
}

/// A link that carries the answers in its fragment; the system share sheet
/// where the browser has one (phones), a button to copy it that says
/// "copied" only when it was, and its QR code.
#[component]
pub fn SharePanel(
    /// The answers the link carries.
    answers: Answers,
) -> impl IntoView {
    let locale = use_locale();
    let link = address::share_link(&answers);
    let copied = RwSignal::new(Copied::Not);
    let field = NodeRef::<Input>::new();
    let to_copy = link.clone();
    let copy = move |_| {
        let text = to_copy.clone();
        spawn_local(async move {
            if system::copy(&text).await {
                copied.set(Copied::Done);
            } else {
                copied.set(Copied::Failed);
                // Selected, so the person can copy it themselves.
                if let Some(field) = field.get_untracked() {
                    let _ = field.focus();
                    field.select();
                }
            }
        });
    };
    let to_share = link.clone();
    let share = system::can_share().then(|| {
        let title = td_string!(locale, app.title);
        view! {
            <button
                type="button"
                class=Look::Primary.class()
                on:click=move |_| {
                    let url = to_share.clone();
                    spawn_local(async move {
                        system::share(&url, title).await;
                    });
                }
            >
                {td_string!(locale, keep.share)}
            </button>
        }
    });
    view! {
        <div class="share-panel">
            <h4>{td_string!(locale, keep.share_title)}</h4>
            <p class="hint">{td_string!(locale, keep.share_explain)}</p>
            <label for="share-link">{td_string!(locale, keep.share_label)}</label>
            <input id="share-link" type="text" readonly value=link.clone() node_ref=field />
            {share}
            <button type="button" class=Look::Plain.class() on:click=copy>
                {td_string!(locale, keep.copy)}
            </button>
            <span role="status" data-testid="copy-status">
                {move || match copied.get() {
                    Copied::Not => None,
                    Copied::Done => Some(td_string!(locale, keep.copied)),
                    Copied::Failed => Some(td_string!(locale, keep.copy_failed)),
                }}
            </span>
            <QrCode text=link label=td_string!(locale, keep.qr) />
        </div>
    }
}
