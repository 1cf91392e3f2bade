//! The keymap tables, one per mode: each row the keys, how the help writes them, the
//! action, what the help says, and the footer's word for the keys worth a reminder.
//! Laid out as tables (one row a line, not formatted) so a row reads at a glance.
use super::{Binding, Key, KeyCode};
use crate::tui::action::{Action, EditorAction, ListAction, PromptAction};
use crate::tui::dashboard::DashboardAction;
use crate::tui::home::HomeAction;
use crate::tui::quiz::QuizAction;
use crate::tui::reader::ReaderAction;
use crate::tui::text;

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

const fn board(action: DashboardAction) -> Action {
    Action::Board(action)
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
    b(&[ctrl('c')], "Ctrl-c", Action::Quit, text::KEY_QUIT_AT_ONCE_ALL_IS_SAVED),
    b(&[ctrl('z')], "Ctrl-z", Action::Suspend, text::KEY_SUSPEND),
    h(&[c('?')],    "?",      Action::Help, text::KEY_THIS_HELP, text::KEY_HELP),
];

/// The digit keys, in one row: a key's place in it is the digit it types.
#[rustfmt::skip]
pub(super) const DIGITS: &[Key] = &[
    c('0'), c('1'), c('2'), c('3'), c('4'), c('5'), c('6'), c('7'), c('8'), c('9'),
];

#[rustfmt::skip]
pub const HOME: &[Binding] = &[
    h(&[k(Down), c('j'), k(Tab)],   "↓ j Tab",   home(HomeAction::Select(1)),  text::KEY_NEXT_ENTRY, text::KEY_SELECT),
    b(&[k(Up), c('k'), k(BackTab)], "↑ k S-Tab", home(HomeAction::Select(-1)), text::KEY_PREVIOUS_ENTRY),
    b(&[c('g'), k(Home)],           "g Home",    home(HomeAction::First),      text::KEY_FIRST_ENTRY),
    b(&[c('G'), k(End)],            "G End",     home(HomeAction::Last),       text::KEY_LAST_ENTRY),
    b(DIGITS,                       "0–9",       home(HomeAction::Digit(0)),   text::KEY_JUMP_TO_A_CHAPTER),
    h(&[k(Enter)],                  "Enter",     home(HomeAction::Open),       text::KEY_OPEN_THE_SELECTION, text::KEY_OPEN),
    h(&[c('t')],                    "t",         home(HomeAction::TakeQuiz),   text::KEY_TAKE_THE_SELECTED_QUIZ, text::KEY_QUIZ),
    h(&[c('c')],                    "c",         home(HomeAction::Continue),   text::KEY_CONTINUE_WHERE_YOU_LEFT_OFF, text::KEY_CONTINUE),
    b(&[c('v')],                    "v",         home(HomeAction::Review),     text::KEY_REVIEW_THE_QUESTIONS_DUE_TODAY),
    b(&[c('i')],                    "i",         home(HomeAction::ToggleAbout), text::KEY_THE_COURSE_DESCRIPTION),
    h(&[c('p')],                    "p",         Action::Dashboard,            text::KEY_PROGRESS_DASHBOARD, text::KEY_PROGRESS),
    b(&[k(Esc)],                    "Esc",       home(HomeAction::Escape),     text::KEY_CANCEL_THE_NUMBER),
    h(&[c('q')],                    "q",         Action::Quit,                 text::KEY_QUIT, text::KEY_QUIT),
];

