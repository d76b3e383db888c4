//! Issue 9's rules, exactly: the first steps and named ties, scores as a
//! shop owner reads them, keeping answers before a replacement, the team's
//! total and duplicates, pasted links line by line, and download names.

use assessment::export::{file_name, AnswerSet, Timestamp};
use assessment::share_code::{decode_lines, encode};
use assessment::{
    AlreadyAdded, Answers, Band, History, Rating, Report, Roster, Score, Section, SectionId,
    ShareCodeError, Statement, StatementId,
};

fn r(value: u8) -> Rating {
    Rating::new(value).expect("test ratings are 1 to 5")
}

fn rate(answers: &mut Answers, statements: &[Statement], value: u8) {
    for statement in statements {
        answers.rate(StatementId::from(*statement), r(value));
    }
}

fn at(text: &str) -> Option<Timestamp> {
    Timestamp::parse(text)
}

fn sections(ids: Vec<SectionId>) -> Vec<Section> {
    ids.into_iter().map(SectionId::which).collect()
}

fn statements(ids: Vec<StatementId>) -> Vec<Statement> {
    ids.into_iter().map(StatementId::which).collect()
}

#[test]
fn first_steps_follow_the_section_order_then_the_lowest_ratings() {
    let mut answers = Answers::all(r(4));
    // Feedback has the most room (2.33), then culture (3.25), then staff (3.8).
    rate(&mut answers, &[Statement::FeedbackAskForFeedback], 1);
    rate(&mut answers, &[Statement::FeedbackRemoveErrors], 2);
    rate(&mut answers, &[Statement::CultureRightFirstTime], 1);
    rate(&mut answers, &[Statement::StaffEmpowered], 3);
    let report = Report::new(&answers);
    assert_eq!(
        statements(report.first_steps(3)),
        [
            Statement::FeedbackAskForFeedback,
            Statement::FeedbackRemoveErrors,
            Statement::CultureRightFirstTime,
        ]
    );
    assert_eq!(
        sections(report.weakest_sections()),
        [Section::Feedback],
        "one weakest section"
    );
    // The steps come from the sections in the order the advice lists them.
    let order = sections(report.by_gap().iter().map(|s| s.section).collect());
    assert_eq!(
        order[..3],
        [Section::Feedback, Section::Culture, Section::Staff]
    );
}

#[test]
fn ties_are_named_as_ties() {
    let mut answers = Answers::all(r(4));
    // Knowing and contact both 2.0: tied weakest; culture 3.75 on its own.
    rate(
        &mut answers,
        &[
            Statement::KnowingExpectations,
            Statement::KnowingFrequentContact,
            Statement::KnowingStaffKnowPriorities,
            Statement::ContactEasyToDealWith,
            Statement::ContactResolveEveryComplaint,
            Statement::ContactWowTheCustomer,
        ],
        2,
    );
    rate(&mut answers, &[Statement::CultureOwnerSetsExample], 3);
    let report = Report::new(&answers);
    assert_eq!(
        sections(report.weakest_sections()),
        [Section::Knowing, Section::Contact]
    );
    assert_eq!(
        sections(report.tied_with(SectionId::from(Section::Contact))),
        [Section::Knowing]
    );
    assert!(report
        .tied_with(SectionId::from(Section::Culture))
        .is_empty());
    // Four sections at 4.0 tie with each other, not with the weakest.
    assert_eq!(
        sections(report.tied_with(SectionId::from(Section::Products))),
        [Section::Feedback, Section::Staff, Section::Improvement]
    );
    assert_eq!(
        statements(report.first_steps(3)),
        [
            Statement::KnowingExpectations,
            Statement::KnowingFrequentContact,
            Statement::KnowingStaffKnowPriorities,
        ]
    );
}

#[test]
fn no_first_step_when_everything_is_rated_five() {
    let report = Report::new(&Answers::all(r(5)));
    assert!(report.first_steps(3).is_empty());
    assert!(report.weakest_sections().is_empty());
}

