//! The help overlay: every key of the screen underneath, built from the keymap tables
//! (so it can never drift from the keys), under a heading per mode, in a box that
//! scrolls when the window is too short for it and says so on its bottom edge.
//!
//! Descriptions wrap under themselves rather than being cut. How far the help may
//! scroll depends only on the window's size, so the app clamps its scroll with
//! [`scrolled`] and the view draws what that leaves.
use super::action::ListAction;
use super::bar::{CONTEXT, ESSENTIAL, Part, fit_parts};
use super::draw::{draw_lines, wrap_breaking};
use super::keymap::{Mode, help_sections, keymap};
use super::study::title;
use super::text;
use super::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_width::UnicodeWidthStr;

/// The widest the help's box gets.
const MAX_WIDTH: u16 = 64;
/// Fewer columns than this for a description, and it goes under its keys instead.
const MIN_DESCRIPTION: usize = 12;

/// One line of the help, before styling.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Row {
    Blank,
    Heading(String),
    /// Keys (blank on a description's later lines) and a piece of what they do.
    Key(String, String),
}

/// The help over a screen: which screen's keys, scrolled how far, drawn how.
pub struct HelpView<'a> {
    pub under: Mode,
    pub scroll: usize,
    pub palette: &'a Palette,
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = self.palette;
        let area = area.intersection(buf.area);
        let (popup, inner_width) = popup(area);
        let rows = rows(self.under, inner_width);
        let height = u16::try_from(rows.len() + 2).unwrap_or(u16::MAX);
        let popup = popup.centered_vertically(Constraint::Length(height));
        Clear.render(popup, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(p.border)
            .title(title(text::HELP_TITLE, text::HELP_KEYS, popup.width, p));
        let inner = block.inner(popup);
        block.render(popup, buf);
        let page = usize::from(inner.height);
        let last = rows.len().saturating_sub(page);
        let first = self.scroll.min(last);
        let lines: Vec<Line<'static>> = rows[first..]
            .iter()
            .take(page)
            .map(|row| styled(row, p))
            .collect();
        draw_lines(buf, inner, &lines, 0);
        if last > 0 && popup.height > 2 {
            let more = text::more(first > 0, first < last);
            let shown = text::help_lines_shown(first + 1, first + lines.len(), rows.len());
            let sign = vec![
                Part::text(shown, p.muted, CONTEXT),
                Part::text(more, p.title, ESSENTIAL).after(Span::raw("  ")),
            ];
            // On the bottom edge, against its right corner, a blank either side.
            let room = usize::from(popup.width).saturating_sub(4);
            let line = fit_parts(sign, room);
            let width = u16::try_from(line.width()).unwrap_or(0);
            if width > 0 {
                let x = popup.right().saturating_sub(width + 3);
                let line =
                    Line::from([vec![Span::raw(" ")], line.spans, vec![Span::raw(" ")]].concat());
                buf.set_line(x, popup.bottom() - 1, &line, width + 2);
            }
        }
    }
}

/// Where the help's box goes in `area` (its full height, centred by the caller on
/// what it needs), and the columns inside its border.
fn popup(area: Rect) -> (Rect, usize) {
    let width = area.width.saturating_sub(4).min(MAX_WIDTH);
    let popup = area.centered_horizontally(Constraint::Length(width));
    (popup, usize::from(width.saturating_sub(2)))
}

/// How far the help over `under` may scroll in a window of `size`, and its page.
fn extent(under: Mode, size: (u16, u16)) -> (usize, usize) {
    let area = Rect::new(0, 0, size.0, size.1);
    let (popup, inner_width) = popup(area);
    let total = rows(under, inner_width).len();
    let page = usize::from(popup.height.saturating_sub(2)).min(total);
    (total.saturating_sub(page), page.max(1))
}

/// The help's scroll after `action`, in a window of `size`: never past its end.
pub fn scrolled(scroll: usize, action: ListAction, under: Mode, size: (u16, u16)) -> usize {
    let (last, page) = extent(under, size);
    let page = isize::try_from(page).unwrap_or(isize::MAX);
    let to = match action {
        ListAction::Move(lines) => scroll.saturating_add_signed(lines),
        ListAction::Page(pages) => scroll.saturating_add_signed(pages.saturating_mul(page)),
        ListAction::First => 0,
        ListAction::Last => last,
        ListAction::Open | ListAction::Toggle | ListAction::Close => scroll,
    };
    to.min(last)
}

