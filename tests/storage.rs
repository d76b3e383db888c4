//! The storage module in a real browser (wasm-bindgen-test, headless
//! Chromium): round trip, corrupt and newer records, and storage that throws.
#![cfg(target_arch = "wasm32")]

use assessment::{
    Answers, DecodeError, Place, Rating, SavedSession, Section, SectionId, Statement, StatementId,
};
use service_quotient::storage::{self, Mode, Problem, Slot, KEY};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("the test browser has localStorage")
}

fn clear() {
    local_storage().clear().expect("clear");
}

fn backups() -> Vec<(String, String)> {
    let storage = local_storage();
    let count = storage.length().expect("length");
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(&Slot::default().backup_prefix()))
        .map(|k| {
            let value = storage.get_item(&k).ok().flatten().unwrap_or_default();
            (k, value)
        })
        .collect()
}

fn sample() -> SavedSession {
    let mut answers = Answers::new();
    answers.rate(
        StatementId::from(Statement::StaffEmpowered),
        Rating::new(2).expect("valid"),
    );
    answers.rate(
        StatementId::from(Statement::ContactWowTheCustomer),
        Rating::new(5).expect("valid"),
    );
    SavedSession {
        answers,
        place: Place::Section(SectionId::from(Section::Staff)),
        language: Some("te".into()),
    }
}

/// Runs `body` while `window.localStorage` throws, as with blocked storage.
fn with_storage_blocked(body: impl FnOnce()) {
    let js = |code: &str| {
        js_sys::Function::new_no_args(code)
            .call0(&JsValue::NULL)
            .expect("script runs");
    };
    js(
        "window.__saved = Object.getOwnPropertyDescriptor(window, 'localStorage');
        Object.defineProperty(window, 'localStorage', { configurable: true,
          get() { throw new DOMException('blocked for the test', 'SecurityError'); } });",
    );
    body();
    js("Object.defineProperty(window, 'localStorage', window.__saved);");
}

#[wasm_bindgen_test]
fn empty_storage_opens_persistent_with_nothing_restored() {
    clear();
    let opened = storage::open(&Slot::default());
    assert_eq!(opened.mode, Mode::Persistent);
    assert_eq!(opened.session, None);
    assert_eq!(opened.problem, None);
}

#[wasm_bindgen_test]
fn a_saved_session_is_restored_exactly() {
    clear();
    storage::save(Mode::Persistent, &Slot::default(), &sample()).expect("saves");
    assert_eq!(
        local_storage().get_item(KEY).ok().flatten(),
        Some(sample().encode())
    );
    let opened = storage::open(&Slot::default());
    assert_eq!(opened.session, Some(sample()));
    assert_eq!(opened.mode, Mode::Persistent);
}

#[wasm_bindgen_test]
fn a_corrupt_record_is_reported_and_kept_in_a_backup() {
    clear();
    let corrupt =
        r#"{"format":"service-quotient/session","schema":1,"answers":{"staff.respected":9}"#;
    local_storage().set_item(KEY, corrupt).expect("set");
    let opened = storage::open(&Slot::default());
    assert_eq!(opened.session, None);
    let Some(Problem::Unreadable {
        raw,
        reason,
        backup_key: Some(backup_key),
    }) = opened.problem
    else {
        panic!(
            "expected an unreadable record with a backup, got {:?}",
            opened.problem
        );
    };
    assert_eq!(raw, corrupt);
    assert_eq!(reason, DecodeError::NotJson);
    assert_eq!(backups(), vec![(backup_key, corrupt.to_string())]);
    // With the copy safe, saving may replace the original.
    assert_eq!(opened.mode, Mode::Persistent);
}

#[wasm_bindgen_test]
fn an_invalid_rating_is_reported_with_its_reason() {
    clear();
    let invalid =
        r#"{"format":"service-quotient/session","schema":1,"answers":{"staff.respected":9}}"#;
    local_storage().set_item(KEY, invalid).expect("set");
    let opened = storage::open(&Slot::default());
    let Some(Problem::Unreadable { reason, .. }) = opened.problem else {
        panic!("expected an unreadable record, got {:?}", opened.problem);
    };
    assert_eq!(
        reason,
        DecodeError::RatingOutOfRange(StatementId::from(Statement::StaffRespected))
    );
}

#[wasm_bindgen_test]
fn a_newer_record_is_never_overwritten() {
    clear();
    let newer = r#"{"format":"service-quotient/session","schema":99,"answers":{}}"#;
    local_storage().set_item(KEY, newer).expect("set");
    let opened = storage::open(&Slot::default());
    assert_eq!(opened.mode, Mode::MemoryOnly);
    assert_eq!(opened.problem, Some(Problem::Newer { raw: newer.into() }));
    storage::save(opened.mode, &Slot::default(), &sample()).expect("memory-only save is a no-op");
    assert_eq!(
        local_storage().get_item(KEY).ok().flatten().as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn storage_that_throws_means_memory_only() {
    clear();
    with_storage_blocked(|| {
        let opened = storage::open(&Slot::default());
        assert_eq!(opened.mode, Mode::MemoryOnly);
        assert_eq!(opened.problem, Some(Problem::Unavailable));
        assert_eq!(
            storage::save(opened.mode, &Slot::default(), &sample()),
            Ok(())
        );
    });
    assert_eq!(local_storage().get_item(KEY).ok().flatten(), None);
}

#[wasm_bindgen_test]
fn a_failing_write_is_reported() {
    clear();
    with_storage_blocked(|| {
        assert_eq!(
            storage::save(Mode::Persistent, &Slot::default(), &sample()),
            Err(storage::SaveFailed)
        );
    });
}

#[wasm_bindgen_test]
fn namespaces_keep_separate_records() {
    clear();
    let shop = Slot::named("shop-a").expect("a valid namespace");
    assert_eq!(shop.key(), "service-quotient:shop-a");
    storage::save(Mode::Persistent, &shop, &sample()).expect("saves");
    assert_eq!(storage::open(&shop).session, Some(sample()));
    assert_eq!(storage::open(&Slot::default()).session, None);
    for invalid in ["", "Shop", "a b", "x/y", &"n".repeat(33)] {
        assert_eq!(Slot::named(invalid), None, "{invalid:?} is refused");
    }
}
