//! Generates the `i18n` module from `locales/*.json` with leptos_i18n, after
//! checking that every language has exactly the keys and placeholders of the
//! default one. leptos_i18n only warns about a missing key; here it is an
//! error, so a text missing in any language fails the build. Also generates
//! the lookups from the questionnaire's ids to their texts
//! (`content_texts.rs`, included by `src/texts/content.rs`) from
//! `assessment/questionnaire.txt`, the table the domain crate's types come
//! from; a statement there without its texts does not compile. And the key
//! lists of the texts packs the self-check and plan pages load per language
//! (`locales/*-pack.txt`; see `src/texts/pack.rs`), with the plan's lookups
//! over its pack (`plan_content_texts.rs`).

#[path = "assessment/table.rs"]
mod table;

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::collections::BTreeMap;
use std::error::Error;
use std::fmt::Write as _;
use std::path::PathBuf;

const DEFAULT_LOCALE: &str = "en";
const OTHER_LOCALES: [&str; 4] = ["hi", "zh", "te", "ur"];
/// Which texts the plan page loads instead of compiling in.
const PLAN_PACK: &str = "locales/plan-pack.txt";
/// Which texts the self-check page loads instead of compiling in (besides
/// its questionnaire, see `src/texts/loaded.rs`).
const SELF_CHECK_PACK: &str = "locales/self-check-pack.txt";

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed={PLAN_PACK}");
    println!("cargo::rerun-if-changed={SELF_CHECK_PACK}");
    println!("cargo::rerun-if-changed=assessment/questionnaire.txt");
    println!("cargo::rerun-if-changed=assessment/table.rs");

    check_parity()?;

    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    let rows = table::parse(&std::fs::read_to_string("assessment/questionnaire.txt")?)?;
    std::fs::write(
        out_dir.join("content_texts.rs"),
        content_texts(&rows, "td_string", |_| true)?,
    )?;
    let pack = pack_keys(PLAN_PACK)?;
    std::fs::write(out_dir.join("plan_pack_keys.rs"), pack_keys_code(&pack)?)?;
    std::fs::write(
        out_dir.join("self_check_pack_keys.rs"),
        pack_keys_code(&pack_keys(SELF_CHECK_PACK)?)?,
    )?;
    let in_pack = |key: &str| pack.iter().any(|(k, _)| k == key);
    std::fs::write(
        out_dir.join("plan_content_texts.rs"),
        content_texts(&rows, "plan_text", in_pack)?,
    )?;
    // `interpolate_display` lets `td_string!` fill `{{ placeholders }}`.
    let cfg = Config::new(DEFAULT_LOCALE)?
        .add_locales(OTHER_LOCALES)?
        .parse_options(ParseOptions::new().interpolate_display(true));
    let translations = TranslationsInfos::parse(cfg)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(out_dir.join("i18n"))?;
    Ok(())
}

/// The functions from a statement or section to its texts: one `match` over
/// the content enums per text, each arm a compile-time-checked key, through
/// `text_macro` (`td_string` for compiled texts, `plan_text` for the plan
/// page's pack). A function is written only if `has` every key it needs.
fn content_texts(
    rows: &[table::SectionRow],
    text_macro: &str,
    has: impl Fn(&str) -> bool,
) -> Result<String, std::fmt::Error> {
    let mut code = String::new();
    let statement_texts = [
        ("statement", "text", "The statement as the person rates it."),
        (
            "statement_tip",
            "tip",
            "The advice shown when the statement is among a section's weakest.",
        ),
        (
            "statement_step",
            "step",
            "The statement's first step: one short action.",
        ),
    ];
    let statement_keys = |field: &str| -> Vec<(String, String)> {
        rows.iter()
            .flat_map(table::SectionRow::statement_names)
            .map(|(variant, _, key)| {
                (
                    format!("Statement::{variant}"),
                    format!("statements.{key}.{field}"),
                )
            })
            .collect()
    };
    let section_keys = |field: &str| -> Vec<(String, String)> {
        rows.iter()
            .map(|row| {
                (
                    format!("Section::{}", row.variant()),
                    format!("sections.{}.{field}", row.id),
                )
            })
            .collect()
    };
    let mut lookup = |function: &str, id: &str, doc: &str, arms: Vec<(String, String)>| {
        if !arms.iter().all(|(_, key)| has(key)) {
            return Ok(());
        }
        writeln!(code, "/// {doc}")?;
        writeln!(
            code,
            "pub fn {function}(locale: Locale, id: {id}) -> &'static str {{"
        )?;
        writeln!(code, "    match id.which() {{")?;
        for (variant, key) in arms {
            writeln!(code, "        {variant} => {text_macro}!(locale, {key}),")?;
        }
        writeln!(code, "    }}\n}}")
    };
    for (function, field, doc) in statement_texts {
        lookup(function, "StatementId", doc, statement_keys(field))?;
    }
    let section_texts = [
        ("section_title", "title", "The section's full title."),
        (
            "section_short",
            "short",
            "A short name for navigation and the chart.",
        ),
    ];
    for (function, field, doc) in section_texts {
        lookup(function, "SectionId", doc, section_keys(field))?;
    }
    let actions: [Vec<(String, String)>; 3] =
        [1, 2, 3].map(|n| section_keys(&format!("action{n}")));
    if actions.iter().flatten().all(|(_, key)| has(key)) {
        writeln!(code, "/// The section's general steps for improvement.")?;
        writeln!(
            code,
            "pub fn section_actions(locale: Locale, id: SectionId) -> [&'static str; 3] {{"
        )?;
        writeln!(code, "    match id.which() {{")?;
        for (i, (variant, _)) in actions[0].iter().enumerate() {
            let texts: Vec<String> = actions
                .iter()
                .map(|keys| format!("{text_macro}!(locale, {})", keys[i].1))
                .collect();
            writeln!(code, "        {variant} => [{}],", texts.join(", "))?;
        }
        writeln!(code, "    }}\n}}")?;
    }
    Ok(code)
}

