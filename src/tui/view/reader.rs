//! The reader: a header (course › chapter, n of N), the visible lines of the chapter
//! in a centred column, and a footer (hints or the search prompt, percent read).
//!
//! Only the lines on screen are turned into ratatui lines, so a frame costs the same
//! for a short chapter and a 1 MB one. Search matches are underlined (the current one
//! also reversed); wide code is shifted by the sideways scroll.
use super::super::app::{App, reading_area};
use super::super::reader::Reader;
use super::super::text;
use super::put;
use crate::markdown::{LineKind, StyledLine};
use crate::tui::search::Match;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthChar;

pub struct ReaderView<'a, 'c> {
    pub app: &'a App<'c>,
    pub reader: &'a Reader,
}

impl Widget for &ReaderView<'_, '_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, reader) = (self.app, self.reader);
        let p = &app.palette;
        let chapters = &app.course.chapters;
        let title = chapters
            .get(reader.chapter)
            .map_or("", |c| c.title.as_str());
        let position = text::chapter_of(reader.chapter + 1, chapters.len());
        let crumbs = format!(" {} › ", app.course.meta.title);
        let header = Line::from(vec![
            Span::styled(crumbs, p.muted),
            Span::styled(title.to_owned(), p.title),
        ]);
        split_row(buf, area, area.y, &header, &Line::styled(position, p.muted));

        let body = reading_area(area);
        self.body(body, buf);

        let footer_y = area.bottom().saturating_sub(1);
        let footer = if let Some(input) = &reader.search.input {
            Line::from(vec![
                Span::styled(text::SEARCH_PROMPT, p.accent),
                Span::styled(format!("{input}▏"), p.text),
            ])
        } else if let Some(status) = &app.status {
            Line::styled(status.clone(), p.notice)
        } else {
            Line::styled(text::READER_HINTS, p.muted)
        };
        let percent = Line::styled(text::percent_read(reader.percent()), p.muted);
        let mut footer = footer;
        footer.spans.insert(0, Span::raw(" "));
        split_row(buf, area, footer_y, &footer, &percent);

        if let Some(selected) = reader.outline {
            self.outline(selected, body, buf);
        }
        if let Some(popup) = &app.study_popup {
            (&super::study::StudyView {
                app,
                popup,
                chapter: reader.chapter,
            })
                .render(body, buf);
        }
    }
}

impl ReaderView<'_, '_> {
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
                let skip = if line.kind == LineKind::Code {
                    reader.hscroll
                } else {
                    0
                };
                let current = reader.search.current.and_then(|c| c.checked_sub(start));
                let drawn = if here.is_empty() && skip == 0 {
                    Line::from(line)
                } else {
                    shifted(line, skip, here, current, self.app)
                };
                put(buf, area, area.x, y, &drawn);
            } else if index == lines.len() + 1 {
                put(buf, area, area.x, y, &self.end_note());
            }
        }
    }

    /// What the chapter's end offers: its quiz, the next chapter.
    fn end_note(&self) -> Line<'static> {
        let app = self.app;
        let p = &app.palette;
        let chapter = app.course.chapters.get(self.reader.chapter);
        let quiz = chapter.and_then(|c| app.course.quizzes_for(&c.id).next());
        let next = app.course.chapters.get(self.reader.chapter + 1);
        let offer = match (quiz, next) {
            (Some(quiz), _) => text::take_quiz("t", &quiz.title),
            (None, Some(next)) => text::next_chapter(&next.title),
            (None, None) => String::new(),
        };
        Line::from(vec![
            Span::styled(text::END_OF_CHAPTER, p.muted),
            Span::raw("  "),
            Span::styled(offer, p.accent),
        ])
    }

    fn outline(&self, selected: usize, area: Rect, buf: &mut Buffer) {
        let rows: Vec<(String, String)> = self
            .reader
            .doc
            .headings()
            .into_iter()
            .map(|(level, title)| {
                let indent = "  ".repeat(usize::from(level.saturating_sub(1)));
                (format!("{indent}{title}"), String::new())
            })
            .collect();
        let width = area.width.saturating_sub(4).min(70);
        let wanted = u16::try_from(rows.len().max(1) + 2).unwrap_or(u16::MAX);
        let popup = Rect::new(
            area.x + (area.width - width) / 2,
            area.y,
            width,
            area.height.min(wanted),
        );
        let titles = (text::OUTLINE_TITLE, text::OUTLINE_EMPTY);
        super::study::popup_list(buf, popup, &self.app.palette, titles, &rows, selected);
    }
}

/// A row with `left` at the start and `right` at the end (one blank from the edge);
/// `left` is cut short so the two never overlap.
fn split_row(buf: &mut Buffer, area: Rect, y: u16, left: &Line<'_>, right: &Line<'_>) {
    let right_width = u16::try_from(right.width() + 1).unwrap_or(u16::MAX);
    let room = area.width.saturating_sub(right_width + 1);
    if y < area.bottom() {
        buf.set_line(area.x, y, left, room);
    }
    put(
        buf,
        area,
        area.right().saturating_sub(right_width),
        y,
        right,
    );
}

/// A line with its first `skip` columns cut off and the characters of `matches`
/// marked (`current` indexes the match the search last landed on).
fn shifted(
    line: &StyledLine,
    skip: usize,
    matches: &[Match],
    current: Option<usize>,
    app: &App<'_>,
) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut push = |c: char, style: Style| match spans.last_mut() {
        Some(last) if last.style == style => last.content.to_mut().push(c),
        _ => spans.push(Span::styled(c.to_string(), style)),
    };
    let (mut column, mut index) = (0usize, 0usize);
    for span in &line.spans {
        for c in span.text.chars() {
            let w = c.width().unwrap_or(0);
            let mut style = span.style;
            if let Some(k) = matches
                .iter()
                .position(|m| (m.start..m.end).contains(&index))
            {
                let mark = if Some(k) == current {
                    app.palette.current_match
                } else {
                    app.palette.matched
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
