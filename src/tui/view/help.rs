//! The help overlay: every key of the screen underneath, in a box over it.
use super::super::app::{App, Screen};
use super::super::text;
use super::put;
use crate::tui::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

pub struct HelpView<'a> {
    pub rows: &'static [(&'static str, &'static str)],
    pub palette: &'a Palette,
}

impl<'a> HelpView<'a> {
    pub fn new(app: &'a App<'_>) -> Self {
        let rows = match app.screen {
            Screen::Home => text::HELP_HOME,
            Screen::Reader => text::HELP_READER,
            Screen::Quiz => text::HELP_QUIZ,
            Screen::Dashboard => text::HELP_DASHBOARD,
        };
        Self {
            rows,
            palette: &app.palette,
        }
    }
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let key_width = self
            .rows
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0);
        let rows = u16::try_from(self.rows.len()).unwrap_or(u16::MAX);
        let width = area.width.saturating_sub(4).min(64);
        let height = area.height.min(rows.saturating_add(2));
        let popup = Rect::new(
            area.x + (area.width - width) / 2,
            area.y + (area.height - height) / 2,
            width,
            height,
        );
        Clear.render(popup, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(self.palette.border)
            .title(Span::styled(text::HELP_TITLE, self.palette.title));
        let inner = block.inner(popup);
        block.render(popup, buf);
        for ((key, what), y) in self.rows.iter().zip(inner.y..inner.bottom()) {
            let line = Line::from(vec![
                Span::styled(format!(" {key:<key_width$}  "), self.palette.heading),
                Span::styled(*what, self.palette.text),
            ]);
            put(buf, inner, inner.x, y, &line);
        }
    }
}
