//! One laid-out line as the reader draws it: cut to the reading column, wide code
//! scrolled sideways under a gutter that stays put, and search matches and the focused
//! item marked.
//!
//! A code line that goes on past the column's right edge (with more than spaces) ends
//! in `›`; one scrolled past some of its code (indentation too: the whole line moved)
//! shows `‹` where its code starts. Both stand on a cell
//! of their own (half a wide character they cover is blanked), so the line keeps its
//! width. Only lines on screen come here, and a very long code line is read no further
//! than its first hidden character past the edge.
use super::focus::Mark;
use super::search::Match;
use crate::markdown::{LineKind, LineRef};
use crate::tui::text;
use crate::tui::theme::Palette;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// What a line has marked on it.
pub struct Marks<'a> {
    /// Search matches, by characters.
    pub matches: &'a [Match],
    /// Which of `matches` the search last landed on.
    pub current: Option<usize>,
    /// Stretches of the focused item, by display columns.
    pub focused: &'a [Mark],
}

impl Marks<'_> {
    fn is_empty(&self) -> bool {
        self.matches.is_empty() && self.focused.is_empty()
    }
}

/// One column of the drawn line.
#[derive(Clone, PartialEq)]
enum Cell {
    /// Past the line's end.
    Empty,
    /// Bytes of the line's text (a character and any zero-width ones after it).
    Text(usize, usize, Style),
    /// Something drawn over the line: a cut mark, or the blank for half a wide
    /// character.
    Over(&'static str, Style),
    /// The right half of the wide character before it.
    Continued,
}

/// `line` drawn in a column `width` wide, its code (not its prefix or gutter) shifted
/// left by `hscroll` columns.
pub fn draw<'a>(
    line: LineRef<'a>,
    width: usize,
    hscroll: usize,
    marks: &Marks<'_>,
    palette: &Palette,
) -> Line<'a> {
    let code = line.kind() == LineKind::Code;
    let skip = if code { hscroll } else { 0 };
    if marks.is_empty() && skip == 0 && (!code || line.width() <= width) {
        return line.to_line();
    }
    let start = if code { line.code_start() } else { 0 };
    let mut cells = vec![Cell::Empty; width];
    let (mut cut_left, mut cut_right) = (false, false);
    let (mut column, mut index, mut byte) = (0usize, 0usize, 0usize);
    let mut last = None;
    'spans: for span in line.spans() {
        for c in span.text.chars() {
            let (from, w) = (byte, c.width().unwrap_or(0));
            let to = from + c.len_utf8();
            let style = marked(span.style, column, index, marks, palette);
            (byte, index) = (to, index + 1);
            if w == 0 {
                // Joins the character before it, wherever that went.
                if let Some(Cell::Text(_, end, _)) = last.and_then(|at: usize| cells.get_mut(at))
                    && *end == from
                {
                    *end = to;
                }
                continue;
            }
            let here = column;
            column += w;
            last = None;
            let at = if here < start {
                here
            } else if here >= start + skip {
                here - skip
            } else {
                // Scrolled off; a wide character cut in half leaves a blank.
                cut_left = true;
                if column > start + skip && start < width {
                    put(&mut cells, start, Cell::Over(" ", style), 1);
                }
                continue;
            };
            if at + w > width {
                if c != ' ' {
                    cut_right = true;
                    break 'spans;
                }
                continue;
            }
            put(&mut cells, at, Cell::Text(from, to, style), w);
            last = Some(at);
        }
    }
    if cut_left && start < width {
        put(
            &mut cells,
            start,
            Cell::Over(text::CODE_CUT_LEFT, palette.muted),
            1,
        );
    }
    if cut_right && let Some(edge) = width.checked_sub(1) {
        put(
            &mut cells,
            edge,
            Cell::Over(text::CODE_CUT_RIGHT, palette.muted),
            1,
        );
    }
    to_line(line.text(), &cells)
}

/// The style of the character at `column` (the `index`th of its line): its own, with
/// the focus and a search match laid over it.
fn marked(
    style: Style,
    column: usize,
    index: usize,
    marks: &Marks<'_>,
    palette: &Palette,
) -> Style {
    let mut style = style;
    if marks
        .focused
        .iter()
        .any(|m| (m.start..m.end).contains(&column))
    {
        style = style.patch(palette.selected);
    }
    if let Some(k) = marks
        .matches
        .iter()
        .position(|m| (m.start..m.end).contains(&index))
    {
        let mark = if Some(k) == marks.current {
            palette.current_match
        } else {
            palette.matched
        };
        style = style.patch(mark);
    }
    style
}

fn style_of(cell: &Cell) -> Option<Style> {
    match cell {
        Cell::Text(_, _, style) | Cell::Over(_, style) => Some(*style),
        Cell::Empty | Cell::Continued => None,
    }
}

