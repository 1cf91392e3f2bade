//! Every key the tutor answers to: one table per mode, each row the keys, what they do
//! as an [`Action`], and the words for the help overlay and the footer.
//!
//! Key lookup, the help overlay and the footer hints all read these tables, so they
//! cannot drift apart. Keys are a small type of our own: the backend's key events are
//! turned into [`Key`]s at the edge ([`super::input`]) and nowhere else.
use super::action::{Action, EditorAction, ListAction, PromptAction};
use super::home::HomeAction;
use super::quiz::QuizAction;
use super::reader::ReaderAction;

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
    QuizFeedback,
    QuizResult,
    Dashboard,
    Help,
    Outline,
    Search,
    Reflections,
    Editor,
    Checklist,
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
    pub fn all(&self) -> impl Iterator<Item = &'static Binding> + '_ {
        let global = if self.global { GLOBAL } else { &[] };
        self.bindings.iter().chain(global)
    }

    /// (keys, word) of the bindings the footer reminds of, in table order.
    pub fn hints(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.all()
            .filter_map(|b| b.hint.map(|hint| (b.label, hint)))
    }
}

/// Keys that work wherever nothing is being typed; the help lists them last.
pub const GLOBAL: &[Binding] = &[
    bind(
        &[Key::ctrl('c')],
        "Ctrl-c",
        Action::Quit,
        "quit at once (all is saved)",
    ),
    hint(
        bind(&[Key::char('?')], "?", Action::Help, "this help"),
        "help",
    ),
];

/// The keymap of `mode`.
pub fn keymap(mode: Mode) -> Keymap {
    let (bindings, unbound) = match mode {
        Mode::Home => (HOME, Unbound::Ignored),
        Mode::Reader => (READER, Unbound::Ignored),
        Mode::QuizChoice => (QUIZ_CHOICE, Unbound::Ignored),
        Mode::QuizTyping => (QUIZ_TYPING, Unbound::Text(quiz_char)),
        Mode::QuizFeedback => (QUIZ_FEEDBACK, Unbound::Ignored),
        Mode::QuizResult => (QUIZ_RESULT, Unbound::Ignored),
        Mode::Dashboard => (DASHBOARD, Unbound::Ignored),
        Mode::Help => (HELP, Unbound::Any(close_help)),
        Mode::Outline => (OUTLINE, Unbound::Ignored),
        Mode::Search => (SEARCH, Unbound::Text(prompt_char)),
        Mode::Reflections => (REFLECTIONS, Unbound::Ignored),
        Mode::Editor => (EDITOR, Unbound::Any(editor_key)),
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
        Mode::QuizTyping | Mode::Search | Mode::Editor | Mode::Help
    )
}

