//! Everything the user can ask the tutor for, as data. Keys and mouse events become
//! actions in [`super::keys`]; [`super::update`] is the only thing that acts on them.
use super::quiz_runner::QuizAction;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave the current screen (`q`, `Esc`); on the home screen, quit.
    Back,
    Quit,
    ToggleHelp,
    Dashboard,
    /// Move the selection of a list (home, outline) by this many entries.
    Select(isize),
    SelectFirst,
    SelectLast,
    /// `Enter`: open the selection (home), take the quiz at the end of a chapter.
    Open,
    /// `c`: the last chapter opened, at its saved position.
    Continue,
    /// Scroll the reader by this many lines.
    Scroll(isize),
    /// Scroll the reader by this many pages.
    Page(isize),
    Top,
    Bottom,
    /// Scroll wide code sideways by this many columns.
    ScrollSideways(isize),
    StartSearch,
    SearchInput(char),
    SearchBackspace,
    SearchSubmit,
    SearchCancel,
    NextMatch,
    PreviousMatch,
    Outline,
    OutlineJump,
    PreviousChapter,
    NextChapter,
    TakeQuiz,
    /// The terminal's size changed (columns, rows).
    Resize(u16, u16),
    /// Time passed with nothing else happening: check for finished highlighting and
    /// save a reading position that has been changed for a while.
    Tick(std::time::Instant),
    /// `r`: the chapter's reflection prompts.
    Reflections,
    /// `x`: the chapter's checklist.
    Checklist,
    /// `space` in the checklist: tick or untick the selected item.
    ToggleTick,
    /// A key for the reflection editor.
    EditorKey(crossterm::event::KeyEvent),
    /// `Ctrl-s` in the reflection editor.
    EditorSave,
    /// `v` on the home screen: review the questions that are due.
    Review,
    /// A key the quiz runner understood.
    Quiz(QuizAction),
}
