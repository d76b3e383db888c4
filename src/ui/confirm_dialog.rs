use crate::ui::Look;
use leptos::html::{Button, Dialog};
use leptos::prelude::*;

/// A question before something replaces what the person entered, as a
/// native modal `<dialog>`: focus stays inside it, Escape cancels, and focus
/// returns to the button that opened it. The safe choice comes first and
/// has focus when it opens (focused by hand: `autofocus` is refused, with a
/// console error, inside a cross-origin embed).
#[component]
pub fn ConfirmDialog(
    /// The dialog's DOM id; its question is `<id>-question`, its name.
    id: &'static str,
    /// Whether it is open; set back to `false` however it closes.
    open: RwSignal<bool>,
    /// The question.
    question: &'static str,
    /// What the person has now and what happens to it, one paragraph each.
    details: Signal<Vec<String>>,
    /// The choice that goes ahead.
    confirm: &'static str,
    /// The safe choice.
    cancel: &'static str,
    /// Runs when the person goes ahead.
    on_confirm: impl Fn() + 'static,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let safe = NodeRef::<Button>::new();
    Effect::new(move |_| {
        let wanted = open.get();
        if let Some(dialog) = dialog.get() {
            if wanted && !dialog.open() {
                let _ = dialog.show_modal();
                if let Some(safe) = safe.get_untracked() {
                    let _ = safe.focus();
                }
            } else if !wanted && dialog.open() {
                dialog.close();
            }
        }
    });
    let question_id = format!("{id}-question");
    view! {
        <dialog
            node_ref=dialog
            id=id
            class="confirm-dialog"
            aria-labelledby=format!("{id}-question")
            on:close=move |_| open.set(false)
        >
            <p class="confirm-dialog__question" id=question_id>
                <strong>{question}</strong>
            </p>
            {move || details.get().into_iter().map(|d| view! { <p>{d}</p> }).collect_view()}
            <p class="confirm-dialog__choices">
                <button type="button" class=Look::Plain.class() node_ref=safe on:click=move |_| open.set(false)>
                    {cancel}
                </button>
                <button
                    type="button"
                    class=Look::Danger.class()
                    on:click=move |_| {
                        open.set(false);
                        on_confirm();
                    }
                >
                    {confirm}
                </button>
            </p>
        </dialog>
    }
}
