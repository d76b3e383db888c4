//! The saved record: its exact shape, and every way a stored record can be
//! unusable.

use assessment::export::Timestamp;
use assessment::limits::MAX_SESSION_BYTES;
use assessment::{
    Answers, DecodeError, Place, Rating, SavedSession, Section, SectionId, Stamp, Statement,
    StatementId,
};

mod common;
use common::fixture;

fn rated(pairs: &[(StatementId, u8)]) -> Answers {
    let mut answers = Answers::new();
    for (statement, value) in pairs {
        answers.rate(*statement, Rating::new(*value).expect("1 to 5"));
    }
    answers
}

#[test]
fn encodes_to_the_documented_shape() {
    let session = SavedSession {
        answers: rated(&[
            (StatementId::from(Statement::StaffEmpowered), 2),
            (StatementId::from(Statement::CultureWhateverItTakes), 4),
        ]),
        place: Place::Section(SectionId::from(Section::Staff)),
        language: Some("hi".into()),
        name: Some("Asha's Bakery".into()),
        changed_at: Timestamp::parse("2026-11-23T09:58:00.000Z"),
        stamp: Stamp {
            app_version: Some("0.1.0".into()),
            saved_at: Timestamp::parse("2026-11-23T10:00:00.000Z"),
            revision: 12,
        },
    };
    assert_eq!(
        session.encode(),
        r#"{"format":"service-quotient/session","schema":3,"app":"0.1.0","saved_at":"2026-11-23T10:00:00.000Z","revision":12,"language":"hi","place":"staff","name":"Asha's Bakery","changed_at":"2026-11-23T09:58:00.000Z","answers":{"culture.whatever-it-takes":4,"staff.empowered":2}}"#
    );
    assert_eq!(SavedSession::decode(&session.encode()), Ok(session));
}

#[test]
fn decodes_a_valid_record() {
    let raw = r#"{"format":"service-quotient/session","schema":1,"place":"results","answers":{"feedback.review-complaints":1}}"#;
    let session = SavedSession::decode(raw).expect("valid");
    assert_eq!(session.place, Place::Results);
    assert_eq!(session.language, None);
    assert_eq!(
        session.answers,
        rated(&[(StatementId::from(Statement::FeedbackReviewComplaints), 1)])
    );
}

#[test]
fn tolerates_a_byte_order_mark_and_an_unknown_place() {
    let raw = "\u{feff}{\"format\":\"service-quotient/session\",\"schema\":1,\"place\":\"nowhere\",\"answers\":{}}";
    let session = SavedSession::decode(raw).expect("valid");
    assert_eq!(session.place, Place::default());
}