/// A text's path and its placeholders.
type PackKey = (String, Vec<String>);

/// A page's texts pack (written by scripts/build/texts-packs.mjs): the
/// texts the pattern file names, in the order of their sorted paths, each
/// with its placeholders; see `src/texts/pack.rs`.
fn pack_keys(pattern_file: &str) -> Result<Vec<PackKey>, Box<dyn Error>> {
    let patterns: Vec<Vec<String>> = std::fs::read_to_string(pattern_file)?
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split('.').map(String::from).collect())
        .collect();
    let matches = |key: &str| {
        let parts: Vec<&str> = key.split('.').collect();
        patterns.iter().any(|pattern| {
            pattern.len() <= parts.len()
                && pattern.iter().zip(&parts).all(|(p, k)| p == "*" || p == k)
        })
    };
    Ok(keys_of(DEFAULT_LOCALE)?
        .into_iter()
        .filter(|(key, _)| matches(key))
        .collect())
}

/// The pack's keys and placeholders as Rust constants.
fn pack_keys_code(keys: &[PackKey]) -> Result<String, std::fmt::Error> {
    let mut code = String::new();
    writeln!(
        code,
        "/// Each text's path in the locale files, in the pack's order."
    )?;
    writeln!(code, "pub const KEYS: [&str; {}] = [", keys.len())?;
    for (key, _) in keys {
        writeln!(code, "    {key:?},")?;
    }
    writeln!(code, "];")?;
    writeln!(code, "/// Each text's placeholders, sorted.")?;
    writeln!(code, "pub const ARGS: [&[&str]; {}] = [", keys.len())?;
    for (_, args) in keys {
        writeln!(code, "    &{args:?},")?;
    }
    writeln!(code, "];")?;
    Ok(code)
}

/// Every key path of a locale file, with the `{{ placeholders }}` its text uses.
type Keys = BTreeMap<String, Vec<String>>;

fn check_parity() -> Result<(), Box<dyn Error>> {
    let reference = keys_of(DEFAULT_LOCALE)?;
    let mut problems = Vec::new();
    for locale in OTHER_LOCALES {
        let keys = keys_of(locale)?;
        for (key, placeholders) in &reference {
            match keys.get(key) {
                None => problems.push(format!("{locale}: missing key `{key}`")),
                Some(found) if found != placeholders => problems.push(format!(
                    "{locale}: `{key}` uses {found:?}, {DEFAULT_LOCALE} uses {placeholders:?}"
                )),
                Some(_) => {}
            }
        }
        for key in keys.keys().filter(|k| !reference.contains_key(*k)) {
            problems.push(format!("{locale}: key `{key}` is not in {DEFAULT_LOCALE}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("translations differ:\n{}", problems.join("\n")).into())
    }
}

fn keys_of(locale: &str) -> Result<Keys, Box<dyn Error>> {
    let path = format!("locales/{locale}.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
    let mut keys = Keys::new();
    collect(&json, String::new(), &mut keys);
    Ok(keys)
}

fn collect(value: &serde_json::Value, prefix: String, keys: &mut Keys) {
    match value {
        serde_json::Value::Object(map) => {
            for (name, child) in map {
                let path = if prefix.is_empty() {
                    name.clone()
                } else {
                    format!("{prefix}.{name}")
                };
                collect(child, path, keys);
            }
        }
        other => {
            let text = other.as_str().unwrap_or_default();
            let mut placeholders: Vec<String> = text
                .split("{{")
                .skip(1)
                .filter_map(|part| part.split_once("}}"))
                .map(|(name, _)| name.trim().to_string())
                .collect();
            placeholders.sort();
            keys.insert(prefix, placeholders);
        }
    }
}
