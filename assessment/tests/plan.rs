//! The action plan (`assessment::plan`), exact cases: targets and actions
//! proposed from a report, the ranking of issues, goal progress, amounts and
//! days, the three-way merge of two tabs' edits and its use through
//! `sync::save` and `sync::take_in`, and the stored record: its shape, its
//! round trip, every way it can be refused, and the frozen schema 1 fixture,
//! which must load forever.

use assessment::export::Timestamp;
use assessment::limits::{
    MAX_ACTIONS, MAX_GOALS, MAX_ISSUES, MAX_LONG_TEXT_CHARS, MAX_PLAN_BYTES, MAX_READINGS,
    MAX_TEXT_CHARS,
};
use assessment::plan::actions::{self, Action, Advice, Moves, Status};
use assessment::plan::goals::{Goal, Measure, Progress, Reading};
use assessment::plan::issues::{self, Issue};
use assessment::plan::targets::{self, Target, TargetScore};
use assessment::plan::{
    Amount, Area, AreaPolicy, AreaState, Day, Discretion, Launch, Plan, TextKind, Vision,
};
use assessment::sync::{self, Stored, TakenIn, Writer};
use assessment::{Answers, DecodeError, Rating, Report, Score, SectionId, Stamp, StatementId};

mod common;
use common::fixture;

fn statement(id: &str) -> StatementId {
    StatementId::parse(id).expect("in the questionnaire")
}

fn section(id: &str) -> SectionId {
    SectionId::parse(id).expect("in the questionnaire")
}

fn rated(pairs: &[(&str, u8)]) -> Answers {
    let mut answers = Answers::new();
    for (id, value) in pairs {
        answers.rate(statement(id), Rating::new(*value).expect("1 to 5"));
    }
    answers
}

fn day(text: &str) -> Day {
    Day::parse(text).expect("a valid day")
}

fn amount(text: &str) -> Amount {
    Amount::parse(text).expect("a valid amount")
}

fn quarters(quarters: u8) -> TargetScore {
    TargetScore::from_quarters(quarters).expect("4 to 20 quarters")
}

fn timestamp(text: &str) -> Timestamp {
    Timestamp::parse(text).expect("a valid timestamp")
}

/// Feedback 2.33, staff 3.2, culture 3.25, improvement 4, contact 4.67 and
/// products 5; knowing incomplete (though rated lowest of all).
fn mixed() -> Answers {
    rated(&[
        ("culture.whatever-it-takes", 3),
        ("culture.right-first-time", 3),
        ("culture.owner-sets-example", 3),
        ("culture.customer-needs-first", 4),
        ("products.partnership-selling", 5),
        ("products.honest-advertising", 5),
        ("products.valued-features", 5),
        ("products.customer-input", 5),
        ("feedback.review-complaints", 3),
        ("feedback.ask-for-feedback", 2),
        ("feedback.remove-errors", 2),
        ("knowing.expectations", 1),
        ("knowing.frequent-contact", 1),
        ("contact.easy-to-deal-with", 4),
        ("contact.resolve-every-complaint", 5),
        ("contact.wow-the-customer", 5),
        ("staff.respected", 3),
        ("staff.product-knowledge", 3),
        ("staff.tools-and-skills", 3),
        ("staff.empowered", 3),
        ("staff.own-satisfaction", 4),
        ("improvement.keep-improving", 4),
        ("improvement.learn-from-others", 4),
        ("improvement.fix-quickly", 4),
    ])
}

fn targets_text(targets: &[Target]) -> Vec<(&'static str, String)> {
    targets
        .iter()
        .map(|t| (t.section.as_str(), t.score.text()))
        .collect()
}

#[test]
fn the_three_weakest_complete_sections_are_targeted_one_point_up_rounded_up_to_a_quarter() {
    let report = Report::new(&mixed());
    let by = Some(day("2027-03-01"));
    let proposed = targets::propose(&report, by);
    // 2.33 + 1 = 3.33 rounds up to 3.5; 3.2 + 1 = 4.2 up to 4.25; 3.25 + 1
    // is 4.25 already. Knowing is left out: not every statement is rated.
    assert_eq!(
        targets_text(&proposed),
        vec![
            ("feedback", "3.5".to_string()),
            ("staff", "4.25".into()),
            ("culture", "4.25".into())
        ]
    );
    assert!(proposed.iter().all(|t| t.by == by));
    assert_eq!(proposed[0].score.quarters(), 14);
    assert_eq!(proposed[0].score.score(), Score::mean(7, 2));
}

#[test]
fn a_target_is_capped_at_five_and_a_section_at_five_gets_none() {
    // Every section at 5 but contact, at 4.67: 5.67 is capped at 5.
    let mut answers = Answers::all(Rating::MAX);
    answers.rate(
        statement("contact.easy-to-deal-with"),
        Rating::new(4).unwrap(),
    );
    let proposed = targets::propose(&Report::new(&answers), None);
    assert_eq!(targets_text(&proposed), vec![("contact", "5".to_string())]);
    assert_eq!(proposed[0].score, TargetScore::MAX);
    assert_eq!(proposed[0].by, None);

    assert!(targets::propose(&Report::new(&Answers::all(Rating::MAX)), None).is_empty());
    assert!(targets::propose(&Report::new(&Answers::new()), None).is_empty());
}

#[test]
fn sections_tied_for_room_are_targeted_in_questionnaire_order() {
    // Feedback at 3 first; then culture and products, tied at 4, before the
    // other four tied at 4.
    let mut answers = Answers::all(Rating::new(4).unwrap());
    for id in [
        "feedback.review-complaints",
        "feedback.ask-for-feedback",
        "feedback.remove-errors",
    ] {
        answers.rate(statement(id), Rating::new(3).unwrap());
    }
    let proposed = targets::propose(&Report::new(&answers), None);
    assert_eq!(
        targets_text(&proposed),
        vec![
            ("feedback", "4".to_string()),
            ("culture", "5".into()),
            ("products", "5".into())
        ]
    );
    // The lowest score possible, 1, is targeted at 2.
    let ones = targets::propose(&Report::new(&Answers::all(Rating::MIN)), None);
    assert_eq!(
        targets_text(&ones),
        vec![
            ("culture", "2".to_string()),
            ("products", "2".into()),
            ("feedback", "2".into())
        ]
    );
}

#[test]
fn target_scores_are_quarters_from_one_to_five_shown_with_the_decimals_needed() {
    let texts: Vec<String> = TargetScore::all().map(TargetScore::text).collect();
    assert_eq!(texts.len(), 17);
    assert_eq!(
        texts[..6],
        ["1", "1.25", "1.5", "1.75", "2", "2.25"].map(String::from)
    );
    assert_eq!(texts.last().map(String::as_str), Some("5"));
    assert_eq!(TargetScore::MIN.text(), "1");
    assert_eq!(quarters(13).text(), "3.25");
    assert_eq!(quarters(15).text(), "3.75");
    assert_eq!(TargetScore::from_quarters(3), None);
    assert_eq!(TargetScore::from_quarters(21), None);
    assert_eq!(quarters(17).score(), Score::mean(17, 4));
}