/// The help of the screen a mode belongs to, laid out `width` columns wide.
fn rows(under: Mode, width: usize) -> Vec<Row> {
    let sections = help_sections(under);
    let key_width = sections
        .iter()
        .flat_map(|(mode, _)| keymap(*mode).all().map(|b| b.label.width()))
        .chain([text::HELP_WHEEL.width()])
        .max()
        .unwrap_or(0);
    let mut rows = Vec::new();
    for (mode, heading) in sections {
        if !rows.is_empty() {
            rows.push(Row::Blank);
        }
        let heading = wrap_breaking(heading, width.saturating_sub(1));
        rows.extend(heading.into_iter().map(Row::Heading));
        let keys = keymap(*mode).all().map(|b| (b.label, b.help));
        let click = (*mode == Mode::Home).then_some((text::HELP_CLICK, text::HELP_CLICK_HOME));
        for (label, what) in keys.chain(wheel(*mode)).chain(click) {
            key_rows(&mut rows, (label, what), key_width, width);
        }
    }
    rows
}

/// What the mouse wheel does in `mode`, where it does something.
fn wheel(mode: Mode) -> Option<(&'static str, &'static str)> {
    let what = match mode {
        Mode::Home
        | Mode::Outline
        | Mode::Reflections
        | Mode::Checklist
        | Mode::QuizResult
        | Mode::ReviewResult => text::HELP_WHEEL_HOME,
        Mode::Reader | Mode::Dashboard | Mode::QuizFeedback | Mode::QuizDetail => {
            text::HELP_WHEEL_READER
        }
        Mode::Help => text::HELP_WHEEL_HELP,
        _ => return None,
    };
    Some((text::HELP_WHEEL, what))
}

/// A key's rows: its keys in a column `key_width` wide and what they do wrapped beside
/// it, or under it when the column leaves too little room.
fn key_rows(rows: &mut Vec<Row>, (label, what): (&str, &str), key_width: usize, width: usize) {
    let room = width.saturating_sub(key_width + 3);
    if room >= MIN_DESCRIPTION {
        for (i, piece) in wrap_breaking(what, room).into_iter().enumerate() {
            let keys = if i == 0 {
                format!(
                    "{label}{}",
                    " ".repeat(key_width.saturating_sub(label.width()))
                )
            } else {
                " ".repeat(key_width)
            };
            rows.push(Row::Key(keys, piece));
        }
    } else {
        rows.push(Row::Key(label.to_owned(), String::new()));
        let pieces = wrap_breaking(what, width.saturating_sub(3));
        rows.extend(
            pieces
                .into_iter()
                .map(|piece| Row::Key(String::new(), piece)),
        );
    }
}

fn styled(row: &Row, p: &Palette) -> Line<'static> {
    match row {
        Row::Blank => Line::default(),
        Row::Heading(heading) => Line::styled(format!(" {heading}"), p.title),
        Row::Key(keys, what) if keys.is_empty() => Line::styled(format!("   {what}"), p.text),
        Row::Key(keys, what) => Line::from(vec![
            Span::styled(format!(" {keys}  "), p.heading),
            Span::styled(what.clone(), p.text),
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_wrap_under_themselves() {
        let rows = rows(Mode::Reader, 40);
        let first = rows
            .iter()
            .position(|r| matches!(r, Row::Key(_, what) if what.starts_with("take this")))
            .unwrap_or_else(|| panic!("{rows:?}"));
        assert!(matches!(&rows[first + 1], Row::Key(keys, _) if keys.trim().is_empty()));
    }

    #[test]
    fn the_scroll_stops_at_the_end_and_pages_by_the_box() {
        let size = (50, 12);
        let (last, page) = extent(Mode::Reader, size);
        assert_eq!(page, 10, "the box less its border");
        assert_eq!(scrolled(0, ListAction::Page(1), Mode::Reader, size), 10);
        assert_eq!(scrolled(0, ListAction::Last, Mode::Reader, size), last);
        assert_eq!(
            scrolled(last, ListAction::Move(1), Mode::Reader, size),
            last
        );
        assert_eq!(
            scrolled(last, ListAction::Move(-1), Mode::Reader, size),
            last - 1
        );
        assert_eq!(scrolled(3, ListAction::Page(-1), Mode::Reader, size), 0);
        assert_eq!(scrolled(3, ListAction::First, Mode::Reader, size), 0);
    }
}
