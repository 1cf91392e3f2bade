//! The dashboard's lines for a width: the overall gauge, totals and days studied,
//! the review queue, a reading gauge and quiz mastery per chapter, then the panels — a
//! calendar of study days with the streaks, and per quiz a chart of its finished
//! attempts against the pass mark — as many side by side as fit, each whole.
//!
//! Built when the dashboard opens, the progress changes or the window does; the view
//! only shows a window of them.
use super::Facts;
use super::chart::{chart, chart_rows, month_row, panel_height, shade, weekday};
use crate::progress::clock::day_number;
use crate::study::{CourseStatus, QuizStatus};
use crate::tui::draw::{fit, gauge, wrap_words};
use crate::tui::text;
use crate::tui::theme::Palette;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use std::collections::{BTreeMap, HashMap};
use unicode_width::UnicodeWidthStr;
/// The narrowest quiz panel; wider screens fit several side by side.
const PANEL_WIDTH: usize = 36;
/// The most rows a quiz chart takes.
pub(super) const CHART_ROWS: usize = 8;
/// Columns per bar: three of block, one of gap.
pub(super) const BAR: usize = 4;
/// Eighth blocks, from empty to full.
pub(super) const EIGHTHS: [&str; 9] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];
/// The most weeks the activity calendar shows.
const WEEKS: usize = 16;
/// Rows of the activity panel: title, streaks, months, then Monday to Sunday.
pub(super) const ACTIVITY_ROWS: usize = 10;
/// The weekday labels left of the calendar, GitHub-style every other row.
pub(super) const WEEKDAYS: [&str; 7] = text::WEEKDAYS;

/// What the panel grid holds: the activity calendar first, then one panel per quiz.
#[derive(Clone, Copy)]
pub(super) enum Panel<'a> {
    Activity,
    Quiz(&'a QuizStatus),
}

/// The widest chapter title and quiz words, which the chapter rows' columns fit.
#[derive(Clone, Copy)]
struct Longest {
    title: usize,
    quiz: usize,
}

