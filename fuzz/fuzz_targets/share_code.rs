//! Share codes from links: decoding anything never panics, and whatever
//! decodes is exactly the code of those answers.
#![no_main]

use assessment::share_code::{decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(answers) = decode(text) {
            assert_eq!(encode(&answers), text.trim());
        }
    }
});
