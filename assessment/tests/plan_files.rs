//! The policy document as Markdown and as one HTML file, and the plan's
//! dates as a calendar file: what the person typed stays text in each
//! (escaped for Markdown and HTML, escaped and folded for iCalendar), and
//! the structure is exactly what the blocks say.

use assessment::export::Timestamp;
use assessment::plan::calendar::{escape, ics, Event};
use assessment::plan::document::{html, html_text, markdown, markdown_text, Block};
use assessment::plan::Day;

fn day(text: &str) -> Day {
    Day::parse(text).expect("a valid day")
}

#[test]
fn markdown_escapes_everything_it_would_read_as_markup() {
    assert_eq!(markdown_text("# not a heading"), "\\# not a heading");
    assert_eq!(
        markdown_text("*stars* and _under_"),
        "\\*stars\\* and \\_under\\_"
    );
    assert_eq!(
        markdown_text("[link](javascript:alert(1))"),
        "\\[link\\]\\(javascript:alert\\(1\\)\\)"
    );
    assert_eq!(
        markdown_text("<script>alert(1)</script>"),
        "\\<script\\>alert\\(1\\)\\</script\\>"
    );
    assert_eq!(markdown_text("1. not a list"), "1\\. not a list");
    assert_eq!(markdown_text("- not an item"), "\\- not an item");
    // Line breaks stay as hard breaks; other scripts pass unchanged.
    assert_eq!(markdown_text("एक\n二"), "एक  \n二");
}

#[test]
fn the_markdown_document_has_the_blocks_structure() {
    let blocks = vec![
        Block::Title("Policy · Asha's Bakery".into()),
        Block::Byline("Written on 1 Dec 2026".into()),
        Block::Heading("Our vision".into()),
        Block::Paragraph("Fresh every morning".into()),
        Block::Subheading("Complaints".into()),
        Block::Items(vec!["Reply within 24 h".into(), "Say sorry".into()]),
        Block::Steps(vec!["Listen".into(), "Find the cause".into()]),
    ];
    assert_eq!(
        markdown(&blocks),
        "# Policy · Asha's Bakery\n\n_Written on 1 Dec 2026_\n\n## Our vision\n\n\
         Fresh every morning\n\n### Complaints\n\n- Reply within 24 h\n- Say sorry\n\n\
         1. Listen\n2. Find the cause\n\n"
    );
}

#[test]
fn the_html_file_is_self_contained_and_typed_text_stays_text() {
    let blocks = vec![
        Block::Title("Policy".into()),
        Block::Paragraph("<img src=x onerror=alert(1)> & \"quotes\"\nline two".into()),
        Block::Items(vec!["<script>alert(1)</script>".into()]),
    ];
    let file = html(&blocks, "hi");
    assert!(file.starts_with("<!DOCTYPE html>\n<html lang=\"hi\">"));
    assert!(file.contains("<title>Policy</title>"));
    assert!(file.contains("<style>"));
    assert!(!file.contains("<script"));
    assert!(!file.contains("<img"));
    assert!(file.contains(
        "<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;<br>line two</p>"
    ));
    assert!(file.contains("<ul><li>&lt;script&gt;alert(1)&lt;/script&gt;</li></ul>"));
    assert_eq!(html_text("it's"), "it&#39;s");
}

#[test]
fn the_calendar_file_holds_one_all_day_event_per_date() {
    let events = vec![
        Event {
            day: day("2027-01-10"),
            title: "Launch meeting".into(),
            key: "launch-meeting".into(),
        },
        Event {
            day: day("2027-12-31"),
            title: "Due: count, check; report\\done".into(),
            key: "action-7".into(),
        },
    ];
    let now = Timestamp::parse("2026-12-01T10:05:09.123Z").expect("a timestamp");
    let file = ics(&events, &now);
    assert_eq!(
        file,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Service Quotient//Plan//EN\r\n\
         CALSCALE:GREGORIAN\r\n\
         BEGIN:VEVENT\r\nUID:launch-meeting@service-quotient\r\nDTSTAMP:20261201T100509Z\r\n\
         DTSTART;VALUE=DATE:20270110\r\nDTEND;VALUE=DATE:20270111\r\nSUMMARY:Launch meeting\r\n\
         END:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:action-7@service-quotient\r\nDTSTAMP:20261201T100509Z\r\n\
         DTSTART;VALUE=DATE:20271231\r\nDTEND;VALUE=DATE:20280101\r\n\
         SUMMARY:Due: count\\, check\\; report\\\\done\r\nEND:VEVENT\r\n\
         END:VCALENDAR\r\n"
    );
    assert_eq!(escape("a\nb"), "a\\nb");
}

#[test]
fn long_calendar_lines_are_folded_at_75_octets_never_inside_a_character() {
    let title = "తెలుగు".repeat(20);
    let file = ics(
        &[Event {
            day: day("2027-02-28"),
            title: title.clone(),
            key: "goal-1".into(),
        }],
        &Timestamp::parse("2026-12-01T10:00:00.000Z").expect("a timestamp"),
    );
    for line in file.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    // Unfolded, the title is whole again.
    let unfolded = file.replace("\r\n ", "");
    assert!(unfolded.contains(&format!("SUMMARY:{title}\r\n")));
    assert!(unfolded.contains("DTEND;VALUE=DATE:20270301"));
}
