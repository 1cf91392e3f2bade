//! Drawing the home screen from its view model: the course and its description, one
//! row per chapter with its figures in right-aligned columns, the quizzes with rows of
//! their own, the overall gauge, and the footer (a notice, the number being typed, or
//! the key hints after the review reminder). Reads only.
use super::cells::Tone;
use super::columns::{Columns, GAP, MARKER};
use super::{About, Home, HomeItem};
use crate::course::{Course, OutlineItem};
use crate::tui::draw::{self, fit, gauge, put, reading_column, wrap_words};
use crate::tui::keymap::{Mode, keymap};
use crate::tui::text;
use crate::tui::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub struct HomeView<'a> {
    pub home: &'a Home,
    pub course: &'a Course,
    pub palette: &'a Palette,
    /// A message for the footer, wrapped to at most [`NOTICE_ROWS`] rows.
    pub notice: Option<&'a str>,
}

/// The most rows a notice takes from the list: enough for a warning that names two
/// folders and says what to do, without pushing the chapters off a small window.
const NOTICE_ROWS: usize = 3;

impl HomeView<'_> {
    /// The footer: the notice wrapped to `width` (its last row cut short when it needs
    /// more than [`NOTICE_ROWS`]), else the number being typed, else the key hints after
    /// the review reminder.
    pub(super) fn footer(&self, width: usize) -> Vec<Line<'static>> {
        let p = self.palette;
        if let Some(notice) = self.notice {
            let mut rows = wrap_words(notice, width);
            if rows.len() > NOTICE_ROWS {
                let rest = rows.split_off(NOTICE_ROWS - 1).join(" ");
                rows.push(fit(&rest, width));
            }
            return rows
                .into_iter()
                .map(|row| Line::styled(row, p.notice))
                .collect();
        }
        if let Some(typed) = self.home.pending() {
            let typing = text::home_typing_number(typed);
            return vec![Line::styled(fit(&typing, width), p.accent)];
        }
        let mut spans = Vec::new();
        let mut used = 0;
        if self.home.due() > 0 {
            let due = fit(&text::due_for_review(self.home.due()), width);
            used = due.width() + 2;
            spans.push(Span::styled(due, p.accent));
            spans.push(Span::raw("  "));
        }
        let hints = draw::key_hints(keymap(Mode::Home).hints(), width.saturating_sub(used), p);
        spans.extend(hints.spans);
        vec![Line::from(spans)]
    }

    /// The course's title and description: folded, its first line cut to the width;
    /// else its facts, description and lists wrapped to `width`.
    pub(super) fn about_lines(&self, width: usize) -> Vec<Line<'static>> {
        let meta = &self.course.meta;
        let p = self.palette;
        let mut lines = vec![Line::styled(fit(&meta.title, width), p.title)];
        let mut facts = Vec::new();
        if !meta.level.is_empty() {
            facts.push(format!("{}: {}", text::HOME_LEVEL, meta.level));
        }
        if !meta.time_to_complete.is_empty() {
            facts.push(format!("{}: {}", text::HOME_TIME, meta.time_to_complete));
        }
        if let Some(book) = &self.course.book
            && !book.config.authors.is_empty()
        {
            facts.push(format!(
                "{} {}",
                text::HOME_AUTHORS,
                book.config.authors.join(", ")
            ));
        }
        let facts = facts.join(" · ");
        let lists = [
            (text::HOME_PREREQUISITES, &meta.prerequisites),
            (text::HOME_SKILLS, &meta.skills_gained),
            (text::HOME_SUCCESS, &meta.success_criteria),
        ];
        if self.home.about() == About::Folded {
            let description = meta.description.split_whitespace().collect::<Vec<_>>();
            let lists = lists.iter().any(|(_, l)| !l.is_empty());
            let (first, more) = if description.is_empty() {
                (facts, lists)
            } else {
                (description.join(" "), lists || !facts.is_empty())
            };
            if !first.is_empty() {
                lines.push(with_more(&first, width, more, p));
            }
            return lines;
        }
        for line in wrap_words(&facts, width) {
            lines.push(Line::styled(line, p.muted));
        }
        for line in wrap_words(&meta.description, width) {
            lines.push(Line::styled(line, p.text));
        }
        for (label, list) in lists {
            if list.is_empty() {
                continue;
            }
            let body = format!("{label}: {}", list.join(" · "));
            for (i, line) in wrap_words(&body, width).into_iter().enumerate() {
                if i == 0 && line.starts_with(label) {
                    let rest = line[label.len()..].to_owned();
                    lines.push(Line::from(vec![
                        Span::styled(label.to_owned(), p.heading),
                        Span::styled(rest, p.text),
                    ]));
                } else {
                    lines.push(Line::styled(line, p.text));
                }
            }
        }
        lines
    }

    /// A chapter's label: its number in course order, right-aligned, or in a book its
    /// section number (`4.2.`, as mdBook shows it) indented by its nesting, then its
    /// title.
    fn chapter_label(&self, index: usize, columns: Columns) -> String {
        let Some(chapter) = self.course.chapters.get(index) else {
            return String::new();
        };
        if self.course.is_book() {
            return book_label(chapter.number.as_deref(), chapter.depth, &chapter.title);
        }
        let digits = columns.number;
        format!("{:>digits$}. {}", index + 1, chapter.title)
    }

    /// How far a quiz's own row is indented: under its chapter's title.
    fn quiz_indent(&self, quiz: usize, columns: Columns) -> usize {
        let chapter = self
            .course
            .quizzes
            .get(quiz)
            .and_then(|q| q.chapter.as_deref())
            .and_then(|id| self.course.chapters.iter().find(|c| c.id == id));
        match chapter {
            Some(c) if self.course.is_book() => 2 + 2 * usize::from(c.depth),
            Some(_) => columns.number + 2,
            None => 0,
        }
    }

    fn item_line(&self, index: usize, columns: Columns, width: usize) -> Line<'static> {
        let p = self.palette;
        let Some(&item) = self.home.items().get(index) else {
            return Line::default();
        };
        let label = match item {
            HomeItem::Chapter(i) => self.chapter_label(i, columns),
            HomeItem::Quiz(q) => {
                let title = self.course.quizzes.get(q).map_or("", |q| q.title.as_str());
                let indent = " ".repeat(self.quiz_indent(q, columns));
                format!("{indent}{} {title}", text::HOME_QUIZ_MARK)
            }
            HomeItem::Part(at) => {
                let title = match self.course.outline().get(at) {
                    Some(OutlineItem::Part(title)) => title.clone(),
                    _ => String::new(),
                };
                return Line::styled(
                    format!("  {}", fit(&title, width.saturating_sub(2))),
                    p.heading,
                );
            }
            HomeItem::CourseQuizzes => {
                return Line::styled(fit(text::HOME_COURSE_QUIZZES, width), p.heading);
            }
            HomeItem::Draft(at) => return self.draft_line(at, width),
            HomeItem::Separator => return Line::default(),
        };
        let selected = index == self.home.selected();
        let room = columns.title(width);
        let label = fit(&label, room);
        let pad = " ".repeat(room.saturating_sub(label.width()));
        let mut spans = vec![
            Span::styled(if selected { "▸ " } else { "  " }, p.accent),
            Span::styled(
                format!("{label}{pad}"),
                if selected { p.selected } else { p.text },
            ),
        ];
        let cells = self.home.cells(index).cloned().unwrap_or_default();
        for (cell, column) in [
            (cells.read, columns.read),
            (cells.tasks, columns.tasks),
            (cells.quiz, columns.quiz),
        ] {
            if column == 0 {
                continue;
            }
            spans.push(Span::raw(" ".repeat(GAP)));
            // Right-aligned by display width, so the numbers line up.
            let (text, style) = match cell {
                Some(cell) => (fit(&cell.text, column), self.tone(cell.tone)),
                None => (String::new(), p.text),
            };
            let lead = " ".repeat(column.saturating_sub(text.width()));
            spans.push(Span::styled(format!("{lead}{text}"), style));
        }
        Line::from(spans)
    }

    fn tone(&self, tone: Tone) -> Style {
        match tone {
            Tone::Done => self.palette.done,
            Tone::Begun => self.palette.text,
            Tone::None => self.palette.muted,
        }
    }

    /// A book's draft or missing chapter: its label and why it cannot be opened.
    fn draft_line(&self, at: usize, width: usize) -> Line<'static> {
        let p = self.palette;
        let (label, state) = match self.course.outline().get(at) {
            Some(OutlineItem::Draft {
                title,
                number,
                depth,
                missing,
            }) => (
                book_label(number.as_deref(), *depth, title),
                if *missing {
                    text::HOME_MISSING
                } else {
                    text::HOME_DRAFT
                },
            ),
            _ => (String::new(), ""),
        };
        let room = width.saturating_sub(state.width() + MARKER + GAP);
        let label = fit(&label, room);
        let gap = width.saturating_sub(MARKER + label.width() + state.width());
        Line::from(vec![
            Span::raw("  "),
            Span::styled(label, p.muted),
            Span::raw(" ".repeat(gap)),
            Span::styled(state.to_owned(), p.muted),
        ])
    }
}

