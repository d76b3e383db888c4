use assessment::export::AnswerSet;
use assessment::limits::MAX_TEXT_CHARS;
use assessment::Answers;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::SharePanel;
use crate::app::archive::Archive;
use crate::app::session::Session;
use crate::app::stored_plan::StoredPlan;
use crate::browser::{dates, download};
use crate::texts::csv;
use crate::texts::language::use_locale;
use crate::ui::Look;

/// What the latest "Save to my history" did.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Saved {
    Not,
    Added,
    AlreadyThere,
}

/// Ways to keep the results: the name they are kept under; save them to the
/// history (once complete) with an optional note; download them as JSON or
/// CSV; print them; share them.
#[component]
pub fn KeepPanel(
    /// The answers to keep.
    answers: Answers,
    /// Whether every statement is rated (only then can a snapshot be saved).
    complete: bool,
    /// The snapshot's note, also printed on the report.
    note: RwSignal<String>,
) -> impl IntoView {
    let locale = use_locale();
    let archive = Archive::expect();
    let session = Session::expect();
    let saved = RwSignal::new(Saved::Not);
    // The answers as a dated set under the current name, with `note`.
    let kept = StoredValue::new(answers.clone());
    let as_set = move |note: Option<String>| AnswerSet {
        taken_at: Some(dates::now()),
        note,
        name: session.saved_name(),
        answers: kept.get_value(),
    };
    let save = move |_| {
        let set =
            as_set(assessment::export::optional_text(Some(note.get_untracked())).unwrap_or(None));
        if archive.history.with_untracked(|h| h.repeats_newest(&set)) {
            saved.set(Saved::AlreadyThere);
        } else if archive.add_snapshots(vec![set]).is_ok() {
            note.set(String::new());
            saved.set(Saved::Added);
        } else {
            saved.set(Saved::Not);
        }
    };
    let plan = StoredPlan::expect();
    let json = move || download::export_url(vec![as_set(None)], plan.for_export(), locale);
    let csv = download::data_url("text/csv", &csv::export(&answers, locale));
    let file_name = move |extension: &'static str| {
        move || download::file_name(session.saved_name().as_deref(), extension)
    };
    view! {
        <section class="keep-panel">
            <p class="keep-panel__name">
                <label for="keep-name">{td_string!(locale, keep.name_label)}</label>
                <input
                    id="keep-name"
                    type="text"
                    maxlength=MAX_TEXT_CHARS
                    autocomplete="organization"
                    aria-describedby="keep-name-hint"
                    prop:value=move || session.name.get()
                    on:input=move |event| session.rename(event_target_value(&event))
                />
                <span class="hint" id="keep-name-hint">{td_string!(locale, keep.name_hint)}</span>
            </p>
            {complete
                .then(|| {
                    view! {
                        <div class="keep-panel__snapshot">
                            <label for="snapshot-note">{td_string!(locale, keep.note_label)}</label>
                            <input
                                id="snapshot-note"
                                type="text"
                                maxlength=MAX_TEXT_CHARS
                                placeholder=td_string!(locale, keep.note_hint)
                                bind:value=note
                                on:input=move |_| saved.set(Saved::Not)
                            />
                            <button type="button" class=Look::Primary.class() on:click=save>
                                {td_string!(locale, keep.save)}
                            </button>
                            <p role="status" data-testid="snapshot-saved">
                                {move || match saved.get() {
                                    Saved::Not => None,
                                    Saved::Added => Some(td_string!(locale, keep.saved)),
                                    Saved::AlreadyThere => Some(td_string!(locale, keep.already)),
                                }}
                            </p>
                        </div>
                    }
                })}
            <p class="keep-panel__files">
                <a class=Look::Plain.class() href=json download=file_name("json") data-testid="download-json">
                    {td_string!(locale, keep.json)}
                </a>
                <a class=Look::Plain.class() href=csv download=file_name("csv") data-testid="download-csv">
                    {td_string!(locale, keep.csv)}
                </a>
                <button type="button" class=Look::Plain.class() on:click=|_| crate::browser::system::print()>
                    {td_string!(locale, keep.print)}
                </button>
            </p>
            <SharePanel answers />
        </section>
    }
}
