//! Generates the questionnaire's types and tables from `questionnaire.txt`
//! (see `src/questionnaire.rs`): the content enums [`Section`] and
//! [`Statement`], and the positions of the questionnaire being answered. In
//! benchmark builds (features `scale-100`, `scale-1000`) the positions are
//! the self-test repeated 4 or 40 times, with ids such as
//! `culture#2.right-first-time`; the types stay the same.

#[path = "table.rs"]
mod table;

use std::fmt::Write as _;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=questionnaire.txt");
    println!("cargo::rerun-if-changed=table.rs");
    let rows = table::parse(&std::fs::read_to_string("questionnaire.txt")?)?;
    let copies = if std::env::var_os("CARGO_FEATURE_SCALE_1000").is_some() {
        40
    } else if std::env::var_os("CARGO_FEATURE_SCALE_100").is_some() {
        4
    } else {
        1
    };
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR")?).join("questionnaire.rs");
    std::fs::write(out, generate(&rows, copies)?)?;
    Ok(())
}

fn generate(rows: &[table::SectionRow], copies: usize) -> Result<String, std::fmt::Error> {
    let mut code = String::new();
    let sections: Vec<String> = rows.iter().map(table::SectionRow::variant).collect();
    let statements: Vec<(String, String, String)> = rows
        .iter()
        .flat_map(table::SectionRow::statement_names)
        .collect();

    writeln!(code, "/// One of the self-test's sections.")?;
    writeln!(
        code,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]"
    )?;
    writeln!(code, "pub enum Section {{ {} }}", sections.join(", "))?;
    writeln!(code, "/// One of the self-test's statements.")?;
    writeln!(
        code,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]"
    )?;
    let variants: Vec<&str> = statements.iter().map(|(v, _, _)| v.as_str()).collect();
    writeln!(code, "pub enum Statement {{ {} }}", variants.join(", "))?;
    writeln!(code, "impl Section {{")?;
    writeln!(code, "    /// Every section of the self-test, in order.")?;
    let all: Vec<String> = sections.iter().map(|s| format!("Section::{s}")).collect();
    writeln!(
        code,
        "    pub const ALL: [Section; {}] = [{}];",
        all.len(),
        all.join(", ")
    )?;
    writeln!(code, "}}")?;
    writeln!(code, "impl Statement {{")?;
    writeln!(code, "    /// Every statement of the self-test, in order.")?;
    let all: Vec<String> = variants.iter().map(|s| format!("Statement::{s}")).collect();
    writeln!(
        code,
        "    pub const ALL: [Statement; {}] = [{}];",
        all.len(),
        all.join(", ")
    )?;
    writeln!(code, "    /// The section the statement belongs to.")?;
    writeln!(
        code,
        "    pub const fn section(self) -> Section {{ match self {{"
    )?;
    for row in rows {
        for (variant, _, _) in row.statement_names() {
            writeln!(
                code,
                "        Statement::{variant} => Section::{},",
                row.variant()
            )?;
        }
    }
    writeln!(code, "    }} }}")?;
    writeln!(code, "}}")?;

    // The positions: every copy of every section, then of every statement.
    let mut section_entries = Vec::new();
    let mut statement_entries = Vec::new();
    for copy in 0..copies {
        for row in rows {
            let section_index = section_entries.len();
            let first = statement_entries.len();
            for (variant, id, _) in row.statement_names() {
                statement_entries.push(format!(
                    "StatementEntry {{ id: {:?}, content: Statement::{variant}, section: {section_index} }}",
                    copy_id(&id, copy)
                ));
            }
            section_entries.push(format!(
                "SectionEntry {{ id: {:?}, content: Section::{}, first: {first}, len: {} }}",
                copy_id(&row.id, copy),
                row.variant(),
                row.statements.len()
            ));
        }
    }
    writeln!(
        code,
        "/// How many statements the questionnaire has (25 in the app)."
    )?;
    writeln!(
        code,
        "pub const STATEMENT_COUNT: usize = {};",
        statement_entries.len()
    )?;
    writeln!(
        code,
        "/// How many sections the questionnaire has (7 in the app)."
    )?;
    writeln!(
        code,
        "pub const SECTION_COUNT: usize = {};",
        section_entries.len()
    )?;
    writeln!(
        code,
        "const STATEMENTS: [StatementEntry; STATEMENT_COUNT] = [{}];",
        statement_entries.join(", ")
    )?;
    writeln!(
        code,
        "const SECTIONS: [SectionEntry; SECTION_COUNT] = [{}];",
        section_entries.join(", ")
    )?;
    Ok(code)
}

/// The id of copy `copy` (from 0): the first keeps the self-test's ids; copy
/// k (from 2) is `section#k` and `section#k.statement`.
fn copy_id(id: &str, copy: usize) -> String {
    match (copy, id.split_once('.')) {
        (0, _) => id.to_string(),
        (_, Some((section, statement))) => format!("{section}#{}.{statement}", copy + 1),
        (_, None) => format!("{id}#{}", copy + 1),
    }
}
