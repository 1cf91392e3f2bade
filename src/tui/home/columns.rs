//! The columns of the home screen's rows: the chapter number's digits, then each
//! figure's width, the same on every row so that numbers line up on the right, and
//! which figures a narrow window drops to leave a title room.
use super::HomeView;
use super::cells::{Cell, RowCells};
use unicode_width::UnicodeWidthStr;

/// Columns between two figures of a row.
pub(super) const GAP: usize = 2;
/// `▸ ` or two blanks: the selection's mark.
pub(super) const MARKER: usize = 2;
/// The least room a chapter's title keeps before figures are dropped (the checklist
/// first, then the quiz).
const TITLE_ROOM: usize = 24;

/// The widths of a row's parts, the same for every row so the figures line up.
#[derive(Debug, Clone, Copy)]
pub(super) struct Columns {
    /// Digits of the highest chapter number (0 in a book, whose labels carry theirs).
    pub number: usize,
    pub read: usize,
    pub tasks: usize,
    pub quiz: usize,
}

impl Columns {
    /// The figures' columns at their widest, then narrowed to leave the title room.
    pub(super) fn new(view: &HomeView<'_>, width: usize) -> Self {
        let home = view.home;
        let widest = |pick: fn(&RowCells) -> Option<&Cell>| {
            (0..home.items().len())
                .filter_map(|i| home.cells(i).and_then(pick))
                .map(|c| c.text.width())
                .max()
                .unwrap_or(0)
        };
        let number = if view.course.is_book() {
            0
        } else {
            view.course.chapters.len().to_string().len()
        };
        let mut columns = Self {
            number,
            read: widest(|c| c.read.as_ref()),
            tasks: widest(|c| c.tasks.as_ref()),
            quiz: widest(|c| c.quiz.as_ref()),
        };
        if columns.title(width) < TITLE_ROOM {
            columns.tasks = 0;
        }
        if columns.title(width) < TITLE_ROOM {
            columns.quiz = 0;
        }
        columns
    }

    /// The figures' width, gaps included.
    fn figures(self) -> usize {
        [self.read, self.tasks, self.quiz]
            .iter()
            .filter(|&&w| w > 0)
            .map(|w| w + GAP)
            .sum()
    }

    /// Room for a title (number included) on a row of `width` after the marker.
    pub(super) fn title(self, width: usize) -> usize {
        width.saturating_sub(MARKER + self.figures())
    }
}
