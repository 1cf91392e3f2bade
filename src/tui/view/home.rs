//! The home screen: what the course is, its chapters and quizzes with the learner's
//! progress in each, an overall gauge, and the selection `Enter` opens.
use super::super::app::{App, HomeItem};
use super::super::text;
use super::{gauge, put, wrap_words};
use crate::course::Course;
use crate::study::CourseStatus;
use crate::tui::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub struct HomeView<'a> {
    pub course: &'a Course,
    pub status: CourseStatus,
    pub items: &'a [HomeItem],
    pub selected: usize,
    pub palette: &'a Palette,
    pub notice: Option<&'a str>,
    /// (ticked, total) of each chapter's checklist.
    pub checklists: Vec<(usize, usize)>,
    /// Questions due for review today.
    pub due: usize,
}

impl<'a> HomeView<'a> {
    pub fn new(app: &'a App<'_>) -> Self {
        Self {
            course: app.course,
            status: CourseStatus::new(app.course, app.store.progress()),
            items: &app.home_items,
            selected: app.selected,
            palette: &app.palette,
            notice: app.status.as_deref(),
            checklists: (0..app.course.chapters.len())
                .map(|i| crate::tui::study::checklist_done(app, i))
                .collect(),
            due: crate::tui::review::due_count(app),
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

    fn item_line(&self, item: HomeItem, selected: bool, width: usize) -> Line<'static> {
        let p = self.palette;
        let (label, state, done) = match item {
            HomeItem::Chapter(i) => match self.status.chapters.get(i) {
                Some(c) => {
                    let state = match self.checklists.get(i) {
                        Some(&(done, total)) if total > 0 => {
                            format!("{} · {}", text::checklist_done(done, total), c.label())
                        }
                        _ => c.label(),
                    };
                    (format!("{}. {}", c.number, c.title), state, c.finished)
                }
                None => (String::new(), String::new(), false),
            },
            HomeItem::Quiz(q) => match self
                .course
                .quizzes
                .get(q)
                .and_then(|q| self.status.quiz(&q.id))
            {
                Some(s) => (format!("   ✎ {}", s.title), s.label(), s.mastered),
                None => (String::new(), String::new(), false),
            },
        };
        let marker = if selected { "▸ " } else { "  " };
        let room = width.saturating_sub(state.width() + 4);
        let label: String = cut(&label, room);
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

/// `text` cut to at most `width` columns.
fn cut(text: &str, width: usize) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > width {
            break;
        }
        out.push(c);
    }
    out
}

impl Widget for &HomeView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let inner = Rect::new(
            area.x + 1,
            area.y,
            area.width.saturating_sub(2).min(100),
            area.height,
        );
        let width = usize::from(inner.width);
        let rows = usize::from(inner.height);
        // Two lines at the bottom: the gauge, then hints or a notice.
        let body = rows.saturating_sub(2);
        let list_wanted = self.items.len() + 2;
        let about = self.about(width);
        let about_rows = about
            .len()
            .min(body.saturating_sub(list_wanted.min(body / 2 + 1)));
        let mut y = inner.y;
        for line in about.iter().take(about_rows) {
            put(buf, inner, inner.x, y, line);
            y += 1;
        }
        let list_rows = body.saturating_sub(about_rows + 2);
        if about_rows > 0 {
            y += 1;
        }
        put(
            buf,
            inner,
            inner.x,
            y,
            &Line::styled(text::HOME_CHAPTERS, self.palette.heading),
        );
        y += 1;
        // Keep the selection in view: scroll the list when it is longer than the room.
        let first = self.selected.saturating_sub(list_rows.saturating_sub(1));
        for (i, item) in self.items.iter().enumerate().skip(first).take(list_rows) {
            put(
                buf,
                inner,
                inner.x,
                y,
                &self.item_line(*item, i == self.selected, width),
            );
            y += 1;
        }
        let bottom = inner.bottom();
        let label = format!("{} {}% ", text::HOME_OVERALL, self.status.percent);
        let bar_width = width.saturating_sub(label.width()).min(40);
        let mut bar = gauge(
            self.status.percent,
            bar_width,
            self.palette.done,
            self.palette.muted,
        );
        bar.spans
            .insert(0, Span::styled(label, self.palette.heading));
        put(buf, inner, inner.x, bottom.saturating_sub(2), &bar);
        let footer = match self.notice {
            Some(notice) => Line::styled(notice.to_owned(), self.palette.notice),
            None if self.due > 0 => {
                Line::styled(text::due_for_review(self.due), self.palette.accent)
            }
            None => Line::styled(text::HOME_HINTS, self.palette.muted),
        };
        put(buf, inner, inner.x, bottom.saturating_sub(1), &footer);
    }
}