/// Every line of the dashboard below its title, for a column `width` wide.
pub(super) fn lines(facts: &Facts<'_>, width: usize) -> Vec<Line<'static>> {
    let mut lines = facts.summary(width);
    lines.extend(facts.panels(width));
    lines
}

impl Facts<'_> {
    /// Everything above the quiz panels.
    fn summary(&self, width: usize) -> Vec<Line<'static>> {
        let (status, p) = (self.status, self.palette);
        let mut lines = Vec::new();
        let label = format!(" {:>3}%", status.percent);
        let mut overall = vec![Span::styled(format!("{} ", text::HOME_OVERALL), p.strong)];
        let room = width.saturating_sub(8 + label.width()).min(40);
        overall.extend(gauge(status.percent, room, p.done, p.muted));
        overall.push(Span::raw(label));
        lines.push(Line::from(overall));
        for total in self.totals() {
            lines.push(Line::styled(fit(&total, width), p.muted));
        }
        lines.extend(self.queue_lines(width));
        lines.push(Line::default());
        lines.push(Line::styled(text::HOME_CHAPTERS, p.heading));
        // Each chapter's quizzes found in one pass, and the columns measured once, so
        // the rows cost as much as the chapters and quizzes together.
        let mut by_chapter: HashMap<&str, Vec<&QuizStatus>> = HashMap::new();
        for quiz in &status.quizzes {
            if let Some(chapter) = quiz.chapter.as_deref() {
                by_chapter.entry(chapter).or_default().push(quiz);
            }
        }
        let words: Vec<Option<(String, Style)>> = status
            .chapters
            .iter()
            .map(|c| self.quiz_words(by_chapter.get(c.id.as_str()).map_or(&[], Vec::as_slice)))
            .collect();
        let longest = Longest {
            title: status
                .chapters
                .iter()
                .map(|c| c.title.width())
                .max()
                .unwrap_or(0),
            quiz: words
                .iter()
                .flatten()
                .map(|(w, _)| w.width())
                .max()
                .unwrap_or(0),
        };
        for (chapter, quiz) in status.chapters.iter().zip(words) {
            lines.push(self.chapter_row(chapter, quiz, longest, width));
        }
        lines.push(Line::default());
        lines
    }

    /// The review queue: what is due today, when the next cards come, and how many
    /// cards each box holds.
    fn queue_lines(&self, width: usize) -> Vec<Line<'static>> {
        let (queue, p) = (self.queue, self.palette);
        if queue.cards() == 0 {
            return labelled(text::DASHBOARD_QUEUE_EMPTY, width, p.muted, p);
        }
        let mut parts = vec![text::queue_due(queue.due)];
        if let Some((day, count)) = queue.next {
            let when = if day == crate::progress::clock::add_days(self.today, 1) {
                text::TOMORROW.to_owned()
            } else {
                text::on_day(&day.strftime("%-d %b").to_string())
            };
            parts.push(text::queue_next(count, &when));
        }
        parts.push(text::queue_cards(queue.cards()));
        let style = if queue.due > 0 { p.accent } else { p.text };
        let mut lines = labelled(&parts.join(" · "), width, style, p);
        for line in wrap_words(&text::queue_boxes(&queue.boxes), width) {
            lines.push(Line::styled(line, p.muted));
        }
        lines
    }

    /// `Chapters read 1/3 · quizzes mastered 1/2 · 4 attempts`, then the days studied.
    fn totals(&self) -> [String; 2] {
        let status = self.status;
        let read = status.chapters.iter().filter(|c| c.finished).count();
        let mastered = status.quizzes.iter().filter(|q| q.mastered).count();
        let attempts: usize = status.quizzes.iter().map(|q| q.attempts.len()).sum();
        let days = study_days(status);
        let studied = match (days.len(), days.last()) {
            (n, Some(&last)) => text::studied_on(n, day_number(self.today).saturating_sub(last)),
            (_, None) => text::NOT_STUDIED.to_owned(),
        };
        [
            text::dashboard_totals(
                read,
                status.chapters.len(),
                mastered,
                status.quizzes.len(),
                attempts,
            ),
            studied,
        ]
    }

    /// ` 2. Title……  ████░░░░ 40% read  quiz best 3/5 (need 4)`, dropping the quiz
    /// and then the gauge when the width is short.
    fn chapter_row(
        &self,
        chapter: &crate::study::ChapterStatus,
        quiz: Option<(String, Style)>,
        longest: Longest,
        width: usize,
    ) -> Line<'static> {
        let p = self.palette;
        let number = format!("{:>2}. ", chapter.number);
        let gauge_width = match width {
            70.. => 12,
            45.. => 8,
            _ => 0,
        };
        // The quiz column is as wide as its longest words (up to half the row), so the
        // pass mark is never what gets cut: long titles shorten first.
        let quiz_width = if width >= 60 {
            longest.quiz.min(width / 2)
        } else {
            0
        };
        let label_width = 9;
        let fixed = number.width()
            + label_width
            + if gauge_width > 0 { gauge_width + 1 } else { 0 }
            + if quiz_width > 0 { quiz_width + 1 } else { 0 };
        let title_width = width.saturating_sub(fixed + 1).min(longest.title).max(4);
        // The quiz's words take what the titles leave.
        let quiz_width = if quiz_width > 0 {
            quiz_width.max(width.saturating_sub(fixed - quiz_width + title_width + 1))
        } else {
            0
        };
        let title = fit(&chapter.title, title_width);
        let mut spans = vec![
            Span::styled(number, p.accent),
            Span::raw(format!("{title:<title_width$} ")),
        ];
        if gauge_width > 0 {
            spans.extend(gauge(chapter.percent, gauge_width, p.done, p.muted));
            spans.push(Span::raw(" "));
        }
        let label_style = if chapter.finished { p.right } else { p.text };
        spans.push(Span::styled(
            format!("{:<label_width$}", chapter.label()),
            label_style,
        ));
        if quiz_width > 0
            && let Some((text, style)) = quiz
        {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(fit(&text, quiz_width), style));
        }
        Line::from(spans)
    }

    /// How a chapter's quizzes stand, in a few words; None without a quiz.
    fn quiz_words(&self, quizzes: &[&QuizStatus]) -> Option<(String, Style)> {
        let p = self.palette;
        match quizzes {
            [] => None,
            [quiz] if quiz.mastered => Some((text::QUIZ_MASTERED.to_owned(), p.right)),
            [quiz] => Some((text::quiz_state(&quiz.label()), p.muted)),
            all => {
                let mastered = all.iter().filter(|q| q.mastered).count();
                let style = if mastered == all.len() {
                    p.right
                } else {
                    p.muted
                };
                Some((text::quizzes_mastered(mastered, all.len()), style))
            }
        }
    }

    /// The activity and quiz panels, as many side by side as fit, row after row, a
    /// blank line between rows; every panel whole.
    fn panels(&self, width: usize) -> Vec<Line<'static>> {
        let per_row = (width / PANEL_WIDTH).max(1);
        let panel_width = width / per_row;
        let inner = panel_width.saturating_sub(1);
        let panels: Vec<Panel> = std::iter::once(Panel::Activity)
            .chain(self.status.quizzes.iter().map(Panel::Quiz))
            .collect();
        let mut lines = Vec::new();
        for (n, row) in panels.chunks(per_row).enumerate() {
            if n > 0 {
                lines.push(Line::default());
            }
            let height = row.iter().map(|&p| panel_height(p)).max().unwrap_or(0);
            let drawn: Vec<Vec<Line<'static>>> = row
                .iter()
                .map(|&panel| match panel {
                    Panel::Activity => self.activity(inner),
                    Panel::Quiz(quiz) => self.panel(quiz, inner, height),
                })
                .collect();
            for at in 0..height {
                let mut spans = Vec::new();
                let last = drawn.len().saturating_sub(1);
                for (col, panel) in drawn.iter().enumerate() {
                    let line = panel.get(at).cloned().unwrap_or_default();
                    // Every panel but the last is padded to its column.
                    let pad = if col < last { panel_width } else { 0 };
                    spans.extend(cut_to(line, inner, pad));
                }
                lines.push(Line::from(spans));
            }
        }
        lines
    }

    /// The activity panel: a calendar of the last weeks, a column per week and a row
    /// per weekday, each day shaded by its study events, under the streaks.
    fn activity(&self, width: usize) -> Vec<Line<'static>> {
        let p = self.palette;
        let today = day_number(self.today);
        let (current, longest) = self.status.streaks(today);
        let mut lines = vec![
            Line::from(vec![
                Span::styled(text::DASHBOARD_ACTIVITY, p.strong),
                Span::styled(
                    fit(
                        text::DASHBOARD_LEGEND,
                        width.saturating_sub(text::DASHBOARD_ACTIVITY.width()),
                    ),
                    p.muted,
                ),
            ]),
            Line::from(vec![
                Span::styled(
                    text::streak(current),
                    if current > 0 { p.right } else { p.muted },
                ),
                Span::styled(text::longest_streak(longest), p.muted),
            ]),
        ];
        let weeks = (width.saturating_sub(WEEKDAYS[0].len()) / 2).clamp(1, WEEKS);
        let back = 7 * i64::try_from(weeks - 1).unwrap_or(0);
        let first_monday = today - weekday(today) - back;
        lines.push(Line::styled(month_row(first_monday, weeks), p.muted));
        let events: BTreeMap<i64, u32> = self.status.study_days.iter().copied().collect();
        for (row, label) in (0_i64..).zip(WEEKDAYS) {
            let mut spans = vec![Span::styled(label, p.muted)];
            for week in (0_i64..).take(weeks) {
                let day = first_monday + 7 * week + row;
                if day > today {
                    break;
                }
                spans.push(shade(events.get(&day).copied().unwrap_or(0), p));
                spans.push(Span::raw(" "));
            }
            lines.push(Line::from(spans));
        }
        lines
    }

    fn panel(&self, quiz: &QuizStatus, width: usize, height: usize) -> Vec<Line<'static>> {
        let p = self.palette;
        let mut lines = vec![Line::styled(fit(&quiz.title, width), p.strong)];
        let mut detail = quiz.best.map_or_else(
            || text::NO_SCORE.to_owned(),
            |b| text::best_score(b, quiz.questions),
        );
        let unfinished = quiz
            .attempts
            .iter()
            .filter(|a| a.finished.is_none() && !a.abandoned && !a.practice)
            .count();
        if unfinished > 0 {
            detail.push_str(&text::unfinished(unfinished));
        }
        let mut state = vec![if quiz.mastered {
            Span::styled(text::MASTERED, p.right)
        } else {
            Span::styled(text::NOT_MASTERED, p.muted)
        }];
        let room = width.saturating_sub(state.iter().map(Span::width).sum());
        state.push(Span::styled(fit(&detail, room), p.muted));
        lines.push(Line::from(state));
        let rows = chart_rows(quiz).min(height.saturating_sub(3));
        lines.extend(chart(quiz, width, rows, p));
        lines
    }
}

