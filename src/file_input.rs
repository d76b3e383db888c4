//! Reading the files a person picks in an `<input type="file">`, as text.

use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Largest file read; bigger ones are reported as too large without reading.
const MAX_BYTES: f64 = 1024.0 * 1024.0;

/// Reads every file chosen in the input that fired `event`, then calls
/// `done` once per file with its text (`None` if it could not be read or is
/// too large).
pub fn read_chosen(event: &web_sys::Event, done: impl Fn(Option<String>) + Clone + 'static) {
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(files) = input.files() else {
        return;
    };
    for index in 0..files.length() {
        let Some(file) = files.get(index) else {
            continue;
        };
        let done = done.clone();
        if file.size() > MAX_BYTES {
            done(None);
            continue;
        }
        spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            done(text);
        });
    }
    // Let the same file be chosen again later.
    input.set_value("");
}
