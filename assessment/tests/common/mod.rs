//! Shared by the host tests that read the frozen fixtures.

/// The text of `tests/fixtures/<name>`: a record or file of a schema that
/// shipped, kept forever.
pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture present")
}
