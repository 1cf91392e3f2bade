//! Drawing the progress dashboard: the overall gauge, totals and days studied, a
//! reading gauge and quiz mastery per chapter, a calendar of study days with the
//! streaks, and per quiz a chart of its finished attempts against the pass mark.
//!
//! It only reads a [`CourseStatus`]; nothing here is stored. At any size it draws what
//! fits, top first, and never writes outside its area.
use super::quiz::{draw_lines, fit, reading_column, right_style, too_small, wrong_style};
use crate::progress::clock::{date_of_day, day_number};
use crate::study::{CourseStatus, QuizStatus};
use crate::theme::Theme;
use jiff::civil::Date;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use unicode_width::UnicodeWidthStr;

const MIN_WIDTH: u16 = 20;
const MIN_HEIGHT: u16 = 3;
/// The narrowest quiz panel; wider screens fit several side by side.
const PANEL_WIDTH: usize = 36;
/// The most rows a quiz chart takes.
const CHART_ROWS: usize = 8;
/// Columns per bar: three of block, one of gap.
const BAR: usize = 4;
/// Eighth blocks, from empty to full.
const EIGHTHS: [&str; 9] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];
/// The most weeks the activity calendar shows.
const WEEKS: usize = 16;
/// Rows of the activity panel: title, streaks, months, then Monday to Sunday.
const ACTIVITY_ROWS: usize = 10;
/// The weekday labels left of the calendar, GitHub-style every other row.
const WEEKDAYS: [&str; 7] = ["Mon ", "    ", "Wed ", "    ", "Fri ", "    ", "    "];

/// What the panel grid holds: the activity calendar first, then one panel per quiz.
#[derive(Clone, Copy)]
enum Panel<'a> {
    Activity,
    Quiz(&'a QuizStatus),
}

#[derive(Clone, Copy)]
pub struct DashboardView<'a> {
    pub status: &'a CourseStatus,
    pub theme: &'a Theme,
    /// Today (UTC), to tell how long ago the learner last studied.
    pub today: Date,
}

impl Widget for DashboardView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            too_small(area, buf, self.theme);
            return;
        }
        let column = reading_column(area);
        let width = usize::from(column.width);
        let top = self.summary(width);
        draw_lines(buf, column, &top, 0);
        let used = u16::try_from(top.len()).unwrap_or(u16::MAX);
        let rest = Rect::new(
            column.x,
            column.y.saturating_add(used),
            column.width,
            column.height.saturating_sub(used),
        );
        self.panels(rest, buf);
    }
}

