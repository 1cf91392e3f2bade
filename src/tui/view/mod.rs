//! Drawing: one file per screen, every view only reads state (`impl Widget for &...`).
//!
//! [`draw`] picks the screen, lays the help overlay over it, and shows a one-line
//! notice instead when the terminal is too small. Nothing here changes the app or
//! performs IO; anything costly (layout, search) was done by `update` beforehand.
pub mod dashboard;
mod draw;
pub mod help;
pub mod home;
pub mod quiz;
pub mod reader;
pub mod study;

use super::app::{App, MIN_HEIGHT, MIN_WIDTH, Screen};
use super::text;
use crate::study::CourseStatus;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

/// Draws the whole screen for the app's current state.
pub fn draw(frame: &mut Frame<'_>, app: &App<'_>) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let notice = Line::styled(text::TOO_SMALL, app.palette.notice);
        buf.set_line(area.x, area.y, &notice, area.width);
        return;
    }
    match app.screen {
        Screen::Home => (&home::HomeView::new(app)).render(area, buf),
        Screen::Reader => match &app.reader {
            Some(reader) => (&reader::ReaderView { app, reader }).render(area, buf),
            None => (&home::HomeView::new(app)).render(area, buf),
        },
        Screen::Quiz => match &app.quiz {
            Some(runner) => quiz::QuizView {
                runner,
                theme: &app.theme,
            }
            .render(area, buf),
            None => (&home::HomeView::new(app)).render(area, buf),
        },
        Screen::Dashboard => {
            let status = CourseStatus::new(app.course, app.store.progress());
            dashboard::DashboardView {
                status: &status,
                theme: &app.theme,
                today: app.clock.today(),
            }
            .render(area, buf);
        }
    }
    if app.help {
        (&help::HelpView::new(app)).render(area, buf);
    }
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

/// A text gauge, `█` for the done part and `░` for the rest: coloured glyphs rather
/// than a painted background.
pub fn gauge(percent: u32, width: usize, done: Style, rest: Style) -> Line<'static> {
    let filled = width * usize::try_from(percent.min(100)).unwrap_or(100) / 100;
    Line::from(vec![
        ratatui::text::Span::styled("█".repeat(filled), done),
        ratatui::text::Span::styled("░".repeat(width - filled), rest),
    ])
}

/// Writes `line` at `(x, y)` if the row is inside `area`, cut at the area's right edge.
pub fn put(buf: &mut Buffer, area: Rect, x: u16, y: u16, line: &Line<'_>) {
    if y < area.bottom() && x < area.right() {
        buf.set_line(x, y, line, area.right() - x);
    }
}
