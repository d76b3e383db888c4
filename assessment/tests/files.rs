//! The export file and the stored history: exact shapes, round trips, and
//! every kind of bad input named.

use assessment::export::{AnswerSet, ExportFile, Timestamp};
use assessment::limits::{MAX_FILE_BYTES, MAX_LONG_TEXT_CHARS, MAX_TEXT_CHARS};
use assessment::plan::Plan;
use assessment::{Answers, DecodeError, History, Rating, Stamp, Statement, StatementId};
use proptest::prelude::*;

mod common;
use common::fixture;

fn rated(pairs: &[(Statement, u8)]) -> Answers {
    let mut answers = Answers::new();
    for (statement, value) in pairs {
        answers.rate(
            StatementId::from(*statement),
            Rating::new(*value).expect("1 to 5"),
        );
    }
    answers
}

fn at(text: &str) -> Option<Timestamp> {
    Some(Timestamp::parse(text).expect("a valid timestamp"))
}

fn sample() -> ExportFile {
    ExportFile {
        exported_at: at("2026-11-23T10:00:00.000Z"),
        language: Some("hi".into()),
        sets: vec![AnswerSet {
            taken_at: at("2026-11-20T09:30:00Z"),
            note: Some("after the new returns policy".into()),
            name: Some("Asha".into()),
            answers: rated(&[
                (Statement::CultureWhateverItTakes, 4),
                (Statement::StaffEmpowered, 2),
            ]),
        }],
        plan: None,
    }
}

#[test]
fn export_has_the_documented_shape() {
    let json: serde_json::Value = serde_json::from_str(&sample().encode()).expect("JSON");
    assert_eq!(
        json,
        serde_json::json!({
            "format": "service-quotient/export",
            "schema": 2,
            "questionnaire": {"id": "forum-customer-driven-self-test", "version": 1},
            "exported_at": "2026-11-23T10:00:00.000Z",
            "language": "hi",
            "sets": [{
                "taken_at": "2026-11-20T09:30:00Z",
                "note": "after the new returns policy",
                "name": "Asha",
                "answers": {"culture.whatever-it-takes": 4, "staff.empowered": 2}
            }]
        })
    );
}

#[test]
fn export_round_trips() {
    assert_eq!(ExportFile::decode(&sample().encode()), Ok(sample()));
}

#[test]
fn bad_export_files_are_refused_with_their_reason() {
    let with = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut json: serde_json::Value = serde_json::from_str(&sample().encode()).expect("JSON");
        f(&mut json);
        json.to_string()
    };
    let cases: Vec<(String, DecodeError)> = vec![
        ("not json".into(), DecodeError::NotJson),
        (
            r#"{"format":"something-else","schema":1}"#.into(),
            DecodeError::NotOurs,
        ),
        (
            with(&|j| j["schema"] = 3.into()),
            DecodeError::NewerSchema(3),
        ),
        // The plan inside goes through the stored plan's own checks.
        (
            with(&|j| {
                j["plan"] = serde_json::json!({"format": "service-quotient/plan", "schema": 2})
            }),
            DecodeError::NewerSchema(2),
        ),
        (
            with(&|j| j["plan"] = serde_json::json!({"format": "something-else", "schema": 1})),
            DecodeError::NotOurs,
        ),
        (
            with(&|j| {
                j["plan"] = serde_json::json!({"format": "service-quotient/plan", "schema": 1,
                    "discretion": {"allowed": "x".repeat(MAX_LONG_TEXT_CHARS + 1)}})
            }),
            DecodeError::TextTooLong,
        ),
        (
            with(&|j| {
                j["plan"] =
                    serde_json::json!({"format": "service-quotient/plan", "schema": 1, "extra": 1})
            }),
            DecodeError::Malformed,
        ),
        (
            with(&|j| j["questionnaire"]["id"] = "other".into()),
            DecodeError::OtherQuestionnaire,
        ),
        (
            with(&|j| j["questionnaire"]["version"] = 2.into()),
            DecodeError::OtherQuestionnaire,
        ),
        (
            with(&|j| j["sets"][0]["taken_at"] = "yesterday".into()),
            DecodeError::BadDate,
        ),
        (
            with(&|j| j["exported_at"] = "2026-13".into()),
            DecodeError::BadDate,
        ),
        (
            with(&|j| j["sets"][0]["note"] = "x".repeat(MAX_TEXT_CHARS + 1).into()),
            DecodeError::TextTooLong,
        ),
        (
            with(&|j| j["sets"][0]["answers"]["culture.nope"] = 3.into()),
            DecodeError::UnknownStatement,
        ),
        (
            with(&|j| j["sets"][0]["answers"]["staff.empowered"] = 6.into()),
            DecodeError::RatingOutOfRange(StatementId::from(Statement::StaffEmpowered)),
        ),
        (with(&|j| j["extra"] = true.into()), DecodeError::Malformed),
        (" ".repeat(MAX_FILE_BYTES + 1), DecodeError::TooLarge),
    ];
    for (raw, expected) in cases {
        assert_eq!(ExportFile::decode(&raw), Err(expected), "for {raw:.120}");
    }
}

