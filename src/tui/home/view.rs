//! Drawing the home screen from its view model: the course and its facts, the list
//! of chapters and quizzes, the overall gauge, and the footer (a notice, the review
//! reminder, or the key hints). Reads only.
use super::{Home, HomeItem};
use crate::course::{Course, OutlineItem};
use crate::tui::draw::{self, gauge, put, reading_column, wrap_words};
use crate::tui::keymap::{Mode, keymap};
use crate::tui::text;
use crate::tui::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
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
    /// more than [`NOTICE_ROWS`]), else the review reminder, else the key hints.
    fn footer(&self, width: usize) -> Vec<Line<'static>> {
        let p = self.palette;
        match self.notice {
            Some(notice) => {
                let mut rows = wrap_words(notice, width);
                if rows.len() > NOTICE_ROWS {
                    let rest = rows.split_off(NOTICE_ROWS - 1).join(" ");
                    rows.push(draw::fit(&rest, width));
                }
                rows.into_iter()
                    .map(|row| Line::styled(row, p.notice))
                    .collect()
            }
            None if self.home.due() > 0 => {
                vec![Line::styled(
                    text::due_for_review(self.home.due()),
                    p.accent,
                )]
            }
            None => vec![draw::key_hints(keymap(Mode::Home).hints(), width, p)],
        }
    }

    /// The course's description and metadata, wrapped to `width`.
    fn about(&self, width: usize) -> Vec<Line<'static>> {
        let meta = &self.course.meta;
        let p = self.palette;
        let mut lines = vec![Line::styled(meta.title.clone(), p.title)];
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
        for line in wrap_words(&facts.join(" · "), width) {
            lines.push(Line::styled(line, p.muted));
        }
        for line in wrap_words(&meta.description, width) {
            lines.push(Line::styled(line, p.text));
        }
        for (label, list) in [
            (text::HOME_PREREQUISITES, &meta.prerequisites),
            (text::HOME_SKILLS, &meta.skills_gained),
            (text::HOME_SUCCESS, &meta.success_criteria),
        ] {
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

    /// A chapter's label: its number in course order, or in a book its section
    /// number (`4.2.`, as mdBook shows it) indented by its nesting, then its title.
    fn chapter_label(&self, index: usize, ordinal: usize, title: &str) -> String {
        match self.course.chapters.get(index) {
            Some(chapter) if self.course.is_book() => {
                book_label(chapter.number.as_deref(), chapter.depth, title)
            }
            _ => format!("{ordinal}. {title}"),
        }
    }

    /// How far a chapter's quizzes are indented: under their chapter's title.
    fn quiz_indent(&self, chapter: Option<&str>) -> usize {
        chapter
            .and_then(|id| self.course.chapters.iter().find(|c| c.id == id))
            .map_or(0, |c| 2 * usize::from(c.depth))
    }

    fn item_line(&self, item: HomeItem, selected: bool, width: usize) -> Line<'static> {
        let p = self.palette;
        let status = self.home.status();
        let outline = || self.course.outline();
        let (label, state, done) = match item {
            HomeItem::Chapter(i) => match status.chapters.get(i) {
                Some(c) => {
                    let state = match self.home.checklists.get(i) {
                        Some(&(done, total)) if total > 0 => {
                            format!("{} · {}", text::checklist_done(done, total), c.label())
                        }
                        _ => c.label(),
                    };
                    (self.chapter_label(i, c.number, &c.title), state, c.finished)
                }
                None => (String::new(), String::new(), false),
            },
            HomeItem::Quiz(q) => {
                match self.course.quizzes.get(q).and_then(|q| status.quiz(&q.id)) {
                    Some(s) => {
                        let indent = " ".repeat(self.quiz_indent(s.chapter.as_deref()));
                        (format!("{indent}   ✎ {}", s.title), s.label(), s.mastered)
                    }
                    None => (String::new(), String::new(), false),
                }
            }
            HomeItem::Part(at) => {
                let title = match outline().get(at) {
                    Some(OutlineItem::Part(title)) => title.clone(),
                    _ => String::new(),
                };
                return Line::styled(
                    format!("  {}", cut(&title, width.saturating_sub(2))),
                    p.heading,
                );
            }
            HomeItem::Draft(at) => {
                let (label, state) = match outline().get(at) {
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
                let room = width.saturating_sub(state.width() + 4);
                let label = cut(&label, room);
                let gap = width.saturating_sub(2 + label.width() + state.width() + 1);
                return Line::from(vec![
                    Span::raw("  "),
                    Span::styled(label, p.muted),
                    Span::raw(" ".repeat(gap)),
                    Span::styled(state.to_owned(), p.muted),
                ]);
            }
            HomeItem::Separator => return Line::default(),
        };
        let marker = if selected { "▸ " } else { "  " };
        let room = width.saturating_sub(state.width() + 4);
        let label = cut(&label, room);
        let gap = width.saturating_sub(marker.width() + label.width() + state.width() + 1);
        let label_style = if selected { p.selected } else { p.text };
        let state_style = if done { p.done } else { p.muted };
        Line::from(vec![
            Span::styled(marker, p.accent),
            Span::styled(label, label_style),
            Span::raw(" ".repeat(gap)),
            Span::styled(state, state_style),
        ])
    }
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

/// `text` cut to at most `width` columns.
fn cut(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

impl Widget for &HomeView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let column = reading_column(area);
        let p = self.palette;
        let width = usize::from(column.width);
        let items = self.home.items();
        // The list gets at least half the rows; the course's facts what is left.
        let about = self.about(width);
        let body = usize::from(column.height).saturating_sub(2);
        let list_wanted = items.len() + 2;
        let about_rows = about
            .len()
            .min(body.saturating_sub(list_wanted.min(body / 2 + 1)));
        let about_height = u16::try_from(about_rows + usize::from(about_rows > 0)).unwrap_or(0);
        let footer = self.footer(width);
        let footer_height = u16::try_from(footer.len()).unwrap_or(1);
        let [about_area, title_area, list_area, gauge_area, footer_area] =
            column.layout(&Layout::vertical([
                Constraint::Length(about_height),
                Constraint::Length(1),
                Constraint::Fill(1),
                Constraint::Length(1),
                Constraint::Length(footer_height),
            ]));
        draw::draw_lines(buf, about_area, &about[..about_rows], 0);
        let title = Line::styled(text::HOME_CHAPTERS, p.heading);
        put(buf, title_area, title_area.x, title_area.y, &title);
        // Keep the selection in view: scroll the list when it is longer than the room.
        let rows = usize::from(list_area.height);
        let selected = self.home.selected();
        let first = selected.saturating_sub(rows.saturating_sub(1));
        let lines: Vec<Line<'_>> = items
            .iter()
            .enumerate()
            .skip(first)
            .take(rows)
            .map(|(i, item)| self.item_line(*item, i == selected, width))
            .collect();
        draw::draw_lines(buf, list_area, &lines, 0);

        let percent = self.home.status().percent;
        let label = format!("{} {percent}% ", text::HOME_OVERALL);
        let bar_width = width.saturating_sub(label.width()).min(40);
        let mut bar = vec![Span::styled(label, p.heading)];
        bar.extend(gauge(percent, bar_width, p.done, p.muted));
        put(
            buf,
            gauge_area,
            gauge_area.x,
            gauge_area.y,
            &Line::from(bar),
        );
        draw::draw_lines(buf, footer_area, &footer, 0);
    }
}