#[rustfmt::skip]
pub const READER: &[Binding] = &[
    b(&[c('j'), k(Down), c('e')],         "j ↓ e",             read(ReaderAction::Scroll(1)),      text::KEY_ONE_LINE_DOWN),
    b(&[c('k'), k(Up), c('y')],           "k ↑ y",             read(ReaderAction::Scroll(-1)),     text::KEY_ONE_LINE_UP),
    b(&[c(' '), k(PageDown), c('f'), ctrl('f')], "space PgDn f Ctrl-f", read(ReaderAction::Page(1)), text::KEY_ONE_PAGE_DOWN),
    b(&[c('b'), k(PageUp), ctrl('b')],    "b PgUp Ctrl-b",     read(ReaderAction::Page(-1)),       text::KEY_ONE_PAGE_UP),
    b(&[c('d'), ctrl('d')],               "d Ctrl-d",          read(ReaderAction::HalfPage(1)),    text::KEY_HALF_A_PAGE_DOWN),
    b(&[c('u'), ctrl('u')],               "u Ctrl-u",          read(ReaderAction::HalfPage(-1)),   text::KEY_HALF_A_PAGE_UP),
    b(&[c('g'), k(Home)],                 "g Home",            read(ReaderAction::Top),            text::KEY_TOP_OF_THE_CHAPTER),
    b(&[c('G'), k(End)],                  "G End",             read(ReaderAction::Bottom),         text::KEY_END_OF_THE_CHAPTER),
    b(&[k(Left)],                         "←",                 read(ReaderAction::Sideways(-8)),   text::KEY_SCROLL_WIDE_CODE_LEFT),
    b(&[k(Right)],                        "→",                 read(ReaderAction::Sideways(8)),    text::KEY_SCROLL_WIDE_CODE_RIGHT),
    h(&[c('/')],                          "/",                 read(ReaderAction::Search),         text::KEY_SEARCH, text::KEY_SEARCH),
    b(&[c('n')],                          "n",                 read(ReaderAction::NextMatch),      text::KEY_NEXT_MATCH),
    b(&[c('N')],                          "N",                 read(ReaderAction::PreviousMatch),  text::KEY_PREVIOUS_MATCH),
    h(&[c('o')],                          "o",                 read(ReaderAction::Outline),        text::KEY_OUTLINE_OF_HEADINGS, text::KEY_OUTLINE),
    b(&[c('[')],                          "[",                 read(ReaderAction::PreviousChapter), text::KEY_PREVIOUS_CHAPTER),
    b(&[c(']')],                          "]",                 read(ReaderAction::NextChapter),    text::KEY_NEXT_CHAPTER),
    b(&[c('t')],                          "t",                 read(ReaderAction::TakeQuiz),       text::KEY_TAKE_THIS_CHAPTER_S_QUIZ),
    b(&[k(Tab)],                          "Tab",               read(ReaderAction::FocusNext),      text::KEY_FOCUS_THE_NEXT_ITEM),
    b(&[k(BackTab)],                      "S-Tab",             read(ReaderAction::FocusPrevious),  text::KEY_FOCUS_THE_PREVIOUS_ITEM),
    b(&[k(Enter)],                        "Enter",             read(ReaderAction::Enter),          text::KEY_OPEN_THE_FOCUSED_ITEM),
    b(&[k(Backspace)],                    "Backspace",         read(ReaderAction::Return),         text::KEY_BACK_FROM_A_LINK),
    h(&[c('r')],                          "r",                 read(ReaderAction::Reflections),    text::KEY_REFLECTION_PROMPTS, text::KEY_REFLECT),
    h(&[c('x')],                          "x",                 read(ReaderAction::Checklist),      text::KEY_CHECKLIST, text::KEY_CHECKLIST),
    b(&[c('p')],                          "p",                 Action::Dashboard,                  text::KEY_PROGRESS_DASHBOARD),
    h(&[c('q'), k(Esc)],                  "q Esc",             read(ReaderAction::Back),           text::KEY_BACK_TO_THE_COURSE, text::KEY_BACK),
];

const LEAVE: &str = text::KEY_LEAVE_THE_QUIZ;

