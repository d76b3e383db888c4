//! Reads `questionnaire.txt`, the questionnaire written once, for the two
//! build scripts that generate code from it (`assessment/build.rs` and the
//! app's `build.rs`). Build-time only; nothing here reaches the app.

/// A section of the table, with its statements in order.
pub struct SectionRow {
    /// The stable id, such as `culture`; also its translation key.
    pub id: String,
    /// Its statements' short names, such as `whatever-it-takes`.
    pub statements: Vec<String>,
}

impl SectionRow {
    /// The enum variant naming the section: `Culture`.
    pub fn variant(&self) -> String {
        camel(&self.id)
    }

    /// Each statement as (variant, stable id, translation key):
    /// (`CultureWhateverItTakes`, `culture.whatever-it-takes`,
    /// `culture_whatever_it_takes`).
    pub fn statement_names(&self) -> Vec<(String, String, String)> {
        self.statements
            .iter()
            .map(|name| {
                (
                    format!("{}{}", camel(&self.id), camel(name)),
                    format!("{}.{name}", self.id),
                    format!("{}_{}", self.id, name.replace('-', "_")),
                )
            })
            .collect()
    }
}

/// The table in `text`: one `section: statement statement ...` line per
/// section; blank lines and `#` comments are skipped. Ids are lower-case
/// letters and dashes, and each appears once.
pub fn parse(text: &str) -> Result<Vec<SectionRow>, String> {
    let mut rows: Vec<SectionRow> = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (section, statements) = line.split_once(':').ok_or(format!(
            "line {}: expected `section: statements`",
            number + 1
        ))?;
        let row = SectionRow {
            id: section.trim().to_string(),
            statements: statements.split_whitespace().map(str::to_string).collect(),
        };
        let names = std::iter::once(&row.id).chain(&row.statements);
        if let Some(bad) = names.clone().find(|n| !valid(n)) {
            return Err(format!(
                "line {}: `{bad}` is not lower-case letters and dashes",
                number + 1
            ));
        }
        if row.statements.is_empty() {
            return Err(format!(
                "line {}: section `{}` has no statements",
                number + 1,
                row.id
            ));
        }
        rows.push(row);
    }
    let mut ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    ids.extend(
        rows.iter()
            .flat_map(|r| r.statement_names().into_iter().map(|(_, id, _)| id)),
    );
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    if unique.len() != ids.len() {
        return Err("an id appears twice".into());
    }
    Ok(rows)
}

fn valid(name: &str) -> bool {
    !name.is_empty()
        && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !name.starts_with('-')
        && !name.ends_with('-')
}

/// `whatever-it-takes` → `WhateverItTakes`.
fn camel(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}
