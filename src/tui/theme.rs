//! Styles of the tutor's own chrome (headers, lists, gauges, search matches), derived
//! from the renderer's [`Theme`] so one `--theme`/`--color` choice governs everything.
//!
//! Like the renderer's theme it only sets foreground colours and attributes, never a
//! background: selection and search matches use reverse video and underline, which
//! follow whatever colours the user's terminal has.
use crate::theme::Theme;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette {
    pub title: Style,
    pub heading: Style,
    pub text: Style,
    pub muted: Style,
    pub accent: Style,
    pub selected: Style,
    pub matched: Style,
    pub current_match: Style,
    pub done: Style,
    pub border: Style,
    pub notice: Style,
}

impl Palette {
    pub fn new(theme: &Theme) -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let plain = Self {
            title: bold,
            heading: bold,
            text: Style::new(),
            muted: Style::new(),
            accent: Style::new(),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            matched: Style::new().add_modifier(Modifier::UNDERLINED),
            current_match: Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            done: Style::new(),
            border: Style::new(),
            notice: bold,
        };
        if !theme.color {
            return plain;
        }
        Self {
            title: theme.heading(1),
            heading: theme.heading(2),
            muted: theme.muted,
            accent: theme.list_marker,
            done: theme.task_done,
            border: theme.muted,
            notice: bold.fg(Color::Yellow),
            ..plain
        }
    }
}