#[rustfmt::skip]
pub const QUIZ_CHOICE: &[Binding] = &[
    h(CHOICES,           "a b c… 1 2 3…", quiz(QuizAction::Choose(0)), text::KEY_CHOOSE_AN_ANSWER, text::KEY_CHOOSE),
    h(&[c('j'), k(Down)], "j ↓",    quiz(QuizAction::Down),      text::KEY_HIGHLIGHT_THE_NEXT_CHOICE, text::KEY_MOVE),
    b(&[c('k'), k(Up)],   "k ↑",    quiz(QuizAction::Up),        text::KEY_HIGHLIGHT_THE_PREVIOUS_CHOICE),
    b(&[c(' ')],          "space",  quiz(QuizAction::Toggle),    text::KEY_CHOOSE_OR_TICK_THE_HIGHLIGHTED_CHOICE),
    h(&[k(Enter)],        "Enter",  quiz(QuizAction::Submit),    text::KEY_SUBMIT_THE_ANSWER, text::KEY_SUBMIT),
    b(&[c('p')],          "p",      Action::Dashboard,           text::KEY_PROGRESS_DASHBOARD),
    h(&[c('q'), k(Esc)],  "q Esc",  quiz(QuizAction::Close),     LEAVE, text::KEY_QUIT),
];

#[rustfmt::skip]
pub const QUIZ_TYPING: &[Binding] = &[
    h(&[k(Enter)],     "Enter",     quiz(QuizAction::Submit),    text::KEY_SUBMIT_THE_ANSWER, text::KEY_SUBMIT),
    b(&[k(Backspace)], "Backspace", quiz(QuizAction::Backspace), text::KEY_DELETE_A_CHARACTER),
    h(&[k(Esc)],       "Esc",       quiz(QuizAction::Close),     LEAVE, text::KEY_QUIT),
];

/// A tracing question, before its output: does the program compile?
#[rustfmt::skip]
pub const QUIZ_COMPILES: &[Binding] = &[
    h(&[c('y'), c('Y')],  "y",     quiz(QuizAction::Compiles(true)),  text::KEY_IT_COMPILES, text::KEY_YES),
    h(&[c('n'), c('N')],  "n",     quiz(QuizAction::Compiles(false)), text::KEY_IT_DOES_NOT_COMPILE, text::KEY_NO),
    b(&[k(Enter)],        "Enter", quiz(QuizAction::Submit),          text::KEY_SUBMIT_THE_ANSWER),
    b(&[c('p')],          "p",     Action::Dashboard,                 text::KEY_PROGRESS_DASHBOARD),
    h(&[c('q'), k(Esc)],  "q Esc", quiz(QuizAction::Close),           LEAVE, text::KEY_QUIT),
];

/// A multi-line answer (a long or code answer, a program's output): every other key
/// is the field's.
#[rustfmt::skip]
pub const QUIZ_FIELD: &[Binding] = &[
    h(&[ctrl('s')], "Ctrl-s", quiz(QuizAction::Submit),      text::KEY_SUBMIT_SEVERAL_LINES, text::KEY_SUBMIT),
    h(&[k(Esc)],    "Esc",    quiz(QuizAction::LeaveEditor), text::KEY_LEAVE_THE_FIELD, text::KEY_BACK),
];

#[rustfmt::skip]
pub const QUIZ_FEEDBACK: &[Binding] = &[
    h(&[k(Enter)],        "Enter", quiz(QuizAction::Submit), text::KEY_NEXT_QUESTION_OR_THE_RESULT, text::KEY_NEXT),
    h(&[c('j'), k(Down)], "j ↓",   quiz(QuizAction::Down),   text::KEY_SCROLL_DOWN, text::KEY_SCROLL),
    b(&[c('k'), k(Up)],   "k ↑",   quiz(QuizAction::Up),     text::KEY_SCROLL_UP),
    b(&[c('p')],          "p",     Action::Dashboard,        text::KEY_PROGRESS_DASHBOARD),
    h(&[c('q'), k(Esc)],  "q Esc", quiz(QuizAction::Close),  LEAVE, text::KEY_QUIT),
];

