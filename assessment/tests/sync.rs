//! The rules for several tabs sharing one stored record (`assessment::sync`):
//! exact cases, then properties over arbitrary answer sheets.

use assessment::export::Timestamp;
use assessment::sync::{self, Opening, SavePlan, Stop, Stored, TakenIn, Writer};
use assessment::{Answers, History, Place, Rating, SavedSession, SectionId, Stamp, StatementId};
use proptest::prelude::*;

fn writer() -> Writer {
    Writer {
        app_version: "0.1.0".into(),
        now: Timestamp::parse("2026-12-01T10:00:00.000Z").expect("valid"),
    }
}

fn record(answers: Answers, revision: u64) -> SavedSession {
    SavedSession {
        answers,
        stamp: Stamp {
            revision,
            ..Stamp::default()
        },
        ..SavedSession::default()
    }
}

fn one(statement: usize, value: u8) -> Answers {
    let mut answers = Answers::new();
    let id = StatementId::all().nth(statement).expect("a statement");
    answers.rate(id, Rating::new(value).expect("1 to 5"));
    answers
}

#[test]
fn a_hidden_tab_holds_its_change_and_an_unchanged_one_does_nothing() {
    let seen = record(one(0, 3), 4);
    assert_eq!(sync::plan_save(&seen, &seen, false), SavePlan::Nothing);
    let mut moved = seen.clone();
    moved.place = Place::Results;
    assert_eq!(sync::plan_save(&moved, &seen, false), SavePlan::Look);
    let changed = record(one(0, 4), 4);
    assert_eq!(sync::plan_save(&changed, &seen, true), SavePlan::Hold);
    assert_eq!(sync::plan_save(&changed, &seen, false), SavePlan::Look);
}

#[test]
fn a_write_merges_another_tabs_change_and_stamps_a_higher_revision() {
    let base = record(Answers::new(), 3);
    let ours = record(one(0, 4), 3);
    let theirs = record(one(1, 2), 5);
    let write = sync::save(&ours, &base, Stored::Readable(theirs), &writer()).expect("writes");
    let mut both = one(0, 4);
    both.rate(
        StatementId::all().nth(1).expect("a statement"),
        Rating::new(2).expect("1 to 5"),
    );
    assert_eq!(write.record.answers, both);
    assert_eq!(write.record.stamp.revision, 6);
    assert_eq!(write.record.stamp.app_version.as_deref(), Some("0.1.0"));
    assert!(!write.back_up_first);
    // The tab's own record, stored as it left it: written as it is.
    let own = sync::save(&ours, &base, Stored::Readable(base.clone()), &writer()).expect("writes");
    assert_eq!(
        (own.record.answers, own.record.stamp.revision),
        (one(0, 4), 4)
    );
}

#[test]
fn an_unreadable_record_is_copied_aside_once_before_it_is_replaced() {
    let ours = record(one(0, 4), 0);
    let seen = SavedSession::default();
    let first = sync::save(
        &ours,
        &seen,
        Stored::Unreadable { backed_up: false },
        &writer(),
    );
    assert!(first.expect("writes").back_up_first);
    let again = sync::save(
        &ours,
        &seen,
        Stored::Unreadable { backed_up: true },
        &writer(),
    );
    assert!(!again.expect("writes").back_up_first);
}

#[test]
fn taking_in_keeps_the_tabs_own_place_and_language() {
    let seen = record(one(0, 3), 2);
    let mut current = seen.clone();
    current.place = Place::Section(SectionId::LAST);
    current.language = Some("hi".into());
    let mut stored = record(one(1, 5), 3);
    stored.language = Some("te".into());
    match sync::take_in(&current, &seen, Stored::Readable(stored.clone())) {
        Ok(Some(TakenIn { seen, show })) => {
            assert_eq!(seen.stamp.revision, 3);
            assert_eq!(seen.language.as_deref(), Some("hi"));
            let show = show.expect("the answers changed");
            assert_eq!(show.answers, stored.answers);
            assert_eq!(show.place, Place::Section(SectionId::LAST));
        }
        other => panic!("expected a newer record, got {other:?}"),
    }
    // Older or the same: nothing.
    let older = record(one(1, 5), 1);
    assert_eq!(
        sync::take_in(&current, &seen, Stored::Readable(older)),
        Ok(None)
    );
}

#[test]
fn the_history_base_is_what_is_stored_or_what_the_tab_shows() {
    let shown = History {
        snapshots: vec![Default::default()],
        ..History::default()
    };
    assert_eq!(
        sync::history_base(Stored::Empty, &shown),
        Ok(History::default())
    );
    assert_eq!(
        sync::history_base(Stored::Unreadable { backed_up: true }, &shown),
        Ok(shown.clone())
    );
    assert_eq!(sync::history_base(Stored::Newer, &shown), Err(Stop));
}