#[test]
fn partial_answers_give_steps_from_complete_sections_only() {
    let mut answers = Answers::new();
    rate(
        &mut answers,
        &[
            Statement::FeedbackReviewComplaints,
            Statement::FeedbackAskForFeedback,
            Statement::FeedbackRemoveErrors,
        ],
        3,
    );
    rate(&mut answers, &[Statement::CultureWhateverItTakes], 1);
    let report = Report::new(&answers);
    assert_eq!(
        statements(report.first_steps(3)),
        [
            Statement::FeedbackReviewComplaints,
            Statement::FeedbackAskForFeedback,
            Statement::FeedbackRemoveErrors,
        ]
    );
    assert_eq!(sections(report.weakest_sections()), [Section::Feedback]);
    assert!(Report::new(&Answers::new()).weakest_sections().is_empty());
}

#[test]
fn scores_show_one_decimal_and_the_room_left_adds_up_to_five() {
    let cases = [
        // (sum, statements) → (score shown, room shown)
        ((13, 4), ("3.3", "1.7")), // 3.25 half up
        ((10, 3), ("3.3", "1.7")), // 3.33
        ((11, 3), ("3.7", "1.3")), // 3.67
        ((17, 5), ("3.4", "1.6")),
        ((5, 4), ("1.3", "3.7")), // 1.25
        ((20, 4), ("5.0", "0.0")),
        ((3, 3), ("1.0", "4.0")),
    ];
    for ((sum, count), (score, room)) in cases {
        let s = Score::mean(sum, count);
        assert_eq!(
            (s.shown().text(), s.room_shown().text()),
            (score.into(), room.into()),
            "{sum}/{count}"
        );
    }
}

fn set(answers: Answers, note: &str, taken_at: &str) -> AnswerSet {
    AnswerSet {
        taken_at: at(taken_at),
        note: Some(note.into()),
        name: None,
        answers,
    }
}

#[test]
fn answers_are_kept_before_a_replacement_unless_empty_or_already_kept() {
    let mut history = History::default();
    let mine = Answers::all(r(3));
    assert!(!history.keep_before_replacing(set(Answers::new(), "x", "2026-12-01T10:00:00.000Z")));
    assert!(
        history.snapshots.is_empty(),
        "nothing to keep in an empty sheet"
    );

    assert!(history.keep_before_replacing(set(
        mine.clone(),
        "Before loading a shared link",
        "2026-12-01T10:00:00.000Z"
    )));
    assert_eq!(history.snapshots.len(), 1);
    assert_eq!(
        history.snapshots[0].note.as_deref(),
        Some("Before loading a shared link")
    );
    // The same answers again (whatever the note): already the newest.
    assert!(!history.keep_before_replacing(set(
        mine.clone(),
        "Before starting over",
        "2026-12-01T11:00:00.000Z"
    )));
    assert_eq!(history.snapshots.len(), 1);
    // Different answers are kept.
    assert!(history.keep_before_replacing(set(
        Answers::all(r(4)),
        "Before starting over",
        "2026-12-01T12:00:00.000Z"
    )));
    assert_eq!(history.snapshots.len(), 2);
}

#[test]
fn the_newest_snapshot_is_the_latest_taken_and_repeats_are_recognised() {
    let history = History {
        snapshots: vec![
            set(Answers::all(r(4)), "late", "2026-12-01T10:00:00.000Z"),
            // Imported later, but taken earlier.
            set(Answers::all(r(2)), "early", "2026-01-01T10:00:00.000Z"),
        ],
        ..History::default()
    };
    assert_eq!(
        history.newest().and_then(|s| s.note.as_deref()),
        Some("late")
    );
    let again = set(Answers::all(r(4)), "late", "2026-12-02T10:00:00.000Z");
    assert!(history.repeats_newest(&again), "same answers and note");
    let other_note = set(Answers::all(r(4)), "later", "2026-12-02T10:00:00.000Z");
    assert!(!history.repeats_newest(&other_note));
    let named = AnswerSet {
        name: Some("Asha".into()),
        ..again
    };
    assert!(!history.repeats_newest(&named));
}

