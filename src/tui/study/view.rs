//! Drawing the popups over the reader: a boxed list with a selection (the reflection
//! prompts, the checklist, and the reader's outline), and the answer editor. Reads only.
use super::{AnswerEditor, Row};
use crate::tui::draw::{fit, put, wrap_words};
use crate::tui::text;
use crate::tui::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

/// A box at most `width`×`height`, centred in `area` with a column spare each side.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = area.width.saturating_sub(2).min(width);
    area.centered(
        Constraint::Length(width),
        Constraint::Length(height.min(area.height)),
    )
}

/// The rows a list of `rows` entries wants: one each, at least one, and the border.
pub fn list_height(rows: usize) -> u16 {
    u16::try_from(rows.max(1) + 2).unwrap_or(u16::MAX)
}

/// A bordered box with a title, cleared, returning the area inside the border.
fn boxed(buf: &mut Buffer, popup: Rect, p: &Palette, title: &str) -> Rect {
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(p.border)
        .title(Span::styled(title.to_owned(), p.title));
    let inner = block.inner(popup);
    block.render(popup, buf);
    inner
}

/// A boxed list in `popup`: each row a label and, muted after it, a note; the
/// selected row is kept in view.
pub fn popup_list(
    buf: &mut Buffer,
    popup: Rect,
    p: &Palette,
    (title, empty): (&str, &str),
    rows: &[Row],
    selected: usize,
) {
    let inner = boxed(buf, popup, p, title);
    if rows.is_empty() {
        put(
            buf,
            inner,
            inner.x,
            inner.y,
            &Line::styled(empty.to_owned(), p.muted),
        );
        return;
    }
    let width = usize::from(inner.width).saturating_sub(1);
    let first = selected.saturating_sub(usize::from(inner.height).saturating_sub(1));
    for ((i, (label, note)), y) in rows
        .iter()
        .enumerate()
        .skip(first)
        .zip(inner.y..inner.bottom())
    {
        let style = if i == selected { p.selected } else { p.text };
        let label = fit(&format!(" {label}"), width);
        let room = width.saturating_sub(unicode_width::UnicodeWidthStr::width(label.as_str()) + 3);
        let mut spans = vec![Span::styled(label, style)];
        if !note.is_empty() && room > 4 {
            spans.push(Span::styled(format!(" — {}", fit(note, room)), p.muted));
        }
        put(buf, inner, inner.x, y, &Line::from(spans));
    }
}

/// The answer editor: the prompt above, the text area below.
pub struct EditorView<'a> {
    pub editor: &'a AnswerEditor,
    pub palette: &'a Palette,
}

impl Widget for &EditorView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = self.palette;
        let inner = boxed(buf, centred(area, 70, 14), p, text::EDITOR_TITLE);
        let wrapped = wrap_words(&self.editor.question, usize::from(inner.width));
        let shown = wrapped.len().min(usize::from(inner.height) / 2);
        let question_rows = u16::try_from(shown).unwrap_or(0);
        let confirm_rows = u16::from(self.editor.confirming);
        let [question, _, field, confirm] = inner.layout(&Layout::vertical([
            Constraint::Length(question_rows),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(confirm_rows),
        ]));
        for (line, y) in wrapped.iter().take(shown).zip(question.y..) {
            put(
                buf,
                question,
                question.x,
                y,
                &Line::styled(line.clone(), p.heading),
            );
        }
        self.editor.area.as_ref().render(field, buf);
        if self.editor.confirming {
            let ask = Line::styled(
                fit(text::EDITOR_CONFIRM, usize::from(confirm.width)),
                p.notice,
            );
            put(buf, confirm, confirm.x, confirm.y, &ask);
        }
    }
}
