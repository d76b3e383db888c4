//! A text field of the plan, saved as it is typed: the label, the input
//! (one line or several), stopped at the text's limit. What it shows
//! follows the plan, so a change merged in from another tab appears; the
//! browser leaves the caret alone when the value it is given is the one
//! already typed.

use assessment::plan::{Day, Plan, TextKind};
use leptos::either::Either;
use leptos::prelude::*;

use crate::app::plan_store::PlanStore;

/// Reads one text of the plan.
pub type ReadText = Box<dyn Fn(&Plan) -> String + Send + Sync>;
/// Writes one text of the plan.
pub type WriteText = Box<dyn Fn(&mut Plan, String) + Send + Sync>;
/// Reads one date of the plan.
pub type ReadDay = Box<dyn Fn(&Plan) -> Option<Day> + Send + Sync>;
/// Writes one date of the plan.
pub type WriteDay = Box<dyn Fn(&mut Plan, Option<Day>) + Send + Sync>;

/// A labelled text field bound to one text of the plan. Its accessors are
/// boxed so that one copy of the field's view serves every text (generic
/// ones made a copy per field: about 30 KB of wasm).
pub fn text_field(
    id: String,
    label: impl IntoView + 'static,
    kind: TextKind,
    read: ReadText,
    write: WriteText,
) -> impl IntoView {
    let store = PlanStore::expect();
    let value = Memo::new(move |_| store.plan.with(|plan| read(plan)));
    let on_input = move |event| {
        let text = kind.clamp(&event_target_value(&event));
        store.edit(|plan| write(plan, text));
    };
    let input = match kind {
        TextKind::Short => Either::Left(view! {
            <input
                id=id.clone()
                type="text"
                maxlength=kind.max_chars()
                prop:value=value
                on:input=on_input
            />
        }),
        TextKind::Long => Either::Right(view! {
            <textarea
                id=id.clone()
                rows="3"
                maxlength=kind.max_chars()
                prop:value=value
                on:input=on_input
            ></textarea>
        }),
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {input}
        </div>
    }
}

/// A labelled date field bound to one date of the plan; clearing it clears
/// the date.
pub fn date_field(
    id: String,
    label: impl IntoView + 'static,
    read: ReadDay,
    write: WriteDay,
) -> impl IntoView {
    let store = PlanStore::expect();
    let value = Memo::new(move |_| store.plan.with(|plan| read(plan)));
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="date"
                prop:value=move || value.get().map(Day::iso).unwrap_or_default()
                on:change=move |event| {
                    let day = Day::parse(&event_target_value(&event));
                    store.edit(|plan| write(plan, day));
                }
            />
        </div>
    }
}

/// A value a view follows, boxed: every closure of one output type then
/// shares one copy of the code that renders and updates it (one per
/// closure otherwise).
pub type Derived<T> = Box<dyn Fn() -> T + Send + Sync>;

/// One choice of a `<select>`, selected while `selected` holds. Boxed like
/// the fields' accessors, so every list of choices on the page shares one
/// copy of the option's view code.
pub fn choice(value: String, label: String, selected: Derived<bool>) -> impl IntoView {
    view! { <option value=value selected=selected>{label}</option> }
}