/// `Review queue: ` and `words` after it, wrapped to `width`.
fn labelled(words: &str, width: usize, style: Style, p: &Palette) -> Vec<Line<'static>> {
    let label = text::DASHBOARD_QUEUE;
    wrap_words(&format!("{label}{words}"), width)
        .into_iter()
        .enumerate()
        .map(|(i, line)| match line.strip_prefix(label.trim_end()) {
            Some(rest) if i == 0 => Line::from(vec![
                Span::styled(label.trim_end().to_owned(), p.strong),
                Span::styled(rest.to_owned(), style),
            ]),
            _ => Line::styled(line, style),
        })
        .collect()
}

/// The spans of `line` cut to `width` columns, then padded with blanks to `pad`.
fn cut_to(line: Line<'static>, width: usize, pad: usize) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut used = 0;
    for span in line.spans {
        let w = span.width();
        if used + w <= width {
            used += w;
            spans.push(span);
            continue;
        }
        let room = width - used;
        let cut = fit(&span.content, room);
        used += cut.width();
        spans.push(Span::styled(cut, span.style));
        break;
    }
    if pad > used {
        spans.push(Span::raw(" ".repeat(pad - used)));
    }
    spans
}

/// The distinct UTC days with any study (an attempt started or finished, or a day the
/// study tools recorded), in order.
pub fn study_days(status: &CourseStatus) -> Vec<i64> {
    status.study_days.iter().map(|&(day, _)| day).collect()
}

pub(super) const MONTHS: [&str; 12] = text::MONTHS;
