use assessment::export::AnswerSet;
use assessment::Answers;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::SharePanel;
use crate::archive::Archive;
use crate::language::use_locale;
use crate::{csv, dates, download};

/// Ways to keep the results: save them to the history (once complete) with
/// an optional note, download them as JSON or CSV, print them, share them.
#[component]
pub fn KeepPanel(
    /// The answers to keep.
    answers: Answers,
    /// Whether every statement is rated (only then can a snapshot be saved).
    complete: bool,
) -> impl IntoView {
    let locale = use_locale();
    let archive = Archive::expect();
    let note = RwSignal::new(String::new());
    let saved = RwSignal::new(false);
    let snapshot_answers = answers.clone();
    let save = move |_| {
        let note = assessment::export::optional_text(Some(note.get_untracked())).unwrap_or(None);
        archive.add(vec![AnswerSet {
            taken_at: Some(dates::now()),
            note,
            name: None,
            answers: snapshot_answers.clone(),
        }]);
        saved.set(true);
    };
    let json = download::export_url(
        vec![AnswerSet {
            taken_at: Some(dates::now()),
            answers: answers.clone(),
            ..AnswerSet::default()
        }],
        locale,
    );
    let csv = download::data_url("text/csv", &csv::export(&answers, locale));
    let print = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <section class="keep-panel">
            {complete
                .then(|| {
                    view! {
                        <div class="keep-panel__snapshot">
                            <label for="snapshot-note">{td_string!(locale, keep.note_label)}</label>
                            <input
                                id="snapshot-note"
                                type="text"
                                maxlength="200"
                                placeholder=td_string!(locale, keep.note_hint)
                                bind:value=note
                            />
                            <button type="button" class="button button--primary" on:click=save>
                                {td_string!(locale, keep.save)}
                            </button>
                            <p role="status" data-testid="snapshot-saved">
                                {move || saved.get().then(|| td_string!(locale, keep.saved))}
                            </p>
                        </div>
                    }
                })}
            <p class="keep-panel__files">
                <a class="button" href=json download=download::file_name("json") data-testid="download-json">
                    {td_string!(locale, keep.json)}
                </a>
                <a class="button" href=csv download=download::file_name("csv") data-testid="download-csv">
                    {td_string!(locale, keep.csv)}
                </a>
                <button type="button" class="button" on:click=print>
                    {td_string!(locale, keep.print)}
                </button>
            </p>
            <SharePanel answers />
        </section>
    }
}
