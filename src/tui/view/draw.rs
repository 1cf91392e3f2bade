//! Drawing pieces the quiz and dashboard screens share: the reading column, clipped
//! lines, key hints, the right/wrong styles and the too-small notice. Pure functions
//! over a buffer; nothing here knows any screen's state.
use crate::theme::{Theme, ThemeKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The widest reading column, as in the reader.
pub(super) const COLUMN: u16 = 100;

/// A key and what it does, for a footer.
pub(super) type KeyHint = (String, String);

/// A right answer, a passed attempt.
pub(super) fn right_style(theme: &Theme) -> Style {
    theme.task_done.patch(theme.strong)
}

/// A wrong answer, a failed attempt. The theme has no red of its own, so it is
/// chosen here by background kind, and only when colour is on.
pub(super) fn wrong_style(theme: &Theme) -> Style {
    let red = match theme.kind {
        ThemeKind::Dark => Color::LightRed,
        ThemeKind::Light => Color::Red,
    };
    let base = if theme.color {
        Style::new().fg(red)
    } else {
        Style::new()
    };
    base.patch(theme.strong)
}

/// `text` cut to `width` display columns, ending in `…` when cut.
pub(super) fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let room = width.saturating_sub(1);
    let mut used = 0;
    let mut out = String::new();
    for grapheme in text.graphemes(true) {
        let w = grapheme.width();
        if used + w > room {
            break;
        }
        used += w;
        out.push_str(grapheme);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// The area less a margin of one column each side when there is room, at most
/// [`COLUMN`] wide and centred.
pub(super) fn reading_column(area: Rect) -> Rect {
    let margin = u16::from(area.width > 40);
    let inner = area.width.saturating_sub(2 * margin);
    let width = inner.min(COLUMN);
    let x = area.x + margin + (inner - width) / 2;
    Rect::new(x, area.y, width, area.height)
}

/// Draws `lines` from `offset` on, one per row, clipped to `area`.
pub(super) fn draw_lines(buf: &mut Buffer, area: Rect, lines: &[Line<'_>], offset: usize) {
    let area = area.intersection(buf.area);
    for (row, line) in (area.top()..area.bottom()).zip(lines.iter().skip(offset)) {
        buf.set_line(area.x, row, line, area.width);
    }
}

/// The first line to show of `total` in `height` rows: the least that brings the
/// start of `focus` into view with as much of the range as fits, then `scroll` more,
/// never past the end.
pub(super) fn body_offset(
    total: usize,
    height: usize,
    focus: (usize, usize),
    scroll: usize,
) -> usize {
    let last = total.saturating_sub(height);
    let base = focus.1.saturating_sub(height).min(focus.0).min(last);
    base.saturating_add(scroll).min(last)
}

/// `key what · key what`, dropping the hints that do not fit.
pub(super) fn key_hints(keys: &[KeyHint], width: usize, theme: &Theme) -> Line<'static> {
    let mut spans = Vec::new();
    let mut used = 0;
    for (key, what) in keys {
        let gap = if spans.is_empty() { 0 } else { 2 };
        let need = gap + key.width() + 1 + what.width();
        if used + need > width {
            break;
        }
        if gap > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(key.clone(), theme.strong));
        spans.push(Span::styled(format!(" {what}"), theme.muted));
        used += need;
    }
    Line::from(spans)
}

/// The one-line notice shown when the screen is too small for anything else.
pub(super) fn too_small(area: Rect, buf: &mut Buffer, theme: &Theme) {
    let text = fit(crate::tui::text::SCREEN_TOO_SMALL, usize::from(area.width));
    draw_lines(buf, area, &[Line::styled(text, theme.muted)], 0);
}
