//! What can open over a screen: the help, the reader's outline and search prompt, and
//! the study popups (reflection prompts, the answer editor, the checklist).
//!
//! The app keeps them as a small stack: the top one gets every key, so precedence is
//! defined once, by the order they were opened (the editor over its prompt list, the
//! help over anything). Each overlay owns its state; the app acts on what it reports.
use super::action::ListAction;
use super::keymap::Mode;
use super::study::{AnswerEditor, Row};

#[derive(Debug, Clone)]
pub enum Overlay {
    /// The keys of the screen underneath (`under` is the mode it was opened in),
    /// scrolled down by `scroll` lines.
    Help {
        under: Mode,
        scroll: usize,
    },
    Outline(Picker),
    /// The search prompt, with what is typed so far.
    Search(String),
    Reflections(Picker),
    Editor(AnswerEditor),
    Checklist(Picker),
}

impl Overlay {
    /// What keys mean while this overlay is on top.
    pub fn mode(&self) -> Mode {
        match self {
            Self::Help { .. } => Mode::Help,
            Self::Outline(_) => Mode::Outline,
            Self::Search(_) => Mode::Search,
            Self::Reflections(_) => Mode::Reflections,
            Self::Editor(editor) if editor.confirming => Mode::EditorConfirm,
            Self::Editor(_) => Mode::Editor,
            Self::Checklist(_) => Mode::Checklist,
        }
    }
}

/// Rows a list's selection moves by a page. No list binds a page key today; a list
/// does not know its height, so its page is a few rows.
const PAGE_ROWS: isize = 5;

/// A list of rows with one selected.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picker {
    pub selected: usize,
    pub rows: Vec<Row>,
}

/// What a list reports back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picked {
    Open(usize),
    Toggle(usize),
    Close,
}

impl Picker {
    pub fn new(rows: Vec<Row>, selected: usize) -> Self {
        let selected = selected.min(rows.len().saturating_sub(1));
        Self { selected, rows }
    }

    pub fn update(&mut self, action: ListAction) -> Option<Picked> {
        let last = self.rows.len().saturating_sub(1);
        match action {
            ListAction::Move(delta) => {
                self.selected = self.selected.saturating_add_signed(delta).min(last);
            }
            ListAction::Page(pages) => {
                let rows = pages.saturating_mul(PAGE_ROWS);
                self.selected = self.selected.saturating_add_signed(rows).min(last);
            }
            ListAction::First => self.selected = 0,
            ListAction::Last => self.selected = last,
            ListAction::Open if !self.rows.is_empty() => return Some(Picked::Open(self.selected)),
            ListAction::Toggle if !self.rows.is_empty() => {
                return Some(Picked::Toggle(self.selected));
            }
            ListAction::Open | ListAction::Toggle => {}
            ListAction::Close => return Some(Picked::Close),
        }
        None
    }
}
