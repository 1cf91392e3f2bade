//! Every key the tutor answers to: one table per mode, each row the keys, what they do
//! as an [`Action`], and the words for the help overlay and the footer.
//!
//! Key lookup, the help overlay and the footer hints all read these tables, so they
//! cannot drift apart. Keys are a small type of our own: the backend's key events are
//! turned into [`Key`]s at the edge ([`super::input`]) and nowhere else.
mod tables;

use super::action::{Action, EditorAction, PromptAction};
use super::home::HomeAction;
use super::quiz::QuizAction;
use tables::{
    CHECKLIST, CHOICE_KEYS, DASHBOARD, EDITOR, EDITOR_CONFIRM, HELP, HOME, OUTLINE, QUIZ_CHOICE,
    QUIZ_COMPILES, QUIZ_DETAIL, QUIZ_FEEDBACK, QUIZ_FIELD, QUIZ_RESULT, QUIZ_RESUME, QUIZ_TYPING,
    READER, REFLECTIONS, REVIEW_RESULT, SEARCH,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Char(char),
    Enter,
    Esc,
    Backspace,
    Delete,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl Key {
    pub const fn new(code: KeyCode) -> Self {
        Self {
            code,
            ctrl: false,
            alt: false,
        }
    }

    pub const fn char(c: char) -> Self {
        Self::new(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Self {
        Self {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
        }
    }

    /// The character this key types, if it types one.
    pub fn typed(self) -> Option<char> {
        match self.code {
            KeyCode::Char(c) if !self.ctrl && !self.alt && !c.is_control() => Some(c),
            _ => None,
        }
    }
}

/// What the tutor is showing in front, which decides what keys mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Home,
    Reader,
    /// A choice question waiting for an answer.
    QuizChoice,
    /// A short-answer question: keys type.
    QuizTyping,
    /// A tracing question asking whether its program compiles.
    QuizCompiles,
    /// A multi-line answer field (a long or code answer, a program's output): keys
    /// type, `Enter` starts a new line.
    QuizField,
    QuizFeedback,
    QuizResult,
    /// A question shown again from the result, with its explanation.
    QuizDetail,
    /// The offer to go on with an attempt left half-way.
    QuizResume,
    /// The result of a spaced review: where each card went. No second round: it
    /// could only be practice.
    ReviewResult,
    Dashboard,
    Help,
    Outline,
    Search,
    Reflections,
    Editor,
    /// The editor asking whether to save what closing would throw away.
    EditorConfirm,
    Checklist,
}

impl Mode {
    /// Every mode, for whatever must hold in each (tests: no key bound twice, every
    /// mode's keys in some help).
    pub const ALL: [Mode; 19] = [
        Self::Home,
        Self::Reader,
        Self::QuizChoice,
        Self::QuizTyping,
        Self::QuizCompiles,
        Self::QuizField,
        Self::QuizFeedback,
        Self::QuizResult,
        Self::QuizDetail,
        Self::QuizResume,
        Self::ReviewResult,
        Self::Dashboard,
        Self::Help,
        Self::Outline,
        Self::Search,
        Self::Reflections,
        Self::Editor,
        Self::EditorConfirm,
        Self::Checklist,
    ];
}

/// What an unbound key does in a mode.
#[derive(Debug, Clone, Copy)]
pub enum Unbound {
    Ignored,
    /// A typed character is text for this action.
    Text(fn(char) -> Action),
    /// Every key goes to this action (the editor, the help's "any key closes").
    Any(fn(Key) -> Action),
}

/// One row of a keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    /// The keys as the help shows them.
    pub label: &'static str,
    pub action: Action,
    /// What the keys do, for the help.
    pub help: &'static str,
    /// A shorter word for the footer, for the keys worth a reminder there.
    pub hint: Option<&'static str>,
}

#[derive(Debug, Clone, Copy)]
pub struct Keymap {
    pub bindings: &'static [Binding],
    pub unbound: Unbound,
    /// Whether the [`GLOBAL`] keys work too (not while typing).
    pub global: bool,
}

impl Keymap {
    /// The action `key` stands for in this mode.
    pub fn action(&self, key: Key) -> Option<Action> {
        for binding in self.bindings {
            if let Some(at) = binding.keys.iter().position(|k| *k == key) {
                return Some(match binding.action {
                    // One row holds every choice key: its place in the row is the choice.
                    Action::Quiz(QuizAction::Choose(_)) => {
                        Action::Quiz(QuizAction::Choose(at % CHOICE_KEYS))
                    }
                    // The digits' row: a key's place in it is its digit.
                    Action::Home(HomeAction::Digit(_)) => {
                        Action::Home(HomeAction::Digit(u8::try_from(at).unwrap_or(0)))
                    }
                    action => action,
                });
            }
        }
        match self.unbound {
            Unbound::Ignored => None,
            Unbound::Text(text) => key.typed().map(text),
            Unbound::Any(any) => Some(any(key)),
        }
    }

    /// Every binding of the mode, the global ones last: what the help lists.
    pub fn all(self) -> impl Iterator<Item = &'static Binding> {
        let global = if self.global { GLOBAL } else { &[] };
        self.bindings.iter().chain(global)
    }

    /// (keys, word) of the bindings the footer reminds of, in table order.
    pub fn hints(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.all()
            .filter_map(|b| b.hint.map(|hint| (b.label, hint)))
    }
}

