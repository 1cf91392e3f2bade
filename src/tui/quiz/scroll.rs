//! Which lines of the quiz screen's body are in view, and the marks that say more is
//! above or below: feedback under a long question, an explanation shown again, a long
//! result list. Pure arithmetic over line counts, and the drawing of the marks.
//!
//! The view starts where the focus (the feedback, the selected question) is best
//! seen; scrolling moves from there. When not everything fits, a row at the top says
//! "more above" and one at the bottom "more below", each taking the place of a line
//! rather than covering one.
use crate::tui::draw::draw_lines;
use crate::tui::text;
use crate::tui::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// How far scrolling may go while the terminal's size is not known; the view clamps
/// to what it draws.
pub const UNKNOWN_BOUND: isize = 200;

/// What of `total` lines a body of `height` rows shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// The first line shown.
    pub offset: usize,
    /// Rows of lines (the rest are marks).
    pub rows: usize,
    /// Whether lines are hidden above, and below, what is shown.
    pub above: bool,
    pub below: bool,
}

/// Rows a long body keeps for lines: two go to the marks.
fn inner(height: usize) -> usize {
    height.saturating_sub(2).max(1)
}

/// Where the view starts before any scrolling: the least offset that brings the
/// start of `focus` into view with as much of it as fits.
fn base(total: usize, rows: usize, focus: (usize, usize)) -> usize {
    let last = total.saturating_sub(rows);
    focus.1.saturating_sub(rows).min(focus.0).min(last)
}

/// Whether `total` lines need marks in `height` rows: more lines than rows, and
/// room for a mark and a line.
fn long(total: usize, height: usize) -> bool {
    total > height && height >= 3
}

/// The lines of `total` shown in `height` rows, starting from the focus then moved
/// by `scroll`.
pub fn window(total: usize, height: usize, focus: (usize, usize), scroll: isize) -> Window {
    if !long(total, height) {
        let last = total.saturating_sub(height);
        let offset = shifted(base(total, height, focus), scroll, last);
        return Window {
            offset,
            rows: height,
            above: false,
            below: false,
        };
    }
    let rows = inner(height);
    let last = total - rows;
    let offset = shifted(base(total, rows, focus), scroll, last);
    if offset == 0 {
        Window {
            offset: 0,
            rows: height - 1,
            above: false,
            below: true,
        }
    } else if offset >= last {
        // At the end only the top mark is needed: one more line fits.
        Window {
            offset: total - (height - 1),
            rows: height - 1,
            above: true,
            below: false,
        }
    } else {
        Window {
            offset,
            rows,
            above: true,
            below: true,
        }
    }
}

/// How far scrolling can go from the focus, up (negative) and down, before the view
/// stops moving.
pub fn bounds(total: usize, height: usize, focus: (usize, usize)) -> (isize, isize) {
    let rows = if long(total, height) {
        inner(height)
    } else {
        height
    };
    let last = total.saturating_sub(rows);
    let start = base(total, rows, focus);
    let signed = |n: usize| isize::try_from(n).unwrap_or(isize::MAX);
    (-signed(start), signed(last - start))
}

fn shifted(base: usize, scroll: isize, last: usize) -> usize {
    base.saturating_add_signed(scroll).min(last)
}

/// Draws the lines `window` shows in `area`, with its marks.
pub fn draw(buf: &mut Buffer, area: Rect, lines: &[Line<'static>], window: Window, p: &Palette) {
    let mut area = area;
    if window.above && area.height > 0 {
        let mark = Line::styled(text::QUIZ_MORE_ABOVE, p.muted);
        draw_lines(buf, area, &[mark], 0);
        area.y += 1;
        area.height -= 1;
    }
    if window.below && area.height > 0 {
        let mark = Line::styled(text::QUIZ_MORE_BELOW, p.muted);
        let bottom = Rect {
            y: area.bottom() - 1,
            height: 1,
            ..area
        };
        draw_lines(buf, bottom, &[mark], 0);
        area.height -= 1;
    }
    let shown = lines.get(window.offset..).unwrap_or_default();
    draw_lines(buf, area, &shown[..shown.len().min(window.rows)], 0);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_fits_has_no_marks() {
        let w = window(5, 10, (3, 5), 0);
        assert_eq!((w.offset, w.rows, w.above, w.below), (0, 10, false, false));
        assert_eq!(bounds(5, 10, (3, 5)), (0, 0));
    }

    #[test]
    fn feedback_below_a_long_question_says_the_question_is_above() {
        // 30 lines, feedback from 20 to 30, 10 rows: the feedback starts the view.
        let w = window(30, 10, (20, 30), 0);
        assert!(w.above && w.below, "{w:?}");
        assert_eq!((w.offset, w.rows), (20, 8));
        // Scrolling up reaches the top, where only the lower mark is left.
        let (up, down) = bounds(30, 10, (20, 30));
        assert_eq!((up, down), (-20, 2));
        let top = window(30, 10, (20, 30), up);
        assert_eq!(
            (top.offset, top.rows, top.above, top.below),
            (0, 9, false, true)
        );
        let end = window(30, 10, (20, 30), down);
        assert_eq!(
            (end.offset, end.rows, end.above, end.below),
            (21, 9, true, false)
        );
        // Beyond the bounds the view stays put.
        assert_eq!(window(30, 10, (20, 30), 99), end);
        assert_eq!(window(30, 10, (20, 30), -99), top);
    }

    #[test]
    fn tiny_bodies_scroll_without_marks() {
        let w = window(30, 2, (20, 30), 0);
        assert_eq!((w.offset, w.rows, w.above, w.below), (20, 2, false, false));
        assert_eq!(window(0, 0, (0, 0), 5).offset, 0);
    }

    #[test]
    fn marks_take_rows_of_their_own() {
        let lines: Vec<Line<'static>> = (0..30).map(|i| Line::raw(format!("line {i}"))).collect();
        let area = Rect::new(0, 0, 20, 5);
        let mut buf = Buffer::empty(area);
        let p = Palette::new(&crate::theme::Theme::plain());
        draw(&mut buf, area, &lines, window(30, 5, (10, 11), 0), &p);
        let rows: Vec<String> = (0..5)
            .map(|y| (0..20).map(|x| buf[(x, y)].symbol()).collect::<String>())
            .collect();
        assert!(rows[0].starts_with(text::QUIZ_MORE_ABOVE.split_whitespace().next().unwrap()));
        // The focus (line 10) ends the lines in view; the marks have rows of their own.
        assert!(rows[1].starts_with("line 8"), "{rows:?}");
        assert!(rows[3].starts_with("line 10"), "{rows:?}");
        assert!(rows[4].starts_with(text::QUIZ_MORE_BELOW.split_whitespace().next().unwrap()));
    }
}
