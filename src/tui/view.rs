//! Drawing the whole screen: the screen in front, then the overlays over it in the
//! order they opened, or a notice when the terminal is too small.
//!
//! Every view only reads (`impl Widget for &...` over a screen's own state); anything
//! costly (layout, search, the course status) was done in update beforehand.
use super::app::{App, Screen};
use super::dashboard::DashboardView;
use super::draw::{self, MIN_HEIGHT, MIN_WIDTH, reading_area};
use super::help::HelpView;
use super::home::HomeView;
use super::overlay::Overlay;
use super::quiz::QuizView;
use super::reader::ReaderView;
use super::study::{EditorView, ListPopup, Placement};
use super::text;
use super::theme::Palette;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

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
    let (picker, title, empty, max_width, placement) = match overlay {
        Overlay::Help { under, scroll } => {
            let help = HelpView {
                under: *under,
                scroll: *scroll,
                palette: p,
            };
            return (&help).render(area, buf);
        }
        // Drawn by the reader's footer.
        Overlay::Search(_) => return,
        Overlay::Editor(editor) => return (&EditorView { editor, palette: p }).render(body, buf),
        Overlay::Outline(picker) => (
            picker,
            (text::OUTLINE_TITLE, text::OUTLINE_KEYS),
            text::OUTLINE_EMPTY,
            70,
            Placement::Top,
        ),
        Overlay::Reflections(picker) => (
            picker,
            (text::REFLECTIONS_TITLE, text::REFLECTIONS_KEYS),
            text::REFLECTIONS_EMPTY,
            74,
            Placement::Centred,
        ),
        Overlay::Checklist(picker) => (
            picker,
            (text::CHECKLIST_TITLE, text::CHECKLIST_KEYS),
            text::CHECKLIST_EMPTY,
            74,
            Placement::Centred,
        ),
    };
    let popup = ListPopup {
        title,
        empty,
        rows: &picker.rows,
        selected: picker.selected,
        max_width,
        placement,
        palette: p,
    };
    (&popup).render(body, buf);
}
