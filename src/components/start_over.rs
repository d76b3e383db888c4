use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::focus;
use crate::language::use_locale;
use crate::session::Session;

const BUTTON_ID: &str = "start-over";
const CANCEL_ID: &str = "start-over-cancel";

/// "Start over", with an inline confirmation before anything is cleared.
/// Both states are rendered once and shown or hidden, and focus moves into
/// the question when it opens and back to the button when it closes, so
/// keyboard users never land on the page's top.
#[component]
pub fn StartOver() -> impl IntoView {
    let session = Session::expect();
    let locale = use_locale();
    let asking = RwSignal::new(false);
    let ask = move |question: bool| {
        asking.set(question);
        focus::element_after_render(if question { CANCEL_ID } else { BUTTON_ID });
    };
    view! {
        <div class="start-over" hidden=move || asking.get()>
            <button type="button" class="button" id=BUTTON_ID on:click=move |_| ask(true)>
                {td_string!(locale, start_over.button)}
            </button>
        </div>
        <div
            class="start-over start-over--asking"
            role="group"
            aria-labelledby="start-over-question"
            hidden=move || !asking.get()
        >
            <p id="start-over-question">{td_string!(locale, start_over.question)}</p>
            <button
                type="button"
                class="button button--danger"
                on:click=move |_| {
                    asking.set(false);
                    session.start_over();
                }
            >
                {td_string!(locale, start_over.confirm)}
            </button>
            <button type="button" class="button" id=CANCEL_ID on:click=move |_| ask(false)>
                {td_string!(locale, start_over.cancel)}
            </button>
        </div>
    }
}
