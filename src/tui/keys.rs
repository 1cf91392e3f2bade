//! Keys and mouse events to actions, per screen and mode (SPEC §8: `less`/vim keys).
//!
//! Only key presses count (a release or repeat report from a terminal that sends them
//! must not act twice). The mapping reads the app's state to know the mode (typing a
//! search, outline open) but never changes it.
use super::action::Action;
use super::app::{App, Screen};
use super::study::StudyPopup;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind};

/// Lines scrolled by one notch of the mouse wheel.
const WHEEL: isize = 3;

pub fn action_for(app: &App<'_>, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => key_action(app, *key),
        Event::Mouse(mouse) => {
            let delta = match mouse.kind {
                MouseEventKind::ScrollDown => WHEEL,
                MouseEventKind::ScrollUp => -WHEEL,
                _ => return None,
            };
            match app.screen {
                Screen::Reader if !app.help => Some(Action::Scroll(delta)),
                Screen::Home if !app.help => Some(Action::Select(delta.signum())),
                _ => None,
            }
        }
        Event::Resize(cols, rows) => Some(Action::Resize(*cols, *rows)),
        _ => None,
    }
}

fn key_action(app: &App<'_>, key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c')) {
        return Some(Action::Quit);
    }
    if app.help {
        return Some(Action::ToggleHelp);
    }
    if let Some(reader) = app.reader.as_ref().filter(|_| app.screen == Screen::Reader) {
        if let Some(popup) = &app.study_popup {
            return study_key(popup, key, ctrl);
        }
        if reader.search.input.is_some() {
            return search_key(key);
        }
        if reader.outline.is_some() {
            return list_key(key).or(match key.code {
                KeyCode::Char('o') => Some(Action::Outline),
                _ => None,
            });
        }
    }
    if app.screen == Screen::Quiz
        && let Some(action) = super::quiz::key_action(app, key)
    {
        return Some(action);
    }
    match key.code {
        KeyCode::Char('?') => return Some(Action::ToggleHelp),
        KeyCode::Char('p') => return Some(Action::Dashboard),
        _ => {}
    }
    match app.screen {
        Screen::Home => list_key(key).or(match key.code {
            KeyCode::Char('c') => Some(Action::Continue),
            KeyCode::Char('v') => Some(Action::Review),
            _ => None,
        }),
        Screen::Reader => reader_key(key, ctrl),
        Screen::Quiz | Screen::Dashboard => match key.code {
            KeyCode::Char('q') | KeyCode::Esc => Some(Action::Back),
            _ => None,
        },
    }
}

fn list_key(key: KeyEvent) -> Option<Action> {
    Some(match key.code {
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => Action::Select(1),
        KeyCode::Up | KeyCode::Char('k') | KeyCode::BackTab => Action::Select(-1),
        KeyCode::Home | KeyCode::Char('g') => Action::SelectFirst,
        KeyCode::End | KeyCode::Char('G') => Action::SelectLast,
        KeyCode::Enter => Action::Open,
        KeyCode::Char('q') | KeyCode::Esc => Action::Back,
        _ => return None,
    })
}

/// Keys while a study popup is open: the editor takes every key but its own two.
fn study_key(popup: &StudyPopup, key: KeyEvent, ctrl: bool) -> Option<Action> {
    match popup {
        StudyPopup::Editor { .. } => Some(match key.code {
            KeyCode::Char('s') if ctrl => Action::EditorSave,
            KeyCode::Esc => Action::Back,
            _ => Action::EditorKey(key),
        }),
        StudyPopup::Prompts { .. } => list_key(key).or(match key.code {
            KeyCode::Char('r') => Some(Action::Reflections),
            _ => None,
        }),
        StudyPopup::Checklist { .. } => match key.code {
            KeyCode::Char(' ') => Some(Action::ToggleTick),
            KeyCode::Char('x') => Some(Action::Checklist),
            _ => list_key(key),
        },
    }
}

fn search_key(key: KeyEvent) -> Option<Action> {
    Some(match key.code {
        KeyCode::Enter => Action::SearchSubmit,
        KeyCode::Esc => Action::SearchCancel,
        KeyCode::Backspace => Action::SearchBackspace,
        KeyCode::Char(c) => Action::SearchInput(c),
        _ => return None,
    })
}

fn reader_key(key: KeyEvent, ctrl: bool) -> Option<Action> {
    if ctrl {
        return match key.code {
            KeyCode::Char('d') => Some(Action::Scroll(15)),
            KeyCode::Char('u') => Some(Action::Scroll(-15)),
            KeyCode::Char('f') => Some(Action::Page(1)),
            KeyCode::Char('b') => Some(Action::Page(-1)),
            _ => None,
        };
    }
    Some(match key.code {
        KeyCode::Down | KeyCode::Char('j') => Action::Scroll(1),
        KeyCode::Up | KeyCode::Char('k') => Action::Scroll(-1),
        KeyCode::PageDown | KeyCode::Char(' ') => Action::Page(1),
        KeyCode::PageUp | KeyCode::Char('b') => Action::Page(-1),
        KeyCode::Home | KeyCode::Char('g') => Action::Top,
        KeyCode::End | KeyCode::Char('G') => Action::Bottom,
        KeyCode::Left => Action::ScrollSideways(-8),
        KeyCode::Right => Action::ScrollSideways(8),
        KeyCode::Char('/') => Action::StartSearch,
        KeyCode::Char('n') => Action::NextMatch,
        KeyCode::Char('N') => Action::PreviousMatch,
        KeyCode::Char('o') => Action::Outline,
        KeyCode::Char('[') => Action::PreviousChapter,
        KeyCode::Char(']') => Action::NextChapter,
        KeyCode::Char('t') => Action::TakeQuiz,
        KeyCode::Char('r') => Action::Reflections,
        KeyCode::Char('x') => Action::Checklist,
        KeyCode::Enter => Action::Open,
        KeyCode::Char('q') | KeyCode::Esc => Action::Back,
        _ => return None,
    })
}
