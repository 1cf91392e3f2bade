//! The editor for one reflection answer: a `ratatui-textarea` over the saved text.
//! `Ctrl-s` hands the text to the app to save; `Esc` closes without saving.
use crate::tui::action::EditorAction;
use crate::tui::keymap::{Key, KeyCode};
use ratatui_textarea::{CursorMove, Input, TextArea};

#[derive(Debug, Clone)]
pub struct AnswerEditor {
    /// Index of the prompt among the chapter's prompts.
    pub prompt: usize,
    /// The prompt's text, shown above the field.
    pub question: String,
    pub area: Box<TextArea<'static>>,
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
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Self {
            prompt,
            question: question.to_owned(),
            area: Box::new(area),
        }
    }

    pub fn update(&mut self, action: EditorAction) -> Option<EditorEvent> {
        match action {
            EditorAction::Save => Some(EditorEvent::Save(
                self.area.lines().join("\n").trim_end().to_owned(),
            )),
            EditorAction::Cancel => Some(EditorEvent::Cancel),
            EditorAction::Key(key) => {
                self.area.input(input(key));
                None
            }
        }
    }
}

/// Our key as the text area's input.
fn input(key: Key) -> Input {
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