/// The result: no key here answers a question, so a key pressed once too often after
/// the last answer is harmless. Another round takes a capital (`R`, `A`): the small
/// letters choose answers while asking, and `r` is the reader's reflections.
#[rustfmt::skip]
pub const QUIZ_RESULT: &[Binding] = &[
    b(&[c('j'), k(Down)], "j ↓",      quiz(QuizAction::Down),        text::KEY_NEXT_QUESTION_IN_THE_LIST),
    b(&[c('k'), k(Up)],   "k ↑",      quiz(QuizAction::Up),          text::KEY_PREVIOUS_QUESTION_IN_THE_LIST),
    b(&[c('g'), k(Home)], "g Home",   quiz(QuizAction::First),       text::KEY_FIRST_QUESTION),
    b(&[c('G'), k(End)],  "G End",    quiz(QuizAction::Last),        text::KEY_LAST_QUESTION),
    h(&[k(Enter)],        "Enter",    quiz(QuizAction::Explain),     text::KEY_SHOW_ITS_EXPLANATION_AGAIN, text::KEY_EXPLAIN),
    h(&[c('s')],          "s",        quiz(QuizAction::Section),     text::KEY_RE_READ_ITS_SECTION, text::KEY_SECTION),
    h(&[c('R')],          "R",        quiz(QuizAction::RetryMissed), text::KEY_RETRY_THE_MISSED_QUESTIONS, text::KEY_RETRY_MISSED),
    h(&[c('A')],          "A",        quiz(QuizAction::RetakeAll),   text::KEY_RETAKE_THE_WHOLE_QUIZ, text::KEY_RETAKE_ALL),
    b(&[c('p')],          "p",        Action::Dashboard,             text::KEY_PROGRESS_DASHBOARD),
    h(&[c('q'), k(Esc)],  "q Esc",    quiz(QuizAction::Close),       text::KEY_LEAVE_THE_RESULT, text::KEY_BACK),
];

/// A review's result: the quiz result's keys without another round.
#[rustfmt::skip]
pub const REVIEW_RESULT: &[Binding] = &[
    b(&[c('j'), k(Down)], "j ↓",    quiz(QuizAction::Down),    text::KEY_NEXT_QUESTION_IN_THE_LIST),
    b(&[c('k'), k(Up)],   "k ↑",    quiz(QuizAction::Up),      text::KEY_PREVIOUS_QUESTION_IN_THE_LIST),
    b(&[c('g'), k(Home)], "g Home", quiz(QuizAction::First),   text::KEY_FIRST_QUESTION),
    b(&[c('G'), k(End)],  "G End",  quiz(QuizAction::Last),    text::KEY_LAST_QUESTION),
    h(&[k(Enter)],        "Enter",  quiz(QuizAction::Explain), text::KEY_SHOW_ITS_EXPLANATION_AGAIN, text::KEY_EXPLAIN),
    h(&[c('s')],          "s",      quiz(QuizAction::Section), text::KEY_RE_READ_ITS_SECTION, text::KEY_SECTION),
    b(&[c('p')],          "p",      Action::Dashboard,         text::KEY_PROGRESS_DASHBOARD),
    h(&[c('q'), k(Esc)],  "q Esc",  quiz(QuizAction::Close),   text::KEY_LEAVE_THE_RESULT, text::KEY_BACK),
];

/// A question shown again from the result, with its explanation.
#[rustfmt::skip]
pub const QUIZ_DETAIL: &[Binding] = &[
    h(&[c('j'), k(Down)],              "j ↓",             quiz(QuizAction::Down),    text::KEY_SCROLL_DOWN, text::KEY_SCROLL),
    b(&[c('k'), k(Up)],                "k ↑",             quiz(QuizAction::Up),      text::KEY_SCROLL_UP),
    h(&[c('s')],                       "s",               quiz(QuizAction::Section), text::KEY_RE_READ_ITS_SECTION, text::KEY_SECTION),
    b(&[c('p')],                       "p",               Action::Dashboard,         text::KEY_PROGRESS_DASHBOARD),
    h(&[k(Esc), c('q'), k(Backspace)], "Esc q Backspace", quiz(QuizAction::List),    text::KEY_BACK_TO_THE_LIST, text::KEY_BACK),
];

