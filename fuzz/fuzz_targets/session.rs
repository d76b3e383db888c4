//! The stored session record: decoding anything never panics, and whatever
//! decodes encodes back to the same thing.
#![no_main]

use assessment::SavedSession;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(session) = SavedSession::decode(text) {
            assert_eq!(SavedSession::decode(&session.encode()), Ok(session));
        }
    }
});