#[test]
fn reports_each_kind_of_bad_record() {
    let ours = |answers: &str| {
        format!(r#"{{"format":"service-quotient/session","schema":1,"answers":{answers}}}"#)
    };
    let cases: Vec<(String, DecodeError)> = vec![
        ("{not json".into(), DecodeError::NotJson),
        ("".into(), DecodeError::NotJson),
        ("[1,2]".into(), DecodeError::NotOurs),
        (
            r#"{"format":"other","schema":1}"#.into(),
            DecodeError::NotOurs,
        ),
        (
            r#"{"format":"service-quotient/session","schema":7,"whatever":true}"#.into(),
            DecodeError::NewerSchema(7),
        ),
        (
            r#"{"format":"service-quotient/session","schema":0,"answers":{}}"#.into(),
            DecodeError::Malformed,
        ),
        (
            ours(r#"{"culture.whatever-it-takes":"4"}"#),
            DecodeError::Malformed,
        ),
        (
            ours(r#"{"culture.whatever-it-takes":4.5}"#),
            DecodeError::Malformed,
        ),
        (ours("[]"), DecodeError::Malformed),
        (
            ours(r#"{"culture.nonsense":4}"#),
            DecodeError::UnknownStatement,
        ),
        (
            ours(r#"{"staff.respected":4,"staff.respected":5}"#),
            DecodeError::DuplicateStatement(StatementId::from(Statement::StaffRespected)),
        ),
        (
            ours(r#"{"staff.respected":6}"#),
            DecodeError::RatingOutOfRange(StatementId::from(Statement::StaffRespected)),
        ),
        (
            ours(r#"{"staff.respected":0}"#),
            DecodeError::RatingOutOfRange(StatementId::from(Statement::StaffRespected)),
        ),
        (
            ours(r#"{"staff.respected":-300}"#),
            DecodeError::RatingOutOfRange(StatementId::from(Statement::StaffRespected)),
        ),
        (
            format!("{} ", ours("{}")) + "trailing",
            DecodeError::NotJson,
        ),
        (" ".repeat(MAX_SESSION_BYTES + 1), DecodeError::TooLarge),
    ];
    for (raw, expected) in cases {
        assert_eq!(SavedSession::decode(&raw), Err(expected), "for {raw:.80}");
    }
}

#[test]
fn unknown_fields_are_refused() {
    let raw = r#"{"format":"service-quotient/session","schema":1,"answers":{},"extra":1}"#;
    assert_eq!(SavedSession::decode(raw), Err(DecodeError::Malformed));
}

/// Every schema that ever shipped has a frozen record in `tests/fixtures/`;
/// each must load, forever, into the same answers.
#[test]
fn every_past_schema_still_loads() {
    let expected = rated(&[
        (StatementId::from(Statement::CultureWhateverItTakes), 4),
        (StatementId::from(Statement::FeedbackReviewComplaints), 2),
        (StatementId::from(Statement::ImprovementFixQuickly), 5),
    ]);
    let v1 = SavedSession::decode(&fixture("session-schema-1.json")).expect("schema 1 loads");
    assert_eq!(v1.answers, expected);
    assert_eq!(v1.place, Place::Section(SectionId::from(Section::Feedback)));
    assert_eq!(v1.language.as_deref(), Some("te"));
    assert_eq!(v1.stamp, Stamp::default());
    let v2 = SavedSession::decode(&fixture("session-schema-2.json")).expect("schema 2 loads");
    assert_eq!(v2.answers, expected);
    assert_eq!(v2.stamp.revision, 7);
    assert_eq!(v2.stamp.app_version.as_deref(), Some("0.1.0"));
    assert_eq!((v2.name, v2.changed_at), (None, None));
    let v3 = SavedSession::decode(&fixture("session-schema-3.json")).expect("schema 3 loads");
    assert_eq!(v3.answers, expected);
    assert_eq!(v3.stamp.revision, 9);
    assert_eq!(v3.name.as_deref(), Some("Asha's Bakery"));
    assert_eq!(
        v3.changed_at.as_ref().map(Timestamp::as_str),
        Some("2026-11-23T09:58:00.000Z")
    );
}

/// Two tabs: each one's own changes survive; the time of the last change is
/// the later one; the place and language stay the tab's own.
#[test]
fn merging_keeps_each_tabs_own_changes_field_by_field() {
    let a = StatementId::from(Statement::CultureWhateverItTakes);
    let b = StatementId::from(Statement::StaffEmpowered);
    let base = SavedSession {
        name: Some("Shop".into()),
        ..SavedSession::default()
    };
    let ours = SavedSession {
        answers: rated(&[(a, 4)]),
        place: Place::Results,
        changed_at: Timestamp::parse("2026-11-23T10:00:00.000Z"),
        ..base.clone()
    };
    let theirs = SavedSession {
        answers: rated(&[(b, 2)]),
        name: Some("Asha's Shop".into()),
        language: Some("hi".into()),
        changed_at: Timestamp::parse("2026-11-23T11:00:00.000Z"),
        ..base.clone()
    };
    let merged = ours.merged(&base, &theirs);
    assert_eq!(merged.answers, rated(&[(a, 4), (b, 2)]));
    assert_eq!(merged.name.as_deref(), Some("Asha's Shop"));
    assert_eq!(merged.place, Place::Results);
    assert_eq!(merged.language, None);
    assert_eq!(
        merged.changed_at.as_ref().map(Timestamp::as_str),
        Some("2026-11-23T11:00:00.000Z")
    );
    // A name this tab changed wins over the stored one.
    let renamed = SavedSession {
        name: None,
        ..ours.clone()
    };
    assert_eq!(renamed.merged(&base, &theirs).name, None);
}

#[test]
fn a_name_is_trimmed_and_capped_like_a_note() {
    let raw = |name: &str| {
        format!(
            r#"{{"format":"service-quotient/session","schema":3,"name":"{name}","answers":{{}}}}"#
        )
    };
    assert_eq!(
        SavedSession::decode(&raw("  Asha  ")).map(|s| s.name),
        Ok(Some("Asha".into()))
    );
    assert_eq!(SavedSession::decode(&raw("   ")).map(|s| s.name), Ok(None));
    assert_eq!(
        SavedSession::decode(&raw(&"x".repeat(201))),
        Err(DecodeError::TextTooLong)
    );
}
