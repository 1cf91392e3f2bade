//! The keymap tables, one per mode: each row the keys, how the help writes them, the
//! action, what the help says, and the footer's word for the keys worth a reminder.
//! Laid out as tables (one row a line, not formatted) so a row reads at a glance.
use super::{Binding, Key, KeyCode};
use crate::tui::action::{Action, EditorAction, ListAction, PromptAction};
use crate::tui::home::HomeAction;
use crate::tui::quiz::QuizAction;
use crate::tui::reader::ReaderAction;

/// A row without a footer hint.
const fn b(
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    help: &'static str,
) -> Binding {
    Binding {
        keys,
        label,
        action,
        help,
        hint: None,
    }
}

/// A row the footer reminds of, with its word there.
const fn h(
    keys: &'static [Key],
    label: &'static str,
    action: Action,
    help: &'static str,
    hint: &'static str,
) -> Binding {
    Binding {
        keys,
        label,
        action,
        help,
        hint: Some(hint),
    }
}

const fn c(ch: char) -> Key {
    Key::char(ch)
}

const fn k(code: KeyCode) -> Key {
    Key::new(code)
}

const fn ctrl(ch: char) -> Key {
    Key::ctrl(ch)
}

const fn home(action: HomeAction) -> Action {
    Action::Home(action)
}

const fn read(action: ReaderAction) -> Action {
    Action::Reader(action)
}

const fn quiz(action: QuizAction) -> Action {
    Action::Quiz(action)
}

const fn list(action: ListAction) -> Action {
    Action::List(action)
}

