//! Drawing the dashboard: its title, the lines in view, and a footer with its keys and
//! which lines are shown. Reads only; at any size it draws what fits and never writes
//! outside its area.
use super::Dashboard;
use crate::tui::bar::{CONTEXT, ESSENTIAL, Part, fit_row};
use crate::tui::draw::{column_or_notice, draw_lines, header_body_footer, hint_parts};
use crate::tui::keymap::{Mode, keymap};
use crate::tui::text;
use crate::tui::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Widget;

const MIN_WIDTH: u16 = 20;
const MIN_HEIGHT: u16 = 3;

#[derive(Clone, Copy)]
pub struct DashboardView<'a> {
    pub dashboard: &'a Dashboard,
    pub palette: &'a Palette,
}

impl Widget for DashboardView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = self.palette;
        let Some(column) = column_or_notice(area, buf, p, (MIN_WIDTH, MIN_HEIGHT)) else {
            return;
        };
        let [title, body, footer] = header_body_footer(column);
        let dashboard = self.dashboard;
        // The dashboard's name stays; the course's shortens, then goes.
        let parts = vec![
            Part::text(text::DASHBOARD_TITLE, p.title, ESSENTIAL),
            Part::text(dashboard.title().to_owned(), p.title, CONTEXT)
                .shortens_to(8)
                .after(Span::styled(text::TITLE_SEP, p.title)),
        ];
        let width = usize::from(column.width);
        draw_lines(buf, title, &[fit_row(parts, Vec::new(), width)], 0);
        draw_lines(buf, body, dashboard.lines(), dashboard.scroll());
        let total = dashboard.lines().len();
        let first = dashboard.scroll();
        let last = (first + usize::from(body.height)).min(total);
        let place = if first == 0 && last >= total {
            String::new()
        } else {
            text::lines_shown(first + 1, last, total)
        };
        // Which lines are shown stays whatever the hints must give up.
        let place = Part::text(place, p.muted, ESSENTIAL);
        let hints = hint_parts(keymap(Mode::Dashboard).hints(), p);
        draw_lines(buf, footer, &[fit_row(hints, vec![place], width)], 0);
    }
}
