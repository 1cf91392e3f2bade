//! Fitting a one-line bar (a header, a footer, a breadcrumb, a popup's title) into
//! the columns it has, by priority: every screen states what its parts are and how
//! much each matters, and this one rule decides what is shortened or left out.
//!
//! The least important part goes first: shortened (ending in `…`) when it may be and
//! that is enough, else left out whole; then the next. The last part left, if it may
//! be shortened at all, is cut to the width as a last resort (else it goes too), so a
//! bar never overflows. Nothing here knows any screen.
use super::draw::fit;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// How much a part matters: higher stays longer.
pub type Rank = u8;

/// What must stay to the last: a reader's position, a popup's name, a chapter's title.
pub const ESSENTIAL: Rank = Rank::MAX;
/// Worth keeping over hints: where one is (`3 of 10`), a notice.
pub const USEFUL: Rank = 200;
/// Key hints rank between [`USEFUL`] and this, the first hints higher.
pub const HINTS: Rank = 60;
/// Context the screen can do without: the course's name, a popup's keys.
pub const CONTEXT: Rank = 20;

/// One part of a bar: spans drawn together, how much they matter, and whether the
/// last span may be shortened rather than left out.
#[derive(Debug, Clone)]
pub struct Part<'a> {
    spans: Vec<Span<'a>>,
    rank: Rank,
    /// The fewest columns the last span may be cut to; None when it may not be cut.
    shortest: Option<usize>,
    /// Drawn before the part when another part of its side is drawn before it.
    sep: Span<'a>,
}

impl<'a> Part<'a> {
    pub fn new(spans: Vec<Span<'a>>, rank: Rank) -> Self {
        Self {
            spans,
            rank,
            shortest: None,
            sep: Span::raw(""),
        }
    }

    /// A part of one styled text.
    pub fn text(text: impl Into<String>, style: Style, rank: Rank) -> Self {
        Self::new(vec![Span::styled(text.into(), style)], rank)
    }

    /// Lets the last span be cut, ending in `…`, down to `columns` (the `…` included)
    /// before the part is left out.
    #[must_use]
    pub fn shortens_to(mut self, columns: usize) -> Self {
        self.shortest = Some(columns);
        self
    }

    /// Puts `sep` before the part when something of its side comes before it.
    #[must_use]
    pub fn after(mut self, sep: Span<'a>) -> Self {
        self.sep = sep;
        self
    }

    fn width(&self) -> usize {
        self.spans.iter().map(Span::width).sum()
    }

    /// Columns the part may give up by being shortened.
    fn slack(&self) -> usize {
        let last = self.spans.last().map_or(0, Span::width);
        self.shortest
            .map_or(0, |shortest| last.saturating_sub(shortest))
    }

    /// Cuts the last span by `columns`.
    fn shorten(&mut self, columns: usize) {
        if let Some(last) = self.spans.last_mut() {
            let keep = last.width().saturating_sub(columns);
            last.content = fit(&last.content, keep).into();
        }
    }
}

/// `left` parts from the left edge and `right` parts against the right edge of a row
/// `width` columns wide, with at least one blank between the two sides, fitted by
/// priority as this module says. Parts keep their order on screen.
pub fn fit_row<'a>(left: Vec<Part<'a>>, right: Vec<Part<'a>>, width: usize) -> Line<'a> {
    let split = left.len();
    let mut parts: Vec<Option<Part<'a>>> = left.into_iter().chain(right).map(Some).collect();
    // Least important first; of equal rank, the later one.
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by_key(|&i| (parts[i].as_ref().map_or(0, |p| p.rank), usize::MAX - i));
    for i in order {
        let excess = row_width(&parts, split).saturating_sub(width);
        if excess == 0 {
            break;
        }
        let kept = parts.iter().flatten().count();
        let Some(part) = parts[i].as_mut() else {
            continue;
        };
        if part.slack() >= excess {
            part.shorten(excess);
        } else if kept == 1 && part.shortest.is_some() {
            // The last part standing is cut to fit if it may be cut at all.
            part.shorten(excess);
        } else {
            parts[i] = None;
        }
    }
    let right = parts.split_off(split);
    let left = side_spans(parts);
    let right = side_spans(right);
    let used: usize = left.iter().chain(&right).map(Span::width).sum();
    let mut spans = left;
    if !right.is_empty() {
        spans.push(Span::raw(" ".repeat(width.saturating_sub(used))));
        spans.extend(right);
    }
    cut_line(Line::from(spans), width)
}