#[test]
fn the_gap_to_a_target_is_exact_and_zero_once_reached() {
    // 3.33 (10 / 3) against 4.25: 0.9166…, shown 0.92.
    let third = Score::mean(10, 3);
    assert_eq!(
        targets::gap_to_target(third, quarters(17)).two_decimals(),
        "0.92"
    );
    assert_eq!(
        targets::gap_to_target(Score::mean(13, 4), quarters(17)).two_decimals(),
        "1.00"
    );
    // Reached exactly, and passed (4.33 against 4.25).
    assert_eq!(
        targets::gap_to_target(Score::mean(17, 4), quarters(17)).two_decimals(),
        "0.00"
    );
    assert_eq!(
        targets::gap_to_target(Score::mean(13, 3), quarters(17)).two_decimals(),
        "0.00"
    );
    let list = targets::propose(&Report::new(&mixed()), None);
    assert_eq!(
        targets::target_for(&list, section("staff")).map(|t| t.score.text()),
        Some("4.25".into())
    );
    assert_eq!(targets::target_for(&list, section("products")), None);
}

fn issue(
    id: u32,
    text: &str,
    often: Option<u8>,
    cost: Option<u8>,
    actionable: Option<u8>,
) -> Issue {
    Issue {
        id,
        text: text.into(),
        often,
        cost,
        actionable,
        section: None,
    }
}

fn ids(issues: &[&Issue]) -> Vec<u32> {
    issues.iter().map(|i| i.id).collect()
}

#[test]
fn the_focus_is_the_three_heaviest_issues_by_the_product_of_their_ratings() {
    let list = vec![
        issue(1, "Wrong change given", Some(2), Some(2), Some(2)),
        // 5 × 5 × 1 = 25: often and costly, but hardly actionable, so it
        // ranks below 3 × 3 × 3 = 27 (a sum would rank it above: 11 > 9).
        issue(2, "Parking is scarce", Some(5), Some(5), Some(1)),
        issue(3, "", Some(5), Some(5), Some(5)),
        issue(4, "Cakes not ready on time", Some(5), Some(5), None),
        issue(5, "Card machine fails", Some(1), Some(5), Some(5)),
        issue(6, "Rude on the phone", Some(3), Some(3), Some(3)),
        issue(7, "   ", Some(5), Some(5), Some(5)),
        issue(8, "Queue at lunchtime", Some(2), Some(2), Some(2)),
    ];
    assert_eq!(list[1].weight(), Some(25));
    assert_eq!(list[3].weight(), None);
    // 6 (27), then 2 and 5 (25 each) in the order listed; the blank ones and
    // the one not fully rated are left out.
    assert_eq!(ids(&issues::top_three(&list)), vec![6, 2, 5]);
    // Fewer than three to rank: all of them, ties in list order.
    let two = vec![list[7].clone(), list[3].clone(), list[0].clone()];
    assert_eq!(ids(&issues::top_three(&two)), vec![8, 1]);
    assert!(issues::top_three(&[]).is_empty());
    assert!(Issue::valid_rating(None) && Issue::valid_rating(Some(5)));
    assert!(!Issue::valid_rating(Some(0)) && !Issue::valid_rating(Some(6)));
}

fn with_advice(id: u32, advice: Advice) -> Action {
    Action {
        id,
        text: "From the advice".into(),
        advice: Some(advice),
        owner: String::new(),
        due: None,
        status: Status::ToDo,
        moves: None,
    }
}

fn advice_ids(advice: &[Advice]) -> Vec<String> {
    advice.iter().map(|a| a.id()).collect()
}

#[test]
fn actions_are_proposed_from_the_weakest_sections_statements_then_their_general_steps() {
    let report = Report::new(&mixed());
    let proposed = actions::propose(&report, &Plan::default());
    assert_eq!(
        advice_ids(&proposed),
        [
            // Feedback: rated 2, 2, then 3.
            "statement:feedback.ask-for-feedback",
            "statement:feedback.remove-errors",
            "statement:feedback.review-complaints",
            "section:feedback:1",
            "section:feedback:2",
            "section:feedback:3",
            // Staff: the four rated 3, not the one rated 4.
            "statement:staff.respected",
            "statement:staff.product-knowledge",
            "statement:staff.tools-and-skills",
            "statement:staff.empowered",
            "section:staff:1",
            "section:staff:2",
            "section:staff:3",
            "statement:culture.whatever-it-takes",
            "statement:culture.right-first-time",
            "statement:culture.owner-sets-example",
            "section:culture:1",
            "section:culture:2",
            "section:culture:3",
        ]
    );

    // Advice the plan already holds is not proposed again.
    let held = Plan {
        actions: vec![
            with_advice(1, Advice::Statement(statement("staff.empowered"))),
            with_advice(2, Advice::Section(section("feedback"), 2)),
        ],
        ..Plan::default()
    };
    let fewer = actions::propose(&report, &held);
    assert_eq!(fewer.len(), proposed.len() - 2);
    assert!(!fewer.contains(&Advice::Statement(statement("staff.empowered"))));
    assert!(!fewer.contains(&Advice::Section(section("feedback"), 2)));
    let mut without = proposed.clone();
    without.retain(|a| !held.actions.iter().any(|h| h.advice == Some(*a)));
    assert_eq!(fewer, without);
}

#[test]
fn with_targets_set_actions_come_from_the_sections_still_below_their_target() {
    let report = Report::new(&mixed());
    let target = |id: &str, q: u8| Target {
        section: section(id),
        score: quarters(q),
        by: None,
    };
    let plan = Plan {
        targets: vec![
            target("contact", 20),
            // Culture scores 3.25: a target of 3.25 is reached.
            target("culture", 13),
            target("improvement", 20),
            // Products scores 5; knowing is incomplete.
            target("products", 20),
            target("knowing", 16),
        ],
        ..Plan::default()
    };
    // In the results' order (improvement has more room than contact), not
    // the targets'; none from feedback or staff, though weaker.
    assert_eq!(
        advice_ids(&actions::propose(&report, &plan)),
        [
            "statement:improvement.keep-improving",
            "statement:improvement.learn-from-others",
            "statement:improvement.fix-quickly",
            "section:improvement:1",
            "section:improvement:2",
            "section:improvement:3",
            "statement:contact.easy-to-deal-with",
            "section:contact:1",
            "section:contact:2",
            "section:contact:3",
        ]
    );
    // Every target reached: nothing to propose.
    let reached = Plan {
        targets: vec![target("culture", 13)],
        ..Plan::default()
    };
    assert!(actions::propose(&report, &reached).is_empty());
    assert!(
        actions::propose(&Report::new(&Answers::all(Rating::MAX)), &Plan::default()).is_empty()
    );
}

#[test]
fn advice_ids_round_trip_and_anything_else_is_refused() {
    let all = [
        Advice::Statement(statement("feedback.review-complaints")),
        Advice::Section(section("culture"), 1),
        Advice::Section(section("improvement"), 3),
    ];
    assert_eq!(
        advice_ids(&all),
        [
            "statement:feedback.review-complaints",
            "section:culture:1",
            "section:improvement:3"
        ]
    );
    for advice in all {
        assert_eq!(Advice::parse(&advice.id()), Some(advice));
    }
    for bad in [
        "section:culture:4",
        "section:culture:0",
        "section:culture",
        "section:nope:1",
        "statement:nope",
        "statement:culture",
        "statement:",
        "culture.whatever-it-takes",
        "",
    ] {
        assert_eq!(Advice::parse(bad), None, "for {bad:?}");
    }
}

