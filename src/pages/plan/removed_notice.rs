//! Removing an item of the plan (an issue, an action) takes it away at
//! once and offers it back: a notice names what was removed, with Undo.

use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::texts::language::use_locale;

/// The notice after a removal: shown while `removed` holds the removed
/// item's text; Undo calls `undo`.
pub fn removed_notice(
    removed: RwSignal<Option<String>>,
    undo: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let locale = use_locale();
    move || {
        removed.get().map(|text| {
            view! {
                <p class="notice plan-removed" role="status" data-testid="plan-removed">
                    {td_string!(locale, plan.removed, text = text)} " "
                    <button
                        type="button"
                        class="link-button"
                        on:click=move |_| {
                            undo();
                            removed.set(None);
                        }
                    >
                        {td_string!(locale, plan.undo)}
                    </button>
                </p>
            }
        })
    }
}
