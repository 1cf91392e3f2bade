//! Where the parts of the home screen go in a window: the course's description, the
//! list and the part of it in view, the gauge and the footer. Drawing and the mouse
//! both read it, so a click lands on the row that is drawn there.
use super::{About, HomeView};
use crate::tui::draw::reading_column;
use ratatui::layout::{Constraint, Layout, Rect};

/// The home screen's parts in a window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HomeLayout {
    pub about: Rect,
    /// Lines of the description shown (the rest is cut, and the last shown says so).
    pub about_rows: usize,
    /// Whether some of the description did not fit.
    pub about_cut: bool,
    /// `Chapters` over the list.
    pub header: Rect,
    pub list: Rect,
    /// The first entry of the list in view.
    pub first: usize,
    pub gauge: Rect,
    pub footer: Rect,
}

impl HomeView<'_> {
    /// The parts of the screen in `area`.
    pub fn layout(&self, area: Rect) -> HomeLayout {
        let width = usize::from(reading_column(area).width);
        self.layout_of(
            area,
            self.about_lines(width).len(),
            self.footer(width).len(),
        )
    }

    /// The parts of the screen in `area` for a description of `about` lines and a
    /// footer of `footer` rows, both at the column's width.
    pub(super) fn layout_of(&self, area: Rect, about: usize, footer: usize) -> HomeLayout {
        let column = reading_column(area);
        let items = self.home.items().len();
        // Header and gauge take a row each; the rest is the description's and the list's.
        let body = usize::from(column.height).saturating_sub(2 + footer);
        let about_rows = match self.home.about() {
            About::Folded => about.min(2),
            // As much as leaves a row per entry and one blank row, but the title and a
            // line at least.
            About::Fit => body.saturating_sub(items + 1).clamp(2, about.max(2)),
            // All of it, leaving the list a few rows.
            About::Full => about.min(body.saturating_sub(items.min(3))),
        }
        .min(about)
        .min(body.saturating_sub(1));
        let blank = usize::from(about_rows > 0 && body >= about_rows + 1 + items);
        let list_rows = body.saturating_sub(about_rows + blank);
        let first = if items <= list_rows {
            0
        } else {
            let selected = self.home.selected();
            selected
                .saturating_sub(list_rows.saturating_sub(1))
                .min(items - list_rows)
        };
        // The gauge follows the list, a blank row between when there is room; the
        // footer keeps the bottom row.
        let shown = items.min(list_rows);
        let gap = usize::from(list_rows > shown);
        let rows = |n: usize| Constraint::Length(u16::try_from(n).unwrap_or(u16::MAX));
        let [about_area, _, header, list, _, gauge, _, footer_area] =
            column.layout(&Layout::vertical([
                rows(about_rows),
                rows(blank),
                rows(1),
                rows(shown),
                rows(gap),
                rows(1),
                Constraint::Fill(1),
                rows(footer),
            ]));
        HomeLayout {
            about: about_area,
            about_rows,
            about_cut: about_rows < about,
            header,
            list,
            first,
            gauge,
            footer: footer_area,
        }
    }

    /// The entry of the list drawn at `(x, y)` of a screen of `area`, if any.
    pub fn item_at(&self, area: Rect, x: u16, y: u16) -> Option<usize> {
        let layout = self.layout(area);
        let list = layout.list;
        if x < list.left() || x >= list.right() || y < list.top() || y >= list.bottom() {
            return None;
        }
        let index = layout.first + usize::from(y - list.top());
        (index < self.home.items().len()).then_some(index)
    }
}