#[test]
fn an_action_is_overdue_once_its_day_has_passed_unless_done() {
    let mut action = with_advice(1, Advice::Section(section("staff"), 1));
    action.due = Some(day("2027-01-15"));
    assert!(!action.overdue(day("2027-01-15")));
    assert!(action.overdue(day("2027-01-16")));
    action.status = Status::Done;
    assert!(!action.overdue(day("2027-01-16")));
    action.due = None;
    action.status = Status::Doing;
    assert!(!action.overdue(day("2099-01-01")));
}

fn goal(start: Option<&str>, target: Option<&str>, readings: &[(&str, &str)]) -> Goal {
    Goal {
        id: 1,
        measure: Measure::EmailReply,
        name: String::new(),
        unit: "hours".into(),
        start: start.map(amount),
        target: target.map(amount),
        by: None,
        readings: readings
            .iter()
            .map(|(on, value)| Reading {
                on: day(on),
                value: amount(value),
            })
            .collect(),
    }
}

fn progress(latest: &str, percent: u8, reached: bool) -> Option<Progress> {
    Some(Progress {
        latest: amount(latest),
        percent,
        reached,
    })
}

#[test]
fn goal_progress_runs_from_the_start_to_the_target_either_way() {
    // Down: 48 hours to 24; the newest value by date (36) counts, not the
    // last one added (40).
    let down = goal(
        Some("48"),
        Some("24"),
        &[("2027-02-28", "36"), ("2027-01-31", "40")],
    );
    assert_eq!(down.progress(), progress("36", 50, false));
    assert_eq!(
        goal(Some("48"), Some("24"), &[("2027-02-28", "24")]).progress(),
        progress("24", 100, true)
    );
    // Past the target: 100 %, reached.
    assert_eq!(
        goal(Some("48"), Some("24"), &[("2027-02-28", "20")]).progress(),
        progress("20", 100, true)
    );
    // The wrong way: 0 %, not reached.
    assert_eq!(
        goal(Some("48"), Some("24"), &[("2027-02-28", "50.5")]).progress(),
        progress("50.5", 0, false)
    );
    // Up: 60 % to 90 %; 70 is a third of the way, rounded down.
    assert_eq!(
        goal(Some("60"), Some("90"), &[("2027-02-28", "75")]).progress(),
        progress("75", 50, false)
    );
    assert_eq!(
        goal(Some("60"), Some("90"), &[("2027-02-28", "70")]).progress(),
        progress("70", 33, false)
    );
    assert_eq!(
        goal(Some("60"), Some("90"), &[("2027-02-28", "92.5")]).progress(),
        progress("92.5", 100, true)
    );
    assert_eq!(
        goal(Some("0.5"), Some("0.75"), &[("2027-02-28", "0.55")]).progress(),
        progress("0.55", 20, false)
    );
    // Nothing measured yet: the start is the latest value.
    assert_eq!(
        goal(Some("48"), Some("24"), &[]).progress(),
        progress("48", 0, false)
    );
    // Start and target the same: reached from the start.
    assert_eq!(
        goal(Some("5"), Some("5"), &[]).progress(),
        progress("5", 100, true)
    );
    // No progress without both a start and a target.
    assert_eq!(
        goal(None, Some("24"), &[("2027-02-28", "30")]).progress(),
        None
    );
    assert_eq!(goal(Some("48"), None, &[]).progress(), None);
}

