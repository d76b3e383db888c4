//! The storage module in a real browser (wasm-bindgen-test, headless
//! Chromium): round trip with stamps, corrupt and newer records, storage that
//! throws or is full, namespaces, and two tabs merging their changes.
#![cfg(target_arch = "wasm32")]

use assessment::{
    Answers, DecodeError, Place, Rating, SavedSession, Section, SectionId, Statement, StatementId,
};
use service_quotient::app::session_store::SessionStore;
use service_quotient::browser::storage::{self, Mode, Problem, SaveFailed, Slot, KEY};
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

fn stored(key: &str) -> Option<String> {
    local_storage().get_item(key).ok().flatten()
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

fn rate(answers: &mut Answers, statement: Statement, value: u8) {
    answers.rate(
        StatementId::from(statement),
        Rating::new(value).expect("1 to 5"),
    );
}

fn sample() -> SavedSession {
    let mut answers = Answers::new();
    rate(&mut answers, Statement::StaffEmpowered, 2);
    rate(&mut answers, Statement::ContactWowTheCustomer, 5);
    SavedSession {
        answers,
        place: Place::Section(SectionId::from(Section::Staff)),
        language: Some("te".into()),
        name: Some("Asha's Bakery".into()),
        changed_at: assessment::export::Timestamp::parse("2026-11-23T09:58:00.000Z"),
        stamp: Default::default(),
    }
}

/// A store as a freshly opened tab has it.
fn open_store(slot: &Slot) -> (SessionStore, storage::Opened) {
    let opened = storage::open(slot);
    (SessionStore::new(slot.clone(), &opened), opened)
}

fn js(code: &str) {
    js_sys::Function::new_no_args(code)
        .call0(&JsValue::NULL)
        .expect("script runs");
}

/// Runs `body` while `window.localStorage` throws, as with blocked storage.
fn with_storage_blocked(body: impl FnOnce()) {
    js(
        "window.__saved = Object.getOwnPropertyDescriptor(window, 'localStorage');
        Object.defineProperty(window, 'localStorage', { configurable: true,
          get() { throw new DOMException('blocked for the test', 'SecurityError'); } });",
    );
    body();
    js("Object.defineProperty(window, 'localStorage', window.__saved);");
}

/// Runs `body` while every write fails with the given DOMException name, as
/// when the quota is used up.
fn with_writes_failing(name: &str, body: impl FnOnce()) {
    js(&format!(
        "window.__setItem = Storage.prototype.setItem;
         Storage.prototype.setItem = function () {{ throw new DOMException('full for the test', '{name}'); }};"
    ));
    body();
    js("Storage.prototype.setItem = window.__setItem;");
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
fn a_saved_session_is_stamped_and_restored_exactly() {
    clear();
    let (store, _) = open_store(&Slot::default());
    assert_eq!(store.save(&sample(), false), Ok(None));
    let restored = storage::open(&Slot::default()).session.expect("a session");
    assert_eq!(restored.answers, sample().answers);
    assert_eq!(restored.place, sample().place);
    assert_eq!(restored.language, sample().language);
    assert_eq!(restored.stamp.revision, 1);
    assert_eq!(
        restored.stamp.app_version.as_deref(),
        Some(env!("CARGO_PKG_VERSION"))
    );
    assert!(restored.stamp.saved_at.is_some());
    assert_eq!(stored(KEY), Some(restored.encode()));
    // Saving the same again writes nothing new.
    assert_eq!(store.save(&sample(), false), Ok(None));
    let again = storage::open(&Slot::default()).session.expect("a session");
    assert_eq!(again.stamp.revision, 1);
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
    let (store, opened) = open_store(&Slot::default());
    assert_eq!(opened.mode, Mode::MemoryOnly);
    assert_eq!(opened.problem, Some(Problem::Newer { raw: newer.into() }));
    assert_eq!(store.save(&sample(), false), Ok(None));
    assert_eq!(stored(KEY).as_deref(), Some(newer));
}

#[wasm_bindgen_test]
fn a_newer_record_written_by_another_tab_stops_this_one_writing() {
    clear();
    let (store, _) = open_store(&Slot::default());
    let newer = r#"{"format":"service-quotient/session","schema":99,"answers":{}}"#;
    local_storage().set_item(KEY, newer).expect("set");
    assert_eq!(
        store.save(&sample(), false),
        Err(SaveFailed::NewerElsewhere)
    );
    assert_eq!(store.mode(), Mode::MemoryOnly);
    // Every later save says so again, so the notice stays up.
    assert_eq!(
        store.save(&sample(), false),
        Err(SaveFailed::NewerElsewhere)
    );
    assert_eq!(stored(KEY).as_deref(), Some(newer));
}

#[wasm_bindgen_test]
fn storage_that_throws_means_memory_only() {
    clear();
    with_storage_blocked(|| {
        let (store, opened) = open_store(&Slot::default());
        assert_eq!(opened.mode, Mode::MemoryOnly);
        assert_eq!(opened.problem, Some(Problem::Unavailable));
        assert_eq!(store.save(&sample(), false), Ok(None));
    });
    assert_eq!(stored(KEY), None);
}

/// With storage blocked, the session lives in the tab's own memory
/// (`window.name`): a page opened next in the same tab (the results, a
/// reload) finds it; another slot does not.
#[wasm_bindgen_test]
fn blocked_storage_keeps_the_session_in_the_tab() {
    clear();
    js("window.name = ''");
    with_storage_blocked(|| {
        let (store, opened) = open_store(&Slot::default());
        assert_eq!(opened.session, None);
        assert_eq!(store.save(&sample(), false), Ok(None));
        let again = storage::open(&Slot::default());
        assert_eq!(again.mode, Mode::MemoryOnly);
        assert_eq!(again.problem, Some(Problem::Unavailable));
        assert_eq!(again.session, Some(sample()));
        let other = Slot::named("shop-a").expect("a valid namespace");
        assert_eq!(storage::open(&other).session, None);
    });
    js("window.name = ''");
    assert_eq!(stored(KEY), None);
}

#[wasm_bindgen_test]
fn a_failing_write_is_reported() {
    clear();
    let (store, _) = open_store(&Slot::default());
    with_storage_blocked(|| {
        assert_eq!(store.save(&sample(), false), Err(SaveFailed::Refused));
    });
}

#[wasm_bindgen_test]
fn a_full_storage_is_recognised_under_each_name() {
    for name in ["QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED"] {
        clear();
        let (store, _) = open_store(&Slot::default());
        with_writes_failing(name, || {
            assert_eq!(
                store.save(&sample(), false),
                Err(SaveFailed::Full),
                "{name}"
            );
        });
    }
    clear();
    let (store, _) = open_store(&Slot::default());
    with_writes_failing("NotAllowedError", || {
        assert_eq!(store.save(&sample(), false), Err(SaveFailed::Refused));
    });
}

#[wasm_bindgen_test]
fn namespaces_keep_separate_records() {
    clear();
    let shop = Slot::named("shop-a").expect("a valid namespace");
    assert_eq!(shop.key(), "service-quotient:shop-a");
    let (store, _) = open_store(&shop);
    store.save(&sample(), false).expect("saves");
    assert_eq!(
        storage::open(&shop).session.map(|s| s.answers),
        Some(sample().answers)
    );
    assert_eq!(storage::open(&Slot::default()).session, None);
    for invalid in ["", "Shop", "a b", "x/y", &"n".repeat(33)] {
        assert_eq!(Slot::named(invalid), None, "{invalid:?} is refused");
    }
}

#[wasm_bindgen_test]
fn two_tabs_rating_different_statements_both_keep_their_answers() {
    clear();
    let slot = Slot::default();
    let (first, _) = open_store(&slot);
    first.save(&sample(), false).expect("saves");
    // Two tabs open from the same stored record.
    let (tab_a, opened_a) = open_store(&slot);
    let (tab_b, opened_b) = open_store(&slot);
    let mut a = opened_a.session.expect("restored");
    let mut b = opened_b.session.expect("restored");
    rate(&mut a.answers, Statement::CultureRightFirstTime, 4);
    assert_eq!(tab_a.save(&a, false), Ok(None));
    rate(&mut b.answers, Statement::FeedbackRemoveErrors, 1);
    // B merges A's change into its own before writing, and says so.
    let merged = tab_b
        .save(&b, false)
        .expect("saves")
        .expect("merged answers");
    let mut both = sample().answers;
    rate(&mut both, Statement::CultureRightFirstTime, 4);
    rate(&mut both, Statement::FeedbackRemoveErrors, 1);
    assert_eq!(merged.answers, both);
    let now = storage::open(&slot).session.expect("stored");
    assert_eq!(now.answers, both);
    assert_eq!(now.stamp.revision, 3);
    // A takes in B's write without writing anything itself.
    assert_eq!(
        tab_a.refresh(&a).map(|r| r.map(|record| record.answers)),
        Ok(Some(both.clone()))
    );
    a.answers = both;
    assert_eq!(tab_a.save(&a, false), Ok(None));
    assert_eq!(
        storage::open(&slot).session.expect("stored").stamp.revision,
        3
    );
}
