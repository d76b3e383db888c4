//! The plan's dates as one calendar file (iCalendar, RFC 5545) that any
//! calendar app imports: all-day events, so reminders need no server.
//! Titles are the person's language; text is escaped and lines folded as
//! the standard requires.

use super::Day;
use crate::export::Timestamp;

/// One dated item of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub day: Day,
    pub title: String,
    /// Stable within the plan (`action-7`, `launch-meeting`), so importing
    /// the file again updates the events instead of doubling them.
    pub key: String,
}

/// Text as an iCalendar TEXT value: backslash, semicolon, comma and line
/// breaks escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a character), each
/// continuation starting with a space, ended with CRLF.
fn folded(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// The calendar file; `now` stamps every event (DTSTAMP).
pub fn ics(events: &[Event], now: &Timestamp) -> String {
    let stamp: String = now
        .as_str()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .take(15)
        .collect::<String>()
        + "Z";
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Service Quotient//Plan//EN",
        "CALSCALE:GREGORIAN",
    ] {
        out.push_str(&folded(line));
    }
    for event in events {
        for line in [
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}@service-quotient", event.key),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", event.day.basic()),
            format!("DTEND;VALUE=DATE:{}", event.day.next().basic()),
            format!("SUMMARY:{}", escape(&event.title)),
            "END:VEVENT".to_string(),
        ] {
            out.push_str(&folded(&line));
        }
    }
    out.push_str(&folded("END:VCALENDAR"));
    out
}
