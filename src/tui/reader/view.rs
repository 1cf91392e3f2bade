//! The reader: a header (course › chapter, n of N), the visible lines of the chapter
//! in a centred column, and a footer (hints or the search prompt, percent read).
//!
//! Only the lines on screen are turned into ratatui lines, so a frame costs the same
//! for a short chapter and a 1 MB one. Search matches are underlined (the current one
//! also reversed); the focused link, fold or quiz place is reversed, so it shows
//! without colour; wide code is shifted by the sideways scroll.
use super::Reader;
use super::ending::EndKind;
use super::focus::Mark;
use super::search::Match;
use crate::course::Course;
use crate::markdown::{LineKind, LineRef};
use crate::tui::draw::{header_body_footer, put, reading_column, split_row};
use crate::tui::keymap::{Mode, keymap};
use crate::tui::text;
use crate::tui::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthChar;

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
        let crumbs = format!(" {} › ", self.course.meta.title);
        let header = Line::from(vec![
            Span::styled(crumbs, p.muted),
            Span::styled(title.to_owned(), p.title),
        ]);
        let [header_area, body, footer_area] = header_body_footer(area);
        split_row(
            buf,
            area,
            header_area.y,
            &header,
            &Line::styled(position, p.muted),
        );

        self.body(reading_column(body), buf);

        let mut footer = if let Some(input) = self.typing {
            Line::from(vec![
                Span::styled(text::SEARCH_PROMPT, p.accent),
                Span::styled(format!("{input}▏"), p.text),
            ])
        } else if let Some(status) = self.notice {
            Line::styled(status.to_owned(), p.notice)
        } else {
            let width = usize::from(area.width).saturating_sub(8);
            crate::tui::draw::key_hints(keymap(Mode::Reader).hints(), width, p)
        };
        let percent = Line::styled(text::percent_read(reader.percent()), p.muted);
        footer.spans.insert(0, Span::raw(" "));
        split_row(buf, area, footer_area.y, &footer, &percent);
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
                let skip = if line.kind() == LineKind::Code {
                    reader.hscroll
                } else {
                    0
                };
                let current = reader.search.current.and_then(|c| c.checked_sub(start));
                let focused: Vec<Mark> = reader
                    .focus_marks
                    .iter()
                    .filter(|m| m.line == index)
                    .copied()
                    .collect();
                let drawn = if here.is_empty() && focused.is_empty() && skip == 0 {
                    line.to_line()
                } else {
                    let marks = Marks {
                        matches: here,
                        current,
                        focused: &focused,
                    };
                    shifted(line, skip, &marks, self.palette)
                };
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

/// What a line has marked on it.
struct Marks<'a> {
    /// Search matches, by characters.
    matches: &'a [Match],
    /// Which of `matches` the search last landed on.
    current: Option<usize>,
    /// Stretches of the focused item, by display columns.
    focused: &'a [Mark],
}

/// A line with its first `skip` columns cut off and the characters of its matches
/// and focused item marked.
fn shifted(line: LineRef<'_>, skip: usize, marks: &Marks<'_>, palette: &Palette) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut push = |c: char, style: Style| match spans.last_mut() {
        Some(last) if last.style == style => last.content.to_mut().push(c),
        _ => spans.push(Span::styled(c.to_string(), style)),
    };
    let (mut column, mut index) = (0usize, 0usize);
    for span in line.spans() {
        for c in span.text.chars() {
            let w = c.width().unwrap_or(0);
            let mut style = span.style;
            if marks
                .focused
                .iter()
                .any(|m| (m.start..m.end).contains(&column))
            {
                style = style.patch(palette.selected);
            }
            if let Some(k) = marks
                .matches
                .iter()
                .position(|m| (m.start..m.end).contains(&index))
            {
                let mark = if Some(k) == marks.current {
                    palette.current_match
                } else {
                    palette.matched
                };
                style = style.patch(mark);
            }
            if column >= skip {
                push(c, style);
            } else if column + w > skip {
                // A wide character cut in half by the scroll shows as blanks.
                for _ in skip..column + w {
                    push(' ', style);
                }
            }
            column += w;
            index += 1;
        }
    }
    Line::from(spans)
}
