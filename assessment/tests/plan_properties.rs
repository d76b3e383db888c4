//! Property tests of the action plan (`assessment::plan`): any plan within
//! the limits (texts of every script, markup and control characters
//! included) is stored and read back unchanged; the three-way merge keeps
//! what only one tab changed and every item either tab added; the focus is
//! the heaviest issues in order; proposed actions never repeat and never
//! repeat the plan's own.

use std::fmt::Debug;

use assessment::export::{AnswerSet, ExportFile, Timestamp};
use assessment::limits::{MAX_LONG_TEXT_CHARS, MAX_TEXT_CHARS};
use assessment::plan::actions::{self, Action, Advice, Moves, Status};
use assessment::plan::goals::{Goal, Measure, Reading};
use assessment::plan::issues::{self, Issue};
use assessment::plan::merge::Keyed;
use assessment::plan::targets::{Target, TargetScore};
use assessment::plan::{
    Amount, Area, AreaPolicy, AreaState, Day, Discretion, Launch, Plan, Vision,
};
use assessment::{Answers, Rating, Report, Score, SectionId, Stamp, StatementId};
use proptest::collection::vec;
use proptest::option::of;
use proptest::prelude::*;
use proptest::sample::select;

/// A short text: anything typed on one line, markup, quotes, backslashes
/// and control characters, or exactly the most characters kept.
fn short_text() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => ".{0,24}",
        2 => r#"<[a-z]{1,6}( on[a-z]{1,5}="[^"]{0,8}")?>[^<]{0,10}</[a-z]{1,6}>"#,
        1 => r#"["\\\n\t\x00-\x1f\u{7f}\u{2028}\u{feff}]{0,8}"#,
        1 => select(vec!["é", "界", "😀", "\u{1}", "a"]).prop_map(|c| c.repeat(MAX_TEXT_CHARS)),
    ]
}

/// A long text: a few lines, or exactly the most characters kept.
fn long_text() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => vec(short_text(), 0..4).prop_map(|lines| lines.join("\n")),
        1 => select(vec!["é", "界", "a"]).prop_map(|c| c.repeat(MAX_LONG_TEXT_CHARS)),
    ]
}

fn day() -> impl Strategy<Value = Day> {
    (1900u16..=9999, 1u8..=12, 1u8..=31).prop_map(|(year, month, day)| {
        Day::parse(&format!("{year:04}-{month:02}-{day:02}"))
            .or_else(|| Day::parse(&format!("{year:04}-{month:02}-28")))
            .expect("every month has a 28th")
    })
}

fn amount() -> impl Strategy<Value = Amount> {
    const LIMIT: i64 = 100_000_000_000;
    prop_oneof![-10_000i64..=10_000, -LIMIT..=LIMIT]
        .prop_map(|h| Amount::from_hundredths(h).expect("within the limit"))
}