#[rustfmt::skip]
pub const QUIZ_RESUME: &[Binding] = &[
    h(&[c('c'), k(Enter)], "c Enter", quiz(QuizAction::Continue),  text::KEY_CONTINUE_THE_ATTEMPT, text::KEY_CONTINUE),
    h(&[c('s')],           "s",       quiz(QuizAction::StartOver), text::KEY_START_OVER, text::KEY_START_OVER_SHORT),
    h(&[c('q'), k(Esc)],   "q Esc",   quiz(QuizAction::Close),     text::KEY_BACK, text::KEY_BACK),
];

#[rustfmt::skip]
pub const DASHBOARD: &[Binding] = &[
    h(&[c('j'), k(Down)],                      "j ↓",                  board(DashboardAction::Scroll(1)),   text::KEY_ONE_LINE_DOWN, text::KEY_SCROLL),
    b(&[c('k'), k(Up)],                        "k ↑",                  board(DashboardAction::Scroll(-1)),  text::KEY_ONE_LINE_UP),
    b(&[c('e')],                               "e",                    board(DashboardAction::Scroll(1)),   text::KEY_ONE_LINE_DOWN_AS_IN_LESS),
    b(&[c('y')],                               "y",                    board(DashboardAction::Scroll(-1)),  text::KEY_ONE_LINE_UP_AS_IN_LESS),
    b(&[c(' '), k(PageDown), c('f'), ctrl('f')], "space PgDn f Ctrl-f", board(DashboardAction::Page(1)),     text::KEY_ONE_PAGE_DOWN),
    b(&[c('b'), k(PageUp), ctrl('b')],         "b PgUp Ctrl-b",        board(DashboardAction::Page(-1)),    text::KEY_ONE_PAGE_UP),
    b(&[c('d'), ctrl('d')],                    "d Ctrl-d",             board(DashboardAction::HalfPage(1)), text::KEY_HALF_A_PAGE_DOWN),
    b(&[c('u'), ctrl('u')],                    "u Ctrl-u",             board(DashboardAction::HalfPage(-1)), text::KEY_HALF_A_PAGE_UP),
    b(&[c('g'), k(Home)],                      "g Home",               board(DashboardAction::Top),         text::KEY_TOP),
    b(&[c('G'), k(End)],                       "G End",                board(DashboardAction::Bottom),      text::KEY_BOTTOM),
    h(&[c('q'), k(Esc), c('p')],               "q Esc p",              Action::Back,                        text::KEY_BACK, text::KEY_BACK),
];

#[rustfmt::skip]
pub const HELP: &[Binding] = &[
    b(&[c('j'), k(Down)],                "j ↓",               list(ListAction::Move(1)),  text::KEY_SCROLL_THE_HELP_DOWN),
    b(&[c('k'), k(Up)],                  "k ↑",               list(ListAction::Move(-1)), text::KEY_SCROLL_THE_HELP_UP),
    b(&[c(' '), k(PageDown), ctrl('f')], "space PgDn Ctrl-f", list(ListAction::Page(1)),  text::KEY_HELP_PAGE_DOWN),
    b(&[c('b'), k(PageUp), ctrl('b')],   "b PgUp Ctrl-b",     list(ListAction::Page(-1)), text::KEY_HELP_PAGE_UP),
    b(&[c('g'), k(Home)],                "g Home",            list(ListAction::First),    text::KEY_HELP_TOP),
    b(&[c('G'), k(End)],                 "G End",             list(ListAction::Last),     text::KEY_HELP_END),
    b(&[k(Esc)],                         "any other",         Action::Back,               text::KEY_CLOSE_THE_HELP),
];

