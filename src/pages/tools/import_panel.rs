use assessment::export::ExportFile;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_i18n::td_string;

use super::{PlanImport, PlanImportNotice, ReplaceButton};
use crate::app::archive::Archive;
use crate::app::chosen_file::{self, Unusable};
use crate::app::replacement::Reason;
use crate::browser::{dates, file_input};
use crate::i18n::Locale;
use crate::sentence;
use crate::texts;
use crate::texts::language::use_locale;
use crate::ui::{keyed, Look};

/// Importing an export file: a preview of what it holds, then the person
/// chooses to replace the current answers with its latest set (asking
/// first, with a way back), to add all of it to the history, or to use the
/// plan it carries (the same way). Nothing changes before that choice. A file that cannot be used says why: too
/// large, unreadable, or not ours.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let locale = use_locale();
    let archive = Archive::expect();
    let pending = RwSignal::new(None::<Result<ExportFile, Unusable>>);
    let done = RwSignal::new(false);
    let on_change = move |event: leptos::ev::Event| {
        done.set(false);
        file_input::read_chosen(&event, move |file| {
            pending.set(Some(chosen_file::decode(&file)));
        });
    };
    let add = move || {
        if let Some(Ok(file)) = pending.get_untracked() {
            let _ = archive.add_snapshots(file.sets);
        }
        pending.set(None);
        done.set(true);
    };
    view! {
        <section class="import-panel">
            <h3>{td_string!(locale, history.import_title)}</h3>
            <label for="import-file">{td_string!(locale, history.import_label)}</label>
            <input id="import-file" type="file" accept=".json,application/json" on:change=on_change />
            // Rebuilt for each file read: the preview shows that file.
            {keyed(move || pending.get(), move |file| file.map(|file| preview(locale, file, pending, add)))}
            <p role="status">{move || done.get().then(|| td_string!(locale, history.import_done))}</p>
            <PlanImportNotice />
        </section>
    }
}

/// What a file holds and the choices, or why it cannot be used.
fn preview(
    locale: Locale,
    file: Result<ExportFile, Unusable>,
    pending: RwSignal<Option<Result<ExportFile, Unusable>>>,
    add: impl Fn() + Copy + 'static,
) -> impl IntoView {
    match file {
        Err(unusable) => Either::Left(view! {
            <p class="notice notice--error" role="alert" data-testid="import-error">
                {sentence!(
                    locale, history.import_error, reason = texts::unusable_reason(locale, &unusable)
                )}
            </p>
        }),
        Ok(file) => {
            let latest = file.latest().cloned();
            let date =
                dates::display_or_none(latest.as_ref().and_then(|s| s.taken_at.as_ref()), locale);
            let count = file.sets.len();
            let close = move |_| pending.set(None);
            Either::Right(view! {
                <div class="import-preview" data-testid="import-preview">
                    <p>{sentence!(locale, history.import_preview, count = count, date = date)}</p>
                    {latest
                        .map(|latest| {
                            view! {
                                <ReplaceButton
                                    label=td_string!(locale, history.import_replace)
                                    reason=Reason::Import
                                    answers=latest.answers
                                    after=close
                                />
                            }
                        })}
                    <button type="button" class=Look::Plain.class() on:click=move |_| add()>
                        {td_string!(locale, history.import_add)}
                    </button>
                    {file.plan.map(|plan| view! { <PlanImport plan /> })}
                    <button type="button" class=Look::Plain.class() on:click=move |_| pending.set(None)>
                        {td_string!(locale, history.cancel)}
                    </button>
                </div>
            })
        }
    }
}
