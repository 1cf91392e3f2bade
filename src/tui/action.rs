//! Everything the learner can ask the tutor for, as data. The keymap turns keys into
//! actions; the app routes each one to whatever is in front: a screen, which has
//! actions of its own, or an overlay.
use super::dashboard::DashboardAction;
use super::home::HomeAction;
use super::keymap::Key;
use super::quiz::QuizAction;
use super::reader::ReaderAction;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Leave at once, saving what was read.
    Quit,
    /// Open the help over whatever is in front.
    Help,
    /// Open the progress dashboard, or leave it.
    Dashboard,
    /// Close what is in front: the help, or the dashboard.
    Back,
    /// Hand the terminal back to the shell until the job is continued (`Ctrl-z`),
    /// saving first.
    Suspend,
    /// The dashboard's own keys: scrolling.
    Board(DashboardAction),
    Home(HomeAction),
    Reader(ReaderAction),
    Quiz(QuizAction),
    /// The outline and the study popups: a list with a selection.
    List(ListAction),
    /// The search prompt.
    Prompt(PromptAction),
    /// The reflection editor.
    Editor(EditorAction),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListAction {
    Move(isize),
    /// By this many pages (the help; a list moves its selection a few rows).
    Page(isize),
    First,
    Last,
    Open,
    Toggle,
    Close,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptAction {
    Type(char),
    Backspace,
    Submit,
    Cancel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorAction {
    Save,
    /// Close: at once when nothing changed, else ask first.
    Cancel,
    /// Close, throwing the changes away.
    Discard,
    /// Go back to editing from the question whether to save.
    KeepEditing,
    /// Any other key: the editor's own.
    Key(Key),
}
