//! The progress dashboard: the overall gauge, totals and days studied, the review
//! queue, a reading gauge and quiz mastery per chapter, a calendar of study days with
//! the streaks, and per quiz a chart of its finished attempts against the pass mark.
//!
//! It owns how far it is scrolled and its lines for the window's width, built from the
//! course status and review queue the app keeps for the home screen when it opens, the
//! progress changes or the window does; drawing shows a window of them.
mod build;
mod chart;
mod view;

pub use build::study_days;
pub use view::DashboardView;

use crate::study::CourseStatus;
use crate::study::review::QueueSummary;
use crate::tui::draw::reading_column;
use crate::tui::theme::Palette;
use jiff::civil::Date;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// The dashboard's keys: the reader's way of scrolling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DashboardAction {
    Scroll(isize),
    Page(isize),
    HalfPage(isize),
    Top,
    Bottom,
}

/// What the dashboard shows, as of `today` (UTC).
#[derive(Clone, Copy)]
pub struct Facts<'a> {
    pub status: &'a CourseStatus,
    pub queue: &'a QueueSummary,
    pub today: Date,
    pub palette: &'a Palette,
}

#[derive(Debug, Clone, Default)]
pub struct Dashboard {
    title: String,
    lines: Vec<Line<'static>>,
    /// The first line in view.
    scroll: usize,
    /// Lines in view at once.
    rows: usize,
}

impl Dashboard {
    /// The dashboard of `facts` for a window of `(cols, rows)`, at its top.
    pub fn new(facts: &Facts<'_>, size: (u16, u16)) -> Self {
        let mut dashboard = Self::default();
        dashboard.refresh(facts, size);
        dashboard
    }

    /// Builds the lines again for `facts` in a window of `(cols, rows)`, keeping the
    /// scroll where it was as far as the new lines allow.
    pub fn refresh(&mut self, facts: &Facts<'_>, (cols, rows): (u16, u16)) {
        let area = Rect::new(0, 0, cols, rows);
        let width = usize::from(reading_column(area).width);
        // The course's name; the view puts the dashboard's own name before it.
        self.title.clone_from(&facts.status.title);
        self.lines = build::lines(facts, width);
        // The title and the footer take a row each.
        self.rows = usize::from(rows).saturating_sub(2).max(1);
        self.scroll = self.scroll.min(self.last());
    }

    pub fn update(&mut self, action: DashboardAction) {
        let page = isize::try_from(self.rows).unwrap_or(isize::MAX);
        let by = |delta: isize| match action {
            DashboardAction::Scroll(_) => delta,
            DashboardAction::Page(_) => delta.saturating_mul(page.saturating_sub(1).max(1)),
            _ => delta.saturating_mul((page / 2).max(1)),
        };
        self.scroll = match action {
            DashboardAction::Scroll(d)
            | DashboardAction::Page(d)
            | DashboardAction::HalfPage(d) => {
                self.scroll.saturating_add_signed(by(d)).min(self.last())
            }
            DashboardAction::Top => 0,
            DashboardAction::Bottom => self.last(),
        };
    }

    /// Back to the top, for a dashboard opened again.
    pub fn to_top(&mut self) {
        self.scroll = 0;
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn lines(&self) -> &[Line<'static>] {
        &self.lines
    }

    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// The furthest the dashboard scrolls: its last line at the bottom.
    fn last(&self) -> usize {
        self.lines.len().saturating_sub(self.rows)
    }
}