/// `text` on one line; when it is cut, or `more` says something is left out, it ends
/// in `…` and the key that shows the rest.
fn with_more(text: &str, width: usize, more: bool, p: &Palette) -> Line<'static> {
    if !more && text.width() <= width {
        return Line::styled(text.to_owned(), p.text);
    }
    let hint = text::HOME_ABOUT_MORE;
    let room = width.saturating_sub(hint.width());
    let body = if text.width() < room {
        format!("{text}…")
    } else {
        fit(text, room)
    };
    let rest = width.saturating_sub(body.width());
    Line::from(vec![
        Span::styled(body, p.text),
        Span::styled(fit(hint, rest), p.muted),
    ])
}

/// A book chapter's label: indented two spaces per level of nesting, its section
/// number with mdBook's final dot when it has one, its title.
fn book_label(number: Option<&str>, depth: u8, title: &str) -> String {
    let indent = " ".repeat(2 * usize::from(depth));
    match number {
        Some(number) => format!("{indent}{number}. {title}"),
        None => format!("{indent}{title}"),
    }
}

impl Widget for &HomeView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let p = self.palette;
        let width = usize::from(reading_column(area).width);
        let mut about = self.about_lines(width);
        let footer = self.footer(width);
        let layout = self.layout_of(area, about.len(), footer.len());
        about.truncate(layout.about_rows);
        if layout.about_cut
            && let Some(last) = about.last_mut()
        {
            let shown: String = last.spans.iter().map(|s| s.content.as_ref()).collect();
            *last = with_more(&shown, width, true, p);
        }
        draw::draw_lines(buf, layout.about, &about, 0);
        let rows = usize::from(layout.list.height);
        // A short window shows part of the list: the header says which way the rest is.
        let items = self.home.items().len();
        let more = match (layout.first > 0, layout.first + rows < items) {
            (true, true) => text::MORE_BOTH,
            (true, false) => text::MORE_ABOVE,
            (false, true) => text::MORE_BELOW,
            (false, false) => "",
        };
        let header = Line::from(vec![
            Span::styled(text::HOME_CHAPTERS, p.heading),
            Span::styled(more, p.muted),
        ]);
        put(
            buf,
            layout.header,
            layout.header.x,
            layout.header.y,
            &header,
        );
        let columns = Columns::new(self, width);
        let lines: Vec<Line<'_>> = (layout.first..self.home.items().len())
            .take(rows)
            .map(|i| self.item_line(i, columns, width))
            .collect();
        draw::draw_lines(buf, layout.list, &lines, 0);

        let percent = self.home.status().percent;
        let label = format!("{} {percent}% ", text::HOME_OVERALL);
        let bar_width = width.saturating_sub(label.width()).min(40);
        let mut bar = vec![Span::styled(label, p.heading)];
        bar.extend(gauge(percent, bar_width, p.done, p.muted));
        put(
            buf,
            layout.gauge,
            layout.gauge.x,
            layout.gauge.y,
            &Line::from(bar),
        );
        draw::draw_lines(buf, layout.footer, &footer, 0);
    }
}
