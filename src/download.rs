//! Files the person downloads (exports, backups) as data URLs: made in the
//! page, so nothing is sent anywhere.

use assessment::export::{AnswerSet, ExportFile};
use leptos_i18n::Locale as _;

use crate::i18n::Locale;

/// A `data:` URL holding `text` with the given media type.
pub fn data_url(media_type: &str, text: &str) -> String {
    format!(
        "data:{media_type};charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(text))
    )
}

/// A file name with today's date: `service-quotient-2026-11-23.json`.
pub fn file_name(extension: &str) -> String {
    let today: String = crate::dates::now().as_str().chars().take(10).collect();
    format!("service-quotient-{today}.{extension}")
}

/// An export file (see `docs/export.schema.json`) of `sets`, stamped now
/// and with the page's language, as a data URL.
pub fn export_url(sets: Vec<AnswerSet>, locale: Locale) -> String {
    let file = ExportFile {
        exported_at: Some(crate::dates::now()),
        language: Some(locale.as_str().into()),
        sets,
    };
    data_url("application/json", &file.encode())
}
