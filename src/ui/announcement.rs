use std::time::Duration;

use leptos::prelude::*;

/// A sentence a screen reader says once, politely, when the view appears
/// (the results' total and band): a live region that is in the page empty
/// first and gets its text a moment later, because a region that arrives
/// with its text already in it is not announced.
#[component]
pub fn Announcement(
    /// What is said.
    text: String,
) -> impl IntoView {
    let said = RwSignal::new(String::new());
    set_timeout(move || said.set(text), Duration::from_millis(150));
    view! {
        <p class="visually-hidden" role="status" data-testid="announcement">
            {move || said.get()}
        </p>
    }
}
