//! Taking over from the first screen drawn before the app started
//! (public/first-screen.js): the ratings chosen on it join the session (and
//! so are counted and saved), and focus and scroll stay where they were.

use assessment::{Rating, StatementId};

use crate::app::session::Session;
use crate::browser::first_screen;

/// Called once the app's own first screen is in the page; does nothing when
/// there was no first screen, or after the first call.
pub fn take_over(session: Session) {
    for (statement, value) in first_screen::hand_over() {
        let statement = StatementId::parse(&statement);
        let rating = value.parse().ok().and_then(Rating::new);
        if let (Some(statement), Some(rating)) = (statement, rating) {
            session.rate(statement, rating);
        }
    }
}
