//! Numbers as a person reads them, formatted in one place: one decimal for
//! the results (section scores half up, totals down, see [`crate::Score`]),
//! two decimals, half up, for the exact figures of the team view and the
//! files, and the mark shown where a figure is not known yet. A change
//! between two shown numbers is computed from the shown numbers themselves,
//! so "21.2 → 22.3" always reads "+1.1", never "+1.07"; a spread has no
//! sign.

/// Shown where a figure is not known (a section not yet rated).
pub const NO_FIGURE: &str = "–";

/// `numerator / denominator` with two decimals, rounded half up: `4.67`.
pub fn two_decimals(numerator: u64, denominator: u64) -> String {
    let hundredths = (numerator * 100 + denominator / 2) / denominator;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// A figure in tenths, already rounded for display.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tenths(i32);

impl Tenths {
    /// From a whole number of tenths: `Tenths::new(33)` is 3.3.
    pub const fn new(tenths: i32) -> Tenths {
        Tenths(tenths)
    }

    /// The value in tenths.
    pub const fn get(self) -> i32 {
        self.0
    }

    /// `after − before`, from the shown values.
    pub const fn change(before: Tenths, after: Tenths) -> Tenths {
        Tenths(after.0 - before.0)
    }

    /// With one decimal: `3.3`, `-0.3`.
    pub fn text(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{}.{}", abs / 10, abs % 10)
    }

    /// A change with its sign: `+1.1`, `-0.3`, `0.0`.
    pub fn signed(self) -> String {
        if self.0 > 0 {
            format!("+{}", self.text())
        } else {
            self.text()
        }
    }

    /// Up, down or level.
    pub fn direction(self) -> std::cmp::Ordering {
        self.0.cmp(&0)
    }
}
