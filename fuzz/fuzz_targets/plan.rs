//! The stored plan record: decoding anything never panics, whatever decodes
//! encodes back to the same plan, and every text in it fits its kind.
#![no_main]

use assessment::plan::Plan;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(plan) = Plan::decode(text) {
            assert!(plan.texts().all(|(kind, text)| kind.fits(text)));
            assert_eq!(Plan::decode(&plan.encode()), Ok(plan));
        }
    }
});
