//! Exact expected values for scoring, band boundaries and gap ranking.

use assessment::{
    Answers, Band, Rating, Report, Score, Section, SectionId, Statement, StatementId,
    STATEMENT_COUNT,
};

fn r(value: u8) -> Rating {
    Rating::new(value).expect("test ratings are 1 to 5")
}

/// Answers from a list of 25 ratings in questionnaire order.
fn sheet(values: [u8; STATEMENT_COUNT]) -> Answers {
    let mut answers = Answers::new();
    for (statement, value) in StatementId::all().zip(values) {
        answers.rate(statement, r(value));
    }
    answers
}

/// Section by section, so the tests read like the questionnaire.
fn by_section(
    culture: [u8; 4],
    products: [u8; 4],
    feedback: [u8; 3],
    knowing: [u8; 3],
    contact: [u8; 3],
    staff: [u8; 5],
    improvement: [u8; 3],
) -> Answers {
    let all: Vec<u8> = [
        &culture[..],
        &products,
        &feedback,
        &knowing,
        &contact,
        &staff,
        &improvement,
    ]
    .concat();
    sheet(all.try_into().expect("25 ratings"))
}

fn scores(report: &Report) -> Vec<String> {
    report
        .sections
        .iter()
        .map(|s| s.score.expect("complete").two_decimals())
        .collect()
}

#[test]
fn questionnaire_has_seven_sections_and_twenty_five_statements() {
    let counts: Vec<usize> = SectionId::all().map(|s| s.statements().len()).collect();
    assert_eq!(counts, [4, 4, 3, 3, 3, 5, 3]);
    assert_eq!(counts.iter().sum::<usize>(), STATEMENT_COUNT);
}

#[test]
fn ids_are_unique_and_round_trip() {
    for statement in StatementId::all() {
        assert_eq!(StatementId::parse(statement.as_str()), Some(statement));
        assert!(statement.as_str().starts_with(statement.section().as_str()));
    }
    for section in SectionId::all() {
        assert_eq!(SectionId::parse(section.as_str()), Some(section));
    }
    let mut ids: Vec<&str> = StatementId::all().map(|s| s.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), STATEMENT_COUNT);
    assert_eq!(StatementId::parse("culture"), None);
}

#[test]
fn all_ones_is_seven_and_at_risk() {
    let report = Report::new(&Answers::all(Rating::MIN));
    assert_eq!(report.total, Some(Score::points(7)));
    assert_eq!(
        report.total.map(Score::one_decimal_down).as_deref(),
        Some("7.0")
    );
    assert_eq!(report.band(), Some(Band::AtRisk));
    assert!(report
        .sections
        .iter()
        .all(|s| s.gap() == Some(Score::points(4))));
}

#[test]
fn all_fives_is_thirty_five_and_an_asset() {
    let report = Report::new(&Answers::all(Rating::MAX));
    assert_eq!(report.total, Some(Score::points(35)));
    assert_eq!(
        report.total.map(Score::one_decimal_down).as_deref(),
        Some("35.0")
    );
    assert_eq!(report.band(), Some(Band::Asset));
    assert!(report.sections.iter().all(|s| s.weakest.is_empty()));
}

#[test]
fn mixed_answers_with_fractional_sections() {
    // culture 15/4, products 13/4, feedback 11/3, knowing 8/3,
    // contact 13/3, staff 17/5, improvement 10/3.
    let answers = by_section(
        [4, 4, 3, 4],
        [3, 4, 3, 3],
        [4, 4, 3],
        [3, 3, 2],
        [5, 4, 4],
        [5, 3, 3, 3, 3],
        [4, 3, 3],
    );
    let report = Report::new(&answers);
    assert_eq!(
        scores(&report),
        ["3.75", "3.25", "3.67", "2.67", "4.33", "3.40", "3.33"]
    );
    // 3.75 + 3.25 + 11/3 + 8/3 + 13/3 + 3.4 + 10/3 = 24.4 exactly.
    assert_eq!(
        report.total.map(Score::one_decimal_down).as_deref(),
        Some("24.4")
    );
    assert_eq!(report.band(), Some(Band::Adequate));
}

#[test]
fn total_of_exactly_twenty_eight_is_an_asset() {
    // Every section at exactly 4: total 28.0.
    let report = Report::new(&Answers::all(r(4)));
    assert_eq!(report.total, Some(Score::points(28)));
    assert_eq!(report.band(), Some(Band::Asset));
}

