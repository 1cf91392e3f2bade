//! Drawing the whole screen: the screen in front, then the overlays over it in the
//! order they opened, or a one-line notice when the terminal is too small.
//!
//! Every view only reads (`impl Widget for &...` over a screen's own state); anything
//! costly (layout, search, the course status) was done in update beforehand.
use super::app::{App, Screen};
use super::dashboard::DashboardView;
use super::draw::{self, MIN_HEIGHT, MIN_WIDTH, reading_area};
use super::home::HomeView;
use super::keymap::{Mode, help_sections, keymap};
use super::overlay::Overlay;
use super::quiz::QuizView;
use super::reader::ReaderView;
use super::study::{EditorView, popup_list};
use super::text;
use super::theme::Palette;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_width::UnicodeWidthStr;

/// Draws the whole screen for the app's current state.
pub fn draw(frame: &mut Frame<'_>, app: &App<'_>) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    let p = app.palette();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        draw::window_too_small(area, buf, p);
        return;
    }
    let typing = match app.overlays().last() {
        Some(Overlay::Search(typed)) => Some(typed.as_str()),
        _ => None,
    };
    let home = HomeView {
        home: app.home(),
        course: app.course(),
        palette: p,
        notice: app.status(),
    };
    match (app.screen(), app.reader(), app.quiz()) {
        (Screen::Reader, Some(reader), _) => (&ReaderView {
            reader,
            course: app.course(),
            palette: p,
            notice: app.status(),
            typing,
        })
            .render(area, buf),
        (Screen::Quiz, _, Some(screen)) => QuizView { screen, palette: p }.render(area, buf),
        (Screen::Dashboard, ..) => DashboardView {
            dashboard: app.dashboard(),
            palette: p,
        }
        .render(area, buf),
        _ => (&home).render(area, buf),
    }
    // A popup opened from another (the editor from its prompt list) replaces it on
    // screen; the help is drawn over whatever is there.
    let overlays = app.overlays();
    let front = overlays
        .iter()
        .rposition(|o| !matches!(o, Overlay::Help { .. }));
    for (i, overlay) in overlays.iter().enumerate() {
        if Some(i) == front || matches!(overlay, Overlay::Help { .. }) {
            draw_overlay(overlay, area, buf, p);
        }
    }
}

fn draw_overlay(overlay: &Overlay, area: Rect, buf: &mut Buffer, p: &Palette) {
    let body = reading_area(area);
    match overlay {
        Overlay::Help { under, scroll } => help(*under, *scroll, area, buf, p),
        // Drawn by the reader's footer.
        Overlay::Search(_) => {}
        Overlay::Outline(list) => {
            let width = body.width.saturating_sub(4).min(70);
            let height = body.height.min(super::study::list_height(list.rows.len()));
            let popup = body
                .centered_horizontally(Constraint::Length(width))
                .intersection(Rect { height, ..body });
            let titles = (text::OUTLINE_TITLE, text::OUTLINE_EMPTY);
            popup_list(buf, popup, p, titles, &list.rows, list.selected);
        }
        Overlay::Reflections(list) => {
            let popup = super::study::centred(body, 74, super::study::list_height(list.rows.len()));
            let titles = (text::REFLECTIONS_TITLE, text::REFLECTIONS_EMPTY);
            popup_list(buf, popup, p, titles, &list.rows, list.selected);
        }
        Overlay::Checklist(list) => {
            let popup = super::study::centred(body, 74, super::study::list_height(list.rows.len()));
            let titles = (text::CHECKLIST_TITLE, text::CHECKLIST_EMPTY);
            popup_list(buf, popup, p, titles, &list.rows, list.selected);
        }
        Overlay::Editor(editor) => (&EditorView { editor, palette: p }).render(body, buf),
    }
}

/// The help: every binding of every mode of the screen underneath, from the keymaps,
/// under a heading per mode, in a box; scrolled by `scroll` lines at most to its end.
fn help(under: Mode, scroll: usize, area: Rect, buf: &mut Buffer, p: &Palette) {
    let sections = help_sections(under);
    let key_width = sections
        .iter()
        .flat_map(|(mode, _)| keymap(*mode).all().map(|b| b.label.width()))
        .chain([text::HELP_WHEEL.width()])
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    for (mode, heading) in sections {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(format!(" {heading}"), p.title));
        let rows = keymap(*mode).all().map(|b| (b.label, b.help));
        let wheel = match mode {
            Mode::Home => Some((text::HELP_WHEEL, text::HELP_WHEEL_HOME)),
            Mode::Reader | Mode::Dashboard => Some((text::HELP_WHEEL, text::HELP_WHEEL_READER)),
            _ => None,
        };
        let click = (*mode == Mode::Home).then_some((text::HELP_CLICK, text::HELP_CLICK_HOME));
        for (label, what) in rows.chain(wheel).chain(click) {
            let pad = key_width.saturating_sub(label.width());
            lines.push(Line::from(vec![
                Span::styled(format!(" {label}{}  ", " ".repeat(pad)), p.heading),
                Span::styled(what, p.text),
            ]));
        }
    }
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let popup = area.centered(
        Constraint::Length(area.width.saturating_sub(4).min(64)),
        Constraint::Length(height.min(area.height)),
    );
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(p.border)
        .title(Span::styled(text::HELP_TITLE, p.title));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let last = lines.len().saturating_sub(usize::from(inner.height));
    draw::draw_lines(buf, inner, &lines, scroll.min(last));
}