impl DashboardView<'_> {
    /// Everything above the quiz panels.
    fn summary(&self, width: usize) -> Vec<Line<'static>> {
        let (status, theme) = (self.status, self.theme);
        let title = format!("{} — {}", PROGRESS, status.title);
        let mut lines = vec![Line::styled(fit(&title, width), theme.heading(1))];
        let label = format!(" {:>3}%", status.percent);
        let mut overall = vec![Span::styled("Overall ", theme.strong)];
        let room = width.saturating_sub(8 + label.width()).min(40);
        overall.extend(gauge(status.percent, room, theme));
        overall.push(Span::raw(label));
        lines.push(Line::from(overall));
        for total in self.totals() {
            lines.push(Line::styled(fit(&total, width), theme.muted));
        }
        lines.push(Line::default());
        lines.push(Line::styled(CHAPTERS, theme.heading(2)));
        for chapter in &status.chapters {
            lines.push(self.chapter_row(chapter, width));
        }
        lines.push(Line::default());
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
            (n, Some(&last)) => {
                let ago = match day_number(self.today).saturating_sub(last) {
                    i64::MIN..=0 => "today".to_owned(),
                    1 => "yesterday".to_owned(),
                    n => format!("{n} days ago"),
                };
                format!("Studied on {n} day{}, last {ago}", plural(n))
            }
            (_, None) => "Not studied yet".to_owned(),
        };
        [
            format!(
                "Chapters read {read}/{} · quizzes mastered {mastered}/{} · {attempts} attempt{}",
                status.chapters.len(),
                status.quizzes.len(),
                plural(attempts),
            ),
            studied,
        ]
    }

    /// ` 2. Title……  ████░░░░ 40% read  quiz best 3/5 (need 4)`, dropping the quiz
    /// and then the gauge when the width is short.
    fn chapter_row(&self, chapter: &crate::study::ChapterStatus, width: usize) -> Line<'static> {
        let theme = self.theme;
        let quiz = self.chapter_quizzes(&chapter.id);
        let number = format!("{:>2}. ", chapter.number);
        let gauge_width = match width {
            70.. => 12,
            45.. => 8,
            _ => 0,
        };
        let quiz_width = if width >= 60 { 24 } else { 0 };
        let label_width = 9;
        let fixed = number.width()
            + label_width
            + if gauge_width > 0 { gauge_width + 1 } else { 0 }
            + if quiz_width > 0 { quiz_width + 1 } else { 0 };
        let longest = self
            .status
            .chapters
            .iter()
            .map(|c| c.title.width())
            .max()
            .unwrap_or(0);
        let title_width = width.saturating_sub(fixed + 1).min(longest).max(4);
        let title = fit(&chapter.title, title_width);
        let mut spans = vec![
            Span::styled(number, theme.list_marker),
            Span::raw(format!("{title:<title_width$} ")),
        ];
        if gauge_width > 0 {
            spans.extend(gauge(chapter.furthest_percent, gauge_width, theme));
            spans.push(Span::raw(" "));
        }
        let label_style = if chapter.finished {
            right_style(theme)
        } else {
            theme.text
        };
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

    /// How the quizzes of a chapter stand, in a few words; None without a quiz.
    fn chapter_quizzes(&self, chapter: &str) -> Option<(String, Style)> {
        let quizzes: Vec<&QuizStatus> = self
            .status
            .quizzes
            .iter()
            .filter(|q| q.chapter.as_deref() == Some(chapter))
            .collect();
        let theme = self.theme;
        match quizzes.as_slice() {
            [] => None,
            [quiz] if quiz.mastered => Some(("✓ quiz mastered".to_owned(), right_style(theme))),
            [quiz] => Some((format!("quiz: {}", quiz.label()), theme.muted)),
            all => {
                let mastered = all.iter().filter(|q| q.mastered).count();
                let style = if mastered == all.len() {
                    right_style(theme)
                } else {
                    theme.muted
                };
                Some((format!("quizzes {mastered}/{} mastered", all.len()), style))
            }
        }
    }

    /// The activity and quiz panels, as many side by side as fit, row after row until
    /// the area ends.
    fn panels(&self, area: Rect, buf: &mut Buffer) {
        let width = usize::from(area.width);
        let per_row = (width / PANEL_WIDTH).max(1);
        let panel_width = width / per_row;
        let panels: Vec<Panel> = std::iter::once(Panel::Activity)
            .chain(self.status.quizzes.iter().map(Panel::Quiz))
            .collect();
        let mut y = 0;
        for row in panels.chunks(per_row) {
            let height = row.iter().map(|&p| panel_height(p)).max().unwrap_or(0);
            let room = usize::from(area.height).saturating_sub(y);
            if room == 0 {
                return;
            }
            for (col, &panel) in row.iter().enumerate() {
                let (Ok(x), Ok(top), Ok(w), Ok(h)) = (
                    u16::try_from(col * panel_width),
                    u16::try_from(y),
                    u16::try_from(panel_width.saturating_sub(1)),
                    u16::try_from(height.min(room)),
                ) else {
                    return;
                };
                let rect = Rect::new(area.x.saturating_add(x), area.y.saturating_add(top), w, h);
                let lines = match panel {
                    Panel::Activity => self.activity(usize::from(w)),
                    Panel::Quiz(quiz) => self.panel(quiz, usize::from(w), usize::from(h)),
                };
                draw_lines(buf, rect.intersection(area), &lines, 0);
            }
            // A blank line between rows of panels.
            y += height + 1;
        }
    }

    /// The activity panel: a calendar of the last weeks, a column per week and a row
    /// per weekday, each day shaded by its study events, under the streaks.
    fn activity(&self, width: usize) -> Vec<Line<'static>> {
        let theme = self.theme;
        let today = day_number(self.today);
        let (current, longest) = self.status.streaks(today);
        let mut lines = vec![
            Line::from(vec![
                Span::styled(ACTIVITY, theme.strong),
                Span::styled(
                    fit(LEGEND, width.saturating_sub(ACTIVITY.width())),
                    theme.muted,
                ),
            ]),
            Line::from(vec![
                Span::styled(
                    format!("Streak: {}", days(current)),
                    if current > 0 {
                        right_style(theme)
                    } else {
                        theme.muted
                    },
                ),
                Span::styled(format!(" · longest {}", days(longest)), theme.muted),
            ]),
        ];
        let weeks = (width.saturating_sub(WEEKDAYS[0].len()) / 2).clamp(1, WEEKS);
        let back = 7 * i64::try_from(weeks - 1).unwrap_or(0);
        let first_monday = today - weekday(today) - back;
        lines.push(Line::styled(month_row(first_monday, weeks), theme.muted));
        let events: BTreeMap<i64, u32> = self.status.study_days.iter().copied().collect();
        for (row, label) in (0_i64..).zip(WEEKDAYS) {
            let mut spans = vec![Span::styled(label, theme.muted)];
            for week in (0_i64..).take(weeks) {
                let day = first_monday + 7 * week + row;
                if day > today {
                    break;
                }
                spans.push(shade(events.get(&day).copied().unwrap_or(0), theme));
                spans.push(Span::raw(" "));
            }
            lines.push(Line::from(spans));
        }
        lines
    }

    fn panel(&self, quiz: &QuizStatus, width: usize, height: usize) -> Vec<Line<'static>> {
        let theme = self.theme;
        let mut lines = vec![Line::styled(fit(&quiz.title, width), theme.strong)];
        let mut detail = quiz.best.map_or_else(
            || " · no score yet".to_owned(),
            |b| format!(" · best {b}/{}", quiz.questions),
        );
        let unfinished = quiz
            .attempts
            .iter()
            .filter(|a| a.finished.is_none())
            .count();
        if unfinished > 0 {
            let _ = write!(detail, " · {unfinished} unfinished");
        }
        let mut state = vec![if quiz.mastered {
            Span::styled("✓ mastered", right_style(theme))
        } else {
            Span::styled("not mastered", theme.muted)
        }];
        let room = width.saturating_sub(state.iter().map(Span::width).sum());
        state.push(Span::styled(fit(&detail, room), theme.muted));
        lines.push(Line::from(state));
        let rows = chart_rows(quiz).min(height.saturating_sub(3));
        lines.extend(chart(quiz, width, rows, theme));
        lines
    }
}

