use leptos::prelude::*;

/// A data table's own box: on a narrow screen or at a large text size the
/// table scrolls sideways inside it, reachable by keyboard, and the page
/// does not (WCAG 1.4.10 lets tables do this; their rows and columns are
/// the meaning).
#[component]
pub fn TableScroll(
    /// The id of the heading that names the table.
    labelled_by: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=labelled_by>
            {children()}
        </div>
    }
}
