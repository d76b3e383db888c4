//! The team view's figures and the comparison of two results, exactly.

use assessment::{
    Answers, Comparison, Rating, Report, Section, SectionId, Statement, StatementId, TeamSummary,
};

fn r(v: u8) -> Rating {
    Rating::new(v).expect("1 to 5")
}

#[test]
fn team_sections_have_mean_range_and_spread() {
    let a = Answers::all(r(2));
    let b = Answers::all(r(4));
    let mut c = Answers::all(r(3));
    c.rate(StatementId::from(Statement::StaffEmpowered), r(5)); // staff: 17/5
    let team = TeamSummary::new(&[a, b, c]);
    assert_eq!(team.members, 3);
    let staff = &team.sections[SectionId::from(Section::Staff).index()];
    assert_eq!(staff.people, 3);
    // (2 + 4 + 3.4) / 3 = 3.1333...
    assert_eq!(staff.mean.expect("rated").two_decimals(), "3.13");
    assert_eq!(staff.lowest.expect("rated").two_decimals(), "2.00");
    assert_eq!(staff.highest.expect("rated").two_decimals(), "4.00");
    assert_eq!(staff.spread().expect("rated").two_decimals(), "2.00");
    let culture = &team.sections[0];
    assert_eq!(culture.mean.expect("rated").two_decimals(), "3.00");
}

#[test]
fn disagreements_are_two_points_or_more_widest_first() {
    let mut a = Answers::all(r(3));
    let mut b = Answers::all(r(3));
    a.rate(StatementId::from(Statement::FeedbackReviewComplaints), r(1));
    b.rate(StatementId::from(Statement::FeedbackReviewComplaints), r(5)); // spread 4
    a.rate(StatementId::from(Statement::CultureRightFirstTime), r(2));
    b.rate(StatementId::from(Statement::CultureRightFirstTime), r(4)); // spread 2
    a.rate(StatementId::from(Statement::StaffRespected), r(2)); // spread 1: not listed
    let team = TeamSummary::new(&[a, b]);
    let listed: Vec<(Statement, u8)> = team
        .disagreements
        .iter()
        .map(|d| (d.statement.which(), d.spread()))
        .collect();
    assert_eq!(
        listed,
        [
            (Statement::FeedbackReviewComplaints, 4),
            (Statement::CultureRightFirstTime, 2)
        ]
    );
}

#[test]
fn weakest_team_sections_come_first_and_partial_people_count_only_where_complete() {
    let mut a = Answers::all(r(4));
    a.rate(StatementId::from(Statement::ContactWowTheCustomer), r(1)); // contact 9/3 = 3
    let mut b = Answers::new();
    for statement in SectionId::from(Section::Knowing).statements() {
        b.rate(statement, r(1)); // knowing 1 for b only
    }
    let team = TeamSummary::new(&[a, b]);
    let knowing = &team.sections[SectionId::from(Section::Knowing).index()];
    assert_eq!(knowing.people, 2);
    assert_eq!(knowing.mean.expect("rated").two_decimals(), "2.50");
    assert_eq!(team.sections[0].people, 1);
    let order: Vec<Section> = team
        .weakest_sections()
        .iter()
        .map(|s| s.section.which())
        .collect();
    assert_eq!(order[..2], [Section::Knowing, Section::Contact]);
}

#[test]
fn an_empty_team_has_no_figures() {
    let team = TeamSummary::new(&[]);
    assert!(team
        .sections
        .iter()
        .all(|s| s.mean.is_none() && s.people == 0));
    assert!(team.disagreements.is_empty());
}

#[test]
fn comparisons_give_the_change_of_the_numbers_shown_and_bands() {
    let before = Report::new(&Answers::all(r(3)));
    let mut later = Answers::all(r(4));
    later.rate(StatementId::from(Statement::FeedbackRemoveErrors), r(3)); // feedback 11/3
    let after = Report::new(&later);
    let comparison = Comparison::new(&before, &after);
    let feedback = &comparison.sections[SectionId::from(Section::Feedback).index()];
    // 3.0 → 3.7 (3.67 shown half up).
    assert_eq!(feedback.shown_change().expect("both").signed(), "+0.7");
    assert_eq!(
        comparison.sections[0]
            .shown_change()
            .expect("both")
            .signed(),
        "+1.0"
    );
    // 21.0 → 27.6 (27.67 shown rounded down): +6.6, not +6.67.
    assert_eq!(
        comparison.total_shown_change().expect("both").signed(),
        "+6.6"
    );
    let (b, a) = comparison.bands();
    assert_eq!(
        (b.map(|b| b.as_str()), a.map(|b| b.as_str())),
        (Some("adequate"), Some("adequate"))
    );
    let back = Comparison::new(&after, &before);
    assert_eq!(back.total_shown_change().expect("both").signed(), "-6.6");
    let same = Comparison::new(&before, &before);
    assert_eq!(same.total_shown_change().expect("both").signed(), "0.0");
    let partial = Comparison::new(&Report::new(&Answers::new()), &after);
    assert_eq!(partial.total_shown_change(), None);
}

/// The case a user reported: 21.23 → 22.30 read "21.2 → 22.3, ▲ +1.07".
#[test]
fn a_change_shown_always_equals_the_difference_of_the_totals_shown() {
    let rate = |answers: &mut Answers, statements: &[Statement], value: u8| {
        for s in statements {
            answers.rate(StatementId::from(*s), r(value));
        }
    };
    // All 3s (21.0), then feedback +1 point (+20/60), staff +2 (+24/60),
    // culture −2 (−30/60): 21 + 14/60 = 21.233…
    let mut before = Answers::all(r(3));
    rate(&mut before, &[Statement::FeedbackReviewComplaints], 4);
    rate(
        &mut before,
        &[Statement::StaffRespected, Statement::StaffEmpowered],
        4,
    );
    rate(&mut before, &[Statement::CultureWhateverItTakes], 1);
    // All 3s, then culture +2 (+30/60) and staff +4 (+48/60): 22.30.
    let mut after = Answers::all(r(3));
    rate(&mut after, &[Statement::CultureWhateverItTakes], 5);
    rate(
        &mut after,
        &[
            Statement::StaffRespected,
            Statement::StaffEmpowered,
            Statement::StaffToolsAndSkills,
            Statement::StaffOwnSatisfaction,
        ],
        4,
    );
    let comparison = Comparison::new(&Report::new(&before), &Report::new(&after));
    let total = |s: Option<assessment::Score>| s.expect("complete").one_decimal_down();
    assert_eq!(total(comparison.total_before), "21.2");
    assert_eq!(total(comparison.total_after), "22.3");
    assert_eq!(
        comparison.total_shown_change().expect("both").signed(),
        "+1.1"
    );
}
