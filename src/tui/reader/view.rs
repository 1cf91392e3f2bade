//! The reader: a header (course › chapter, n of N), the visible lines of the chapter
//! in a centred column, and a footer (hints or the search prompt, percent read). The
//! header and footer give up their parts by priority ([`crate::tui::bar`]): the
//! course's name before the chapter's, hints before the percentage.
//!
//! Only the lines on screen are turned into ratatui lines, so a frame costs the same
//! for a short chapter and a 1 MB one. Search matches are underlined (the current one
//! also reversed); the focused link, fold or quiz place is reversed, so it shows
//! without colour; wide code is shifted by the sideways scroll.
use super::Reader;
use super::ending::EndKind;
use super::focus::Mark;
use super::line::{self, Marks};
use crate::course::Course;
use crate::tui::bar::{CONTEXT, ESSENTIAL, Part, USEFUL, draw_row};
use crate::tui::draw::{header_body_footer, hint_parts, put, reading_column};
use crate::tui::keymap::{Mode, keymap};
use crate::tui::text;
use crate::tui::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct ReaderView<'a> {
    pub reader: &'a Reader,
    pub course: &'a Course,
    pub palette: &'a Palette,
    /// A one-line message for the footer.
    pub notice: Option<&'a str>,
    /// What is typed at the search prompt, while it is open.
    pub typing: Option<&'a str>,
}

impl Widget for &ReaderView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (reader, p) = (self.reader, self.palette);
        let chapters = &self.course.chapters;
        let title = chapters
            .get(reader.chapter)
            .map_or("", |c| c.title.as_str());
        let position = text::chapter_of(reader.chapter + 1, chapters.len());
        let [header_area, body, footer_area] = header_body_footer(area);
        // The chapter's title is what the reader needs; the course's name goes first.
        let crumbs = vec![
            Part::text(self.course.meta.title.clone(), p.muted, CONTEXT).shortens_to(8),
            Part::text(title.to_owned(), p.title, ESSENTIAL)
                .shortens_to(12)
                .after(Span::styled(text::CRUMB_SEP, p.muted)),
        ];
        let position = vec![Part::text(position, p.muted, USEFUL)];
        draw_row(buf, area, header_area.y, crumbs, position);

        self.body(reading_column(body), buf);

        let footer = if let Some(input) = self.typing {
            let spans = vec![
                Span::styled(text::SEARCH_PROMPT, p.accent),
                Span::styled(format!("{input}▏"), p.text),
            ];
            vec![Part::new(spans, USEFUL).shortens_to(4)]
        } else if let Some(status) = self.notice {
            vec![Part::text(status.to_owned(), p.notice, USEFUL).shortens_to(4)]
        } else {
            hint_parts(keymap(Mode::Reader).hints(), p)
        };
        // Where one is in the chapter stays whatever else the footer must give up.
        let percent = Part::text(text::percent_read(reader.percent()), p.muted, ESSENTIAL);
        draw_row(buf, area, footer_area.y, footer, vec![percent]);
    }
}

impl ReaderView<'_> {
    fn body(&self, area: Rect, buf: &mut Buffer) {
        let reader = self.reader;
        let lines = &reader.rendered.lines;
        let matches = &reader.search.matches;
        let first_match = matches.partition_point(|m| m.line < reader.top);
        let mut next_match = first_match;
        for (row, y) in (area.y..area.bottom()).enumerate() {
            let index = reader.top + row;
            if let Some(line) = lines.get(index) {
                let start = next_match;
                while next_match < matches.len() && matches[next_match].line == index {
                    next_match += 1;
                }
                let here = &matches[start..next_match];
                let current = reader.search.current.and_then(|c| c.checked_sub(start));
                let focused: Vec<Mark> = reader
                    .focus_marks
                    .iter()
                    .filter(|m| m.line == index)
                    .copied()
                    .collect();
                let marks = Marks {
                    matches: here,
                    current,
                    focused: &focused,
                };
                let width = usize::from(area.width);
                let drawn = line::draw(line, width, reader.hscroll, &marks, self.palette);
                put(buf, area, area.x, y, &drawn);
            } else if let Some(line) = index
                .checked_sub(lines.len() + 1)
                .and_then(|end| self.end_note(end))
            {
                put(buf, area, area.x, y, &line);
            }
        }
    }

    /// Line `at` of what the chapter's end offers (see [`super::ending`]).
    fn end_note(&self, at: usize) -> Option<Line<'static>> {
        let (line, kind) = self.reader.ending_lines().get(at)?;
        let style = match kind {
            EndKind::Note => self.palette.muted,
            EndKind::Offer => self.palette.accent,
            EndKind::Item => self.palette.text,
        };
        Some(Line::styled(line.clone(), style))
    }
}