#[test]
fn totals_just_under_twenty_eight_are_adequate() {
    // 4 everywhere but one feedback statement at 3 lowers the total by 1/3:
    // 27.666..., shown as 27.6 (rounded down), and adequate.
    let mut answers = Answers::all(r(4));
    answers.rate(StatementId::from(Statement::FeedbackRemoveErrors), r(3));
    let report = Report::new(&answers);
    assert_eq!(
        report.total.map(Score::one_decimal_down).as_deref(),
        Some("27.6")
    );
    assert_eq!(report.band(), Some(Band::Adequate));

    // Staff loses 1/5 instead: 27.8.
    let mut answers = Answers::all(r(4));
    answers.rate(StatementId::from(Statement::StaffEmpowered), r(3));
    assert_eq!(
        Report::new(&answers)
            .total
            .map(Score::one_decimal_down)
            .as_deref(),
        Some("27.8")
    );
}

#[test]
fn twenty_seven_point_nine_from_real_answers_is_adequate() {
    // All 4s (28.0), culture +2/4, staff -3/5: 28 + 0.5 - 0.6 = 27.9.
    let mut answers = Answers::all(r(4));
    answers.rate(StatementId::from(Statement::CultureWhateverItTakes), r(5));
    answers.rate(StatementId::from(Statement::CultureRightFirstTime), r(5));
    answers.rate(StatementId::from(Statement::StaffRespected), r(3));
    answers.rate(StatementId::from(Statement::StaffProductKnowledge), r(3));
    answers.rate(StatementId::from(Statement::StaffToolsAndSkills), r(3));
    let report = Report::new(&answers);
    assert_eq!(
        report.total.map(Score::one_decimal_down).as_deref(),
        Some("27.9")
    );
    assert_eq!(report.band(), Some(Band::Adequate));
}

#[test]
fn twenty_seven_point_nine_five_is_shown_as_27_9_never_28() {
    assert_eq!(
        score_from_sixtieths(27 * 60 + 57).one_decimal_down(),
        "27.9"
    );
    assert_eq!(Band::of(score_from_sixtieths(27 * 60 + 59)), Band::Adequate);
}

/// A score of `sixtieths`/60 points (a "mean" of that sum over 60).
fn score_from_sixtieths(sixtieths: u32) -> Score {
    Score::mean(sixtieths, 60)
}

#[test]
fn band_boundaries_are_exact() {
    // Totals reachable from real answers at each boundary.
    let cases = [
        // all 3s: 21.0, the lowest adequate total.
        (Answers::all(r(3)), "21.0", Band::Adequate),
        (Answers::all(r(4)), "28.0", Band::Asset),
    ];
    for (answers, shown, band) in cases {
        let report = Report::new(&answers);
        assert_eq!(
            report.total.map(Score::one_decimal_down).as_deref(),
            Some(shown)
        );
        assert_eq!(report.band(), Some(band));
    }
    // 20.5: all 3s, then two 4-statement sections each lose 1/4 (culture,
    // products) -> 21 - 0.5 = 20.5, at risk.
    let mut answers = Answers::all(r(3));
    answers.rate(StatementId::from(Statement::CultureRightFirstTime), r(2));
    answers.rate(StatementId::from(Statement::ProductsValuedFeatures), r(2));
    let report = Report::new(&answers);
    assert_eq!(
        report.total.map(Score::one_decimal_down).as_deref(),
        Some("20.5")
    );
    assert_eq!(report.band(), Some(Band::AtRisk));

    // 20.8: all 3s and one staff statement at 2 -> 21 - 0.2, at risk.
    let mut answers = Answers::all(r(3));
    answers.rate(StatementId::from(Statement::StaffRespected), r(2));
    let report = Report::new(&answers);
    assert_eq!(
        report.total.map(Score::one_decimal_down).as_deref(),
        Some("20.8")
    );
    assert_eq!(report.band(), Some(Band::AtRisk));
}