/// Rows of a quiz's chart: one per question up to [`CHART_ROWS`], so small quizzes
/// are drawn exactly.
fn chart_rows(quiz: &QuizStatus) -> usize {
    quiz.questions.clamp(1, CHART_ROWS)
}

/// Lines a panel takes; for a quiz: title, state, then the chart and its axis (or a
/// note).
fn panel_height(panel: Panel) -> usize {
    let Panel::Quiz(quiz) = panel else {
        return ACTIVITY_ROWS;
    };
    if quiz.attempts.iter().any(|a| a.finished.is_some()) {
        2 + chart_rows(quiz) + 1
    } else {
        3
    }
}

/// A bar per finished attempt (the latest that fit), scaled to `rows` rows, with the
/// pass mark drawn across the chart and labelled on its right.
fn chart(quiz: &QuizStatus, width: usize, rows: usize, theme: &Theme) -> Vec<Line<'static>> {
    let scores: Vec<(u32, bool)> = quiz
        .attempts
        .iter()
        .filter(|a| a.finished.is_some())
        .map(|a| (a.correct, a.passed))
        .collect();
    if scores.is_empty() {
        return vec![Line::styled(fit(NO_ATTEMPTS, width), theme.muted)];
    }
    if rows == 0 {
        return Vec::new();
    }
    let total = quiz.questions.max(1);
    let pass_label = format!(
        " pass {}/{} ({}%)",
        quiz.needed, quiz.questions, quiz.mastery
    );
    let fit_bars = width.saturating_sub(1 + pass_label.width()) / BAR;
    let shown = &scores[scores.len().saturating_sub(fit_bars)..];
    let eighths = |correct: usize| correct.saturating_mul(rows * 8) / total;
    let pass = eighths(quiz.needed);
    // The row (counted from the bottom) a bar must fill into to reach the pass mark.
    let pass_row = pass.saturating_sub(1) / 8;
    let mut lines = Vec::new();
    for from_bottom in (0..rows).rev() {
        let on_pass = from_bottom == pass_row;
        let mut spans = vec![Span::styled(if on_pass { "┼" } else { "│" }, theme.muted)];
        for &(correct, passed) in shown {
            let level = eighths(correct as usize).max(usize::from(correct > 0));
            let fill = level.saturating_sub(from_bottom * 8).min(8);
            let style = if passed {
                right_style(theme)
            } else {
                wrong_style(theme)
            };
            if fill == 0 && on_pass {
                spans.push(Span::styled("┈┈┈┈", theme.muted));
            } else {
                spans.push(Span::styled(EIGHTHS[fill].repeat(3), style));
                spans.push(Span::styled(if on_pass { "┈" } else { " " }, theme.muted));
            }
        }
        if on_pass {
            spans.push(Span::styled(pass_label.clone(), theme.muted));
        }
        lines.push(Line::from(spans));
    }
    let mut axis = vec![Span::styled("└", theme.muted)];
    for &(correct, _) in shown {
        axis.push(Span::styled(format!("{correct:^3} "), theme.muted));
    }
    if shown.len() < scores.len() {
        axis.push(Span::styled(format!("(last {})", shown.len()), theme.muted));
    }
    lines.push(Line::from(axis));
    lines
}