use KeyCode::{
    BackTab, Backspace, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

/// Choices a key can pick: `a`..`h`, `1`..`8` and `A`..`H` each name them in order.
pub const CHOICE_KEYS: usize = 8;

/// The choice keys, in one row: a key's position in it, modulo [`CHOICE_KEYS`], is
/// the choice it picks (capitals too, so caps lock does not get in the way).
#[rustfmt::skip]
const CHOICES: &[Key] = &[
    c('a'), c('b'), c('c'), c('d'), c('e'), c('f'), c('g'), c('h'),
    c('1'), c('2'), c('3'), c('4'), c('5'), c('6'), c('7'), c('8'),
    c('A'), c('B'), c('C'), c('D'), c('E'), c('F'), c('G'), c('H'),
];

#[rustfmt::skip]
pub const GLOBAL: &[Binding] = &[
    b(&[ctrl('c')], "Ctrl-c", Action::Quit, "quit at once (all is saved)"),
    h(&[c('?')],    "?",      Action::Help, "this help", "help"),
];

#[rustfmt::skip]
pub const HOME: &[Binding] = &[
    h(&[k(Down), c('j'), k(Tab)],   "↓ j Tab",   home(HomeAction::Select(1)),  "next entry", "select"),
    b(&[k(Up), c('k'), k(BackTab)], "↑ k S-Tab", home(HomeAction::Select(-1)), "previous entry"),
    b(&[c('g'), k(Home)],           "g Home",    home(HomeAction::First),      "first entry"),
    b(&[c('G'), k(End)],            "G End",     home(HomeAction::Last),       "last entry"),
    h(&[k(Enter)],                  "Enter",     home(HomeAction::Open),       "open the selection", "open"),
    h(&[c('c')],                    "c",         home(HomeAction::Continue),   "continue where you left off", "continue"),
    b(&[c('v')],                    "v",         home(HomeAction::Review),     "review the questions due today"),
    h(&[c('p')],                    "p",         Action::Dashboard,            "progress dashboard", "progress"),
    h(&[c('q'), k(Esc)],            "q Esc",     Action::Quit,                 "quit", "quit"),
];

#[rustfmt::skip]
pub const READER: &[Binding] = &[
    b(&[c('j'), k(Down)],                 "j ↓",               read(ReaderAction::Scroll(1)),      "one line down"),
    b(&[c('k'), k(Up)],                   "k ↑",               read(ReaderAction::Scroll(-1)),     "one line up"),
    b(&[c(' '), k(PageDown), ctrl('f')],  "space PgDn Ctrl-f", read(ReaderAction::Page(1)),        "one page down"),
    b(&[c('b'), k(PageUp), ctrl('b')],    "b PgUp Ctrl-b",     read(ReaderAction::Page(-1)),       "one page up"),
    b(&[ctrl('d')],                       "Ctrl-d",            read(ReaderAction::HalfPage(1)),    "half a page down"),
    b(&[ctrl('u')],                       "Ctrl-u",            read(ReaderAction::HalfPage(-1)),   "half a page up"),
    b(&[c('g'), k(Home)],                 "g Home",            read(ReaderAction::Top),            "top of the chapter"),
    b(&[c('G'), k(End)],                  "G End",             read(ReaderAction::Bottom),         "end of the chapter"),
    b(&[k(Left)],                         "←",                 read(ReaderAction::Sideways(-8)),   "scroll wide code left"),
    b(&[k(Right)],                        "→",                 read(ReaderAction::Sideways(8)),    "scroll wide code right"),
    h(&[c('/')],                          "/",                 read(ReaderAction::Search),         "search", "search"),
    b(&[c('n')],                          "n",                 read(ReaderAction::NextMatch),      "next match"),
    b(&[c('N')],                          "N",                 read(ReaderAction::PreviousMatch),  "previous match"),
    h(&[c('o')],                          "o",                 read(ReaderAction::Outline),        "outline of headings", "outline"),
    b(&[c('[')],                          "[",                 read(ReaderAction::PreviousChapter), "previous chapter"),
    b(&[c(']')],                          "]",                 read(ReaderAction::NextChapter),    "next chapter"),
    b(&[c('t')],                          "t",                 read(ReaderAction::TakeQuiz),       "take this chapter's quiz"),
    b(&[k(Enter)],                        "Enter",             read(ReaderAction::Enter),          "at the end of a chapter: take its quiz"),
    h(&[c('r')],                          "r",                 read(ReaderAction::Reflections),    "reflection prompts", "reflect"),
    h(&[c('x')],                          "x",                 read(ReaderAction::Checklist),      "checklist", "checklist"),
    b(&[c('p')],                          "p",                 Action::Dashboard,                  "progress dashboard"),
    h(&[c('q'), k(Esc)],                  "q Esc",             read(ReaderAction::Back),           "back to the course", "back"),
];

const LEAVE: &str = "leave the quiz (answers are saved)";

#[rustfmt::skip]
pub const QUIZ_CHOICE: &[Binding] = &[
    h(CHOICES,           "a–h 1–8", quiz(QuizAction::Choose(0)), "choose an answer", "choose"),
    h(&[c('j'), k(Down)], "j ↓",    quiz(QuizAction::Down),      "highlight the next choice", "move"),
    b(&[c('k'), k(Up)],   "k ↑",    quiz(QuizAction::Up),        "highlight the previous choice"),
    b(&[c(' ')],          "space",  quiz(QuizAction::Toggle),    "choose or tick the highlighted choice"),
    h(&[k(Enter)],        "Enter",  quiz(QuizAction::Submit),    "submit the answer", "submit"),
    b(&[c('p')],          "p",      Action::Dashboard,           "progress dashboard"),
    h(&[c('q'), k(Esc)],  "q Esc",  quiz(QuizAction::Close),     LEAVE, "quit"),
];

#[rustfmt::skip]
pub const QUIZ_TYPING: &[Binding] = &[
    h(&[k(Enter)],     "Enter",     quiz(QuizAction::Submit),    "submit the answer", "submit"),
    b(&[k(Backspace)], "Backspace", quiz(QuizAction::Backspace), "delete a character"),
    h(&[k(Esc)],       "Esc",       quiz(QuizAction::Close),     LEAVE, "quit"),
];

#[rustfmt::skip]
pub const QUIZ_FEEDBACK: &[Binding] = &[
    h(&[k(Enter)],        "Enter", quiz(QuizAction::Submit), "next question, or the result", "next"),
    h(&[c('j'), k(Down)], "j ↓",   quiz(QuizAction::Down),   "scroll down", "scroll"),
    b(&[c('k'), k(Up)],   "k ↑",   quiz(QuizAction::Up),     "scroll up"),
    b(&[c('p')],          "p",     Action::Dashboard,        "progress dashboard"),
    h(&[c('q'), k(Esc)],  "q Esc", quiz(QuizAction::Close),  LEAVE, "quit"),
];

#[rustfmt::skip]
pub const QUIZ_RESULT: &[Binding] = &[
    h(&[c('r')],          "r",     quiz(QuizAction::RetryMissed), "retry the missed questions", "retry missed"),
    h(&[c('a')],          "a",     quiz(QuizAction::RetakeAll),   "retake the whole quiz", "retake all"),
    b(&[c('j'), k(Down)], "j ↓",   quiz(QuizAction::Down),        "scroll down"),
    b(&[c('k'), k(Up)],   "k ↑",   quiz(QuizAction::Up),          "scroll up"),
    b(&[c('p')],          "p",     Action::Dashboard,             "progress dashboard"),
    h(&[c('q'), k(Esc)],  "q Esc", quiz(QuizAction::Close),       "back", "back"),
];

#[rustfmt::skip]
pub const DASHBOARD: &[Binding] = &[
    h(&[c('q'), k(Esc), c('p')], "q Esc p", Action::Back, "back", "back"),
];

#[rustfmt::skip]
pub const HELP: &[Binding] = &[
    b(&[c('j'), k(Down), c(' ')], "j ↓ space", list(ListAction::Move(1)),  "scroll the help down"),
    b(&[c('k'), k(Up)],           "k ↑",       list(ListAction::Move(-1)), "scroll the help up"),
    b(&[k(Esc)],                  "any other", Action::Back,               "close the help"),
];

#[rustfmt::skip]
pub const OUTLINE: &[Binding] = &[
    b(&[c('j'), k(Down), k(Tab)],    "j ↓",     list(ListAction::Move(1)),  "next heading"),
    b(&[c('k'), k(Up), k(BackTab)],  "k ↑",     list(ListAction::Move(-1)), "previous heading"),
    b(&[c('g'), k(Home)],            "g Home",  list(ListAction::First),    "first heading"),
    b(&[c('G'), k(End)],             "G End",   list(ListAction::Last),     "last heading"),
    b(&[k(Enter)],                   "Enter",   list(ListAction::Open),     "jump to the heading"),
    b(&[c('q'), k(Esc), c('o')],     "q Esc o", list(ListAction::Close),    "close the outline"),
];

#[rustfmt::skip]
pub const SEARCH: &[Binding] = &[
    b(&[k(Enter)],     "Enter",     Action::Prompt(PromptAction::Submit),    "find (empty: the last search)"),
    b(&[k(Backspace)], "Backspace", Action::Prompt(PromptAction::Backspace), "delete a character"),
    b(&[k(Esc)],       "Esc",       Action::Prompt(PromptAction::Cancel),    "cancel the search"),
];

#[rustfmt::skip]
pub const REFLECTIONS: &[Binding] = &[
    b(&[c('j'), k(Down), k(Tab)],   "j ↓",     list(ListAction::Move(1)),  "next prompt"),
    b(&[c('k'), k(Up), k(BackTab)], "k ↑",     list(ListAction::Move(-1)), "previous prompt"),
    b(&[c('g'), k(Home)],           "g Home",  list(ListAction::First),    "first prompt"),
    b(&[c('G'), k(End)],            "G End",   list(ListAction::Last),     "last prompt"),
    b(&[k(Enter)],                  "Enter",   list(ListAction::Open),     "answer the prompt"),
    b(&[c('q'), k(Esc), c('r')],    "q Esc r", list(ListAction::Close),    "close the prompts"),
];

#[rustfmt::skip]
pub const EDITOR: &[Binding] = &[
    b(&[ctrl('s')], "Ctrl-s", Action::Editor(EditorAction::Save),   "save the answer"),
    b(&[k(Esc)],    "Esc",    Action::Editor(EditorAction::Cancel), "close without saving"),
];

#[rustfmt::skip]
pub const CHECKLIST: &[Binding] = &[
    b(&[c('j'), k(Down), k(Tab)],   "j ↓",         list(ListAction::Move(1)),  "next item"),
    b(&[c('k'), k(Up), k(BackTab)], "k ↑",         list(ListAction::Move(-1)), "previous item"),
    b(&[c('g'), k(Home)],           "g Home",      list(ListAction::First),    "first item"),
    b(&[c('G'), k(End)],            "G End",       list(ListAction::Last),     "last item"),
    b(&[c(' '), k(Enter)],          "space Enter", list(ListAction::Toggle),   "tick or untick the item"),
    b(&[c('q'), k(Esc), c('x')],    "q Esc x",     list(ListAction::Close),    "close the checklist"),
];