#[test]
fn partial_answers_score_only_complete_sections() {
    let mut answers = Answers::new();
    for statement in SectionId::from(Section::Feedback).statements() {
        answers.rate(statement, r(2));
    }
    answers.rate(StatementId::from(Statement::CultureWhateverItTakes), r(5));
    let report = Report::new(&answers);
    assert_eq!(report.total, None);
    assert_eq!(report.band(), None);
    assert_eq!(
        report.section(SectionId::from(Section::Feedback)).score,
        Some(Score::points(2))
    );
    assert_eq!(
        report.section(SectionId::from(Section::Culture)).score,
        None
    );
    assert_eq!(
        report.section(SectionId::from(Section::Culture)).answered,
        1
    );
    assert_eq!(answers.answered(), 4);
    assert_eq!(
        answers.first_unanswered(),
        Some(StatementId::from(Statement::CultureRightFirstTime))
    );
    assert_eq!(answers.unanswered().count(), 21);
    // Complete sections rank first; the rest keep questionnaire order.
    let ranked: Vec<SectionId> = report.by_gap().iter().map(|s| s.section).collect();
    assert_eq!(
        ranked,
        [
            SectionId::from(Section::Feedback),
            SectionId::from(Section::Culture),
            SectionId::from(Section::Products),
            SectionId::from(Section::Knowing),
            SectionId::from(Section::Contact),
            SectionId::from(Section::Staff),
            SectionId::from(Section::Improvement),
        ]
    );
}

#[test]
fn gaps_rank_sections_and_ties_keep_questionnaire_order() {
    let answers = by_section(
        [5, 5, 5, 5], // gap 0
        [2, 2, 2, 2], // gap 3
        [4, 4, 4],    // gap 1
        [2, 2, 2],    // gap 3 (tie with products, which comes first)
        [5, 5, 4],    // gap 1/3
        [4, 4, 4, 4, 4],
        [1, 1, 1], // gap 4
    );
    let report = Report::new(&answers);
    let ranked: Vec<(SectionId, String)> = report
        .by_gap()
        .iter()
        .map(|s| (s.section, s.gap().expect("complete").two_decimals()))
        .collect();
    let expected = [
        (SectionId::from(Section::Improvement), "4.00"),
        (SectionId::from(Section::Products), "3.00"),
        (SectionId::from(Section::Knowing), "3.00"),
        (SectionId::from(Section::Feedback), "1.00"),
        (SectionId::from(Section::Staff), "1.00"),
        (SectionId::from(Section::Contact), "0.33"),
        (SectionId::from(Section::Culture), "0.00"),
    ];
    let expected: Vec<(SectionId, String)> =
        expected.iter().map(|(s, g)| (*s, g.to_string())).collect();
    assert_eq!(ranked, expected);
}

#[test]
fn weakest_statements_are_named_lowest_first() {
    let mut answers = Answers::all(r(5));
    answers.rate(StatementId::from(Statement::FeedbackReviewComplaints), r(2));
    answers.rate(StatementId::from(Statement::FeedbackRemoveErrors), r(1));
    answers.rate(StatementId::from(Statement::StaffEmpowered), r(4));
    answers.rate(StatementId::from(Statement::ContactWowTheCustomer), r(2));
    let report = Report::new(&answers);
    assert_eq!(
        report.section(SectionId::from(Section::Feedback)).weakest,
        [
            (StatementId::from(Statement::FeedbackRemoveErrors), r(1)),
            (StatementId::from(Statement::FeedbackReviewComplaints), r(2)),
        ]
    );
    // No statement at 3 or less: the lowest one (4) is still named.
    assert_eq!(
        report.section(SectionId::from(Section::Staff)).weakest,
        [(StatementId::from(Statement::StaffEmpowered), r(4))]
    );
    assert_eq!(
        report.weakest_statements(),
        [
            (StatementId::from(Statement::FeedbackRemoveErrors), r(1)),
            (StatementId::from(Statement::FeedbackReviewComplaints), r(2)),
            (StatementId::from(Statement::ContactWowTheCustomer), r(2)),
        ]
    );
}

#[test]
fn score_formatting() {
    assert_eq!(Score::mean(14, 3).two_decimals(), "4.67");
    assert_eq!(Score::mean(13, 3).two_decimals(), "4.33");
    assert_eq!(Score::mean(17, 5).two_decimals(), "3.40");
    assert_eq!(Score::mean(5, 4).two_decimals(), "1.25");
    assert_eq!(Score::mean(14, 3).gap().two_decimals(), "0.33");
    assert_eq!(Score::mean(62, 3).one_decimal_down(), "20.6");
    assert_eq!(Score::points(9).one_decimal_down(), "9.0");
    assert_eq!(Score::mean(14, 3).scale_to(300), 280);
    assert_eq!(Score::points(5).scale_to(544), 544);
    assert_eq!(Score::points(1).scale_to(544), 108);
}