#[test]
fn the_team_total_is_the_mean_of_finished_totals_with_its_band() {
    let mut roster = Roster::default();
    let person = |answers: Answers, name: &str| AnswerSet {
        name: Some(name.into()),
        taken_at: at("2026-11-20T09:00:00.000Z"),
        note: None,
        answers,
    };
    // 21.0, 28.0 and 27.67: mean 25.555… → 25.5, adequate.
    let mut almost = Answers::all(r(4));
    rate(&mut almost, &[Statement::FeedbackRemoveErrors], 3);
    let mut partial = Answers::new();
    rate(&mut partial, &[Statement::StaffEmpowered], 1);
    for (answers, name) in [
        (Answers::all(r(3)), "Asha"),
        (Answers::all(r(4)), "Ravi"),
        (almost, "Mei"),
        (partial, "Lakshmi"),
    ] {
        assert_eq!(roster.add(person(answers, name)), Ok(()));
    }
    let team = roster.summary();
    assert_eq!(team.members, 4);
    assert_eq!(team.finished, 3);
    let total = team.total.expect("three finished");
    assert_eq!(total.one_decimal_down(), "25.5");
    assert_eq!(total.two_decimals(), "25.56");
    assert_eq!(total.band(), Band::Adequate);

    // Exactly 28 on average is an asset; just under is not.
    let mut pair = Roster::default();
    pair.add(person(Answers::all(r(4)), "A")).expect("new");
    pair.add(person(Answers::all(r(4)), "B")).expect("new");
    assert_eq!(pair.summary().total.map(|m| m.band()), Some(Band::Asset));
    let mut below = Roster::default();
    below.add(person(Answers::all(r(4)), "A")).expect("new");
    below.add(person(Answers::all(r(3)), "B")).expect("new");
    let mean = below.summary().total.expect("two finished");
    assert_eq!(
        (mean.one_decimal_down(), mean.band()),
        ("24.5".into(), Band::Adequate)
    );
}

#[test]
fn the_same_file_is_added_once() {
    let mut roster = Roster::default();
    let asha = AnswerSet {
        name: Some("Asha".into()),
        taken_at: at("2026-11-20T09:00:00.000Z"),
        note: None,
        answers: Answers::all(r(3)),
    };
    assert_eq!(roster.add(asha.clone()), Ok(()));
    assert_eq!(roster.add(asha.clone()), Err(AlreadyAdded));
    // Renamed here, the file is still the same file.
    roster.members[0].name = Some("Asha K".into());
    assert_eq!(roster.add(asha.clone()), Err(AlreadyAdded));
    // Another day, or another name, is another set.
    let later = AnswerSet {
        taken_at: at("2026-11-21T09:00:00.000Z"),
        ..asha.clone()
    };
    assert_eq!(roster.add(later), Ok(()));
    let ravi = AnswerSet {
        name: Some("Ravi".into()),
        ..asha
    };
    assert_eq!(roster.add(ravi), Ok(()));
    assert_eq!(roster.members.len(), 3);
}

#[test]
fn pasted_links_are_read_line_by_line() {
    let good = encode(&Answers::all(r(4)));
    let text = format!(
        "https://example.org/tools.html#r={good}\n\n  https://example.org/tools.html#r={}\nhttps://example.org/page\n{good}\n",
        &good[..8]
    );
    let (read, failed) = decode_lines(&text);
    assert_eq!(read, vec![Answers::all(r(4)), Answers::all(r(4))]);
    let failed: Vec<(usize, ShareCodeError)> = failed.into_iter().map(|(n, _, e)| (n, e)).collect();
    assert_eq!(
        failed,
        [
            (3, ShareCodeError::WrongLength),
            (4, ShareCodeError::NotOurs)
        ]
    );
}

#[test]
fn download_names_carry_a_safe_form_of_the_name() {
    let day = Timestamp::parse("2026-11-23T10:00:00.000Z").expect("valid");
    let name = |n: Option<&str>| file_name(n, &day, "json");
    assert_eq!(name(None), "service-quotient-2026-11-23.json");
    assert_eq!(name(Some("  ")), "service-quotient-2026-11-23.json");
    assert_eq!(
        name(Some("Asha's Bakery")),
        "service-quotient-asha-s-bakery-2026-11-23.json"
    );
    assert_eq!(
        name(Some("../etc/passwd: *?")),
        "service-quotient-etc-passwd-2026-11-23.json"
    );
    assert_eq!(
        name(Some("आशा की बेकरी")),
        "service-quotient-आशा-की-बेकरी-2026-11-23.json"
    );
    assert_eq!(
        name(Some("లక్ష్మి స్టోర్స్")),
        "service-quotient-లక్ష్మి-స్టోర్స్-2026-11-23.json"
    );
    assert_eq!(
        name(Some("美味面包店")),
        "service-quotient-美味面包店-2026-11-23.json"
    );
    let long = "x".repeat(300);
    assert_eq!(
        name(Some(&long)),
        format!("service-quotient-{}-2026-11-23.json", "x".repeat(40))
    );
}