#[test]
fn readings_are_charted_by_date_same_day_ones_in_the_order_added() {
    let g = goal(
        Some("48"),
        Some("24"),
        &[
            ("2027-03-01", "30"),
            ("2027-01-31", "40"),
            ("2027-02-14", "35"),
            ("2027-01-31", "38"),
        ],
    );
    let charted: Vec<(String, String)> = g
        .readings_by_date()
        .iter()
        .map(|r| (r.on.iso(), r.value.text()))
        .collect();
    assert_eq!(
        charted,
        [
            ("2027-01-31", "40"),
            ("2027-01-31", "38"),
            ("2027-02-14", "35"),
            ("2027-03-01", "30")
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    // The readings themselves stay in the order added.
    assert_eq!(g.readings[0].on, day("2027-03-01"));
}

#[test]
fn amounts_are_read_as_typed_and_written_back_without_trailing_zeros() {
    let cases = [
        ("2,5", "2.5", 250),
        ("2.5", "2.5", 250),
        ("-0.25", "-0.25", -25),
        ("12", "12", 1200),
        (" 7.50 ", "7.5", 750),
        ("0.05", "0.05", 5),
        ("-3", "-3", -300),
        ("1000000000", "1000000000", 100_000_000_000),
    ];
    for (typed, text, hundredths) in cases {
        let value = Amount::parse(typed).unwrap_or_else(|| panic!("{typed:?} is read"));
        assert_eq!(
            (value.text(), value.hundredths()),
            (text.to_string(), hundredths)
        );
    }
    for bad in [
        "1.234",
        "abc",
        "",
        "-",
        ".5",
        "1e3",
        "1 000",
        "1.2.3",
        "--1",
        "+1",
        "1000000000.01",
        "12345678901",
        "٣",
    ] {
        assert_eq!(Amount::parse(bad), None, "for {bad:?}");
    }
    assert_eq!(
        Amount::from_hundredths(-100_000_000_000).map(Amount::text),
        Some("-1000000000".into())
    );
    assert_eq!(Amount::from_hundredths(100_000_000_001), None);
    assert!(amount("-1") < amount("0.5") && amount("2,5") == amount("2.50"));
}

#[test]
fn days_are_real_calendar_days() {
    for good in [
        "2028-02-29",
        "2000-02-29",
        "2027-12-31",
        "1900-01-01",
        "9999-12-31",
    ] {
        assert_eq!(Day::parse(good).map(Day::iso), Some(good.to_string()));
    }
    for bad in [
        "2027-02-29",
        "1900-02-29",
        "2100-02-29",
        "2027-13-01",
        "2027-00-10",
        "2027-04-31",
        "2027-01-00",
        "1899-12-31",
        "2027-1-01",
        "2027/01/01",
        "+027-01-01",
        "2027-01-01T00:00",
        "२०२७-01-01",
        "",
    ] {
        assert_eq!(Day::parse(bad), None, "for {bad:?}");
    }
    let d = day("2027-03-09");
    assert_eq!(d.iso(), "2027-03-09");
    assert_eq!(d.basic(), "20270309");
    assert!(day("2027-12-31") < day("2028-01-01") && day("2027-02-28") < day("2027-10-01"));
}

#[test]
fn months_later_is_the_same_day_or_the_last_of_a_shorter_month() {
    let later = |from: &str, months: u32| day(from).plus_months(months).iso();
    assert_eq!(later("2027-01-31", 1), "2027-02-28");
    assert_eq!(later("2028-01-31", 1), "2028-02-29");
    assert_eq!(later("2027-11-30", 3), "2028-02-29");
    assert_eq!(later("2027-08-31", 1), "2027-09-30");
    assert_eq!(later("2027-05-15", 12), "2028-05-15");
    assert_eq!(later("2027-12-01", 1), "2028-01-01");
    assert_eq!(later("2027-05-15", 0), "2027-05-15");
    assert_eq!(later("2027-10-31", 27), "2030-01-31");
}

#[test]
fn the_next_day_crosses_months_and_years() {
    let next = |from: &str| day(from).next().iso();
    assert_eq!(next("2027-12-31"), "2028-01-01");
    assert_eq!(next("2027-02-28"), "2027-03-01");
    assert_eq!(next("2028-02-28"), "2028-02-29");
    assert_eq!(next("2028-02-29"), "2028-03-01");
    assert_eq!(next("2027-04-30"), "2027-05-01");
    assert_eq!(next("2027-04-09"), "2027-04-10");
}

#[test]
fn areas_and_their_states_have_stable_ids() {
    let ids: Vec<&str> = Area::ALL.iter().map(|a| a.as_str()).collect();
    assert_eq!(
        ids,
        [
            "offer",
            "speed",
            "terms",
            "after-sale",
            "complaints",
            "keeping",
            "staff"
        ]
    );
    for area in Area::ALL {
        assert_eq!(Area::parse(area.as_str()), Some(area));
        assert!(area
            .sections()
            .iter()
            .all(|s| SectionId::parse(s).is_some()));
    }
    for state in AreaState::ALL {
        assert_eq!(AreaState::parse(state.as_str()), Some(state));
    }
    for status in Status::ALL {
        assert_eq!(Status::parse(status.as_str()), Some(status));
    }
    for measure in Measure::ALL {
        assert_eq!(Measure::parse(measure.as_str()), Some(measure));
    }
    assert_eq!(Area::parse("Speed"), None);

    let mut plan = Plan::default();
    assert!(plan.is_empty() && plan.area(Area::Speed).is_none());
    plan.set_area(Area::Speed, |p| p.text = "By the third ring".into());
    plan.set_area(Area::Speed, |p| p.state = AreaState::Done);
    assert_eq!(plan.areas.len(), 1);
    assert_eq!(
        plan.area(Area::Speed),
        Some(&AreaPolicy {
            area: Area::Speed,
            text: "By the third ring".into(),
            state: AreaState::Done
        })
    );
    assert!(!plan.is_empty());
    // The stamp and the start alone leave a plan empty.
    let started = Plan {
        made_at: Some(timestamp("2026-12-01T09:00:00.000Z")),
        baseline: Some(mixed()),
        stamp: Stamp {
            revision: 4,
            ..Stamp::default()
        },
        ..Plan::default()
    };
    assert!(started.is_empty());
}

#[test]
fn texts_are_clamped_to_their_kind_by_characters() {
    let long = "é".repeat(MAX_TEXT_CHARS + 5);
    assert_eq!(TextKind::Short.clamp(&long).chars().count(), MAX_TEXT_CHARS);
    assert!(TextKind::Short.fits(&TextKind::Short.clamp(&long)));
    assert!(!TextKind::Short.fits(&long));
    assert!(TextKind::Long.fits(&long));
    assert_eq!(TextKind::Long.max_chars(), MAX_LONG_TEXT_CHARS);
    assert_eq!(TextKind::Short.clamp("Ravi"), "Ravi");
}

fn action(id: u32, text: &str, owner: &str) -> Action {
    Action {
        id,
        text: text.into(),
        advice: None,
        owner: owner.into(),
        due: None,
        status: Status::ToDo,
        moves: None,
    }
}

/// What both tabs started from.
fn shared_base() -> Plan {
    Plan {
        issues: vec![issue(1, "Orders arrive damaged", Some(4), Some(3), Some(5))],
        vision: Vision {
            success: "A busy shop".into(),
            summary: "Fresh bread".into(),
            ..Vision::default()
        },
        actions: vec![
            action(3, "Log every complaint", ""),
            action(4, "Train the counter staff", "Ravi"),
            action(5, "Ask for reviews", ""),
            action(6, "Answer by the third ring", ""),
        ],
        stamp: Stamp {
            revision: 3,
            ..Stamp::default()
        },
        ..Plan::default()
    }
}

/// This tab's edits of `shared_base`.
fn this_tab() -> Plan {
    let mut plan = shared_base();
    plan.vision.success = "A busy shop everyone recommends".into();
    plan.vision.summary = "Fresh bread, known faces".into();
    plan.issues.push(issue(
        10,
        "Nobody answers at lunchtime",
        Some(5),
        Some(4),
        Some(4),
    ));
    // Deleted here: 3 (unchanged there) and 6 (changed there).
    plan.actions.retain(|a| a.id != 3 && a.id != 6);
    plan.actions.iter_mut().for_each(|a| match a.id {
        4 => a.owner = "Asha".into(),
        5 => a.status = Status::Done,
        _ => {}
    });
    plan.set_area(Area::Speed, |p| p.state = AreaState::Done);
    plan
}

/// Another tab's edits of `shared_base`, stored meanwhile.
fn other_tab() -> Plan {
    let mut plan = shared_base();
    plan.vision.statement = "Fresh, friendly, fast".into();
    plan.vision.summary = "Bread and smiles".into();
    plan.issues
        .push(issue(20, "Wrong change given", Some(2), Some(2), Some(5)));
    // Deleted there: 5 (changed here).
    plan.actions.retain(|a| a.id != 5);
    plan.actions.iter_mut().for_each(|a| match a.id {
        4 => {
            a.owner = "Ravi K.".into();
            a.text = "Train the counter staff on the till".into();
        }
        6 => a.due = Some(day("2027-02-01")),
        _ => {}
    });
    plan.set_area(Area::Complaints, |p| {
        p.text = "The manager steps in above 50".into()
    });
    plan.retake_on = Some(day("2027-06-01"));
    plan.stamp.revision = 5;
    plan
}

#[test]
fn two_tabs_editing_the_plan_keep_both_their_changes() {
    let (base, mine, theirs) = (shared_base(), this_tab(), other_tab());
    let merged = mine.merged(&base, &theirs);
    // Different fields of the vision: both kept; the same field: this tab's.
    assert_eq!(merged.vision.success, "A busy shop everyone recommends");
    assert_eq!(merged.vision.statement, "Fresh, friendly, fast");
    assert_eq!(merged.vision.summary, "Fresh bread, known faces");
    // An issue added in each tab: both kept, theirs first.
    assert_eq!(
        merged.issues.iter().map(|i| i.id).collect::<Vec<_>>(),
        [1, 20, 10]
    );
    let by_id = |id: u32| merged.actions.iter().find(|a| a.id == id);
    // Deleted here and unchanged there: gone.
    assert_eq!(by_id(3), None);
    // Both changed 4: field by field, this tab's owner, their text.
    assert_eq!(
        by_id(4).map(|a| (a.owner.as_str(), a.text.as_str())),
        Some(("Asha", "Train the counter staff on the till"))
    );
    // Deleted in one tab but changed in the other: kept, with the change.
    assert_eq!(by_id(5).map(|a| a.status), Some(Status::Done));
    assert_eq!(by_id(6).and_then(|a| a.due), Some(day("2027-02-01")));
    assert_eq!(merged.actions.len(), 3);
    // Areas are matched by area: each tab's started one is kept.
    assert_eq!(
        merged.area(Area::Speed).map(|p| p.state),
        Some(AreaState::Done)
    );
    assert_eq!(
        merged.area(Area::Complaints).map(|p| p.text.as_str()),
        Some("The manager steps in above 50")
    );
    assert_eq!(merged.retake_on, Some(day("2027-06-01")));
    // The stamp is this tab's; the caller stamps the write.
    assert_eq!(merged.stamp, mine.stamp);

    // Nothing changed here: exactly what the other tab stored.
    let unchanged = base.merged(&base, &theirs);
    assert_eq!(
        Plan {
            stamp: theirs.stamp.clone(),
            ..unchanged
        },
        theirs
    );
    // Nothing changed there: exactly this tab's plan.
    assert_eq!(mine.merged(&base, &base), mine);
}

#[test]
fn the_same_item_added_in_both_tabs_takes_this_tabs_fields() {
    let base = Plan::default();
    let mine = Plan {
        issues: vec![issue(7, "Mine", Some(1), None, None)],
        ..Plan::default()
    };
    let theirs = Plan {
        issues: vec![issue(7, "Theirs", Some(5), Some(5), Some(5))],
        ..Plan::default()
    };
    assert_eq!(mine.merged(&base, &theirs).issues, mine.issues);
}

fn writer() -> Writer {
    Writer {
        app_version: "0.1.0".into(),
        now: timestamp("2026-12-01T10:00:00.000Z"),
    }
}

#[test]
fn a_plan_saved_after_another_tab_stored_a_newer_one_is_merged_and_stamped_above_both() {
    let (base, mine, theirs) = (shared_base(), this_tab(), other_tab());
    let write =
        sync::save(&mine, &base, Stored::Readable(theirs.clone()), &writer()).expect("writes");
    assert_eq!(
        write.record.vision.success,
        "A busy shop everyone recommends"
    );
    assert_eq!(write.record.vision.statement, "Fresh, friendly, fast");
    assert_eq!(
        write.record.issues.iter().map(|i| i.id).collect::<Vec<_>>(),
        [1, 20, 10]
    );
    assert_eq!(write.record.stamp.revision, 6);
    assert_eq!(write.record.stamp.app_version.as_deref(), Some("0.1.0"));
    assert_eq!(
        write.record.stamp.saved_at,
        Some(timestamp("2026-12-01T10:00:00.000Z"))
    );
    assert!(!write.back_up_first);
    // What is written reads back the same.
    assert_eq!(
        Plan::decode(&write.record.encode()),
        Ok(write.record.clone())
    );

    // Stored as this tab last saw it: written as it is, one revision up.
    let own = sync::save(&mine, &base, Stored::Readable(base.clone()), &writer()).expect("writes");
    assert_eq!(
        Plan {
            stamp: mine.stamp.clone(),
            ..own.record.clone()
        },
        mine
    );
    assert_eq!(own.record.stamp.revision, 4);
    assert_eq!(
        sync::save(&mine, &base, Stored::Newer, &writer()),
        Err(sync::Stop)
    );
}

#[test]
fn a_tab_takes_in_another_tabs_newer_plan_with_its_own_changes_merged() {
    let (base, mine, theirs) = (shared_base(), this_tab(), other_tab());
    match sync::take_in(&mine, &base, Stored::Readable(theirs.clone())) {
        Ok(Some(TakenIn { seen, show })) => {
            assert_eq!(seen, theirs);
            let show = show.expect("the plan changed");
            assert_eq!(show.vision.success, "A busy shop everyone recommends");
            assert_eq!(show.vision.statement, "Fresh, friendly, fast");
        }
        other => panic!("expected a newer plan, got {other:?}"),
    }
    // Older or the same revision: nothing to take in.
    assert_eq!(
        sync::take_in(&mine, &theirs, Stored::Readable(base.clone())),
        Ok(None)
    );
    // A newer plan with nothing new for this tab: seen, nothing to show.
    let restamped = Plan {
        stamp: Stamp {
            revision: 9,
            ..Stamp::default()
        },
        ..mine.clone()
    };
    match sync::take_in(&mine, &base, Stored::Readable(restamped.clone())) {
        Ok(Some(TakenIn { seen, show })) => {
            assert_eq!(seen, restamped);
            assert_eq!(show, None);
        }
        other => panic!("expected a newer plan, got {other:?}"),
    }
}

/// The plan in `tests/fixtures/plan-schema-1.json`, built by hand.
fn filled() -> Plan {
    let target = |id: &str, q: u8, by: Option<&str>| Target {
        section: section(id),
        score: quarters(q),
        by: by.map(day),
    };
    let reading = |on: &str, value: &str| Reading {
        on: day(on),
        value: amount(value),
    };
    Plan {
        made_at: Some(timestamp("2026-12-01T09:00:00.000Z")),
        baseline: Some(rated(&[
            ("culture.whatever-it-takes", 3),
            ("culture.right-first-time", 3),
            ("culture.owner-sets-example", 4),
            ("culture.customer-needs-first", 3),
            ("feedback.review-complaints", 2),
            ("feedback.ask-for-feedback", 2),
            ("feedback.remove-errors", 3),
            ("contact.easy-to-deal-with", 4),
            ("contact.resolve-every-complaint", 5),
            ("contact.wow-the-customer", 5),
        ])),
        targets: vec![
            target("feedback", 14, Some("2027-03-01")),
            target("culture", 17, Some("2027-03-01")),
            target("contact", 20, None),
        ],
        issues: vec![
            Issue {
                section: Some(section("products")),
                ..issue(7, "Orders arrive damaged", Some(4), Some(3), Some(5))
            },
            Issue {
                section: Some(section("contact")),
                ..issue(1204, "Nobody answers the phone at lunchtime", Some(5), Some(4), Some(4))
            },
            issue(
                3_861_254_907,
                "Prices on the website differ from the shop’s",
                Some(2),
                None,
                Some(5),
            ),
        ],
        vision: Vision {
            success: "Asha’s Bakery is the first place the street thinks of for a birthday cake, and half our orders come from customers who were sent by a friend.".into(),
            reasons: "1. The bread is baked at five every morning.\n2. We remember names.\n3. We fix mistakes at once.\n4. Staff stay for years.\n5. Orders are ready when promised.".into(),
            customer_reasons: "Always fresh; they know me; if something is wrong they make it right, no questions asked.".into(),
            steps: "Written complaint book, a weekly huddle, a refund anyone can give, a phone answered by the third ring.".into(),
            summary: "Fresh bread, known faces, mistakes put right the same day.".into(),
            statement: "Fresh, friendly, fast — and right the first time.".into(),
        },
        goals: vec![
            Goal {
                id: 9,
                measure: Measure::EmailReply,
                name: "Reply to every e-mail the same working day".into(),
                unit: "hours".into(),
                start: Some(amount("48")),
                target: Some(amount("24")),
                by: Some(day("2027-06-30")),
                readings: vec![reading("2027-02-28", "30"), reading("2027-01-31", "36")],
            },
            Goal {
                id: 21,
                measure: Measure::ComplaintsSatisfied,
                name: String::new(),
                unit: "%".into(),
                start: Some(amount("62.5")),
                target: Some(amount("85")),
                by: Some(day("2027-12-31")),
                readings: vec![],
            },
            Goal {
                id: 30,
                measure: Measure::Own,
                name: "Loyalty cards stamped per week".into(),
                unit: "cards".into(),
                start: Some(amount("40")),
                target: Some(amount("55.25")),
                by: None,
                readings: vec![reading("2027-01-07", "44.5")],
            },
        ],
        areas: vec![
            AreaPolicy {
                area: Area::Speed,
                text: "We answer the phone by the third ring and reply to every e-mail within 24 working hours.".into(),
                state: AreaState::Done,
            },
            AreaPolicy {
                area: Area::Complaints,
                text: "Whoever takes a complaint owns it until the customer is satisfied; the manager steps in above 50.".into(),
                state: AreaState::Open,
            },
            AreaPolicy {
                area: Area::Keeping,
                text: String::new(),
                state: AreaState::NotRelevant,
            },
        ],
        discretion: Discretion {
            allowed: "Refund or replace anything up to 50 without asking; a free coffee for any wait over ten minutes.".into(),
            lines: "“I’m sorry — let me put that right now.”\n“Would you like it replaced or refunded?”".into(),
            exceptions: "Anything over 50, and any complaint about a member of staff.".into(),
        },
        launch: Launch {
            meeting_on: Some(day("2027-01-10")),
            training_every: "Every first Monday".into(),
            training_who: "Ravi trains; all counter staff attend".into(),
            review_on: Some(day("2027-04-05")),
        },
        actions: vec![
            Action {
                id: 3,
                text: "Log every complaint in the book by the till".into(),
                advice: Some(Advice::Statement(statement("feedback.review-complaints"))),
                owner: "Ravi".into(),
                due: Some(day("2027-01-15")),
                status: Status::Doing,
                moves: Some(Moves::Statement(statement("feedback.review-complaints"))),
            },
            Action {
                id: 5,
                text: "Hold a ten-minute huddle every Friday".into(),
                advice: Some(Advice::Section(section("staff"), 2)),
                owner: "Asha".into(),
                due: Some(day("2027-02-01")),
                status: Status::ToDo,
                moves: Some(Moves::Goal(9)),
            },
            Action {
                id: 8,
                text: "Put the returns policy on the counter".into(),
                advice: None,
                owner: String::new(),
                due: None,
                status: Status::Done,
                moves: None,
            },
        ],
        retake_on: Some(day("2027-06-01")),
        stamp: Stamp {
            app_version: Some("0.1.0".into()),
            saved_at: Some(timestamp("2026-12-01T10:00:00.000Z")),
            revision: 3,
        },
        lineage: Vec::new(),
    }
}

#[test]
fn the_schema_1_plan_still_loads_into_the_same_plan() {
    let plan = Plan::decode(&fixture("plan-schema-1.json")).expect("schema 1 loads");
    assert_eq!(plan.stamp.revision, 3);
    assert_eq!(
        targets_text(&plan.targets),
        vec![
            ("feedback", "3.5".to_string()),
            ("culture", "4.25".into()),
            ("contact", "5".into())
        ]
    );
    assert_eq!(ids(&issues::top_three(&plan.issues)), vec![1204, 7]);
    assert_eq!(plan.issues[2].id, 3_861_254_907);
    assert_eq!(
        plan.vision.statement,
        "Fresh, friendly, fast — and right the first time."
    );
    assert_eq!(plan.goals[0].progress(), progress("30", 75, false));
    assert_eq!(plan.goals[1].progress(), progress("62.5", 0, false));
    assert_eq!(plan.goals[2].target.map(Amount::hundredths), Some(5525));
    assert_eq!(
        plan.area(Area::Keeping).map(|a| a.state),
        Some(AreaState::NotRelevant)
    );
    assert_eq!(plan.launch.meeting_on, Some(day("2027-01-10")));
    assert_eq!(plan.actions[1].moves, Some(Moves::Goal(9)));
    assert_eq!(
        plan.actions[1].advice.map(Advice::id),
        Some("section:staff:2".into())
    );
    assert_eq!(plan.retake_on, Some(day("2027-06-01")));
    assert_eq!(
        plan.baseline
            .as_ref()
            .map(|b| Report::new(b).section(section("feedback")).score),
        Some(Some(Score::mean(7, 3)))
    );
    // Every field, exactly.
    assert_eq!(plan, filled());
    // Written by this version, it reads back the same.
    assert_eq!(Plan::decode(&plan.encode()), Ok(plan));
}

#[test]
fn a_filled_plan_round_trips() {
    let plan = filled();
    assert_eq!(Plan::decode(&plan.encode()), Ok(plan.clone()));
    // A byte order mark in front is tolerated.
    assert_eq!(
        Plan::decode(&format!("\u{feff}{}", plan.encode())),
        Ok(plan)
    );
}

#[test]
fn an_empty_plan_is_written_and_read_in_the_documented_shape() {
    let plan = Plan::default();
    assert_eq!(
        plan.encode(),
        r#"{"format":"service-quotient/plan","schema":1,"revision":0,"targets":[],"issues":[],"vision":{"success":"","reasons":"","customer_reasons":"","steps":"","summary":"","statement":""},"goals":[],"areas":[],"discretion":{"allowed":"","lines":"","exceptions":""},"launch":{"meeting_on":null,"training_every":"","training_who":"","review_on":null},"actions":[]}"#
    );
    assert_eq!(Plan::decode(&plan.encode()), Ok(Plan::default()));
    // Every field but the envelope may be left out.
    assert_eq!(
        Plan::decode(r#"{"format":"service-quotient/plan","schema":1}"#),
        Ok(Plan::default())
    );
}

#[test]
fn a_plans_values_are_written_as_documented() {
    let plan = Plan {
        targets: vec![Target {
            section: section("feedback"),
            score: quarters(14),
            by: Some(day("2027-03-01")),
        }],
        goals: vec![goal(Some("48"), Some("-0.25"), &[("2027-01-31", "36.5")])],
        actions: vec![Action {
            advice: Some(Advice::Section(section("staff"), 2)),
            status: Status::Doing,
            moves: Some(Moves::Goal(1)),
            ..action(3, "Huddle", "Ravi")
        }],
        ..Plan::default()
    };
    let raw = plan.encode();
    for part in [
        r#""targets":[{"section":"feedback","score":3.5,"by":"2027-03-01"}]"#,
        r#""start":"48","target":"-0.25","by":null,"readings":[{"on":"2027-01-31","value":"36.5"}]"#,
        r#""measure":"email-reply""#,
        r#""advice":"section:staff:2","owner":"Ravi","due":null,"status":"doing","moves":{"goal":1}"#,
    ] {
        assert!(raw.contains(part), "{part} in {raw}");
    }
    assert_eq!(Plan::decode(&raw), Ok(plan));
}

#[test]
fn markup_is_kept_as_plain_text() {
    let markup = [
        "<script>alert(1)</script>",
        "\"><svg onload=alert(1)>",
        "<img src=x onerror=alert(1)>",
        "{{7*7}}",
        "\\u003c/script\\u003e",
        "line\nbreak\ttab \u{0} nul",
    ];
    for text in markup {
        let mut plan = Plan::default();
        plan.issues.push(issue(1, text, None, None, None));
        plan.vision.statement = text.into();
        plan.actions.push(action(2, text, text));
        plan.set_area(Area::Offer, |p| p.text = text.into());
        let decoded = Plan::decode(&plan.encode()).expect("reads back");
        assert_eq!(decoded, plan);
        assert_eq!(decoded.issues[0].text, text);
        assert_eq!(decoded.vision.statement, text);
    }
}

/// An otherwise empty plan record with `fields` added.
fn record(fields: &str) -> String {
    format!(r#"{{"format":"service-quotient/plan","schema":1,{fields}}}"#)
}

#[test]
fn every_text_may_reach_its_limit_and_no_further() {
    let at = |n: usize| "é".repeat(n);
    let issue_text = |text: &str| record(&format!(r#""issues":[{{"id":1,"text":"{text}"}}]"#));
    assert!(Plan::decode(&issue_text(&at(MAX_TEXT_CHARS))).is_ok());
    assert_eq!(
        Plan::decode(&issue_text(&at(MAX_TEXT_CHARS + 1))),
        Err(DecodeError::TextTooLong)
    );
    let statement = |text: &str| record(&format!(r#""vision":{{"statement":"{text}"}}"#));
    assert!(Plan::decode(&statement(&at(MAX_LONG_TEXT_CHARS))).is_ok());
    assert_eq!(
        Plan::decode(&statement(&at(MAX_LONG_TEXT_CHARS + 1))),
        Err(DecodeError::TextTooLong)
    );
    // A short text of the plan is short wherever it is.
    for fields in [
        format!(
            r#""launch":{{"training_who":"{}"}}"#,
            at(MAX_TEXT_CHARS + 1)
        ),
        format!(
            r#""actions":[{{"id":1,"owner":"{}"}}]"#,
            at(MAX_TEXT_CHARS + 1)
        ),
        format!(
            r#""goals":[{{"id":1,"measure":"own","unit":"{}"}}]"#,
            at(MAX_TEXT_CHARS + 1)
        ),
        format!(
            r#""areas":[{{"area":"offer","text":"{}"}}]"#,
            at(MAX_LONG_TEXT_CHARS + 1)
        ),
        format!(
            r#""discretion":{{"lines":"{}"}}"#,
            at(MAX_LONG_TEXT_CHARS + 1)
        ),
    ] {
        assert_eq!(
            Plan::decode(&record(&fields)),
            Err(DecodeError::TextTooLong),
            "{fields:.60}"
        );
    }
}

#[test]
fn every_kind_of_bad_plan_is_refused_with_its_reason() {
    let envelope =
        |format: &str, schema: i64| format!(r#"{{"format":"{format}","schema":{schema}}}"#);
    let cases: Vec<(String, DecodeError)> = vec![
        (
            record(r#""issues":[{"id":1,"text":"a"},{"id":1,"text":"b"}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""actions":[{"id":4},{"id":4}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""goals":[{"id":2,"measure":"own"},{"id":2,"measure":"own"}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""targets":[{"section":"staff","score":4},{"section":"staff","score":5}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""areas":[{"area":"speed"},{"area":"speed"}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""issues":[{"id":1,"often":6}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""issues":[{"id":1,"cost":0}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""issues":[{"id":1,"actionable":-1}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""targets":[{"section":"staff","score":3.3}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""targets":[{"section":"staff","score":5.25}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""targets":[{"section":"staff","score":0.75}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""targets":[{"section":"staff","score":"4"}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""targets":[{"section":"nope","score":4}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""retake_on":"2027-13-01""#),
            DecodeError::Malformed,
        ),
        (
            record(r#""launch":{"meeting_on":"2027-02-29"}"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""retake_on":"2027-06-01T00:00:00.000Z""#),
            DecodeError::Malformed,
        ),
        (
            record(r#""goals":[{"id":1,"measure":"own","start":"1.234"}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""goals":[{"id":1,"measure":"own","target":24}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""goals":[{"id":1,"measure":"speed"}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""actions":[{"id":1,"advice":"section:culture:4"}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""actions":[{"id":1,"status":"later"}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""actions":[{"id":1,"moves":{"section":"staff"}}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""areas":[{"area":"speed","state":"maybe"}]"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""issues":[{"text":"no id"}]"#),
            DecodeError::Malformed,
        ),
        (record(r#""extra":1"#), DecodeError::Malformed),
        (
            record(r#""vision":{"mission":"x"}"#),
            DecodeError::Malformed,
        ),
        (
            record(r#""issues":[{"id":1,"colour":"red"}]"#),
            DecodeError::Malformed,
        ),
        (record(r#""app":"""#), DecodeError::Malformed),
        (record(r#""made_at":"yesterday""#), DecodeError::BadDate),
        (record(r#""saved_at":"2026-12-01""#), DecodeError::BadDate),
        (
            record(r#""baseline":{"culture.nonsense":4}"#),
            DecodeError::UnknownStatement,
        ),
        (
            record(r#""baseline":{"staff.respected":6}"#),
            DecodeError::RatingOutOfRange(statement("staff.respected")),
        ),
        (
            envelope("service-quotient/plan", 2),
            DecodeError::NewerSchema(2),
        ),
        (envelope("service-quotient/plan", 0), DecodeError::Malformed),
        (
            envelope("service-quotient/session", 1),
            DecodeError::NotOurs,
        ),
        (envelope("other", 1), DecodeError::NotOurs),
        ("[1,2]".into(), DecodeError::NotOurs),
        ("{not json".into(), DecodeError::NotJson),
        (String::new(), DecodeError::NotJson),
        (" ".repeat(MAX_PLAN_BYTES + 1), DecodeError::TooLarge),
    ];
    for (raw, expected) in cases {
        assert_eq!(Plan::decode(&raw), Err(expected), "for {raw:.100}");
    }
}

#[test]
fn lists_beyond_their_counts_are_refused() {
    let many = |list: &str, count: usize, item: &dyn Fn(usize) -> String| {
        let items: Vec<String> = (0..count).map(item).collect();
        record(&format!(r#""{list}":[{}]"#, items.join(",")))
    };
    let issue = |i: usize| format!(r#"{{"id":{i}}}"#);
    let goal = |i: usize| format!(r#"{{"id":{i},"measure":"own"}}"#);
    let reading = |i: usize| format!(r#"{{"on":"2027-01-01","value":"{i}"}}"#);
    let readings = |count: usize| {
        let items: Vec<String> = (0..count).map(reading).collect();
        record(&format!(
            r#""goals":[{{"id":1,"measure":"own","readings":[{}]}}]"#,
            items.join(",")
        ))
    };
    for (ok, too_many) in [
        (
            many("issues", MAX_ISSUES, &issue),
            many("issues", MAX_ISSUES + 1, &issue),
        ),
        (
            many("goals", MAX_GOALS, &goal),
            many("goals", MAX_GOALS + 1, &goal),
        ),
        (
            many("actions", MAX_ACTIONS, &issue),
            many("actions", MAX_ACTIONS + 1, &issue),
        ),
        (readings(MAX_READINGS), readings(MAX_READINGS + 1)),
    ] {
        assert!(Plan::decode(&ok).is_ok(), "{ok:.60}");
        assert_eq!(
            Plan::decode(&too_many),
            Err(DecodeError::Malformed),
            "{too_many:.60}"
        );
    }
}

#[test]
fn a_plan_at_the_size_limit_is_read_and_one_byte_more_is_not() {
    let raw = Plan::default().encode();
    let padded = format!("{raw}{}", " ".repeat(MAX_PLAN_BYTES - raw.len()));
    assert_eq!(Plan::decode(&padded), Ok(Plan::default()));
    assert_eq!(
        Plan::decode(&format!("{padded} ")),
        Err(DecodeError::TooLarge)
    );
}

/// A plan with every list at its count and every text at its length, each
/// text made of `c`, and every other value at its longest.
fn full(c: &str) -> Plan {
    let short = c.repeat(MAX_TEXT_CHARS);
    let long = c.repeat(MAX_LONG_TEXT_CHARS);
    let (on, value) = (day("2027-01-01"), amount("-999999999.99"));
    let longest = statement("contact.resolve-every-complaint");
    Plan {
        made_at: Some(timestamp("2026-12-01T09:00:00.000Z")),
        baseline: Some(Answers::all(Rating::MAX)),
        targets: SectionId::all()
            .map(|section| Target {
                section,
                score: quarters(13),
                by: Some(on),
            })
            .collect(),
        issues: (0..MAX_ISSUES as u32)
            .map(|i| Issue {
                section: Some(section("improvement")),
                ..issue(u32::MAX - i, &short, Some(5), Some(5), Some(5))
            })
            .collect(),
        vision: Vision {
            success: long.clone(),
            reasons: long.clone(),
            customer_reasons: long.clone(),
            steps: long.clone(),
            summary: long.clone(),
            statement: long.clone(),
        },
        goals: (0..MAX_GOALS as u32)
            .map(|i| Goal {
                id: u32::MAX - i,
                measure: Measure::ComplainantsReturn,
                name: short.clone(),
                unit: short.clone(),
                start: Some(value),
                target: Some(value),
                by: Some(on),
                readings: vec![Reading { on, value }; MAX_READINGS],
            })
            .collect(),
        areas: Area::ALL
            .into_iter()
            .map(|area| AreaPolicy {
                area,
                text: long.clone(),
                state: AreaState::NotRelevant,
            })
            .collect(),
        discretion: Discretion {
            allowed: long.clone(),
            lines: long.clone(),
            exceptions: long.clone(),
        },
        launch: Launch {
            meeting_on: Some(on),
            training_every: short.clone(),
            training_who: short.clone(),
            review_on: Some(on),
        },
        actions: (0..MAX_ACTIONS as u32)
            .map(|i| Action {
                advice: Some(Advice::Statement(longest)),
                due: Some(on),
                status: Status::Doing,
                moves: Some(Moves::Statement(longest)),
                ..action(u32::MAX - i, &short, &short)
            })
            .collect(),
        retake_on: Some(on),
        stamp: Stamp {
            app_version: Some("0".repeat(32)),
            saved_at: Some(timestamp("2026-12-01T10:00:00.000Z")),
            revision: u64::MAX,
        },
        lineage: (1..=8).collect(),
    }
}

/// Whatever the app lets a person enter can be stored and read back: a
/// plan full to every limit fits the size cap.
#[test]
fn a_plan_full_to_every_limit_fits_the_size_cap() {
    for c in ["a", "é", "\"", "\\"] {
        let raw = full(c).encode();
        assert!(raw.len() <= MAX_PLAN_BYTES, "{c:?}: {} bytes", raw.len());
        assert_eq!(Plan::decode(&raw), Ok(full(c)), "{c:?}");
    }
}

/// The same in any script: a character of three or four bytes in UTF-8
/// (Chinese, emoji), or one JSON writes as six (`\u0001`). Full plans in
/// them take 543,087, 685,487 and 970,287 bytes: a cap of 512 KB would
/// store them but refuse them when read back (`TooLarge`).
#[test]
fn a_plan_full_to_every_limit_in_any_script_fits_the_size_cap() {
    let sizes: Vec<(&str, usize)> = ["界", "😀", "\u{1}"]
        .into_iter()
        .map(|c| (c, full(c).encode().len()))
        .collect();
    assert!(
        sizes.iter().all(|(_, bytes)| *bytes <= MAX_PLAN_BYTES),
        "{sizes:?} bytes, cap {MAX_PLAN_BYTES}"
    );
    for (c, _) in sizes {
        assert_eq!(Plan::decode(&full(c).encode()), Ok(full(c)), "{c:?}");
    }
}

#[test]
fn starting_a_plan_from_results_suggests_targets_and_replaces_nothing() {
    let by = day("2027-03-01");
    let mut plan = Plan::default();
    plan.set_target(section("staff"), Some(quarters(20)));
    plan.set_target_by(section("staff"), Some(day("2027-12-31")));
    plan.start_from(&mixed(), timestamp("2026-12-01T09:00:00.000Z"), by);
    // Staff keeps the owner's target; feedback and culture are suggested.
    assert_eq!(
        targets_text(&plan.targets),
        vec![
            ("staff", "5".to_string()),
            ("feedback", "3.5".into()),
            ("culture", "4.25".into())
        ]
    );
    assert_eq!(plan.targets[0].by, Some(day("2027-12-31")));
    assert_eq!(plan.targets[1].by, Some(by));
    assert_eq!(plan.baseline, Some(mixed()));
    assert_eq!(plan.suggest_targets(&Report::new(&mixed()), by), 0);
    // Started again from other answers (all 1: culture, products and
    // feedback tied): the first start and baseline stay, and only products,
    // without a target yet, gets one.
    plan.start_from(
        &Answers::all(Rating::MIN),
        timestamp("2027-01-01T09:00:00.000Z"),
        by,
    );
    assert_eq!(plan.made_at, Some(timestamp("2026-12-01T09:00:00.000Z")));
    assert_eq!(plan.baseline, Some(mixed()));
    assert_eq!(plan.targets.len(), 4);
    assert_eq!(
        targets_text(&plan.targets[3..]),
        vec![("products", "2".to_string())]
    );
    // A target cleared, and a date for a section without one ignored.
    plan.set_target(section("staff"), None);
    plan.set_target_by(section("improvement"), Some(by));
    assert_eq!(
        targets_text(&plan.targets),
        vec![
            ("feedback", "3.5".to_string()),
            ("culture", "4.25".into()),
            ("products", "2".into())
        ]
    );
}

#[test]
fn an_item_taken_out_is_put_back_in_its_place_once() {
    use assessment::plan::merge::{put_back, take_out};
    let mut list = vec![
        issue(1, "a", None, None, None),
        issue(2, "b", None, None, None),
        issue(3, "c", None, None, None),
    ];
    let (at, taken) = take_out(&mut list, 2).expect("in the list");
    assert_eq!((at, taken.id), (1, 2));
    assert!(take_out(&mut list, 2).is_none());
    put_back(&mut list, at, taken.clone());
    assert_eq!(list.iter().map(|i| i.id).collect::<Vec<_>>(), [1, 2, 3]);
    // Already back (another tab's copy came in): not twice.
    put_back(&mut list, at, taken.clone());
    assert_eq!(list.len(), 3);
    // The list got shorter meanwhile: at the end.
    let (_, last) = take_out(&mut list, 3).expect("in the list");
    list.truncate(1);
    put_back(&mut list, 2, last);
    assert_eq!(list.iter().map(|i| i.id).collect::<Vec<_>>(), [1, 3]);
}

#[test]
fn areas_tied_to_the_weakest_sections_come_first() {
    // Feedback, staff, culture, improvement, contact, products; knowing is
    // incomplete, so after-sale (knowing alone) comes last.
    assert_eq!(
        Area::in_order(&Report::new(&mixed())),
        [
            Area::Complaints,
            Area::Staff,
            Area::Keeping,
            Area::Speed,
            Area::Terms,
            Area::Offer,
            Area::AfterSale
        ]
    );
    assert_eq!(Area::in_order(&Report::new(&Answers::new())), Area::ALL);
}