/// Keys that work wherever nothing is being typed; the help lists them last.
pub use tables::GLOBAL;

/// The keymap of `mode`.
pub fn keymap(mode: Mode) -> Keymap {
    let (bindings, unbound) = match mode {
        Mode::Home => (HOME, Unbound::Ignored),
        Mode::Reader => (READER, Unbound::Ignored),
        Mode::QuizChoice => (QUIZ_CHOICE, Unbound::Ignored),
        Mode::QuizTyping => (QUIZ_TYPING, Unbound::Text(quiz_char)),
        Mode::QuizCompiles => (QUIZ_COMPILES, Unbound::Ignored),
        Mode::QuizField => (QUIZ_FIELD, Unbound::Any(quiz_field_key)),
        Mode::QuizFeedback => (QUIZ_FEEDBACK, Unbound::Ignored),
        Mode::QuizResult => (QUIZ_RESULT, Unbound::Ignored),
        Mode::QuizDetail => (QUIZ_DETAIL, Unbound::Ignored),
        Mode::QuizResume => (QUIZ_RESUME, Unbound::Ignored),
        Mode::ReviewResult => (REVIEW_RESULT, Unbound::Ignored),
        Mode::Dashboard => (DASHBOARD, Unbound::Ignored),
        Mode::Help => (HELP, Unbound::Any(close_help)),
        Mode::Outline => (OUTLINE, Unbound::Ignored),
        Mode::Search => (SEARCH, Unbound::Text(prompt_char)),
        Mode::Reflections => (REFLECTIONS, Unbound::Ignored),
        Mode::Editor => (EDITOR, Unbound::Any(editor_key)),
        Mode::EditorConfirm => (EDITOR_CONFIRM, Unbound::Ignored),
        Mode::Checklist => (CHECKLIST, Unbound::Ignored),
    };
    Keymap {
        bindings,
        unbound,
        global: has_global_keys(mode),
    }
}

/// Whether the global keys work in `mode` (not while typing).
pub fn has_global_keys(mode: Mode) -> bool {
    !matches!(
        mode,
        Mode::QuizTyping | Mode::QuizField | Mode::Search | Mode::Editor | Mode::Help
    )
}

/// The action `key` stands for in `mode`: the global keys first where they apply,
/// then the mode's own table. `Ctrl-c` quits everywhere.
pub fn lookup(mode: Mode, key: Key) -> Option<Action> {
    if key == Key::ctrl('c') {
        return Some(Action::Quit);
    }
    // The terminal's own suspend key, which raw mode turns into a key press.
    if key == Key::ctrl('z') {
        return Some(Action::Suspend);
    }
    let keymap = keymap(mode);
    if keymap.global
        && let Some(binding) = GLOBAL.iter().find(|b| b.keys.contains(&key))
    {
        return Some(binding.action);
    }
    keymap.action(key)
}

fn quiz_char(c: char) -> Action {
    Action::Quiz(QuizAction::Char(c))
}

fn quiz_field_key(key: Key) -> Action {
    Action::Quiz(QuizAction::Edit(key))
}

fn prompt_char(c: char) -> Action {
    Action::Prompt(PromptAction::Type(c))
}

fn editor_key(key: Key) -> Action {
    Action::Editor(EditorAction::Key(key))
}

fn close_help(_: Key) -> Action {
    Action::Back
}

