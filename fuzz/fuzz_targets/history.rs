//! The stored history: decoding anything never panics, and whatever decodes
//! encodes back to the same thing.
#![no_main]

use assessment::History;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(history) = History::decode(text) {
            assert_eq!(History::decode(&history.encode()), Ok(history));
        }
    }
});
