//! Files the person downloads (exports, backups) as data URLs: made in the
//! page, so nothing is sent anywhere.

use assessment::export::{AnswerSet, ExportFile};
use assessment::plan::Plan;
use leptos_i18n::Locale as _;

use crate::i18n::Locale;

/// A `data:` URL holding `text` with the given media type.
pub fn data_url(media_type: &str, text: &str) -> String {
    format!(
        "data:{media_type};charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    )
}

/// A file name with the name the results are kept under, if any, and
/// today's date: `service-quotient-asha-s-bakery-2026-11-23.json` (see
/// [`assessment::export::file_name`]).
pub fn file_name(name: Option<&str>, extension: &str) -> String {
    assessment::export::file_name(name, &crate::browser::dates::now(), extension)
}

/// An export file (see `docs/export.schema.json`) of `sets` and the
/// `plan`, stamped now and with the page's language, as a data URL.
pub fn export_url(sets: Vec<AnswerSet>, plan: Option<Plan>, locale: Locale) -> String {
    let file = ExportFile {
        exported_at: Some(crate::browser::dates::now()),
        language: Some(locale.as_str().into()),
        sets,
        plan,
    };
    data_url("application/json", &file.encode())
}
