//! Drawing the popups over the reader: a boxed list with a selection (the reflection
//! prompts, the checklist, and the reader's outline), and the answer editor. Reads only.
//! Nothing in a list is cut: rows wrap, and the box scrolls to the selected one.
use super::{AnswerEditor, Row};
use crate::tui::bar::{CONTEXT, ESSENTIAL, Part, fit_parts};
use crate::tui::draw::{draw_lines, fit, put, wrap_breaking, wrap_words};
use crate::tui::text;
use crate::tui::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_width::UnicodeWidthStr;

/// A box at most `width`×`height`, centred in `area` with a column spare each side.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = area.width.saturating_sub(2).min(width);
    area.centered(
        Constraint::Length(width),
        Constraint::Length(height.min(area.height)),
    )
}

/// A bordered box, cleared, titled with its name and (left out first when the box is
/// narrow) its keys; returns the area inside the border.
fn boxed(buf: &mut Buffer, popup: Rect, p: &Palette, (name, keys): (&str, &str)) -> Rect {
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(p.border)
        .title(title(name, keys, popup.width, p));
    let inner = block.inner(popup);
    block.render(popup, buf);
    inner
}

/// ` name — keys ` fitted to the top edge of a box `width` wide (corners and the
/// blanks around it left free).
pub fn title(name: &str, keys: &str, width: u16, p: &Palette) -> Line<'static> {
    let room = usize::from(width).saturating_sub(4);
    let parts = vec![
        Part::text(name.to_owned(), p.title, ESSENTIAL),
        Part::text(keys.to_owned(), p.muted, CONTEXT).after(Span::styled(text::TITLE_SEP, p.muted)),
    ];
    let mut line = fit_parts(parts, room);
    if room > 0 {
        line.spans.insert(0, Span::raw(" "));
        line.spans.push(Span::raw(" "));
    }
    line
}

/// Where a list popup sits over the reading area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    Centred,
    /// At the top, under the header: the outline, so the text it jumps in shows below.
    Top,
}

/// A boxed list with one row selected: the reflection prompts, the checklist, the
/// outline. Long rows wrap under their text, past the mark, so every word can be read;
/// the selected row is highlighted on all its lines and kept wholly in view.
pub struct ListPopup<'a> {
    /// The popup's name, and its keys for the title.
    pub title: (&'a str, &'a str),
    /// What it says when there are no rows.
    pub empty: &'a str,
    pub rows: &'a [Row],
    pub selected: usize,
    /// The widest the box may be.
    pub max_width: u16,
    pub placement: Placement,
    pub palette: &'a Palette,
}

impl Widget for &ListPopup<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = self.palette;
        let area = area.intersection(buf.area);
        let width = area.width.saturating_sub(2).min(self.max_width);
        let inner_width = usize::from(width.saturating_sub(2));
        let items: Vec<Vec<Line<'static>>> = if self.rows.is_empty() {
            let empty = wrap_breaking(self.empty, inner_width.saturating_sub(1));
            vec![
                empty
                    .into_iter()
                    .map(|l| Line::styled(format!(" {l}"), p.muted))
                    .collect(),
            ]
        } else {
            self.rows
                .iter()
                .enumerate()
                .map(|(i, row)| row_lines(row, inner_width, i == self.selected, p))
                .collect()
        };
        let wanted = items.iter().map(Vec::len).sum::<usize>().max(1) + 2;
        let height = u16::try_from(wanted).unwrap_or(u16::MAX).min(area.height);
        let popup = match self.placement {
            Placement::Centred => {
                area.centered(Constraint::Length(width), Constraint::Length(height))
            }
            Placement::Top => area
                .centered_horizontally(Constraint::Length(width))
                .intersection(Rect { height, ..area }),
        };
        let inner = boxed(buf, popup, p, self.title);
        let rows = usize::from(inner.height);
        let heights: Vec<usize> = items.iter().map(Vec::len).collect();
        let first = first_shown(
            &heights,
            self.selected.min(items.len().saturating_sub(1)),
            rows,
        );
        let lines: Vec<Line<'static>> = items[first..].iter().flatten().cloned().collect();
        draw_lines(buf, inner, &lines, 0);
        // A sign on the bottom edge when rows are out of view.
        let above = first > 0;
        let below = lines.len() > rows;
        let more = text::more(above, below);
        if !more.is_empty() && popup.height > 2 {
            let sign = Line::styled(format!(" {more} "), p.muted);
            let x = popup
                .right()
                .saturating_sub(2 + u16::try_from(sign.width()).unwrap_or(0));
            put(buf, popup, x.max(popup.x + 1), popup.bottom() - 1, &sign);
        }
    }
}

/// The first item to show so that item `selected`, `heights[selected]` lines tall,
/// ends in view (or, taller than the `rows` there are, starts at the top).
fn first_shown(heights: &[usize], selected: usize, rows: usize) -> usize {
    let mut first = selected;
    let mut used = heights.get(selected).copied().unwrap_or(0);
    while first > 0 && used + heights[first - 1] <= rows {
        first -= 1;
        used += heights[first];
    }
    first
}

/// A row's lines at `width`: one blank, the mark, the text wrapped with its later
/// lines under the text's first word, and the note (cut to one line) under it all.
/// The selected row is highlighted across the width on every line.
fn row_lines(row: &Row, width: usize, selected: bool, p: &Palette) -> Vec<Line<'static>> {
    let style = if selected { p.selected } else { p.text };
    let text = row.text.trim_start();
    let indent = " ".repeat(row.text.len() - text.len());
    let mark = if row.mark.is_empty() {
        String::new()
    } else {
        format!("{} ", row.mark)
    };
    let lead = format!(" {mark}{indent}");
    // Too narrow to hang the text under itself: the mark runs with it, under a blank.
    let (lead, text, hang) = if width >= lead.width() + 9 {
        let hang = lead.width();
        (lead, text.to_owned(), hang)
    } else {
        (" ".to_owned(), format!("{mark}{text}"), 1)
    };
    // A blank column is kept free at the right edge, as at the left.
    let room = width.saturating_sub(hang + 1).max(1);
    let mut lines: Vec<Line<'static>> = wrap_breaking(&text, room)
        .iter()
        .enumerate()
        .map(|(i, piece)| {
            let head = if i == 0 {
                lead.clone()
            } else {
                " ".repeat(hang)
            };
            padded(&format!("{head}{piece}"), width, selected, style)
        })
        .collect();
    if lines.is_empty() {
        lines.push(padded(&lead, width, selected, style));
    }
    if !row.note.trim().is_empty() {
        let note = format!("{} {}", text::YOUR_ANSWER, row.note.trim());
        let note = format!("{}{}", " ".repeat(hang), fit(&note, room));
        let style = if selected { p.selected } else { p.muted };
        lines.push(padded(&note, width, selected, style));
    }
    lines
}

/// One line of a row, filled out to `width` when selected so the highlight is a bar.
fn padded(text: &str, width: usize, selected: bool, style: Style) -> Line<'static> {
    let fill = if selected {
        width.saturating_sub(text.width())
    } else {
        0
    };
    Line::styled(format!("{text}{}", " ".repeat(fill)), style)
}

/// The answer editor: the prompt above, the text area below.
pub struct EditorView<'a> {
    pub editor: &'a AnswerEditor,
    pub palette: &'a Palette,
}

impl Widget for &EditorView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = self.palette;
        let title = (text::EDITOR_TITLE, text::EDITOR_KEYS);
        let inner = boxed(buf, centred(area, 70, 14), p, title);
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