fn answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(proptest::option::of(1u8..=5), 25).prop_map(|values| {
        let mut answers = Answers::new();
        for (id, value) in StatementId::all().zip(values) {
            if let Some(value) = value {
                answers.rate(id, Rating::new(value).expect("1 to 5"));
            }
        }
        answers
    })
}

fn stored() -> impl Strategy<Value = Stored<SavedSession>> {
    prop_oneof![
        Just(Stored::Empty),
        (answers(), 0u64..50).prop_map(|(a, r)| Stored::Readable(record(a, r))),
        any::<bool>().prop_map(|backed_up| Stored::Unreadable { backed_up }),
        Just(Stored::Newer),
    ]
}

proptest! {
    #[test]
    fn merging_is_idempotent(ours in answers(), base in answers(), theirs in answers()) {
        let merged = ours.merged(&base, &theirs);
        prop_assert_eq!(ours.merged(&base, &merged), merged);
    }

    #[test]
    fn a_tabs_own_changes_always_survive(ours in answers(), base in answers(), theirs in answers()) {
        let merged = ours.merged(&base, &theirs);
        for id in StatementId::all().filter(|id| ours.rating(*id) != base.rating(*id)) {
            prop_assert_eq!(merged.rating(id), ours.rating(id));
        }
    }

    #[test]
    fn a_statement_neither_tab_changed_keeps_the_stored_value(
        ours in answers(), base in answers(), theirs in answers(),
    ) {
        let merged = ours.merged(&base, &theirs);
        for id in StatementId::all().filter(|id| ours.rating(*id) == base.rating(*id)) {
            prop_assert_eq!(merged.rating(id), theirs.rating(id));
        }
    }

    #[test]
    fn a_newer_schema_is_never_written_over(current in answers(), seen in answers(), revision in 0u64..50) {
        let (current, seen) = (record(current, revision), record(seen, revision));
        prop_assert_eq!(sync::save(&current, &seen, Stored::Newer, &writer()), Err(Stop));
        prop_assert_eq!(sync::take_in(&current, &seen, Stored::Newer), Err(Stop));
    }

    #[test]
    fn revisions_only_increase(
        current in answers(), seen in answers(), seen_revision in 0u64..50, stored in stored(),
    ) {
        let stored_revision = match &stored {
            Stored::Readable(s) => s.stamp.revision,
            _ => 0,
        };
        let (current, seen) = (record(current, seen_revision), record(seen, seen_revision));
        if let Ok(write) = sync::save(&current, &seen, stored, &writer()) {
            prop_assert!(write.record.stamp.revision > seen_revision.max(stored_revision));
        }
    }
}

#[test]
fn what_is_stored_is_read_as_empty_readable_unreadable_or_newer() {
    let decode = SavedSession::decode;
    assert_eq!(Stored::read(None, decode, None), Stored::Empty);
    let raw = record(one(0, 4), 2).encode();
    assert_eq!(
        Stored::read(Some(&raw), decode, None),
        Stored::Readable(record(one(0, 4), 2))
    );
    let newer = r#"{"format":"service-quotient/session","schema":99}"#;
    assert_eq!(Stored::read(Some(newer), decode, None), Stored::Newer);
    assert_eq!(
        Stored::read(Some("{oops"), decode, None),
        Stored::Unreadable { backed_up: false }
    );
    assert_eq!(
        Stored::read(Some("{oops"), decode, Some("{oops")),
        Stored::Unreadable { backed_up: true }
    );
    assert_eq!(
        Stored::read(Some("{oops"), decode, Some("{other")),
        Stored::Unreadable { backed_up: false }
    );
}

#[test]
fn a_tab_opens_on_a_readable_record_copies_an_unreadable_one_aside_and_stops_for_a_newer_one() {
    let raw = record(one(0, 4), 2).encode();
    let readable = Opening::from_stored(&raw, SavedSession::decode);
    assert_eq!(readable, Opening::Start(record(one(0, 4), 2)));
    assert!(readable.may_write(false));

    let unreadable = Opening::from_stored("{oops", SavedSession::decode);
    assert!(matches!(unreadable, Opening::CopyAside(_)));
    // Written over only once its text is safe in a copy.
    assert!(!unreadable.may_write(false));
    assert!(unreadable.may_write(true));

    let newer = r#"{"format":"service-quotient/session","schema":99}"#;
    let newer = Opening::from_stored(newer, SavedSession::decode);
    assert_eq!(newer, Opening::Newer(99));
    assert!(!newer.may_write(true));

    let history = History::default().encode();
    assert_eq!(
        Opening::from_stored(&history, History::decode),
        Opening::Start(History::default())
    );
}