/// The parts of the help for the screen a mode belongs to: each mode of that screen
/// (the reader's popups and prompt, the quiz's phases) with its heading, so the help
/// shows every key of the screen, also those of modes where `?` types a character.
pub fn help_sections(mode: Mode) -> &'static [(Mode, &'static str)] {
    use super::text::{
        HELP_CHECKLIST, HELP_DASHBOARD, HELP_EDITOR, HELP_EDITOR_CONFIRM, HELP_HELP, HELP_HOME,
        HELP_OUTLINE, HELP_QUIZ_CHOICE, HELP_QUIZ_COMPILES, HELP_QUIZ_DETAIL, HELP_QUIZ_FEEDBACK,
        HELP_QUIZ_FIELD, HELP_QUIZ_RESULT, HELP_QUIZ_RESUME, HELP_QUIZ_TYPING, HELP_READER,
        HELP_REFLECTIONS, HELP_REVIEW_RESULT, HELP_SEARCH,
    };
    match mode {
        Mode::Home | Mode::Help => &[(Mode::Home, HELP_HOME), (Mode::Help, HELP_HELP)],
        Mode::Dashboard => &[(Mode::Dashboard, HELP_DASHBOARD), (Mode::Help, HELP_HELP)],
        Mode::Reader
        | Mode::Search
        | Mode::Outline
        | Mode::Reflections
        | Mode::Editor
        | Mode::EditorConfirm
        | Mode::Checklist => &[
            (Mode::Reader, HELP_READER),
            (Mode::Search, HELP_SEARCH),
            (Mode::Outline, HELP_OUTLINE),
            (Mode::Reflections, HELP_REFLECTIONS),
            (Mode::Editor, HELP_EDITOR),
            (Mode::EditorConfirm, HELP_EDITOR_CONFIRM),
            (Mode::Checklist, HELP_CHECKLIST),
            (Mode::Help, HELP_HELP),
        ],
        Mode::QuizChoice
        | Mode::QuizTyping
        | Mode::QuizCompiles
        | Mode::QuizField
        | Mode::QuizFeedback
        | Mode::QuizResult
        | Mode::QuizDetail
        | Mode::QuizResume => &[
            (Mode::QuizChoice, HELP_QUIZ_CHOICE),
            (Mode::QuizTyping, HELP_QUIZ_TYPING),
            (Mode::QuizCompiles, HELP_QUIZ_COMPILES),
            (Mode::QuizField, HELP_QUIZ_FIELD),
            (Mode::QuizFeedback, HELP_QUIZ_FEEDBACK),
            (Mode::QuizResult, HELP_QUIZ_RESULT),
            (Mode::QuizResume, HELP_QUIZ_RESUME),
            (Mode::QuizDetail, HELP_QUIZ_DETAIL),
            (Mode::Help, HELP_HELP),
        ],
        Mode::ReviewResult => &[
            (Mode::QuizChoice, HELP_QUIZ_CHOICE),
            (Mode::QuizTyping, HELP_QUIZ_TYPING),
            (Mode::QuizCompiles, HELP_QUIZ_COMPILES),
            (Mode::QuizField, HELP_QUIZ_FIELD),
            (Mode::QuizFeedback, HELP_QUIZ_FEEDBACK),
            (Mode::ReviewResult, HELP_REVIEW_RESULT),
            (Mode::QuizDetail, HELP_QUIZ_DETAIL),
            (Mode::Help, HELP_HELP),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for mode in Mode::ALL {
            let mut seen = std::collections::HashSet::new();
            for binding in keymap(mode).all() {
                for key in binding.keys {
                    assert!(seen.insert(*key), "{key:?} twice in {mode:?}");
                }
            }
        }
    }

    #[test]
    fn a_choice_key_picks_the_choice_at_its_place() {
        let choose = |ch| lookup(Mode::QuizChoice, Key::char(ch));
        assert_eq!(choose('a'), Some(Action::Quiz(QuizAction::Choose(0))));
        assert_eq!(choose('c'), Some(Action::Quiz(QuizAction::Choose(2))));
        assert_eq!(choose('1'), Some(Action::Quiz(QuizAction::Choose(0))));
        assert_eq!(choose('8'), Some(Action::Quiz(QuizAction::Choose(7))));
    }

    #[test]
    fn typing_modes_take_characters_as_text() {
        assert_eq!(
            lookup(Mode::Search, Key::char('?')),
            Some(Action::Prompt(PromptAction::Type('?')))
        );
        assert_eq!(
            lookup(Mode::QuizTyping, Key::char('q')),
            Some(Action::Quiz(QuizAction::Char('q')))
        );
        assert_eq!(lookup(Mode::Help, Key::char('x')), Some(Action::Back));
        assert_eq!(lookup(Mode::Editor, Key::ctrl('c')), Some(Action::Quit));
    }
}
