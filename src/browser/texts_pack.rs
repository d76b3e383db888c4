//! Reads one language's questionnaire texts (`texts/<lang>.json`) through the
//! page's `sqTexts` (public/first-screen.js), which asked for the starting
//! language's file before the wasm arrived: so each file is downloaded once.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::texts::loaded::SectionTexts;

/// The language's sections, or `None` if the file could not be had (offline
/// and never cached, or damaged).
pub async fn fetch(lang: &str) -> Option<Vec<SectionTexts>> {
    let window = web_sys::window()?;
    let load: Function = Reflect::get(&window, &"sqTexts".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: Promise = load
        .call1(&JsValue::NULL, &lang.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let pack = JsFuture::from(promise).await.ok()?;
    let sections: Array = field(&pack, "sections")?.dyn_into().ok()?;
    sections
        .iter()
        .map(|section| {
            let statements: Array = field(&section, "statements")?.dyn_into().ok()?;
            Some(SectionTexts {
                title: text(&section, "title")?,
                short: text(&section, "short")?,
                intro: text(&section, "intro")?,
                statements: statements
                    .iter()
                    .map(|s| text(&s, "text"))
                    .collect::<Option<_>>()?,
            })
        })
        .collect()
}

fn field(object: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(object, &name.into()).ok()
}

/// A text kept for the page's lifetime (see `texts::loaded`).
fn text(object: &JsValue, name: &str) -> Option<&'static str> {
    field(object, name)?.as_string().map(|s| &*String::leak(s))
}