#[test]
fn notes_and_names_are_trimmed_and_empty_means_none() {
    let raw = sample()
        .encode()
        .replace("after the new returns policy", "   ")
        .replace("\"Asha\"", "\"  Asha  \"");
    let file = ExportFile::decode(&raw).expect("valid");
    assert_eq!(file.sets[0].note, None);
    assert_eq!(file.sets[0].name.as_deref(), Some("Asha"));
}

#[test]
fn timestamps_have_one_shape() {
    for good in ["2026-11-23T10:00:00Z", "2026-11-23T10:00:00.123Z"] {
        assert!(Timestamp::parse(good).is_some(), "{good}");
    }
    for bad in [
        "2026-11-23",
        "2026-11-23 10:00:00Z",
        "2026-11-23T10:00:00+01:00",
        "2026-11-23T10:00:00.1Z",
        "",
    ] {
        assert!(Timestamp::parse(bad).is_none(), "{bad}");
    }
}

#[test]
fn history_is_stored_compactly_and_round_trips() {
    let history = History {
        stamp: Stamp {
            app_version: Some("0.1.0".into()),
            saved_at: at("2026-03-02T09:00:01.000Z"),
            revision: 3,
        },
        snapshots: vec![AnswerSet {
            taken_at: at("2026-03-02T09:00:00.000Z"),
            note: Some("before".into()),
            name: Some("Asha".into()),
            answers: rated(&[
                (Statement::CultureWhateverItTakes, 4),
                (Statement::ImprovementFixQuickly, 1),
            ]),
        }],
    };
    let raw = history.encode();
    assert_eq!(
        raw,
        r#"{"format":"service-quotient/history","schema":3,"app":"0.1.0","saved_at":"2026-03-02T09:00:01.000Z","revision":3,"snapshots":[{"taken_at":"2026-03-02T09:00:00.000Z","note":"before","name":"Asha","answers":"4000000000000000000000001"}]}"#
    );
    assert_eq!(History::decode(&raw), Ok(history));
}

#[test]
fn two_hundred_snapshots_stay_small() {
    let snapshot = AnswerSet {
        taken_at: at("2026-03-02T09:00:00.000Z"),
        note: Some("after the new returns policy".into()),
        name: None,
        answers: Answers::all(Rating::new(4).expect("valid")),
    };
    let history = History {
        snapshots: vec![snapshot; 200],
        ..History::default()
    };
    let raw = history.encode();
    assert!(
        raw.len() < 24 * 1024,
        "200 snapshots take {} bytes",
        raw.len()
    );
    assert_eq!(History::decode(&raw).map(|h| h.snapshots.len()), Ok(200));
}

#[test]
fn bad_history_records_are_refused() {
    let good = r#"{"format":"service-quotient/history","schema":1,"snapshots":[{"answers":"4000000000000000000000001"}]}"#;
    assert!(History::decode(good).is_ok());
    assert_eq!(
        History::decode(&good.replace("4000", "9000")),
        Err(DecodeError::RatingOutOfRange(StatementId::from(
            Statement::CultureWhateverItTakes
        )))
    );
    assert_eq!(
        History::decode(&good.replace("4000", "400")),
        Err(DecodeError::Malformed)
    );
    assert_eq!(
        History::decode(&good.replace("schema\":1", "schema\":4")),
        Err(DecodeError::NewerSchema(4))
    );
}

