//! Colours and text styles for dark and light terminals, or none at all.
//!
//! A theme only ever sets foreground colours and text attributes: a terminal's own
//! background is the user's choice, so no style here may carry a background colour.
//! The 16 named ANSI colours are preferred because they follow the user's palette.
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeKind {
    #[default]
    Dark,
    Light,
}

/// Styles for every element the renderer draws. `Theme::plain()` has no colours and no
/// attributes at all (used with `--color never` / `NO_COLOR`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub kind: ThemeKind,
    /// Whether colours are wanted at all; code is only syntax-highlighted when set,
    /// and inline code is fenced in backticks when not.
    pub color: bool,
    /// Body text.
    pub text: Style,
    /// Heading text, `headings[0]` for level 1 through `headings[5]` for level 6.
    pub headings: [Style; 6],
    /// Words and marks the renderer adds to the text (a listing's `Filename:`).
    pub heading_marker: Style,
    pub emphasis: Style,
    pub strong: Style,
    pub strikethrough: Style,
    pub inline_code: Style,
    /// Highlighted text (HTML `mark`): a terminal's background is the user's, so a
    /// colour and bold stand in for the marker pen.
    pub mark: Style,
    /// Link text.
    pub link: Style,
    /// A link's address shown after its text, and other quiet annotations.
    pub muted: Style,
    pub image: Style,
    pub footnote_ref: Style,
    pub quote_bar: Style,
    pub list_marker: Style,
    pub task_open: Style,
    pub task_done: Style,
    pub rule: Style,
    pub table_border: Style,
    pub table_header: Style,
    /// The frame drawn left of a code block.
    pub code_frame: Style,
    /// The language label on a code block's frame.
    pub code_label: Style,
    /// Code that is not highlighted (unknown language, or no colour).
    pub code: Style,
    /// GitHub-style alerts (`> [!NOTE]` ...): the bar and title of each kind. Code
    /// flags that warn about the code (`does not compile`) take `warning`.
    pub note: Style,
    pub tip: Style,
    pub important: Style,
    pub warning: Style,
    pub caution: Style,
}

impl Theme {
    /// The theme for a terminal background; with `color == false` only attributes
    /// (bold, italic, underline) remain.
    pub fn new(kind: ThemeKind, color: bool) -> Self {
        let theme = match kind {
            ThemeKind::Dark => Self::dark(),
            ThemeKind::Light => Self::light(),
        };
        if color { theme } else { theme.without_colors() }
    }

    /// No colours and no attributes: the output reads as plain text.
    pub fn plain() -> Self {
        let none = Style::new();
        Self {
            kind: ThemeKind::Dark,
            color: false,
            text: none,
            headings: [none; 6],
            heading_marker: none,
            emphasis: none,
            strong: none,
            strikethrough: none,
            inline_code: none,
            mark: none,
            link: none,
            muted: none,
            image: none,
            footnote_ref: none,
            quote_bar: none,
            list_marker: none,
            task_open: none,
            task_done: none,
            rule: none,
            table_border: none,
            table_header: none,
            code_frame: none,
            code_label: none,
            code: none,
            note: none,
            tip: none,
            important: none,
            warning: none,
            caution: none,
        }
    }