/// Parts in a row from the left edge (a footer's hints, a title), fitted by priority.
pub fn fit_parts(parts: Vec<Part<'_>>, width: usize) -> Line<'_> {
    fit_row(parts, Vec::new(), width)
}

/// Draws `left` and `right` fitted into row `y` of `area`, one blank in from each
/// edge when the area has room for it.
pub fn draw_row(buf: &mut Buffer, area: Rect, y: u16, left: Vec<Part<'_>>, right: Vec<Part<'_>>) {
    let area = area.intersection(buf.area);
    if y < area.top() || y >= area.bottom() {
        return;
    }
    let margin = u16::from(area.width > 2);
    let width = area.width.saturating_sub(2 * margin);
    let line = fit_row(left, right, usize::from(width));
    buf.set_line(area.x + margin, y, &line, width);
}

/// Columns the kept parts take, with their separators and the blank between sides.
fn row_width(parts: &[Option<Part<'_>>], split: usize) -> usize {
    let side = |parts: &[Option<Part<'_>>]| -> usize {
        parts
            .iter()
            .flatten()
            .enumerate()
            .map(|(n, p)| p.width() + if n > 0 { p.sep.width() } else { 0 })
            .sum()
    };
    let (left, right) = parts.split_at(split.min(parts.len()));
    let (l, r) = (side(left), side(right));
    l + r + usize::from(l > 0 && r > 0)
}

fn side_spans(parts: Vec<Option<Part<'_>>>) -> Vec<Span<'_>> {
    let mut spans = Vec::new();
    for (n, part) in parts.into_iter().flatten().enumerate() {
        if n > 0 && part.sep.width() > 0 {
            spans.push(part.sep);
        }
        spans.extend(part.spans);
    }
    spans
}

/// `line` cut to `width` columns: what the rule above leaves always fits, but a
/// grapheme wider than the room left must not spill over.
fn cut_line(mut line: Line<'_>, width: usize) -> Line<'_> {
    let mut used = 0;
    let mut keep = 0;
    for span in &mut line.spans {
        let w = span.width();
        if used + w > width {
            span.content = fit(&span.content, width - used).into();
            keep += 1;
            break;
        }
        used += w;
        keep += 1;
    }
    line.spans.truncate(keep);
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_width::UnicodeWidthStr;

    fn text(line: &Line<'_>) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    fn crumbs(width: usize) -> String {
        let left = vec![
            Part::text("System Design Fundamentals", Style::new(), CONTEXT).shortens_to(8),
            Part::text("Caching Strategies", Style::new(), ESSENTIAL)
                .shortens_to(6)
                .after(Span::raw(" › ")),
        ];
        let right = vec![Part::text("4 of 10", Style::new(), USEFUL)];
        text(&fit_row(left, right, width))
    }

    #[test]
    fn everything_fits_on_a_wide_row() {
        let row = crumbs(60);
        assert!(row.starts_with("System Design Fundamentals › Caching Strategies "));
        assert!(row.ends_with(" 4 of 10"));
        assert_eq!(row.width(), 60);
    }

    #[test]
    fn the_course_shortens_before_the_chapter() {
        assert_eq!(crumbs(40), "System Des… › Caching Strategies 4 of 10");
        // Too narrow for even a shortened course name: it goes, with its arrow.
        assert_eq!(crumbs(27), "Caching Strategies  4 of 10");
        // Then the position, then the chapter's title is cut.
        assert_eq!(crumbs(20), "Caching Strategies");
        assert_eq!(crumbs(10), "Caching S…");
        assert_eq!(crumbs(1), "…");
        assert_eq!(crumbs(0), "");
    }

    #[test]
    fn hints_drop_the_least_important_first_and_keep_their_order() {
        let hint =
            |word: &'static str, rank| Part::text(word, Style::new(), rank).after(Span::raw("  "));
        let parts = vec![
            hint("one", 5),
            hint("two", 1),
            hint("three", 4),
            hint("help", 9),
        ];
        assert_eq!(text(&fit_parts(parts.clone(), 30)), "one  two  three  help");
        assert_eq!(text(&fit_parts(parts.clone(), 18)), "one  three  help");
        assert_eq!(text(&fit_parts(parts.clone(), 10)), "one  help");
        assert_eq!(text(&fit_parts(parts, 4)), "help");
    }

    fn part() -> impl Strategy<Value = (String, Rank, Option<usize>, bool)> {
        (
            "[a-z界 …]{0,24}",
            any::<Rank>(),
            proptest::option::of(0usize..12),
            any::<bool>(),
        )
    }

    proptest! {
        /// Whatever the parts, the row is never wider than its width, and a row that
        /// fits is drawn whole.
        #[test]
        fn a_row_never_overflows(parts in proptest::collection::vec(part(), 0..8), width in 0usize..90) {
            let (mut left, mut right) = (Vec::new(), Vec::new());
            let mut whole = 0;
            for (text, rank, shortest, on_left) in parts {
                whole += text.width() + 2;
                let mut part = Part::text(text, Style::new(), rank).after(Span::raw("  "));
                if let Some(shortest) = shortest {
                    part = part.shortens_to(shortest);
                }
                if on_left { left.push(part) } else { right.push(part) }
            }
            let all: String = left.iter().chain(&right).flat_map(|p| p.spans.iter()).map(|s| s.content.as_ref()).collect();
            let line = fit_row(left, right, width);
            prop_assert!(line.width() <= width, "{} > {width}", line.width());
            if whole < width {
                let drawn: String = text(&line).split_whitespace().collect();
                prop_assert_eq!(drawn, all.split_whitespace().collect::<String>());
            }
        }
    }
}
