//! Drawing pieces every screen shares: the reading column, lines cut to a width, key
//! hints from a keymap, gauges and the too-small notice. Pure functions over a buffer;
//! nothing here knows any screen's state.
use super::bar::{HINTS, Part, USEFUL, fit_parts};
use super::keymap::GLOBAL;
use super::text;
use super::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The widest reading column, for every screen: longer lines are hard to follow.
pub const COLUMN: u16 = 100;

/// Smallest terminal the screens are drawn in; below it, a one-line notice.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// The area less a margin of one column each side when there is room, at most
/// [`COLUMN`] wide and centred.
pub fn reading_column(area: Rect) -> Rect {
    let margin = u16::from(area.width > MIN_WIDTH);
    let inner = area.width.saturating_sub(2 * margin);
    area.centered_horizontally(Constraint::Length(inner.min(COLUMN)))
}

/// A screen's three rows: a header line, the body, a footer line.
pub fn header_body_footer(area: Rect) -> [Rect; 3] {
    area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]))
}

/// The reader's text area inside a screen of `area`: between header and footer, in
/// the reading column.
pub fn reading_area(area: Rect) -> Rect {
    let [_, body, _] = header_body_footer(area);
    reading_column(body)
}

/// `text` cut to `width` display columns, ending in `…` when cut.
pub fn fit(text: &str, width: usize) -> String {
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

/// Words of `text` wrapped to lines of at most `width` columns (a word longer than
/// the width gets a line of its own and is cut by the drawing).
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Words of `text` wrapped to lines of at most `width` columns, a word longer than
/// the width broken between graphemes: for text that must be read whole.
pub fn wrap_breaking(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for line in wrap_words(text, width) {
        if line.width() <= width {
            lines.push(line);
            continue;
        }
        let mut piece = String::new();
        let mut used = 0;
        for grapheme in line.graphemes(true) {
            let w = grapheme.width();
            if used + w > width && !piece.is_empty() {
                lines.push(std::mem::take(&mut piece));
                used = 0;
            }
            piece.push_str(grapheme);
            used += w;
        }
        if !piece.is_empty() {
            lines.push(piece);
        }
    }
    lines
}

/// Draws `lines` from `offset` on, one per row, clipped to `area`.
pub fn draw_lines(buf: &mut Buffer, area: Rect, lines: &[Line<'_>], offset: usize) {
    let area = area.intersection(buf.area);
    for (row, line) in (area.top()..area.bottom()).zip(lines.iter().skip(offset)) {
        buf.set_line(area.x, row, line, area.width);
    }
}

/// Writes `line` at `(x, y)` if the row is inside `area`, cut at the area's right edge.
pub fn put(buf: &mut Buffer, area: Rect, x: u16, y: u16, line: &Line<'_>) {
    if y < area.bottom() && y >= area.top() && x < area.right() {
        buf.set_line(x, y, line, area.right() - x);
    }
}

/// A text gauge, `█` for the done part and `░` for the rest: coloured glyphs rather
/// than a painted background. Rounded down, and full only at 100%: 99% leaves its
/// last cell empty however wide the gauge.
pub fn gauge(percent: u32, width: usize, done: Style, rest: Style) -> Vec<Span<'static>> {
    let mut filled = width * usize::try_from(percent.min(100)).unwrap_or(100) / 100;
    if percent < 100 {
        filled = filled.min(width.saturating_sub(1));
    }
    vec![
        Span::styled("█".repeat(filled), done),
        Span::styled("░".repeat(width - filled), rest),
    ]
}

/// The first line to show of `total` in `height` rows: the least that brings the
/// start of `focus` into view with as much of the range as fits, then `scroll` more,
/// never past the end.
pub fn body_offset(total: usize, height: usize, focus: (usize, usize), scroll: usize) -> usize {
    let last = total.saturating_sub(height);
    let base = focus.1.saturating_sub(height).min(focus.0).min(last);
    base.saturating_add(scroll).min(last)
}

/// `key what  key what`, from a keymap's hints in their order, fitted by priority
/// ([`super::bar`]): the help key stays longest, then the mode's way out (its tables
/// list it last), then `Enter`'s (the mode's main action: open, submit, next), then
/// the other hints in table order, the first ones longest.
pub fn key_hints<'k>(
    hints: impl IntoIterator<Item = (&'k str, &'k str)>,
    width: usize,
    p: &Palette,
) -> Line<'static> {
    fit_parts(hint_parts(hints, p), width)
}

/// The footer's hints as parts of a bar, ranked as [`key_hints`] says.
pub fn hint_parts<'k>(
    hints: impl IntoIterator<Item = (&'k str, &'k str)>,
    p: &Palette,
) -> Vec<Part<'static>> {
    let hints: Vec<(&str, &str)> = hints.into_iter().collect();
    let global = |label: &str| GLOBAL.iter().any(|b| b.label == label);
    let way_out = hints.iter().rposition(|(label, _)| !global(label));
    let mut next = USEFUL - 4;
    hints
        .iter()
        .enumerate()
        .map(|(i, (key, what))| {
            let rank = if global(key) {
                USEFUL - 1
            } else if Some(i) == way_out {
                USEFUL - 2
            } else if key.split_whitespace().any(|k| k == "Enter") {
                USEFUL - 3
            } else {
                let rank = next.max(HINTS);
                next = next.saturating_sub(1);
                rank
            };
            let spans = vec![
                Span::styled((*key).to_owned(), p.strong),
                Span::styled(format!(" {what}"), p.muted),
            ];
            Part::new(spans, rank).after(Span::raw("  "))
        })
        .collect()
}

/// The notice shown when a screen is too small for anything else: `message` wrapped
/// to the area, or the first of the shorter ones in `shorter` that fits; never a word
/// cut in the middle (a lone `…` when not even a word fits).
pub fn too_small(area: Rect, buf: &mut Buffer, p: &Palette, message: &str, shorter: &[&str]) {
    let area = area.intersection(buf.area);
    let (width, height) = (usize::from(area.width), usize::from(area.height));
    let fits = |rows: &Vec<String>| rows.len() <= height && rows.iter().all(|r| r.width() <= width);
    let rows = std::iter::once(message)
        .chain(shorter.iter().copied())
        .map(|m| wrap_words(m, width))
        .find(fits)
        .unwrap_or_else(|| vec![fit("…", width)]);
    let lines: Vec<Line<'_>> = rows
        .into_iter()
        .map(|row| Line::styled(row, p.notice))
        .collect();
    draw_lines(buf, area, &lines, 0);
}

/// The reading column of a screen that needs at least `min` (columns, rows) of
/// `area`; below that, the screen's notice is drawn instead and there is no column.
pub fn column_or_notice(
    area: Rect,
    buf: &mut Buffer,
    p: &Palette,
    min: (u16, u16),
) -> Option<Rect> {
    let area = area.intersection(buf.area);
    if area.width < min.0 || area.height < min.1 {
        too_small(
            area,
            buf,
            p,
            text::SCREEN_TOO_SMALL,
            text::TOO_SMALL_SHORTER,
        );
        return None;
    }
    Some(reading_column(area))
}

/// The notice for a window below the tutor's minimum.
pub fn window_too_small(area: Rect, buf: &mut Buffer, p: &Palette) {
    too_small(area, buf, p, text::TOO_SMALL, text::TOO_SMALL_SHORTER);
}
