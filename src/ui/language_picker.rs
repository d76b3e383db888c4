use leptos::prelude::*;

use crate::app::session::Session;
use crate::browser::focus;
use crate::i18n::Locale;
use crate::texts::language::{self, use_locale};
use leptos_i18n::Locale as _;

const PICKER_ID: &str = "language-picker";

/// A native `<select>` of the languages, each named in its own script.
/// Choosing one rebuilds the page in that language, so focus is put back on
/// the picker afterwards.
#[component]
pub fn LanguagePicker(
    /// "Language", in the page's language.
    label: &'static str,
) -> impl IntoView {
    let session = Session::expect();
    let locale = use_locale();
    let on_change = move |ev| {
        if let Some(chosen) = language::parse(&event_target_value(&ev)) {
            session.choose_language(chosen);
            focus::element_after_render(PICKER_ID);
        }
    };
    let options = Locale::get_all()
        .iter()
        .map(|&option| {
            view! {
                <option value=option.as_str() lang=language::html_lang(option) selected=locale == option>
                    {language::native_name(option)}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="language-picker">
            <span class="language-picker__label">{label}</span>
            // Says the language the page is in, set again whenever one is
            // chosen: one that could not be loaded is taken back (see
            // `app::language_texts`).
            <select
                id=PICKER_ID
                on:change=on_change
                prop:value=move || {
                    session.locale.track();
                    locale.as_str()
                }
            >
                {options}
            </select>
        </label>
    }
}
