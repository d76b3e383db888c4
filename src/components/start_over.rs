use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::session::Session;

/// "Start over", with an inline confirmation before anything is cleared.
#[component]
pub fn StartOver() -> impl IntoView {
    let session = Session::expect();
    let locale = session.locale;
    let asking = RwSignal::new(false);
    move || {
        if asking.get() {
            view! {
                <div class="start-over start-over--asking" role="group" aria-labelledby="start-over-question">
                    <p id="start-over-question">{td_string!(locale.get(), start_over.question)}</p>
                    <button
                        type="button"
                        class="button button--danger"
                        on:click=move |_| {
                            asking.set(false);
                            session.start_over();
                        }
                    >
                        {td_string!(locale.get(), start_over.confirm)}
                    </button>
                    <button type="button" class="button" autofocus on:click=move |_| asking.set(false)>
                        {td_string!(locale.get(), start_over.cancel)}
                    </button>
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="start-over">
                    <button type="button" class="button" on:click=move |_| asking.set(true)>
                        {td_string!(locale.get(), start_over.button)}
                    </button>
                </div>
            }
            .into_any()
        }
    }
}