/// Puts `cell`, `w` columns wide, at `at`, blanking the other half of any wide
/// character it covers part of.
fn put(cells: &mut [Cell], at: usize, cell: Cell, w: usize) {
    let end = (at + w.max(1)).min(cells.len());
    if at >= end {
        return;
    }
    if cells[at] == Cell::Continued
        && let Some(before) = at.checked_sub(1)
        && let Some(style) = style_of(&cells[before])
    {
        cells[before] = Cell::Over(" ", style);
    }
    if cells.get(end) == Some(&Cell::Continued)
        && let Some(style) = style_of(&cells[end - 1])
    {
        cells[end] = Cell::Over(" ", style);
    }
    cells[at] = cell;
    for rest in &mut cells[at + 1..end] {
        *rest = Cell::Continued;
    }
}

fn to_line<'a>(text: &'a str, cells: &[Cell]) -> Line<'a> {
    let used = cells
        .iter()
        .rposition(|c| *c != Cell::Empty)
        .map_or(0, |at| at + 1);
    let mut spans: Vec<Span<'a>> = Vec::new();
    for cell in &cells[..used] {
        let (part, style) = match *cell {
            Cell::Text(from, to, style) => (text.get(from..to).unwrap_or_default(), style),
            Cell::Over(part, style) => (part, style),
            Cell::Empty => (" ", Style::new()),
            Cell::Continued => continue,
        };
        match spans.last_mut() {
            Some(last) if last.style == style => last.content.to_mut().push_str(part),
            _ => spans.push(Span::styled(part.to_owned(), style)),
        }
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::parse;
    use crate::theme::Theme;

    /// Line 1 of `code` in a block, drawn `width` wide scrolled by `hscroll`.
    fn spans(code: &str, width: usize, hscroll: usize, matches: &[Match]) -> Vec<Span<'static>> {
        let lines = parse(&format!("```\n{code}\n```"))
            .render(80, &Theme::plain())
            .lines;
        let marks = Marks {
            matches,
            current: None,
            focused: &[],
        };
        let palette = Palette::new(&Theme::plain());
        let line = lines.get(1).expect("a code line");
        assert_eq!(line.code_start(), 2, "after the gutter");
        let drawn = draw(line, width, hscroll, &marks, &palette);
        drawn
            .spans
            .into_iter()
            .map(|s| Span::styled(s.content.into_owned(), s.style))
            .collect()
    }

    /// The same, as text.
    fn drawn(code: &str, width: usize, hscroll: usize, matches: &[Match]) -> String {
        spans(code, width, hscroll, matches)
            .iter()
            .map(|s| s.content.as_ref())
            .collect()
    }

    #[test]
    fn code_cut_at_either_edge_is_marked_and_keeps_its_gutter() {
        assert_eq!(drawn("abcdefgh", 20, 0, &[]), "│ abcdefgh");
        assert_eq!(drawn("abcdefgh", 10, 0, &[]), "│ abcdefgh");
        assert_eq!(drawn("abcdefgh", 9, 0, &[]), "│ abcdef›");
        assert_eq!(drawn("abcdefgh", 9, 2, &[]), "│ ‹defgh");
        assert_eq!(drawn("abcdefghij", 9, 2, &[]), "│ ‹defgh›");
        // Scrolled past indentation: still marked, as every line moved is; spaces
        // past the right edge are nothing more to see.
        assert_eq!(drawn("  ab   ", 5, 2, &[]), "│ ‹b ");
        assert_eq!(drawn("", 5, 2, &[]), "│ ");
    }

    #[test]
    fn a_wide_character_cut_by_an_edge_or_a_mark_leaves_a_blank() {
        assert_eq!(drawn("ab漢字cd", 7, 0, &[]), "│ ab漢›");
        assert_eq!(drawn("ab漢字cd", 7, 1, &[]), "│ ‹漢 ›");
        assert_eq!(drawn("ab漢字cd", 7, 3, &[]), "│ ‹字cd");
        assert_eq!(drawn("漢字", 20, 1, &[]), "│ ‹字");
    }

    #[test]
    fn zero_width_characters_stay_on_their_base_and_matches_count_them() {
        // Characters of the whole line, gutter included: `y` is the sixth.
        let found = [Match {
            line: 1,
            start: 5,
            end: 6,
        }];
        assert_eq!(drawn("xe\u{301}y", 20, 0, &found), "│ xe\u{301}y");
        assert_eq!(drawn("xe\u{301}yz", 5, 1, &found), "│ ‹yz");
        let matched = Palette::new(&Theme::plain()).matched;
        let shown = spans("xe\u{301}yz", 5, 1, &found);
        let y = shown.iter().find(|s| s.content == "y");
        assert_eq!(y.map(|s| s.style), Some(matched), "{shown:?}");
    }
}
