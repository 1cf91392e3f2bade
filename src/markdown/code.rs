//! Code blocks as lines: a quiet frame with the language label, a gutter, and the code
//! itself, highlighted or plain. Code is never wrapped; its lines may be wider than
//! the screen, and the frame never paints a background.
use ratatui::style::Style;

use super::document::{CodeBlock, Content};
use super::highlight::{Highlighted, HighlightedLine};
use super::lines::{Lines, Restyle};
use super::wrap::Wrapped;
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
