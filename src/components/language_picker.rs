use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::i18n::Locale;
use crate::language;
use crate::session::Session;
use leptos_i18n::Locale as _;

/// A native `<select>` of the four languages, each named in its own script.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let locale = Session::expect().locale;
    let on_change = move |ev| {
        if let Some(chosen) = language::parse(&event_target_value(&ev)) {
            locale.set(chosen);
        }
    };
    let options = Locale::get_all()
        .iter()
        .map(|&option| {
            view! {
                <option
                    value=option.as_str()
                    lang=language::html_lang(option)
                    selected=move || locale.get() == option
                >
                    {language::native_name(option)}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="language-picker">
            <span class="language-picker__label">
                {move || td_string!(locale.get(), language.label)}
            </span>
            <select on:change=on_change prop:value=move || locale.get().as_str()>
                {options}
            </select>
        </label>
    }
}
