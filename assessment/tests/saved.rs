//! The saved record: its exact shape, and every way a stored record can be
//! unusable.

use assessment::{
    Answers, DecodeError, Place, Rating, SavedSession, Section, SectionId, Statement, StatementId,
    MAX_BYTES,
};

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
    };
    assert_eq!(
        session.encode(),
        r#"{"format":"service-quotient/session","schema":1,"language":"hi","place":"staff","answers":{"culture.whatever-it-takes":4,"staff.empowered":2}}"#
    );
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
        (" ".repeat(MAX_BYTES + 1), DecodeError::TooLarge),
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