fn answer_set() -> impl Strategy<Value = AnswerSet> {
    (
        proptest::collection::vec(proptest::option::of(1u8..=5), 25),
        proptest::option::of("[a-zA-Z0-9 <>&\"']{1,40}"),
        proptest::option::of(0u32..2_000_000_000),
    )
        .prop_map(|(ratings, note, seconds)| {
            let mut answers = Answers::new();
            for (statement, rating) in StatementId::all().zip(ratings) {
                if let Some(r) = rating {
                    answers.rate(statement, Rating::new(r).expect("1 to 5"));
                }
            }
            AnswerSet {
                taken_at: seconds.map(|s| {
                    Timestamp::parse(&format!("2026-01-01T00:00:{:02}.{:03}Z", s % 60, s % 1000))
                        .expect("valid")
                }),
                note: note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty()),
                name: None,
                answers,
            }
        })
}

proptest! {
    #[test]
    fn any_export_round_trips(sets in proptest::collection::vec(answer_set(), 0..8)) {
        let file = ExportFile { exported_at: None, language: Some("te".into()), sets, plan: None };
        prop_assert_eq!(ExportFile::decode(&file.encode()), Ok(file));
    }

    #[test]
    fn any_history_round_trips(snapshots in proptest::collection::vec(answer_set(), 0..8)) {
        let history = History { snapshots, ..History::default() };
        prop_assert_eq!(History::decode(&history.encode()), Ok(history));
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = ExportFile::decode(&text);
        let _ = History::decode(&text);
    }
}

/// Every schema that ever shipped has a frozen file in `tests/fixtures/`;
/// each must load, forever.
#[test]
fn every_past_history_and_export_schema_still_loads() {
    let expected = rated(&[
        (Statement::CultureWhateverItTakes, 4),
        (Statement::FeedbackReviewComplaints, 2),
        (Statement::ImprovementFixQuickly, 5),
    ]);
    for name in [
        "history-schema-1.json",
        "history-schema-2.json",
        "history-schema-3.json",
    ] {
        let history = History::decode(&fixture(name)).expect(name);
        assert_eq!(history.snapshots[0].answers, expected, "{name}");
        assert_eq!(
            history.snapshots[0].note.as_deref(),
            Some("before the new returns policy")
        );
    }
    let v3 = History::decode(&fixture("history-schema-3.json")).expect("history schema 3");
    assert_eq!(v3.snapshots[0].name.as_deref(), Some("Asha's Bakery"));
    let file = ExportFile::decode(&fixture("export-schema-1.json")).expect("export schema 1 loads");
    assert_eq!(file.sets[0].answers, expected);
    assert_eq!(file.sets[0].name.as_deref(), Some("Asha"));
    assert_eq!(file.plan, None);
}

/// Schema 2 carries the plan: the frozen file holds the frozen plan record,
/// and it loads into exactly the plan that record loads into.
#[test]
fn an_export_with_a_plan_loads_the_plan_as_stored() {
    let file = ExportFile::decode(&fixture("export-schema-2.json")).expect("export schema 2 loads");
    let stored = Plan::decode(&fixture("plan-schema-1.json")).expect("plan schema 1 loads");
    assert_eq!(file.plan.as_ref(), Some(&stored));
    assert_eq!(
        file.sets[0].answers,
        stored.baseline.clone().expect("a baseline")
    );
    // Written again, the plan is the stored record, inside the export.
    let again = ExportFile::decode(&file.encode()).expect("round trip");
    assert_eq!(again, file);
    let json: serde_json::Value = serde_json::from_str(&file.encode()).expect("JSON");
    assert_eq!(json["schema"], 2);
    assert_eq!(
        json["plan"],
        serde_json::from_str::<serde_json::Value>(&stored.encode()).expect("JSON")
    );
}

#[test]
fn the_latest_set_is_the_newest_by_date_not_the_last_in_the_file() {
    let set = |taken_at: Option<&str>, rating: u8| AnswerSet {
        taken_at: taken_at.and_then(at),
        note: None,
        name: None,
        answers: rated(&[(Statement::CultureWhateverItTakes, rating)]),
    };
    let file = |sets| ExportFile {
        exported_at: None,
        language: None,
        sets,
        plan: None,
    };
    let june = set(Some("2026-06-01T09:00:00.000Z"), 5);
    let january = set(Some("2026-01-15T09:00:00.000Z"), 1);
    let undated = set(None, 3);
    assert_eq!(
        file(vec![june.clone(), january.clone(), undated.clone()]).latest(),
        Some(&june)
    );
    assert_eq!(
        file(vec![undated.clone(), january.clone()]).latest(),
        Some(&january)
    );
    assert_eq!(
        file(vec![set(None, 2), undated.clone()]).latest(),
        Some(&undated)
    );
    assert_eq!(file(vec![]).latest(), None);
}
