//! Work that follows the paint: a change is shown first, and the work it
//! asks for (a save, with its read-back and merge) runs once the frame is
//! painted, once for however many changes came in that frame. It runs at
//! once when the page is hidden or left (`visibilitychange`, `pagehide`),
//! so a change made just before the tab closes is still kept, and when a
//! navigation starts (`beforeunload`): the next page of the site may start
//! in another process before this one's `pagehide` has run, and must find
//! the change stored. (None of these keeps the page out of the back/forward
//! cache, as an `unload` listener would.)

use std::cell::Cell;
use std::rc::Rc;

use leptos::ev;
use leptos::prelude::{request_animation_frame, set_timeout, window_event_listener};

use crate::browser::storage;

/// One piece of work, run after the paint that follows a change.
#[derive(Clone)]
pub struct AfterPaint {
    pending: Rc<Cell<bool>>,
    /// Told whether it runs because the page is being hidden or left.
    work: Rc<dyn Fn(bool)>,
}

impl AfterPaint {
    /// `work` runs after the paint that follows [`AfterPaint::request`],
    /// or at once when the page is hidden or left with a run pending.
    pub fn new(work: impl Fn(bool) + 'static) -> AfterPaint {
        let after = AfterPaint {
            pending: Rc::new(Cell::new(false)),
            work: Rc::new(work),
        };
        let on_hide = after.clone();
        window_event_listener(ev::visibilitychange, move |_| {
            if storage::page_hidden() {
                on_hide.run(true);
            }
        });
        let on_leave = after.clone();
        window_event_listener(ev::pagehide, move |_| on_leave.run(true));
        let on_navigate = after.clone();
        window_event_listener(ev::beforeunload, move |_| on_navigate.run(true));
        after
    }

    /// Asks for the work to run after the next paint, or now if `at_once`
    /// (for work too quick to be worth deferring, or that could not be done
    /// while the page is being left). A hidden page paints no frames, so
    /// there it runs after the current task.
    pub fn request(&self, at_once: bool) {
        let already_asked = self.pending.replace(true);
        if at_once {
            return self.run(false);
        }
        if already_asked {
            return;
        }
        let after = self.clone();
        let run_soon = move || set_timeout(move || after.run(false), Default::default());
        if storage::page_hidden() {
            run_soon();
        } else {
            // The timer queued from the frame callback fires once the frame
            // the change is drawn in has been painted.
            request_animation_frame(run_soon);
        }
    }

    /// Runs the work now if it is pending.
    fn run(&self, leaving: bool) {
        if self.pending.replace(false) {
            (self.work)(leaving);
        }
    }
}
