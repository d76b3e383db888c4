//! A measured value (rings, hours, percent), exact to the hundredth: typed
//! as text in the person's language ("2.5", "2,5"), kept and compared as a
//! whole number, so no float formatting reaches the page.

/// A value in hundredths; between −1,000,000,000 and 1,000,000,000.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(i64);

/// The largest magnitude kept, in hundredths.
const LIMIT: i64 = 100_000_000_000;

impl Amount {
    /// From hundredths; `None` beyond the limit.
    pub fn from_hundredths(hundredths: i64) -> Option<Amount> {
        (hundredths.abs() <= LIMIT).then_some(Amount(hundredths))
    }

    pub fn hundredths(self) -> i64 {
        self.0
    }

    /// Reads what a person typed: digits with at most two decimals after a
    /// `.` or `,`, an optional leading minus, spaces around ignored.
    pub fn parse(text: &str) -> Option<Amount> {
        let text = text.trim();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (whole, fraction) = match digits.split_once(['.', ',']) {
            Some((w, f)) => (w, f),
            None => (digits, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || whole.len() > 10 || fraction.len() > 2 {
            return None;
        }
        if !all_digits(whole) || !all_digits(fraction) {
            return None;
        }
        let whole: i64 = whole.parse().ok()?;
        let fraction: i64 = match fraction.len() {
            0 => 0,
            1 => fraction.parse::<i64>().ok()? * 10,
            _ => fraction.parse().ok()?,
        };
        let value = whole * 100 + fraction;
        Amount::from_hundredths(if negative { -value } else { value })
    }

    /// As typed back: `2.5`, `12`, `-0.25` (no trailing zeros). The page
    /// puts it in the person's number format.
    pub fn text(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        match abs % 100 {
            0 => format!("{sign}{}", abs / 100),
            f if f % 10 == 0 => format!("{sign}{}.{}", abs / 100, f / 10),
            f => format!("{sign}{}.{:02}", abs / 100, f),
        }
    }
}
