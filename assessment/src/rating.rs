//! The answer scale: how true a statement is of the business, from 1 (not at
//! all) to 5 (completely).

/// A rating on the self-test's scale; always within 1..=5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rating(u8);

impl Rating {
    pub const MIN: Rating = Rating(1);
    pub const MAX: Rating = Rating(5);

    /// Every point of the scale, lowest first.
    pub const ALL: [Rating; 5] = [Rating(1), Rating(2), Rating(3), Rating(4), Rating(5)];

    /// A rating from its number; `None` outside 1..=5.
    pub const fn new(value: u8) -> Option<Rating> {
        match value {
            1..=5 => Some(Rating(value)),
            _ => None,
        }
    }

    /// The number on the scale, 1 to 5.
    pub const fn value(self) -> u8 {
        self.0
    }

    /// Ratings of 3 or less ("sometimes" at best) call for the statement's
    /// own advice: they are the practices the business does not yet do
    /// reliably.
    pub const fn needs_attention(self) -> bool {
        self.0 <= 3
    }
}
