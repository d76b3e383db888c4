use std::hash::Hash;

use leptos::prelude::*;

/// Content built from one value, and built afresh (new DOM, a new owner)
/// whenever that value changes instead of patched: the views here render
/// once from what they show (a language's static texts, a section's radio
/// groups, the view a tool shows, a preview of a file). Key it on every
/// value the content shows; nothing needs bumping by hand.
pub fn keyed<K, F, C, V>(value: F, content: C) -> impl IntoView
where
    K: Clone + Eq + Hash + Send + 'static,
    F: Fn() -> K + Send + 'static,
    C: Fn(K) -> V + Send + Clone + 'static,
    V: IntoView + 'static,
{
    view! { <For each=move || [value()] key=|value: &K| value.clone() children=content /> }
}
