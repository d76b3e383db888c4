//! The page's own script (public/first-screen.js), which runs before the
//! wasm: it has already asked for the starting language's texts, and may
//! have drawn the first screen. Reached through the two functions it puts on
//! `window`.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::texts::loaded::{SectionTexts, Texts, WORDS};

/// Calls `window[name](argument)`.
fn call(name: &str, argument: &JsValue) -> Option<JsValue> {
    let window = web_sys::window()?;
    let function: Function = Reflect::get(&window, &name.into()).ok()?.dyn_into().ok()?;
    function.call1(&JsValue::NULL, argument).ok()
}

/// One language's questionnaire texts (`texts/<lang>.json`), with its pack
/// of other texts (see `texts::pack`), through the same request the page
/// script made, so each file is downloaded once; `None` if the file could
/// not be had (offline and never cached, damaged).
pub async fn load_texts(lang: &str) -> Option<(Texts, Vec<String>)> {
    let promise: Promise = call("sqTexts", &lang.into())?.dyn_into().ok()?;
    let file = JsFuture::from(promise).await.ok()?;
    let pack: Array = field(&file, "texts")?.dyn_into().ok()?;
    let pack = pack.iter().map(|t| t.as_string()).collect::<Option<_>>()?;
    let words = field(&file, "ui")?;
    let sections: Array = field(&file, "sections")?.dyn_into().ok()?;
    let sections = sections
        .iter()
        .map(|section| {
            let statements: Array = field(&section, "statements")?.dyn_into().ok()?;
            Some(SectionTexts {
                title: text(&section, "title")?,
                short: text(&section, "short")?,
                intro: text(&section, "intro")?,
                statements: statements.iter().map(|s| leak(&s)).collect::<Option<_>>()?,
            })
        })
        .collect::<Option<_>>()?;
    let words = WORDS
        .iter()
        .map(|name| text(&words, name))
        .collect::<Option<_>>()?;
    Some((Texts { sections, words }, pack))
}

fn field(object: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(object, &name.into()).ok()
}

/// A text kept for the page's lifetime (see `texts::loaded`).
fn leak(value: &JsValue) -> Option<&'static str> {
    value.as_string().map(|s| &*String::leak(s))
}

fn text(object: &JsValue, name: &str) -> Option<&'static str> {
    leak(&field(object, name)?)
}

/// Removes the first screen, if there is one, with focus and scroll kept
/// where they were; returns the ratings chosen on it, as (statement id,
/// value).
pub fn hand_over() -> Vec<(String, String)> {
    let chosen = call("sqHandOver", &JsValue::UNDEFINED)
        .and_then(|value| value.dyn_into::<Array>().ok())
        .unwrap_or_default();
    chosen
        .iter()
        .filter_map(|entry| {
            let entry = entry.as_string()?;
            let (statement, value) = entry.split_once('=')?;
            Some((statement.to_string(), value.to_string()))
        })
        .collect()
}