/// A bar of `width` cells, `percent` of them filled.
fn gauge(percent: u32, width: usize, theme: &Theme) -> Vec<Span<'static>> {
    let percent = usize::try_from(percent.min(100)).unwrap_or(100);
    let filled = (percent * width + 50) / 100;
    vec![
        Span::styled("█".repeat(filled), theme.task_done),
        Span::styled("░".repeat(width.saturating_sub(filled)), theme.muted),
    ]
}

/// The distinct UTC days with any study (an attempt started or finished, or a day the
/// study tools recorded), in order.
pub fn study_days(status: &CourseStatus) -> Vec<i64> {
    status.study_days.iter().map(|&(day, _)| day).collect()
}

/// The cell of a day with `events` study events: a distinct character per level, so
/// that it reads without colour, and the theme's colours when there are any.
fn shade(events: u32, theme: &Theme) -> Span<'static> {
    match events {
        0 => Span::styled("·", theme.muted),
        1..=2 => Span::styled("▪", theme.task_done),
        3..=5 => Span::styled("■", theme.task_done),
        _ => Span::styled("█", right_style(theme)),
    }
}

/// Monday is 0. Day 0, 1970-01-01, was a Thursday.
fn weekday(day: i64) -> i64 {
    (day + 3).rem_euclid(7)
}

/// `Nov` above the week column holding the 1st of each month (and above the first
/// column when the next label leaves room), for weeks starting at `first_monday`.
fn month_row(first_monday: i64, weeks: usize) -> String {
    let month = |week: usize| {
        let sunday = first_monday + 7 * i64::try_from(week).unwrap_or(0) + 6;
        date_of_day(sunday).month()
    };
    let starts: Vec<usize> = (1..weeks).filter(|&w| month(w) != month(w - 1)).collect();
    // Three columns keep a space either side of the first label.
    let first = (starts.first().is_none_or(|&w| w >= 3)).then_some(0);
    let mut row = " ".repeat(WEEKDAYS[0].len());
    for week in first.into_iter().chain(starts) {
        let x = WEEKDAYS[0].len() + 2 * week;
        let name = MONTHS[usize::try_from(month(week)).unwrap_or(1).clamp(1, 12) - 1];
        if row.len() <= x {
            row.push_str(&" ".repeat(x - row.len()));
            row.push_str(name);
        }
    }
    row
}

fn days(n: u32) -> String {
    format!("{n} day{}", if n == 1 { "" } else { "s" })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

const PROGRESS: &str = "Progress";
const CHAPTERS: &str = "Chapters";
const ACTIVITY: &str = "Activity";
const LEGEND: &str = "  less · ▪ ■ █ more";
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const NO_ATTEMPTS: &str = "no finished attempt yet";
