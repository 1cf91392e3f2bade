//! Code blocks as lines: a quiet frame with the language label and the block's flags
//! in words (`rust · does not compile`), a gutter, and the code itself, highlighted or
//! plain. Code is never wrapped; its lines may be wider than the screen, and the frame
//! never paints a background.
use ratatui::style::Style;

use super::document::{CodeBlock, Content};
use super::highlight::{Highlighted, HighlightedLine};
use super::wrap::Wrapped;
use super::{StyledLine, StyledSpan};
use crate::theme::Theme;

const GUTTER: &str = "│ ";

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

/// The gutter and one line of code; exactly one gutter span comes first.
pub(crate) fn code_line(text: &str, segments: Option<&[(usize, Style)]>, theme: &Theme) -> Wrapped {
    let mut line = Wrapped {
        spans: Vec::with_capacity(2 + segments.map_or(0, <[_]>::len)),
        width: 0,
    };
    line.push_styled(GUTTER, theme.code_frame);
    push_code(&mut line.spans, text, segments, theme.code);
    line.width += super::text::width(text);
    line
}

/// Colours code lines laid out plain, now that their highlighting is known.
pub(crate) fn recolour(
    lines: &mut [StyledLine],
    positions: &[CodePosition],
    content: &Content,
    highlights: &[Option<Highlighted>],
    theme: &Theme,
) {
    for position in positions {
        let segments: Option<&HighlightedLine> = highlights
            .get(position.block)
            .and_then(Option::as_ref)
            .and_then(|h| h.get(position.number));
        let text = content
            .code
            .get(position.block)
            .and_then(|b| b.lines.get(position.number));
        let (Some(segments), Some(text), Some(line)) =
            (segments, text, lines.get_mut(position.line))
        else {
            continue;
        };
        line.spans.truncate(position.at);
        push_code(&mut line.spans, text, Some(segments), theme.code);
    }
}

fn push_code(
    spans: &mut Vec<StyledSpan>,
    text: &str,
    segments: Option<&[(usize, Style)]>,
    plain: Style,
) {
    let mut start = 0;
    for &(end, style) in segments.unwrap_or_default() {
        let Some(part) = text.get(start..end) else {
            break;
        };
        push(spans, part, style);
        start = end;
    }
    if let Some(rest) = text.get(start..) {
        push(spans, rest, plain);
    }
}

fn push(spans: &mut Vec<StyledSpan>, text: &str, style: Style) {
    if text.is_empty() {
        return;
    }
    spans.push(StyledSpan {
        text: text.to_owned(),
        style,
        link: None,
    });
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