    fn with_attributes(kind: ThemeKind) -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let italic = Style::new().add_modifier(Modifier::ITALIC);
        Self {
            kind,
            color: true,
            headings: [
                bold,
                bold,
                bold,
                bold,
                bold.add_modifier(Modifier::ITALIC),
                italic,
            ],
            emphasis: italic,
            strong: bold,
            mark: bold,
            strikethrough: Style::new().add_modifier(Modifier::CROSSED_OUT),
            link: Style::new().add_modifier(Modifier::UNDERLINED),
            code_label: italic,
            table_header: bold,
            ..Self::plain()
        }
    }

    fn dark() -> Self {
        let base = Self::with_attributes(ThemeKind::Dark);
        let muted = Style::new().fg(Color::DarkGray);
        Self {
            headings: [
                base.headings[0].fg(Color::LightCyan),
                base.headings[1].fg(Color::LightBlue),
                base.headings[2].fg(Color::LightMagenta),
                base.headings[3].fg(Color::LightGreen),
                base.headings[4],
                base.headings[5].fg(Color::Gray),
            ],
            heading_marker: muted,
            inline_code: Style::new().fg(Color::Yellow),
            mark: base.mark.fg(Color::LightYellow),
            link: base.link.fg(Color::LightBlue),
            muted,
            image: Style::new().fg(Color::LightMagenta),
            footnote_ref: Style::new().fg(Color::LightCyan),
            quote_bar: Style::new().fg(Color::Gray),
            list_marker: Style::new().fg(Color::LightCyan),
            task_open: muted,
            task_done: Style::new().fg(Color::LightGreen),
            rule: muted,
            table_border: muted,
            table_header: base.table_header.fg(Color::LightCyan),
            code_frame: muted,
            code_label: base.code_label.fg(Color::DarkGray),
            note: Style::new().fg(Color::LightBlue),
            tip: Style::new().fg(Color::LightGreen),
            important: Style::new().fg(Color::LightMagenta),
            warning: Style::new().fg(Color::Yellow),
            caution: Style::new().fg(Color::LightRed),
            ..base
        }
    }

    fn light() -> Self {
        let base = Self::with_attributes(ThemeKind::Light);
        // Bright ANSI colours wash out on white, so the light theme keeps to the
        // normal-intensity ones and a few darker 256-colour shades.
        let muted = Style::new().fg(Color::Indexed(244));
        Self {
            headings: [
                base.headings[0].fg(Color::Blue),
                base.headings[1].fg(Color::Magenta),
                base.headings[2].fg(Color::Indexed(30)),
                base.headings[3].fg(Color::Green),
                base.headings[4],
                base.headings[5].fg(Color::Indexed(242)),
            ],
            heading_marker: muted,
            inline_code: Style::new().fg(Color::Indexed(124)),
            mark: base.mark.fg(Color::Indexed(130)),
            link: base.link.fg(Color::Blue),
            muted,
            image: Style::new().fg(Color::Magenta),
            footnote_ref: Style::new().fg(Color::Blue),
            quote_bar: Style::new().fg(Color::Indexed(246)),
            list_marker: Style::new().fg(Color::Blue),
            task_open: muted,
            task_done: Style::new().fg(Color::Green),
            rule: muted,
            table_border: muted,
            table_header: base.table_header.fg(Color::Blue),
            code_frame: muted,
            code_label: base.code_label.fg(Color::Indexed(244)),
            note: Style::new().fg(Color::Blue),
            tip: Style::new().fg(Color::Green),
            important: Style::new().fg(Color::Magenta),
            warning: Style::new().fg(Color::Indexed(130)),
            caution: Style::new().fg(Color::Red),
            ..base
        }
    }

    fn without_colors(mut self) -> Self {
        self.color = false;
        for style in self.styles_mut() {
            style.fg = None;
            style.bg = None;
        }
        self
    }

    /// Every style in the theme, for checks that must hold of all of them.
    pub fn styles(&self) -> Vec<Style> {
        let mut copy = self.clone();
        copy.styles_mut().into_iter().map(|s| *s).collect()
    }

    fn styles_mut(&mut self) -> Vec<&mut Style> {
        let Self {
            kind: _,
            color: _,
            text,
            headings,
            heading_marker,
            emphasis,
            strong,
            strikethrough,
            inline_code,
            mark,
            link,
            muted,
            image,
            footnote_ref,
            quote_bar,
            list_marker,
            task_open,
            task_done,
            rule,
            table_border,
            table_header,
            code_frame,
            code_label,
            code,
            note,
            tip,
            important,
            warning,
            caution,
        } = self;
        let mut all: Vec<&mut Style> = headings.iter_mut().collect();
        all.extend([
            text,
            heading_marker,
            emphasis,
            strong,
            strikethrough,
            inline_code,
            mark,
            link,
            muted,
            image,
            footnote_ref,
            quote_bar,
            list_marker,
            task_open,
            task_done,
            rule,
            table_border,
            table_header,
            code_frame,
            code_label,
            code,
            note,
            tip,
            important,
            warning,
            caution,
        ]);
        all
    }

    /// The style of a heading of `level` (1–6; other values are clamped).
    pub fn heading(&self, level: u8) -> Style {
        self.headings[usize::from(level.clamp(1, 6)) - 1]
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::new(ThemeKind::Dark, true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_theme_paints_a_background() {
        for theme in [
            Theme::new(ThemeKind::Dark, true),
            Theme::new(ThemeKind::Light, true),
            Theme::new(ThemeKind::Dark, false),
            Theme::plain(),
        ] {
            assert!(theme.styles().iter().all(|s| s.bg.is_none()), "{theme:?}");
        }
    }

    #[test]
    fn plain_has_neither_colour_nor_attributes() {
        assert!(Theme::plain().styles().iter().all(|s| *s == Style::new()));
    }

    #[test]
    fn without_colour_keeps_attributes_only() {
        let theme = Theme::new(ThemeKind::Light, false);
        assert!(theme.styles().iter().all(|s| s.fg.is_none()));
        assert!(theme.strong.add_modifier.contains(Modifier::BOLD));
        assert!(!theme.color);
    }

    #[test]
    fn dark_and_light_differ() {
        let (dark, light) = (
            Theme::new(ThemeKind::Dark, true),
            Theme::new(ThemeKind::Light, true),
        );
        assert_ne!(dark.heading(1), light.heading(1));
        assert_ne!(dark.link, light.link);
        assert_eq!(dark.heading(9), dark.heading(6));
    }
}