#[rustfmt::skip]
pub const OUTLINE: &[Binding] = &[
    b(&[c('j'), k(Down), k(Tab)],    "j ↓",     list(ListAction::Move(1)),  text::KEY_NEXT_HEADING),
    b(&[c('k'), k(Up), k(BackTab)],  "k ↑",     list(ListAction::Move(-1)), text::KEY_PREVIOUS_HEADING),
    b(&[c('g'), k(Home)],            "g Home",  list(ListAction::First),    text::KEY_FIRST_HEADING),
    b(&[c('G'), k(End)],             "G End",   list(ListAction::Last),     text::KEY_LAST_HEADING),
    b(&[k(Enter)],                   "Enter",   list(ListAction::Open),     text::KEY_JUMP_TO_THE_HEADING),
    b(&[c('q'), k(Esc), c('o')],     "q Esc o", list(ListAction::Close),    text::KEY_CLOSE_THE_OUTLINE),
];

#[rustfmt::skip]
pub const SEARCH: &[Binding] = &[
    b(&[k(Enter)],     "Enter",     Action::Prompt(PromptAction::Submit),    text::KEY_FIND_EMPTY_THE_LAST_SEARCH),
    b(&[k(Backspace)], "Backspace", Action::Prompt(PromptAction::Backspace), text::KEY_DELETE_A_CHARACTER_EMPTY_CLOSES),
    b(&[k(Esc)],       "Esc",       Action::Prompt(PromptAction::Cancel),    text::KEY_CANCEL_THE_SEARCH),
];

#[rustfmt::skip]
pub const REFLECTIONS: &[Binding] = &[
    b(&[c('j'), k(Down), k(Tab)],   "j ↓",     list(ListAction::Move(1)),  text::KEY_NEXT_PROMPT),
    b(&[c('k'), k(Up), k(BackTab)], "k ↑",     list(ListAction::Move(-1)), text::KEY_PREVIOUS_PROMPT),
    b(&[c('g'), k(Home)],           "g Home",  list(ListAction::First),    text::KEY_FIRST_PROMPT),
    b(&[c('G'), k(End)],            "G End",   list(ListAction::Last),     text::KEY_LAST_PROMPT),
    b(&[k(Enter)],                  "Enter",   list(ListAction::Open),     text::KEY_ANSWER_THE_PROMPT),
    b(&[c('q'), k(Esc), c('r')],    "q Esc r", list(ListAction::Close),    text::KEY_CLOSE_THE_PROMPTS),
];

#[rustfmt::skip]
pub const EDITOR: &[Binding] = &[
    b(&[ctrl('s')], "Ctrl-s", Action::Editor(EditorAction::Save),   text::KEY_SAVE_THE_ANSWER),
    b(&[k(Esc)],    "Esc",    Action::Editor(EditorAction::Cancel), text::KEY_CLOSE_WITHOUT_SAVING),
];

#[rustfmt::skip]
pub const EDITOR_CONFIRM: &[Binding] = &[
    b(&[c('y'), ctrl('s')], "y Ctrl-s", Action::Editor(EditorAction::Save),        text::KEY_SAVE_AND_CLOSE),
    b(&[c('n')],            "n",        Action::Editor(EditorAction::Discard),     text::KEY_DISCARD_THE_CHANGES),
    b(&[k(Esc)],            "Esc",      Action::Editor(EditorAction::KeepEditing), text::KEY_KEEP_EDITING),
];

#[rustfmt::skip]
pub const CHECKLIST: &[Binding] = &[
    b(&[c('j'), k(Down), k(Tab)],   "j ↓",         list(ListAction::Move(1)),  text::KEY_NEXT_ITEM),
    b(&[c('k'), k(Up), k(BackTab)], "k ↑",         list(ListAction::Move(-1)), text::KEY_PREVIOUS_ITEM),
    b(&[c('g'), k(Home)],           "g Home",      list(ListAction::First),    text::KEY_FIRST_ITEM),
    b(&[c('G'), k(End)],            "G End",       list(ListAction::Last),     text::KEY_LAST_ITEM),
    b(&[c(' '), k(Enter)],          "space Enter", list(ListAction::Toggle),   text::KEY_TICK_OR_UNTICK_THE_ITEM),
    b(&[c('q'), k(Esc), c('x')],    "q Esc x",     list(ListAction::Close),    text::KEY_CLOSE_THE_CHECKLIST),
];
