//! The dashboard's pictures: a quiz's chart of finished attempts against its pass
//! mark, and the study calendar's cells and month labels. Pure functions from the
//! course status to lines.
use super::build::{ACTIVITY_ROWS, BAR, CHART_ROWS, EIGHTHS, MONTHS, Panel, WEEKDAYS};
use crate::progress::clock::date_of_day;
use crate::study::QuizStatus;
use crate::tui::draw::fit;
use crate::tui::text;
use crate::tui::theme::Palette;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// Rows of a quiz's chart: one per question up to [`CHART_ROWS`], so small quizzes
/// are drawn exactly.
pub(super) fn chart_rows(quiz: &QuizStatus) -> usize {
    quiz.questions.clamp(1, CHART_ROWS)
}

/// Lines a panel takes; for a quiz: title, state, then the chart and its axis (or a
/// note).
pub(super) fn panel_height(panel: Panel) -> usize {
    let Panel::Quiz(quiz) = panel else {
        return ACTIVITY_ROWS;
    };
    if quiz
        .attempts
        .iter()
        .any(|a| a.finished.is_some() && !a.practice)
    {
        2 + chart_rows(quiz) + 1
    } else {
        3
    }
}

/// A bar per finished attempt (the latest that fit), scaled to `rows` rows, with the
/// pass mark drawn across the chart and labelled on its right.
pub(super) fn chart(
    quiz: &QuizStatus,
    width: usize,
    rows: usize,
    p: &Palette,
) -> Vec<Line<'static>> {
    let scores: Vec<(u32, bool)> = quiz
        .attempts
        .iter()
        .filter(|a| a.finished.is_some() && !a.practice)
        .map(|a| (a.correct, a.passed))
        .collect();
    if scores.is_empty() {
        return vec![Line::styled(
            fit(text::DASHBOARD_NO_ATTEMPTS, width),
            p.muted,
        )];
    }
    if rows == 0 {
        return Vec::new();
    }
    let total = quiz.questions.max(1);
    let pass_label = text::pass_line(quiz.needed, quiz.questions, quiz.mastery);
    let fit_bars = width.saturating_sub(1 + pass_label.width()) / BAR;
    let shown = &scores[scores.len().saturating_sub(fit_bars)..];
    let eighths = |correct: usize| correct.saturating_mul(rows * 8) / total;
    let pass = eighths(quiz.needed);
    // The row (counted from the bottom) a bar must fill into to reach the pass mark.
    let pass_row = pass.saturating_sub(1) / 8;
    let mut lines = Vec::new();
    for from_bottom in (0..rows).rev() {
        let on_pass = from_bottom == pass_row;
        let mut spans = vec![Span::styled(if on_pass { "┼" } else { "│" }, p.muted)];
        for &(correct, passed) in shown {
            let level = eighths(correct as usize).max(usize::from(correct > 0));
            let fill = level.saturating_sub(from_bottom * 8).min(8);
            let style = if passed { p.right } else { p.wrong };
            if fill == 0 && on_pass {
                spans.push(Span::styled("┈┈┈┈", p.muted));
            } else {
                spans.push(Span::styled(EIGHTHS[fill].repeat(3), style));
                spans.push(Span::styled(if on_pass { "┈" } else { " " }, p.muted));
            }
        }
        if on_pass {
            spans.push(Span::styled(pass_label.clone(), p.muted));
        }
        lines.push(Line::from(spans));
    }
    let mut axis = vec![Span::styled("└", p.muted)];
    for &(correct, _) in shown {
        axis.push(Span::styled(format!("{correct:^3} "), p.muted));
    }
    if shown.len() < scores.len() {
        axis.push(Span::styled(text::last_attempts(shown.len()), p.muted));
    }
    lines.push(Line::from(axis));
    lines
}

/// The cell of a day with `events` study events: a distinct character per level, so
/// that it reads without colour, and the theme's colours when there are any.
pub(super) fn shade(events: u32, p: &Palette) -> Span<'static> {
    match events {
        0 => Span::styled("·", p.muted),
        1..=2 => Span::styled("▪", p.done),
        3..=5 => Span::styled("■", p.done),
        _ => Span::styled("█", p.right),
    }
}

/// Monday is 0. Day 0, 1970-01-01, was a Thursday.
pub(super) fn weekday(day: i64) -> i64 {
    (day + 3).rem_euclid(7)
}

/// `Nov` above the week column holding the 1st of each month (and above the first
/// column when the next label leaves room), for weeks starting at `first_monday`.
pub(super) fn month_row(first_monday: i64, weeks: usize) -> String {
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
