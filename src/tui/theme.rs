//! Styles of the tutor's own chrome (headers, lists, gauges, search matches, right and
//! wrong answers), derived from the renderer's [`Theme`] so one `--theme`/`--color`
//! choice governs everything. Every screen draws its chrome with these and nothing else.
//!
//! Like the renderer's theme it only sets foreground colours and attributes, never a
//! background: selection and search matches use reverse video and underline, which
//! follow whatever colours the user's terminal has.
use crate::theme::{Theme, ThemeKind};
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
    /// Emphasis in chrome: a key in a hint, the highlighted choice.
    pub strong: Style,
    /// A right answer, a passed attempt.
    pub right: Style,
    /// A wrong answer, a failed attempt, a hint that something is missing.
    pub wrong: Style,
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
            strong: bold,
            right: bold,
            wrong: bold,
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
            right: theme.task_done.patch(bold),
            // The theme has no red of its own: it is chosen here by background kind.
            wrong: bold.fg(match theme.kind {
                ThemeKind::Dark => Color::LightRed,
                ThemeKind::Light => Color::Red,
            }),
            ..plain
        }
    }
}
