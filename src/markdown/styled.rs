//! A line under construction (styled spans and their width), and how a run's inline
//! attributes map to a style of the theme.
use ratatui::style::Style;

use super::StyledSpan;
use super::document::Flags;
use super::text::width;
use crate::theme::Theme;

/// One wrapped line: its spans and their display width.
#[derive(Debug, Clone, Default)]
pub(crate) struct Wrapped {
    pub spans: Vec<StyledSpan>,
    pub width: usize,
}

impl Wrapped {
    /// Appends text in a style, extending the last span when the style is the same.
    pub fn push_styled(&mut self, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        self.width += width(text);
        match self.spans.last_mut() {
            Some(last) if last.style == style && last.link.is_none() => last.text.push_str(text),
            _ => self.spans.push(StyledSpan {
                text: text.to_owned(),
                style,
                link: None,
            }),
        }
    }
}

/// The style of a run with `flags`, laid over `base` (heading, table header, ...).
pub(crate) fn run_style(theme: &Theme, base: Style, flags: Flags) -> Style {
    let layers = [
        (Flags::EMPHASIS, theme.emphasis),
        (Flags::STRONG, theme.strong),
        (Flags::STRIKE, theme.strikethrough),
        (Flags::CODE, theme.inline_code),
        (Flags::MARK, theme.mark),
        (Flags::LINK, theme.link),
        (Flags::NOTE_REF, theme.footnote_ref),
        (Flags::IMAGE, theme.image),
        (Flags::ADDRESS, theme.muted),
        (Flags::MARKER, theme.heading_marker),
    ];
    layers
        .iter()
        .filter(|(flag, _)| flags.contains(*flag))
        .fold(base, |style, (_, layer)| style.patch(*layer))
}
