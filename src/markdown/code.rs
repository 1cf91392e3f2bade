//! Code blocks as lines: a quiet frame with the language label and the block's flags
//! in words (`rust · does not compile`), a gutter, and the code itself, highlighted or
//! plain. Code is never wrapped; its lines may be wider than the screen, and the frame
//! never paints a background.
use ratatui::style::Style;

use super::document::{CodeBlock, Content};
use super::highlight::{Highlighted, HighlightedLine};
use super::lines::{Lines, Restyle};
use super::wrap::Wrapped;
use crate::theme::Theme;

const GUTTER: &str = "│ ";
/// The gutter's width in columns.
pub(crate) const GUTTER_WIDTH: usize = 2;

/// Where a code line landed: line `line` of the output shows line `number` of code
/// block `block`, and its code starts at span `at` (after prefix and gutter).
#[derive(Debug, Clone, Copy)]
pub(crate) struct CodePosition {
    pub line: usize,
    pub block: usize,
    pub number: usize,
    pub at: usize,
}

pub(crate) fn top_frame(block: &CodeBlock, theme: &Theme) -> Wrapped {
    let mut top = Wrapped::default();
    top.push_styled("╭─", theme.code_frame);
    if !block.label.is_empty() {
        top.push_styled(" ", theme.code_frame);
        top.push_styled(&block.label, theme.code_label);
    }
    for (index, flag) in block.flags.iter().enumerate() {
        let separator = if index == 0 && block.label.is_empty() {
            " "
        } else {
            " · "
        };
        top.push_styled(separator, theme.code_frame);
        // Code that does not compile or panics is worth a warning colour; how tests
        // treat a block is a quiet note.
        let style = if flag.is_warning() {
            theme.code_label.patch(theme.warning)
        } else {
            theme.code_label
        };
        top.push_styled(flag.words(), style);
    }
    top
}

pub(crate) fn bottom_frame(theme: &Theme) -> Wrapped {
    let mut bottom = Wrapped::default();
    bottom.push_styled("╰─", theme.code_frame);
    bottom
}

/// The gutter and one line of code, added to the line being built in `lines`:
/// exactly one gutter span comes first.
pub(crate) fn push_code_line(
    lines: &mut Lines,
    text: &str,
    segments: Option<&[(usize, Style)]>,
    theme: &Theme,
) {
    lines.push_span(GUTTER, theme.code_frame, None);
    code_parts(text, segments, theme.code, |part, style| {
        lines.push_span(part, style, None);
    });
}

/// Colours code lines laid out plain, now that their highlighting is known.
pub(crate) fn recolour(
    lines: &mut Lines,
    positions: &[CodePosition],
    content: &Content,
    highlights: &[Option<Highlighted>],
    theme: &Theme,
) {
    let edits = positions
        .iter()
        .filter_map(|position| {
            let segments: &HighlightedLine = highlights
                .get(position.block)?
                .as_ref()?
                .get(position.number)?;
            let text = content
                .code
                .get(position.block)?
                .lines
                .get(position.number)?;
            let mut parts = Vec::with_capacity(segments.len() + 1);
            code_parts(text, Some(segments), theme.code, |part, style| {
                parts.push((part.len(), style));
            });
            Some(Restyle {
                line: position.line,
                at: position.at,
                parts,
            })
        })
        .collect();
    lines.restyle(edits);
}

/// The non-empty parts of a line of code, each in its style: the highlighted
/// segments, then whatever they leave, plain.
fn code_parts<'t>(
    text: &'t str,
    segments: Option<&[(usize, Style)]>,
    plain: Style,
    mut each: impl FnMut(&'t str, Style),
) {
    let mut start = 0;
    for &(end, style) in segments.unwrap_or_default() {
        let Some(part) = text.get(start..end) else {
            break;
        };
        if !part.is_empty() {
            each(part, style);
        }
        start = end;
    }
    if let Some(rest) = text.get(start..).filter(|rest| !rest.is_empty()) {
        each(rest, plain);
    }
}
#[cfg(test)]
mod tests {
    use crate::markdown::parse;
    use crate::theme::{Theme, ThemeKind};

    #[test]
    fn the_frame_names_the_language_and_flags_in_words() {
        let src =
            "```rust,ignore,does_not_compile,no_run\nx\n```\n\n```should_panic,panics\ny\n```";
        let plain = parse(src).layout(80, &Theme::plain());
        assert_eq!(plain[0].plain(), "╭─ rust · does not compile · ignore");
        assert_eq!(plain[4].plain(), "╭─ should_panic · panics");
        let theme = Theme::new(ThemeKind::Dark, true);
        let coloured = parse(src).layout(80, &theme);
        let style_of = |text: &str| {
            coloured[0]
                .spans
                .iter()
                .find(|span| span.text == text)
                .map(|span| span.style.fg)
        };
        assert_eq!(style_of("does not compile"), Some(theme.warning.fg));
        assert_eq!(style_of("ignore"), Some(theme.code_label.fg));
    }
}
