//! The CSV export: every answer, every section score, the total and the
//! band, one per row, with labels in the person's language.
//!
//! ```text
//! type,id,label,value
//! answer,culture.whatever-it-takes,"We are committed to …",4
//! section,culture,A customer-focused culture,3.75
//! total,total,Your Service Quotient,24.4
//! band,band,"Adequate, but needs improvement",adequate
//! ```

use assessment::{Answers, Report, StatementId};
use leptos_i18n::td_string;

use crate::i18n::Locale;
use crate::texts;

/// The CSV text, with a byte order mark so spreadsheet programs read the
/// Devanagari, Han and Telugu labels correctly.
pub fn export(answers: &Answers, locale: Locale) -> String {
    let report = Report::new(answers);
    let mut rows = vec![["type", "id", "label", "value"].map(String::from)];
    for statement in StatementId::all() {
        rows.push([
            "answer".into(),
            statement.as_str().into(),
            texts::statement(locale, statement).into(),
            answers
                .rating(statement)
                .map(|r| r.value().to_string())
                .unwrap_or_default(),
        ]);
    }
    for section in &report.sections {
        rows.push([
            "section".into(),
            section.section.as_str().into(),
            texts::section_title(locale, section.section).into(),
            section.score.map(|s| s.two_decimals()).unwrap_or_default(),
        ]);
    }
    if let (Some(total), Some(band)) = (report.total, report.band()) {
        rows.push([
            "total".into(),
            "total".into(),
            td_string!(locale, results.total_label).into(),
            total.one_decimal_down(),
        ]);
        rows.push([
            "band".into(),
            "band".into(),
            texts::band_title(locale, band).into(),
            band.as_str().into(),
        ]);
    }
    let mut out = String::from("\u{feff}");
    for row in rows {
        let line: Vec<String> = row.iter().map(|field| quote(field)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// RFC 4180: quote a field holding a comma, a quote or a line break, and
/// double the quotes inside.
fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}
