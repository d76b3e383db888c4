use assessment::export::ExportFile;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_i18n::td_string;

use crate::archive::Archive;
use crate::dates;
use crate::file_input;
use crate::language::use_locale;
use crate::replacement::Reason;
use crate::text;
use assessment::DecodeError;

use super::ReplaceButton;

/// Importing an export file: a preview of what it holds, then the person
/// chooses to replace the current answers with its latest set or to add all
/// of it to the history. Nothing changes before that choice.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let locale = use_locale();
    let archive = Archive::expect();
    let pending = RwSignal::new(None::<Result<ExportFile, DecodeError>>);
    // Each file read gets a new number: the preview is rebuilt, not patched.
    let reads = RwSignal::new(0u32);
    let done = RwSignal::new(false);
    let on_change = move |event: web_sys::Event| {
        done.set(false);
        file_input::read_chosen(&event, move |text| {
            pending.set(Some(match text {
                Some(text) => ExportFile::decode(&text),
                None => Err(DecodeError::TooLarge),
            }));
            reads.update(|r| *r += 1);
        });
    };
    let replaced = move |_| {
        pending.set(None);
        reads.update(|r| *r += 1);
    };
    let add = move |_| {
        if let Some(Ok(file)) = pending.get_untracked() {
            let _ = archive.add(file.sets);
        }
        pending.set(None);
        reads.update(|r| *r += 1);
        done.set(true);
    };
    let preview = move |_| {
        pending.get_untracked().map(|file| match file {
            Err(reason) => Either::Left(view! {
                <p class="notice notice--error" role="alert" data-testid="import-error">
                    {td_string!(locale, history.import_error, reason = text::decode_reason(locale, &reason))}
                </p>
            }),
            Ok(file) => {
                let latest = file
                    .latest()
                    .and_then(|s| s.taken_at.as_ref())
                    .map(|t| dates::display(t, locale))
                    .unwrap_or_else(|| "–".into());
                Either::Right(view! {
                    <div class="import-preview" data-testid="import-preview">
                        <p>{td_string!(locale, history.import_preview, count = file.sets.len(), date = latest)}</p>
                        {file
                            .latest()
                            .map(|latest| {
                                view! {
                                    <ReplaceButton
                                        label=td_string!(locale, history.import_replace)
                                        reason=Reason::Import
                                        answers=latest.answers.clone()
                                        after=replaced
                                    />
                                }
                            })}
                        <button type="button" class="button" on:click=add>
                            {td_string!(locale, history.import_add)}
                        </button>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                pending.set(None);
                                reads.update(|r| *r += 1);
                            }
                        >
                            {td_string!(locale, history.cancel)}
                        </button>
                    </div>
                })
            }
        })
    };
    view! {
        <section class="import-panel">
            <h3>{td_string!(locale, history.import_title)}</h3>
            <label for="import-file">{td_string!(locale, history.import_label)}</label>
            <input id="import-file" type="file" accept=".json,application/json" on:change=on_change />
            <For each=move || [reads.get()] key=|r| *r children=preview />
            <p role="status">{move || done.get().then(|| td_string!(locale, history.import_done))}</p>
        </section>
    }
}