fn timestamp() -> impl Strategy<Value = Timestamp> {
    (
        1970u32..2100,
        1u32..=12,
        1u32..=28,
        0u32..24,
        0u32..60,
        0u32..60,
        of(0u32..1000),
    )
        .prop_map(|(y, mo, d, h, mi, s, ms)| {
            let ms = ms.map(|ms| format!(".{ms:03}")).unwrap_or_default();
            Timestamp::parse(&format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{ms}Z"))
                .expect("a valid timestamp")
        })
}

fn stamp() -> impl Strategy<Value = Stamp> {
    (
        of("[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{1,3}"),
        of(timestamp()),
        any::<u64>(),
    )
        .prop_map(|(app_version, saved_at, revision)| Stamp {
            app_version,
            saved_at,
            revision,
        })
}

fn answers() -> impl Strategy<Value = Answers> {
    proptest::array::uniform25(of(1u8..=5)).prop_map(|values| {
        let mut answers = Answers::new();
        for (id, value) in StatementId::all().zip(values) {
            if let Some(value) = value {
                answers.rate(id, Rating::new(value).expect("1 to 5"));
            }
        }
        answers
    })
}

fn section() -> impl Strategy<Value = SectionId> {
    select(SectionId::all().collect::<Vec<_>>())
}

fn statement() -> impl Strategy<Value = StatementId> {
    select(StatementId::all().collect::<Vec<_>>())
}

/// Item ids: small ones, so that two tabs sometimes add the same one, or
/// any.
fn item_id() -> impl Strategy<Value = u32> {
    prop_oneof![0u32..40, any::<u32>()]
}

fn rating() -> impl Strategy<Value = Option<u8>> {
    of(1u8..=5)
}

fn target() -> impl Strategy<Value = Target> {
    (section(), 4u8..=20, of(day())).prop_map(|(section, q, by)| Target {
        section,
        score: TargetScore::from_quarters(q).expect("4 to 20"),
        by,
    })
}

fn issue() -> impl Strategy<Value = Issue> {
    (
        item_id(),
        short_text(),
        rating(),
        rating(),
        rating(),
        of(section()),
    )
        .prop_map(|(id, text, often, cost, actionable, section)| Issue {
            id,
            text,
            often,
            cost,
            actionable,
            section,
        })
}

fn goal() -> impl Strategy<Value = Goal> {
    (
        item_id(),
        select(Measure::ALL.to_vec()),
        short_text(),
        short_text(),
        of(amount()),
        of(amount()),
        of(day()),
        vec(
            (day(), amount()).prop_map(|(on, value)| Reading { on, value }),
            0..5,
        ),
    )
        .prop_map(
            |(id, measure, name, unit, start, target, by, readings)| Goal {
                id,
                measure,
                name,
                unit,
                start,
                target,
                by,
                readings,
            },
        )
}

fn area() -> impl Strategy<Value = AreaPolicy> {
    (
        select(Area::ALL.to_vec()),
        long_text(),
        select(AreaState::ALL.to_vec()),
    )
        .prop_map(|(area, text, state)| AreaPolicy { area, text, state })
}

fn advice() -> impl Strategy<Value = Advice> {
    prop_oneof![
        statement().prop_map(Advice::Statement),
        (section(), 1u8..=3).prop_map(|(s, n)| Advice::Section(s, n)),
    ]
}

fn action() -> impl Strategy<Value = Action> {
    (
        item_id(),
        short_text(),
        of(advice()),
        short_text(),
        of(day()),
        select(Status::ALL.to_vec()),
        of(prop_oneof![
            statement().prop_map(Moves::Statement),
            any::<u32>().prop_map(Moves::Goal),
        ]),
    )
        .prop_map(|(id, text, advice, owner, due, status, moves)| Action {
            id,
            text,
            advice,
            owner,
            due,
            status,
            moves,
        })
}

fn vision() -> impl Strategy<Value = Vision> {
    vec(long_text(), 6).prop_map(|mut t| Vision {
        statement: t.pop().unwrap_or_default(),
        summary: t.pop().unwrap_or_default(),
        steps: t.pop().unwrap_or_default(),
        customer_reasons: t.pop().unwrap_or_default(),
        reasons: t.pop().unwrap_or_default(),
        success: t.pop().unwrap_or_default(),
    })
}

fn discretion() -> impl Strategy<Value = Discretion> {
    (long_text(), long_text(), long_text()).prop_map(|(allowed, lines, exceptions)| Discretion {
        allowed,
        lines,
        exceptions,
    })
}

fn launch() -> impl Strategy<Value = Launch> {
    (of(day()), short_text(), short_text(), of(day())).prop_map(
        |(meeting_on, training_every, training_who, review_on)| Launch {
            meeting_on,
            training_every,
            training_who,
            review_on,
        },
    )
}

/// The first item of each key: a list as the app keeps it.
fn distinct<T: Keyed>(items: Vec<T>) -> Vec<T> {
    let mut seen = Vec::new();
    items
        .into_iter()
        .filter(|item| {
            let fresh = !seen.contains(&item.key());
            seen.push(item.key());
            fresh
        })
        .collect()
}

/// Any plan within the limits (lists kept short, for speed).
fn plan() -> BoxedStrategy<Plan> {
    (
        (
            of(timestamp()),
            of(answers()),
            vec(target(), 0..5),
            vec(issue(), 0..5),
            vision(),
            vec(goal(), 0..4),
        ),
        (
            vec(area(), 0..4),
            discretion(),
            launch(),
            vec(action(), 0..6),
            of(day()),
            stamp(),
        ),
    )
        .prop_map(
            |(
                (made_at, baseline, targets, issues, vision, goals),
                (areas, discretion, launch, actions, retake_on, stamp),
            )| Plan {
                made_at,
                baseline,
                targets: distinct(targets),
                issues: distinct(issues),
                vision,
                goals: distinct(goals),
                areas: distinct(areas),
                discretion,
                launch,
                actions: distinct(actions),
                retake_on,
                stamp,
                lineage: Vec::new(),
            },
        )
        .boxed()
}

/// `base` as one tab edits it: each item kept, changed (from `fresh`'s
/// items, under its own key) or deleted; `fresh`'s items of new keys
/// added at the end, as the app adds them.
fn edit_list<T: Keyed + Clone>(
    base: &[T],
    fresh: &[T],
    choices: &mut impl Iterator<Item = u8>,
    rekey: fn(&mut T, &T),
) -> Vec<T> {
    let mut out = Vec::new();
    for (at, item) in base.iter().enumerate() {
        match (
            choices.next().unwrap_or(0),
            fresh.get(at % fresh.len().max(1)),
        ) {
            (1, Some(new)) => {
                let mut changed = new.clone();
                rekey(&mut changed, item);
                out.push(changed);
            }
            (2, _) => {}
            _ => out.push(item.clone()),
        }
    }
    let known: Vec<u32> = base.iter().map(Keyed::key).collect();
    out.extend(
        fresh
            .iter()
            .filter(|new| !known.contains(&new.key()) && choices.next().unwrap_or(0) != 0)
            .cloned(),
    );
    out
}

/// `base` with one tab's edits: every field kept or taken from `fresh`.
fn edit(base: &Plan, fresh: &Plan, choices: &[u8]) -> Plan {
    let mut choices = choices.iter().copied().cycle();
    let mut pick = |old: &String, new: &String| {
        if choices.next() == Some(0) {
            new.clone()
        } else {
            old.clone()
        }
    };
    let vision = Vision {
        success: pick(&base.vision.success, &fresh.vision.success),
        reasons: pick(&base.vision.reasons, &fresh.vision.reasons),
        customer_reasons: pick(
            &base.vision.customer_reasons,
            &fresh.vision.customer_reasons,
        ),
        steps: pick(&base.vision.steps, &fresh.vision.steps),
        summary: pick(&base.vision.summary, &fresh.vision.summary),
        statement: pick(&base.vision.statement, &fresh.vision.statement),
    };
    let discretion = Discretion {
        allowed: pick(&base.discretion.allowed, &fresh.discretion.allowed),
        lines: pick(&base.discretion.lines, &fresh.discretion.lines),
        exceptions: pick(&base.discretion.exceptions, &fresh.discretion.exceptions),
    };
    let training_who = pick(&base.launch.training_who, &fresh.launch.training_who);
    let mut either = |old: bool| choices.next().map_or(old, |c| c % 2 == 0);
    let launch = Launch {
        meeting_on: if either(true) {
            base.launch.meeting_on
        } else {
            fresh.launch.meeting_on
        },
        training_who,
        ..base.launch.clone()
    };
    let retake_on = if either(true) {
        base.retake_on
    } else {
        fresh.retake_on
    };
    Plan {
        vision,
        discretion,
        launch,
        retake_on,
        targets: edit_list(&base.targets, &fresh.targets, &mut choices, |n, o| {
            n.section = o.section
        }),
        issues: edit_list(&base.issues, &fresh.issues, &mut choices, |n, o| {
            n.id = o.id
        }),
        goals: edit_list(&base.goals, &fresh.goals, &mut choices, |n, o| n.id = o.id),
        areas: edit_list(&base.areas, &fresh.areas, &mut choices, |n, o| {
            n.area = o.area
        }),
        actions: edit_list(&base.actions, &fresh.actions, &mut choices, |n, o| {
            n.id = o.id
        }),
        ..base.clone()
    }
}

/// A plan both tabs started from, and each tab's edits of it.
fn three_way() -> impl Strategy<Value = (Plan, Plan, Plan)> {
    (
        plan(),
        plan(),
        plan(),
        vec(0u8..3, 1..40),
        vec(0u8..3, 1..40),
    )
        .prop_map(
            |(base, fresh_mine, fresh_theirs, mine_choices, their_choices)| {
                let mine = edit(&base, &fresh_mine, &mine_choices);
                let theirs = Plan {
                    stamp: fresh_theirs.stamp.clone(),
                    ..edit(&base, &fresh_theirs, &their_choices)
                };
                (base, mine, theirs)
            },
        )
}

fn keys<T: Keyed>(items: &[T]) -> Vec<u32> {
    items.iter().map(Keyed::key).collect()
}

/// Every key of `added` that `base` lacks is in `merged`.
fn added_kept<T: Keyed>(base: &[T], added: &[T], merged: &[T]) -> bool {
    let (base, merged) = (keys(base), keys(merged));
    keys(added)
        .iter()
        .filter(|k| !base.contains(k))
        .all(|k| merged.contains(k))
}

fn no_key_twice<T: Keyed>(items: &[T]) -> bool {
    let keys = keys(items);
    keys.iter()
        .enumerate()
        .all(|(at, k)| !keys[..at].contains(k))
}

/// Fields merged whole: this tab's value where it changed it, else theirs.
fn whole_field_wins<T: PartialEq + Debug>(mine: &T, base: &T, theirs: &T, merged: &T) -> bool {
    if mine != base {
        merged == mine
    } else {
        merged == theirs
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_plan_within_the_limits_round_trips(plan in plan()) {
        let raw = plan.encode();
        prop_assert_eq!(Plan::decode(&raw), Ok(plan.clone()));
        prop_assert!(plan.texts().all(|(kind, text)| kind.fits(text)));
    }

    #[test]
    fn any_plan_comes_back_whole_from_an_export_file(plan in plan(), answers in answers()) {
        let file = ExportFile {
            exported_at: None,
            language: Some("zh".into()),
            sets: vec![AnswerSet { answers, ..AnswerSet::default() }],
            plan: Some(plan),
        };
        prop_assert_eq!(ExportFile::decode(&file.encode()), Ok(file));
    }

    #[test]
    fn decoding_a_damaged_record_never_panics(plan in plan(), cut in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let raw = plan.encode();
        let at = cut.index(raw.len());
        let cut = (0..=at).rev().find(|&i| raw.is_char_boundary(i)).unwrap_or(0);
        let _ = Plan::decode(&raw[..cut]);
        let mut bytes = raw.into_bytes();
        bytes[at] = byte;
        if let Ok(text) = std::str::from_utf8(&bytes) {
            if let Ok(decoded) = Plan::decode(text) {
                prop_assert_eq!(Plan::decode(&decoded.encode()), Ok(decoded.clone()));
            }
        }
    }

    #[test]
    fn with_nothing_stored_meanwhile_the_merge_is_this_tabs_plan((base, mine, _) in three_way()) {
        prop_assert_eq!(mine.merged(&base, &base), mine);
    }

    #[test]
    fn with_nothing_changed_here_the_merge_is_what_is_stored(base in plan(), theirs in plan()) {
        let merged = base.merged(&base, &theirs);
        prop_assert_eq!(&merged.stamp, &base.stamp);
        prop_assert_eq!(Plan { stamp: theirs.stamp.clone(), ..merged }, theirs);
    }

    #[test]
    fn a_merge_keeps_every_added_item_and_each_tabs_own_changes(
        (base, mine, theirs) in three_way(),
    ) {
        let merged = mine.merged(&base, &theirs);
        for added in [&mine, &theirs] {
            prop_assert!(added_kept(&base.targets, &added.targets, &merged.targets));
            prop_assert!(added_kept(&base.issues, &added.issues, &merged.issues));
            prop_assert!(added_kept(&base.goals, &added.goals, &merged.goals));
            prop_assert!(added_kept(&base.areas, &added.areas, &merged.areas));
            prop_assert!(added_kept(&base.actions, &added.actions, &merged.actions));
        }
        prop_assert!(no_key_twice(&merged.targets) && no_key_twice(&merged.issues));
        prop_assert!(no_key_twice(&merged.goals) && no_key_twice(&merged.areas));
        prop_assert!(no_key_twice(&merged.actions));
        prop_assert!(whole_field_wins(&mine.vision.success, &base.vision.success, &theirs.vision.success, &merged.vision.success));
        prop_assert!(whole_field_wins(&mine.vision.statement, &base.vision.statement, &theirs.vision.statement, &merged.vision.statement));
        prop_assert!(whole_field_wins(&mine.discretion.lines, &base.discretion.lines, &theirs.discretion.lines, &merged.discretion.lines));
        prop_assert!(whole_field_wins(&mine.launch.meeting_on, &base.launch.meeting_on, &theirs.launch.meeting_on, &merged.launch.meeting_on));
        prop_assert!(whole_field_wins(&mine.retake_on, &base.retake_on, &theirs.retake_on, &merged.retake_on));
        // An item one tab deleted and the other left as it was is gone.
        for issue in &base.issues {
            let in_list = |list: &[Issue]| list.iter().find(|i| i.id == issue.id).cloned();
            let (m, t) = (in_list(&mine.issues), in_list(&theirs.issues));
            if (m.is_none() && t.as_ref() == Some(issue)) || (t.is_none() && m.as_ref() == Some(issue)) {
                prop_assert_eq!(in_list(&merged.issues), None);
            }
        }
        // Merging again what was merged changes nothing.
        prop_assert_eq!(mine.merged(&base, &merged).issues, merged.issues.clone());
        // The merge of two readable plans is readable (when within the counts).
        prop_assert_eq!(Plan::decode(&merged.encode()), Ok(merged));
    }
}

fn weighted() -> impl Strategy<Value = Issue> {
    (
        0u32..1000,
        prop_oneof![Just(String::new()), Just("  ".to_string()), "[a-z]{1,8}"],
        rating(),
        rating(),
        rating(),
    )
        .prop_map(|(id, text, often, cost, actionable)| Issue {
            id,
            text,
            often,
            cost,
            actionable,
            section: None,
        })
}

proptest! {
    #[test]
    fn the_focus_is_a_prefix_of_the_issues_heaviest_first(list in vec(weighted(), 0..12)) {
        let focus = issues::top_three(&list);
        let position = |issue: &Issue| list.iter().position(|i| std::ptr::eq(i, issue)).expect("from the list");
        let ranked: Vec<(u32, usize)> = list
            .iter()
            .enumerate()
            .filter(|(_, i)| !i.text.trim().is_empty())
            .filter_map(|(at, i)| i.weight().map(|w| (w, at)))
            .collect();
        prop_assert_eq!(focus.len(), ranked.len().min(issues::FOCUS));
        let shown: Vec<(u32, usize)> = focus
            .iter()
            .map(|i| (i.weight().expect("rated"), position(i)))
            .collect();
        // Heaviest first, equal weights in the order listed.
        prop_assert!(shown.windows(2).all(|w| w[0].0 > w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)));
        // Nothing left out outweighs what is shown, or ties it from higher up.
        if let Some(&(lightest, last)) = shown.last() {
            for &(w, at) in ranked.iter().filter(|r| !shown.contains(r)) {
                prop_assert!(w < lightest || (w == lightest && at > last));
            }
        }
    }

    #[test]
    fn proposed_actions_never_repeat_and_never_repeat_the_plans_own(
        answers in answers(),
        targets in vec(target(), 0..4),
        held in vec(advice(), 0..12),
    ) {
        let plan = Plan {
            targets: distinct(targets),
            actions: held
                .iter()
                .enumerate()
                .map(|(id, advice)| Action {
                    id: id as u32,
                    text: String::new(),
                    advice: Some(*advice),
                    owner: String::new(),
                    due: None,
                    status: Status::ToDo,
                    moves: None,
                })
                .collect(),
            ..Plan::default()
        };
        let report = Report::new(&answers);
        let proposed = actions::propose(&report, &plan);
        for (at, advice) in proposed.iter().enumerate() {
            prop_assert!(!proposed[..at].contains(advice), "{:?} twice", advice);
            prop_assert!(!held.contains(advice), "{:?} already held", advice);
            let section = match advice {
                Advice::Statement(s) => s.section(),
                Advice::Section(s, _) => *s,
            };
            // From a complete section below 5, and below its target if any
            // is set.
            let score = report.section(section).score.expect("complete");
            prop_assert!(score < Score::points(5));
            if !plan.targets.is_empty() {
                let target = plan.targets.iter().find(|t| t.section == section).expect("targeted");
                prop_assert!(target.score.score() > score);
            }
            prop_assert_eq!(Advice::parse(&advice.id()), Some(*advice));
        }
    }
}
