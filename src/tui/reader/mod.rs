//! The chapter reader: its state (the laid-out chapter, the scroll position, what has
//! been seen, the focus on a link, fold or quiz place), its update, its search and its
//! view.
//!
//! Like every screen it owns its state and answers an action with events for the app
//! ([`ReaderEvent`]): it never saves, opens another screen or touches the progress
//! itself.
pub mod ending;
pub mod focus;
mod line;
pub mod search;
mod source_map;
mod state;
mod update;
mod view;

pub use state::{Bookmark, Reader, TRAILER};
pub use view::ReaderView;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReaderAction {
    /// Scroll by this many lines.
    Scroll(isize),
    /// Scroll by this many pages.
    Page(isize),
    /// Scroll by this many half pages.
    HalfPage(isize),
    Top,
    Bottom,
    /// Scroll wide code sideways by this many columns.
    Sideways(isize),
    /// Open the search prompt.
    Search,
    NextMatch,
    PreviousMatch,
    Outline,
    PreviousChapter,
    NextChapter,
    TakeQuiz,
    /// `Enter`: act on the focused link, fold or quiz place; with none on screen, at
    /// the end of the chapter, take its quiz.
    Enter,
    /// `Tab`: focus the next link, fold or quiz place.
    FocusNext,
    /// `Shift-Tab`: focus the previous one.
    FocusPrevious,
    /// `Backspace`: back to where the last link was followed.
    Return,
    Reflections,
    Checklist,
    Back,
}

/// What the reader asks of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReaderEvent {
    /// The view moved; `at_once` when what came on screen is worth saving now (the
    /// chapter's end seen for the first time, or its last unseen line).
    Moved {
        at_once: bool,
    },
    /// Open the chapter this far from the current one (`-1` previous, `1` next).
    Step(isize),
    TakeQuiz,
    OpenSearch,
    /// Open the outline with this heading selected.
    OpenOutline(usize),
    OpenReflections,
    OpenChecklist,
    /// Follow a link to this address, as written in the chapter.
    Follow(String),
    /// Take the quiz placed at this path.
    OpenQuiz(String),
    /// Go back to where the last link was followed.
    Return,
    /// A one-line message for the footer.
    Status(String),
    Back,
}
