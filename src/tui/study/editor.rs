//! The editor for one reflection answer: a `ratatui-textarea` over the saved text,
//! wrapping long lines at words. `Ctrl-s` hands the text to the app to save; `Esc`
//! closes at once when nothing changed, and otherwise asks first: save, discard, or
//! keep editing — nothing typed is thrown away by one key.
use crate::tui::action::EditorAction;
use crate::tui::keymap::{Key, KeyCode};
use ratatui_textarea::{CursorMove, Input, TextArea, WrapMode};

#[derive(Debug, Clone)]
pub struct AnswerEditor {
    /// Index of the prompt among the chapter's prompts.
    pub prompt: usize,
    /// The prompt's text, shown above the field.
    pub question: String,
    pub area: Box<TextArea<'static>>,
    /// The text as saved, to tell whether anything would be lost.
    saved: String,
    /// Asking whether to save what `Esc` would throw away.
    pub confirming: bool,
}

/// What the editor asks of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditorEvent {
    Save(String),
    Cancel,
}

impl AnswerEditor {
    /// An editor over `saved`, the cursor at its end.
    pub fn new(prompt: usize, question: &str, saved: &str) -> Self {
        let mut area = TextArea::new(saved.split('\n').map(str::to_owned).collect());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Self {
            prompt,
            question: question.to_owned(),
            area: Box::new(area),
            saved: saved.to_owned(),
            confirming: false,
        }
    }

    /// The text as it would be saved.
    pub fn text(&self) -> String {
        self.area.lines().join("\n").trim_end().to_owned()
    }

    fn changed(&self) -> bool {
        self.text() != self.saved.trim_end()
    }

    pub fn update(&mut self, action: EditorAction) -> Option<EditorEvent> {
        match action {
            EditorAction::Save => Some(EditorEvent::Save(self.text())),
            EditorAction::Cancel if self.changed() => {
                self.confirming = true;
                None
            }
            EditorAction::Cancel | EditorAction::Discard => Some(EditorEvent::Cancel),
            EditorAction::KeepEditing => {
                self.confirming = false;
                None
            }
            EditorAction::Key(_) if self.confirming => None,
            EditorAction::Key(key) => {
                self.area.input(field_input(key));
                None
            }
        }
    }
}

/// Our key as a text area's input: this editor's, and the quiz's multi-line field's.
pub fn field_input(key: Key) -> Input {
    use ratatui_textarea::Key as Area;
    let key_code = match key.code {
        KeyCode::Char(c) => Area::Char(c),
        KeyCode::Enter => Area::Enter,
        KeyCode::Esc => Area::Esc,
        KeyCode::Backspace => Area::Backspace,
        KeyCode::Delete => Area::Delete,
        KeyCode::Tab | KeyCode::BackTab => Area::Tab,
        KeyCode::Up => Area::Up,
        KeyCode::Down => Area::Down,
        KeyCode::Left => Area::Left,
        KeyCode::Right => Area::Right,
        KeyCode::Home => Area::Home,
        KeyCode::End => Area::End,
        KeyCode::PageUp => Area::PageUp,
        KeyCode::PageDown => Area::PageDown,
    };
    Input {
        key: key_code,
        ctrl: key.ctrl,
        alt: key.alt,
        shift: false,
    }
}