/// The action `key` stands for in `mode`: the global keys first where they apply,
/// then the mode's own table. `Ctrl-c` quits everywhere.
pub fn lookup(mode: Mode, key: Key) -> Option<Action> {
    if key == Key::ctrl('c') {
        return Some(Action::Quit);
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

fn prompt_char(c: char) -> Action {
    Action::Prompt(PromptAction::Type(c))
}

fn editor_key(key: Key) -> Action {
    Action::Editor(EditorAction::Key(key))
}

fn close_help(_: Key) -> Action {
    Action::Back
}

const fn bind(
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

const fn hint(binding: Binding, word: &'static str) -> Binding {
    Binding {
        hint: Some(word),
        ..binding
    }
}

const fn k(code: KeyCode) -> Key {
    Key::new(code)
}

const fn c(ch: char) -> Key {
    Key::char(ch)
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

const fn pick(action: ListAction) -> Action {
    Action::List(action)
}

/// Choice keys in the order of the choices: `a`..`h`, then `1`..`8`.
const CHOICE_KEYS: usize = 8;

const HOME: &[Binding] = &[
    hint(
        bind(
            &[k(KeyCode::Down), c('j'), k(KeyCode::Tab)],
            "↓ j Tab",
            home(HomeAction::Select(1)),
            "next entry",
        ),
        "select",
    ),
    bind(
        &[k(KeyCode::Up), c('k'), k(KeyCode::BackTab)],
        "↑ k S-Tab",
        home(HomeAction::Select(-1)),
        "previous entry",
    ),
    bind(
        &[c('g'), k(KeyCode::Home)],
        "g Home",
        home(HomeAction::First),
        "first entry",
    ),
    bind(
        &[c('G'), k(KeyCode::End)],
        "G End",
        home(HomeAction::Last),
        "last entry",
    ),
    hint(
        bind(
            &[k(KeyCode::Enter)],
            "Enter",
            home(HomeAction::Open),
            "open the selection",
        ),
        "open",
    ),
    hint(
        bind(
            &[c('c')],
            "c",
            home(HomeAction::Continue),
            "continue where you left off",
        ),
        "continue",
    ),
    bind(
        &[c('v')],
        "v",
        home(HomeAction::Review),
        "review the questions due today",
    ),
    hint(
        bind(&[c('p')], "p", Action::Dashboard, "progress dashboard"),
        "progress",
    ),
    hint(
        bind(&[c('q'), k(KeyCode::Esc)], "q Esc", Action::Quit, "quit"),
        "quit",
    ),
];

const READER: &[Binding] = &[
    bind(
        &[c('j'), k(KeyCode::Down)],
        "j ↓",
        read(ReaderAction::Scroll(1)),
        "one line down",
    ),
    bind(
        &[c('k'), k(KeyCode::Up)],
        "k ↑",
        read(ReaderAction::Scroll(-1)),
        "one line up",
    ),
    bind(
        &[c(' '), k(KeyCode::PageDown), Key::ctrl('f')],
        "space PgDn Ctrl-f",
        read(ReaderAction::Page(1)),
        "one page down",
    ),
    bind(
        &[c('b'), k(KeyCode::PageUp), Key::ctrl('b')],
        "b PgUp Ctrl-b",
        read(ReaderAction::Page(-1)),
        "one page up",
    ),
    bind(
        &[Key::ctrl('d')],
        "Ctrl-d",
        read(ReaderAction::HalfPage(1)),
        "half a page down",
    ),
    bind(
        &[Key::ctrl('u')],
        "Ctrl-u",
        read(ReaderAction::HalfPage(-1)),
        "half a page up",
    ),
    bind(
        &[c('g'), k(KeyCode::Home)],
        "g Home",
        read(ReaderAction::Top),
        "top of the chapter",
    ),
    bind(
        &[c('G'), k(KeyCode::End)],
        "G End",
        read(ReaderAction::Bottom),
        "end of the chapter",
    ),
    bind(
        &[k(KeyCode::Left)],
        "←",
        read(ReaderAction::Sideways(-8)),
        "scroll wide code left",
    ),
    bind(
        &[k(KeyCode::Right)],
        "→",
        read(ReaderAction::Sideways(8)),
        "scroll wide code right",
    ),
    hint(
        bind(
            &[c('/')],
            "/",
            read(ReaderAction::Search),
            "search (Enter find, Esc cancel)",
        ),
        "search",
    ),
    bind(&[c('n')], "n", read(ReaderAction::NextMatch), "next match"),
    bind(
        &[c('N')],
        "N",
        read(ReaderAction::PreviousMatch),
        "previous match",
    ),
    hint(
        bind(
            &[c('o')],
            "o",
            read(ReaderAction::Outline),
            "outline of headings",
        ),
        "outline",
    ),
    bind(
        &[c('[')],
        "[",
        read(ReaderAction::PreviousChapter),
        "previous chapter",
    ),
    bind(
        &[c(']')],
        "]",
        read(ReaderAction::NextChapter),
        "next chapter",
    ),
    bind(
        &[c('t')],
        "t",
        read(ReaderAction::TakeQuiz),
        "take this chapter's quiz",
    ),
    bind(
        &[k(KeyCode::Enter)],
        "Enter",
        read(ReaderAction::Enter),
        "at the end of a chapter: take its quiz",
    ),
    hint(
        bind(
            &[c('r')],
            "r",
            read(ReaderAction::Reflections),
            "reflection prompts",
        ),
        "reflect",
    ),
    hint(
        bind(&[c('x')], "x", read(ReaderAction::Checklist), "checklist"),
        "checklist",
    ),
    bind(&[c('p')], "p", Action::Dashboard, "progress dashboard"),
    hint(
        bind(
            &[c('q'), k(KeyCode::Esc)],
            "q Esc",
            read(ReaderAction::Back),
            "back to the course",
        ),
        "back",
    ),
];

/// The choice keys, in one row: the position of a key in it picks the choice.
const CHOICES: &[Key] = &[
    c('a'),
    c('b'),
    c('c'),
    c('d'),
    c('e'),
    c('f'),
    c('g'),
    c('h'),
    c('1'),
    c('2'),
    c('3'),
    c('4'),
    c('5'),
    c('6'),
    c('7'),
    c('8'),
];

const LEAVE_QUIZ: Binding = bind(
    &[c('q'), k(KeyCode::Esc)],
    "q Esc",
    quiz(QuizAction::Close),
    "leave the quiz (answers are saved)",
);

const QUIZ_CHOICE: &[Binding] = &[
    hint(
        bind(
            CHOICES,
            "a–h 1–8",
            quiz(QuizAction::Choose(0)),
            "choose an answer",
        ),
        "choose",
    ),
    hint(
        bind(
            &[c('j'), k(KeyCode::Down)],
            "j ↓",
            quiz(QuizAction::Down),
            "highlight the next choice",
        ),
        "move",
    ),
    bind(
        &[c('k'), k(KeyCode::Up)],
        "k ↑",
        quiz(QuizAction::Up),
        "highlight the previous choice",
    ),
    bind(
        &[c(' ')],
        "space",
        quiz(QuizAction::Toggle),
        "choose or tick the highlighted choice",
    ),
    hint(
        bind(
            &[k(KeyCode::Enter)],
            "Enter",
            quiz(QuizAction::Submit),
            "submit the answer",
        ),
        "submit",
    ),
    bind(&[c('p')], "p", Action::Dashboard, "progress dashboard"),
    hint(LEAVE_QUIZ, "quit"),
];

const QUIZ_TYPING: &[Binding] = &[
    hint(
        bind(
            &[k(KeyCode::Enter)],
            "Enter",
            quiz(QuizAction::Submit),
            "submit the answer",
        ),
        "submit",
    ),
    bind(
        &[k(KeyCode::Backspace)],
        "Backspace",
        quiz(QuizAction::Backspace),
        "delete a character",
    ),
    hint(
        bind(
            &[k(KeyCode::Esc)],
            "Esc",
            quiz(QuizAction::Close),
            "leave the quiz (answers are saved)",
        ),
        "quit",
    ),
];

const QUIZ_FEEDBACK: &[Binding] = &[
    hint(
        bind(
            &[k(KeyCode::Enter)],
            "Enter",
            quiz(QuizAction::Submit),
            "next question or the result",
        ),
        "next",
    ),
    hint(
        bind(
            &[c('j'), k(KeyCode::Down)],
            "j ↓",
            quiz(QuizAction::Down),
            "scroll down",
        ),
        "scroll",
    ),
    bind(
        &[c('k'), k(KeyCode::Up)],
        "k ↑",
        quiz(QuizAction::Up),
        "scroll up",
    ),
    bind(&[c('p')], "p", Action::Dashboard, "progress dashboard"),
    hint(LEAVE_QUIZ, "quit"),
];

const QUIZ_RESULT: &[Binding] = &[
    hint(
        bind(
            &[c('r')],
            "r",
            quiz(QuizAction::RetryMissed),
            "retry the missed questions",
        ),
        "retry missed",
    ),
    hint(
        bind(
            &[c('a')],
            "a",
            quiz(QuizAction::RetakeAll),
            "retake the whole quiz",
        ),
        "retake all",
    ),
    bind(
        &[c('j'), k(KeyCode::Down)],
        "j ↓",
        quiz(QuizAction::Down),
        "scroll down",
    ),
    bind(
        &[c('k'), k(KeyCode::Up)],
        "k ↑",
        quiz(QuizAction::Up),
        "scroll up",
    ),
    bind(&[c('p')], "p", Action::Dashboard, "progress dashboard"),
    hint(LEAVE_QUIZ, "back"),
];

const DASHBOARD: &[Binding] = &[hint(
    bind(
        &[c('q'), k(KeyCode::Esc), c('p')],
        "q Esc p",
        Action::Back,
        "back",
    ),
    "back",
)];

const HELP: &[Binding] = &[bind(
    &[k(KeyCode::Esc)],
    "any key",
    Action::Back,
    "close this help",
)];

const LIST_MOVES: [Binding; 4] = [
    bind(
        &[c('j'), k(KeyCode::Down), k(KeyCode::Tab)],
        "j ↓",
        pick(ListAction::Move(1)),
        "next entry",
    ),
    bind(
        &[c('k'), k(KeyCode::Up), k(KeyCode::BackTab)],
        "k ↑",
        pick(ListAction::Move(-1)),
        "previous entry",
    ),
    bind(
        &[c('g'), k(KeyCode::Home)],
        "g Home",
        pick(ListAction::First),
        "first entry",
    ),
    bind(
        &[c('G'), k(KeyCode::End)],
        "G End",
        pick(ListAction::Last),
        "last entry",
    ),
];

const OUTLINE: &[Binding] = &[
    LIST_MOVES[0],
    LIST_MOVES[1],
    LIST_MOVES[2],
    LIST_MOVES[3],
    bind(
        &[k(KeyCode::Enter)],
        "Enter",
        pick(ListAction::Open),
        "jump to the heading",
    ),
    bind(
        &[c('q'), k(KeyCode::Esc), c('o')],
        "q Esc o",
        pick(ListAction::Close),
        "close the outline",
    ),
];

const SEARCH: &[Binding] = &[
    bind(
        &[k(KeyCode::Enter)],
        "Enter",
        Action::Prompt(PromptAction::Submit),
        "find (empty: the last search)",
    ),
    bind(
        &[k(KeyCode::Backspace)],
        "Backspace",
        Action::Prompt(PromptAction::Backspace),
        "delete a character",
    ),
    bind(
        &[k(KeyCode::Esc)],
        "Esc",
        Action::Prompt(PromptAction::Cancel),
        "cancel the search",
    ),
];

const REFLECTIONS: &[Binding] = &[
    LIST_MOVES[0],
    LIST_MOVES[1],
    LIST_MOVES[2],
    LIST_MOVES[3],
    bind(
        &[k(KeyCode::Enter)],
        "Enter",
        pick(ListAction::Open),
        "answer the prompt",
    ),
    bind(
        &[c('q'), k(KeyCode::Esc), c('r')],
        "q Esc r",
        pick(ListAction::Close),
        "close the prompts",
    ),
];

const EDITOR: &[Binding] = &[
    bind(
        &[Key::ctrl('s')],
        "Ctrl-s",
        Action::Editor(EditorAction::Save),
        "save the answer",
    ),
    bind(
        &[k(KeyCode::Esc)],
        "Esc",
        Action::Editor(EditorAction::Cancel),
        "close without saving",
    ),
];

const CHECKLIST: &[Binding] = &[
    LIST_MOVES[0],
    LIST_MOVES[1],
    LIST_MOVES[2],
    LIST_MOVES[3],
    bind(
        &[c(' '), k(KeyCode::Enter)],
        "space Enter",
        pick(ListAction::Toggle),
        "tick or untick the item",
    ),
    bind(
        &[c('q'), k(KeyCode::Esc), c('x')],
        "q Esc x",
        pick(ListAction::Close),
        "close the checklist",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    const MODES: [Mode; 13] = [
        Mode::Home,
        Mode::Reader,
        Mode::QuizChoice,
        Mode::QuizTyping,
        Mode::QuizFeedback,
        Mode::QuizResult,
        Mode::Dashboard,
        Mode::Help,
        Mode::Outline,
        Mode::Search,
        Mode::Reflections,
        Mode::Editor,
        Mode::Checklist,
    ];

    #[test]
    fn no_key_is_bound_twice_in_a_mode() {
        for mode in MODES {
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
