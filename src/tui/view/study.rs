//! The reader's study popups: the reflection prompts (answered ones marked ✎ with the
//! start of the answer), the answer editor, and the checklist (☐/☑). Reads only.
use super::super::app::App;
use super::super::study::{self, StudyPopup};
use super::super::text;
use super::super::theme::Palette;
use super::draw::fit;
use super::put;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

pub struct StudyView<'a, 'c> {
    pub app: &'a App<'c>,
    pub popup: &'a StudyPopup,
    pub chapter: usize,
}

impl Widget for &StudyView<'_, '_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let items = self
            .app
            .items
            .get(self.chapter)
            .cloned()
            .unwrap_or_default();
        match self.popup {
            StudyPopup::Prompts { selected } => {
                let rows = items
                    .prompts
                    .iter()
                    .map(|p| {
                        let answer = study::answer(self.app, self.chapter, &p.id);
                        let mark = if answer.is_some() {
                            text::ANSWERED
                        } else {
                            " "
                        };
                        let first = answer.and_then(|a| a.lines().next()).unwrap_or("");
                        (format!("{mark} {}", p.text), first.to_owned())
                    })
                    .collect::<Vec<_>>();
                let wanted = u16::try_from(rows.len().max(1) + 2).unwrap_or(u16::MAX);
                popup_list(
                    buf,
                    centred(area, 74, wanted),
                    &self.app.palette,
                    (text::REFLECTIONS_TITLE, text::REFLECTIONS_EMPTY),
                    &rows,
                    *selected,
                );
            }
            StudyPopup::Checklist { selected } => {
                let rows = items
                    .checklist
                    .iter()
                    .map(|item| {
                        let done = study::ticked(self.app, self.chapter, &item.id);
                        let mark = if done { text::TICKED } else { text::UNTICKED };
                        (format!("{mark} {}", item.text), String::new())
                    })
                    .collect::<Vec<_>>();
                let wanted = u16::try_from(rows.len().max(1) + 2).unwrap_or(u16::MAX);
                popup_list(
                    buf,
                    centred(area, 74, wanted),
                    &self.app.palette,
                    (text::CHECKLIST_TITLE, text::CHECKLIST_EMPTY),
                    &rows,
                    *selected,
                );
            }
            StudyPopup::Editor { prompt, editor } => {
                let p = &self.app.palette;
                let popup = centred(area, 70, 14);
                Clear.render(popup, buf);
                let block = Block::default()
                    .borders(Borders::ALL)
                    .border_style(p.border)
                    .title(Span::styled(text::EDITOR_TITLE, p.title));
                let inner = block.inner(popup);
                block.render(popup, buf);
                let question = items.prompts.get(*prompt).map_or("", |q| q.text.as_str());
                let width = usize::from(inner.width);
                let wrapped = super::wrap_words(question, width);
                let shown = wrapped.len().min(usize::from(inner.height) / 2);
                for (line, y) in wrapped.iter().take(shown).zip(inner.y..) {
                    put(
                        buf,
                        inner,
                        inner.x,
                        y,
                        &Line::styled(line.clone(), p.heading),
                    );
                }
                let used = u16::try_from(shown + 1).unwrap_or(0);
                let field = Rect::new(
                    inner.x,
                    inner.y + used.min(inner.height),
                    inner.width,
                    inner.height.saturating_sub(used),
                );
                editor.as_ref().render(field, buf);
            }
        }
    }
}

/// A boxed list in `popup`: each row a label and, muted after it, a note; the
/// selected row is kept in view. Shared by the study popups and the outline.
pub(super) fn popup_list(
    buf: &mut Buffer,
    popup: Rect,
    p: &Palette,
    (title, empty): (&str, &str),
    rows: &[(String, String)],
    selected: usize,
) {
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(p.border)
        .title(Span::styled(title.to_owned(), p.title));
    let inner = block.inner(popup);
    block.render(popup, buf);
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

/// A box at most `width`×`height`, centred in `area`.
fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = area.width.saturating_sub(2).min(width);
    let height = area.height.min(height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}
