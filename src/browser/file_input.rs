//! Reading the files a person picks in an `<input type="file">`, as text.

use assessment::limits::MAX_FILE_BYTES;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a chosen file gave no text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileError {
    /// Larger than any export file could be; not read at all.
    TooLarge,
    /// The browser could not read it (removed, locked, not a file).
    Unreadable,
}

/// One chosen file: its name, and its text or why there is none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenFile {
    pub name: String,
    pub text: Result<String, FileError>,
}

/// Reads every file chosen in the input that fired `event`, then calls
/// `done` once per file.
pub fn read_chosen(event: &leptos::ev::Event, done: impl Fn(ChosenFile) + Clone + 'static) {
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
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as f64 {
            done(ChosenFile {
                name,
                text: Err(FileError::TooLarge),
            });
            continue;
        }
        spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
                .ok_or(FileError::Unreadable);
            done(ChosenFile { name, text });
        });
    }
    // Let the same file be chosen again later.
    input.set_value("");
}
