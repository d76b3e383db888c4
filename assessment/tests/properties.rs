//! Property tests: bounds and monotonicity of scoring, and the saved record's
//! round trip.

use assessment::export::Timestamp;
use assessment::{
    Answers, Band, Place, Rating, Report, SavedSession, Score, SectionId, StatementId,
};
use proptest::prelude::*;

fn rating() -> impl Strategy<Value = Rating> {
    (1u8..=5).prop_map(|v| Rating::new(v).expect("1 to 5"))
}

/// A complete answer sheet.
fn complete() -> impl Strategy<Value = Answers> {
    proptest::array::uniform25(rating()).prop_map(|ratings| {
        let mut answers = Answers::new();
        for (statement, rating) in StatementId::all().zip(ratings) {
            answers.rate(statement, rating);
        }
        answers
    })
}

/// Any answer sheet, some statements unanswered.
fn partial() -> impl Strategy<Value = Answers> {
    proptest::array::uniform25(proptest::option::of(rating())).prop_map(|ratings| {
        let mut answers = Answers::new();
        for (statement, rating) in StatementId::all().zip(ratings) {
            if let Some(rating) = rating {
                answers.rate(statement, rating);
            }
        }
        answers
    })
}

fn place() -> impl Strategy<Value = Place> {
    prop_oneof![
        Just(Place::Results),
        proptest::sample::select(SectionId::all().collect::<Vec<_>>()).prop_map(Place::Section),
    ]
}

proptest! {
    #[test]
    fn total_stays_within_seven_and_thirty_five(answers in complete()) {
        let total = Report::new(&answers).total.expect("complete");
        prop_assert!(total >= Score::points(7) && total <= Score::points(35));
    }

    #[test]
    fn section_scores_stay_within_one_and_five(answers in partial()) {
        for section in Report::new(&answers).sections {
            if let Some(score) = section.score {
                prop_assert!(score >= Score::points(1) && score <= Score::points(5));
            }
        }
    }

    #[test]
    fn raising_one_rating_never_lowers_anything(
        answers in complete(),
        index in 0usize..25,
        raise in 1u8..=4,
    ) {
        let statement = StatementId::all().nth(index).expect("index below 25");
        let before = Report::new(&answers);
        let old = answers.rating(statement).expect("complete").value();
        let mut raised = answers.clone();
        raised.rate(statement, Rating::new((old + raise).min(5)).expect("capped at 5"));
        let after = Report::new(&raised);
        for (b, a) in before.sections.iter().zip(&after.sections) {
            prop_assert!(a.score >= b.score);
        }
        prop_assert!(after.total >= before.total);
        prop_assert!(after.band() >= before.band());
    }

    #[test]
    fn band_follows_the_documented_rule(answers in complete()) {
        let report = Report::new(&answers);
        let total = report.total.expect("complete");
        let expected = if total >= Score::points(28) {
            Band::Asset
        } else if total >= Score::points(21) {
            Band::Adequate
        } else {
            Band::AtRisk
        };
        prop_assert_eq!(report.band(), Some(expected));
    }

    #[test]
    fn total_is_known_exactly_when_all_are_answered(answers in partial()) {
        prop_assert_eq!(Report::new(&answers).total.is_some(), answers.answered() == 25);
    }

    #[test]
    fn saved_session_round_trips(
        answers in partial(),
        place in place(),
        hindi in any::<bool>(),
        name in proptest::option::of("[^\\s]{1,5}( [^\\s]{1,5}){0,3}"),
        changed in any::<bool>(),
    ) {
        let session = SavedSession {
            answers,
            place,
            language: hindi.then(|| "hi".to_string()),
            name,
            changed_at: changed.then(|| Timestamp::parse("2026-11-23T09:58:00.000Z").expect("valid")),
            stamp: Default::default(),
        };
        prop_assert_eq!(SavedSession::decode(&session.encode()), Ok(session));
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(text in ".{0,300}") {
        let _ = SavedSession::decode(&text);
    }
}

proptest! {
    #[test]
    fn merging_keeps_both_tabs_changes(base in partial(), a_changes in partial(), b_changes in partial()) {
        // Tab A and tab B both start from `base`; A overlays its changes and
        // writes first; B then merges its own changes onto what A stored.
        let overlay = |changes: &Answers| {
            let mut out = base.clone();
            for (statement, rating) in changes.iter() {
                out.rate(statement, rating);
            }
            out
        };
        let stored_by_a = overlay(&a_changes);
        let tab_b = overlay(&b_changes);
        let merged = tab_b.merged(&base, &stored_by_a);
        for statement in StatementId::all() {
            let expected = if tab_b.rating(statement) != base.rating(statement) {
                tab_b.rating(statement)
            } else {
                stored_by_a.rating(statement)
            };
            prop_assert_eq!(merged.rating(statement), expected);
        }
        // Nothing changed in B: the merge is exactly what A stored.
        prop_assert_eq!(base.merged(&base, &stored_by_a), stored_by_a);
    }
}
