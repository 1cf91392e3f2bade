//! Drawing the dashboard: its title, the lines in view, and a footer with its keys and
//! which lines are shown. Reads only; at any size it draws what fits and never writes
//! outside its area.
use super::Dashboard;
use crate::tui::draw::{
    column_or_notice, draw_lines, fit, header_body_footer, key_hints, split_row,
};
use crate::tui::keymap::{Mode, keymap};
use crate::tui::text;
use crate::tui::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

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
        let width = usize::from(column.width);
        let dashboard = self.dashboard;
        draw_lines(
            buf,
            title,
            &[Line::styled(fit(dashboard.title(), width), p.title)],
            0,
        );
        draw_lines(buf, body, dashboard.lines(), dashboard.scroll());
        let total = dashboard.lines().len();
        let first = dashboard.scroll();
        let last = (first + usize::from(body.height)).min(total);
        let place = if first == 0 && last >= total {
            String::new()
        } else {
            text::lines_shown(first + 1, last, total)
        };
        let hints = key_hints(
            keymap(Mode::Dashboard).hints(),
            width.saturating_sub(place.width() + 2),
            p,
        );
        split_row(buf, footer, footer.y, &hints, &Line::styled(place, p.muted));
    }
}
