//! The export file (imports, team view): decoding anything never panics,
//! and whatever decodes encodes back to the same thing.
#![no_main]

use assessment::export::ExportFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(file) = ExportFile::decode(text) {
            assert_eq!(ExportFile::decode(&file.encode()), Ok(file));
        }
    }
});
