//! The benchmark's generated questionnaires (features `scale-100` and
//! `scale-1000`): the self-test repeated, with unique ids and intact
//! sections. Run by `cargo test -p assessment --features scale-100`.
#![cfg(any(feature = "scale-100", feature = "scale-1000"))]

use assessment::{
    Answers, Rating, Report, SavedSession, SectionId, StatementId, SECTION_COUNT, STATEMENT_COUNT,
};
use std::collections::HashSet;

#[test]
fn copies_have_unique_ids_that_round_trip() {
    let ids: HashSet<&str> = StatementId::all().map(|s| s.as_str()).collect();
    assert_eq!(ids.len(), STATEMENT_COUNT);
    for statement in StatementId::all().step_by(7) {
        assert_eq!(StatementId::parse(statement.as_str()), Some(statement));
    }
    let last = StatementId::all().last().expect("statements");
    assert_eq!(
        last.as_str(),
        format!("improvement#{}.fix-quickly", STATEMENT_COUNT / 25)
    );
    let sections: HashSet<&str> = SectionId::all().map(|s| s.as_str()).collect();
    assert_eq!(sections.len(), SECTION_COUNT);
}

#[test]
fn every_statement_is_in_its_section() {
    let mut seen = 0;
    for section in SectionId::all() {
        for statement in section.statements() {
            assert_eq!(statement.section(), section);
            assert_eq!(statement.which().section(), section.which());
            seen += 1;
        }
    }
    assert_eq!(seen, STATEMENT_COUNT);
}

#[test]
fn a_full_record_round_trips_and_scores() {
    let session = SavedSession {
        answers: Answers::all(Rating::MAX),
        ..SavedSession::default()
    };
    assert_eq!(SavedSession::decode(&session.encode()), Ok(session.clone()));
    let report = Report::new(&session.answers);
    assert_eq!(report.sections.len(), SECTION_COUNT);
    assert!(report.total.is_some());
}
