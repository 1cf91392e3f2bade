//! Drawing the progress dashboard from a course status: snapshots at two sizes, the
//! figures it derives, and no panic at any size.

use crate::common::{buffer_rows, sample};
use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use tutor::progress::clock::{day_number, utc_date};
use tutor::progress::{Attempt, ChapterProgress, GivenAnswer, Progress};
use tutor::study::CourseStatus;
use tutor::study::review::QueueSummary;
use tutor::theme::Theme;
use tutor::tui::dashboard::{Dashboard, DashboardAction, DashboardView, Facts, study_days};
use tutor::tui::theme::Palette;

pub(crate) const DAY: i64 = 86_400;
/// 2026-11-24T09:00:00Z, a Tuesday.
pub(crate) const START: i64 = 1_795_510_800;

/// `seconds` since the epoch.
pub(crate) fn instant(seconds: i64) -> Timestamp {
    Timestamp::from_second(seconds).unwrap()
}

fn attempt(id: &str, day: i64, correct: u32, total: u32, needed: u32, finished: bool) -> Attempt {
    let started = START + day * DAY;
    Attempt {
        id: id.into(),
        started: instant(started),
        finished: finished.then(|| instant(started + 600)),
        answers: (0..total)
            .map(|i| GivenAnswer {
                question: format!("q{i}"),
                given: "a".into(),
                correct: i < correct,
                ..GivenAnswer::default()
            })
            .collect(),
        correct,
        total,
        needed,
        passed: correct >= needed,
        practice: false,
        abandoned: false,
        shuffle: None,
        ..Attempt::default()
    }
}

fn status_of(progress: &Progress) -> CourseStatus {
    CourseStatus::new(&sample().course, progress)
}

/// Some reading, five attempts over four days (one unfinished), and the study tools'
/// days: a week-long run five weeks earlier and the day between attempts.
pub(crate) fn studied() -> CourseStatus {
    let mut progress = Progress::default();
    let course = "system-design-fundamentals";
    let scaling = "02-scalability-patterns";
    for a in [
        attempt("1", 0, 2, 5, 4, true),
        attempt("2", 0, 3, 5, 4, true),
        attempt("3", 2, 4, 5, 4, true),
        attempt("4", 3, 5, 5, 4, true),
        attempt("5", 5, 1, 5, 4, false),
    ] {
        progress.record_attempt(course, scaling, a);
    }
    progress.record_attempt(
        course,
        "03-database-design-for-scale",
        attempt("6", 5, 1, 3, 3, true),
    );
    let mine = progress.courses.get_mut(course).unwrap();
    for day in (-36..=-30).chain([4]) {
        mine.study.days.insert(utc_date(instant(START + day * DAY)));
    }
    let chapters = &mut mine.chapters;
    chapters.insert(
        "01-system-design-principles".into(),
        ChapterProgress {
            position: 0,
            furthest: 70,
            finished: true,
            updated: None,
            ..ChapterProgress::default()
        },
    );
    chapters.insert(
        "02-scalability-patterns".into(),
        ChapterProgress {
            position: 20,
            furthest: 28,
            finished: false,
            updated: None,
            ..ChapterProgress::default()
        },
    );
    status_of(&progress)
}

pub(crate) fn draw(
    status: &CourseStatus,
    theme: &Theme,
    width: u16,
    height: u16,
) -> Terminal<TestBackend> {
    draw_scrolled(
        status,
        &QueueSummary::default(),
        theme,
        (width, height),
        &[],
    )
}

/// The dashboard of `status` and `queue` in a window of `size`, after `keys`.
pub(crate) fn draw_scrolled(
    status: &CourseStatus,
    queue: &QueueSummary,
    theme: &Theme,
    (width, height): (u16, u16),
    keys: &[DashboardAction],
) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let today = utc_date(instant(START + 6 * DAY));
    let palette = Palette::new(theme);
    let facts = Facts {
        status,
        queue,
        today,
        palette: &palette,
    };
    let mut dashboard = Dashboard::new(&facts, (width, height));
    for &key in keys {
        dashboard.update(key);
    }
    terminal
        .draw(|frame| {
            frame.render_widget(
                DashboardView {
                    dashboard: &dashboard,
                    palette: &palette,
                },
                frame.area(),
            );
        })
        .unwrap();
    terminal
}

#[test]
fn snapshots_of_the_dashboard() {
    let status = studied();
    let theme = Theme::default();
    for (width, height) in [(80, 24), (120, 40)] {
        let terminal = draw(&status, &theme, width, height);
        insta::assert_snapshot!(format!("dashboard_{width}x{height}"), terminal.backend());
    }
}

#[test]
fn shows_totals_gauges_and_each_quiz_against_its_pass_mark() {
    let status = studied();
    let screen = buffer_rows(draw(&status, &Theme::plain(), 80, 24).backend().buffer());
    assert!(screen.contains("Progress — System Design Fundamentals"));
    // One chapter read and one quiz mastered of three chapters and two quizzes.
    assert!(screen.contains(" 40%"), "{screen}");
    assert!(screen.contains("Chapters read 1/3 · quizzes mastered 1/2 · 6 attempts"));
    assert!(screen.contains("Studied on 12 days, last yesterday"));
    let reading = status.chapters[1].label();
    assert!(reading.ends_with("% read"));
    assert!(
        screen.contains(&format!(" {reading}  ✓ quiz mastered")),
        "{screen}"
    );
    assert!(screen.contains("quiz: best 1/3 (need 3)"));
    assert!(screen.contains("✓ mastered · best 5/5 · 1 unfinished"));
    assert!(screen.contains("pass 4/5 (80%)"));
    // The second quiz is below the window, whole: scrolling shows its chart.
    assert!(!screen.contains("not mastered · best 1/3"), "{screen}");
    let end = [DashboardAction::Bottom];
    let bottom = draw_scrolled(
        &status,
        &QueueSummary::default(),
        &Theme::plain(),
        (80, 24),
        &end,
    );
    let bottom = buffer_rows(bottom.backend().buffer());
    assert!(bottom.contains("not mastered · best 1/3"), "{bottom}");
    assert!(bottom.contains("pass 3/3 (80%)"), "{bottom}");
    let tall = buffer_rows(draw(&status, &Theme::plain(), 120, 40).backend().buffer());
    assert!(tall.contains("pass 3/3 (80%)"), "{tall}");
    // One bar per finished attempt, labelled with its score; the unfinished one has none.
    assert!(screen.contains("└ 2   3   4   5 "), "{screen}");
}

#[test]
fn bars_reach_the_pass_line_exactly_when_the_attempt_passed() {
    let status = studied();
    let theme = Theme::default();
    let terminal = draw(&status, &theme, 80, 24);
    let buffer = terminal.backend().buffer();
    let screen = buffer_rows(buffer);
    let rows: Vec<&str> = screen.lines().collect();
    let pass_row = rows.iter().position(|r| r.contains("pass 4/5")).unwrap();
    let axis_row = rows.iter().position(|r| r.contains("└ 2")).unwrap();
    let axis_x = rows[axis_row].chars().position(|c| c == '└').unwrap();
    // One row per question: bar i is centred 2 + 4i columns right of the axis.
    let bar_top = |i: usize| {
        let x = axis_x + 2 + 4 * i;
        (pass_row - 1..axis_row)
            .find(|&y| {
                rows[y]
                    .chars()
                    .nth(x)
                    .is_some_and(|c| "▁▂▃▄▅▆▇█".contains(c))
            })
            .unwrap()
    };
    assert!(bar_top(0) > pass_row, "2/5 stays under the mark");
    assert!(bar_top(1) > pass_row, "3/5 stays under the mark");
    assert_eq!(bar_top(2), pass_row, "4/5 reaches the mark");
    assert!(bar_top(3) < pass_row, "5/5 is above it");
    let fg = |i: usize| {
        let x = u16::try_from(axis_x + 2 + 4 * i).unwrap();
        buffer[(x, u16::try_from(axis_row - 1).unwrap())].fg
    };
    assert_ne!(fg(0), fg(2), "failed and passed attempts differ in colour");
    assert_eq!(fg(2), fg(3));
    assert!(buffer.content().iter().all(|c| c.bg == Color::Reset));
}

#[test]
fn days_studied_are_distinct_utc_days_of_starts_and_finishes() {
    let status = studied();
    assert_eq!(
        study_days(&status).len(),
        12,
        "four with attempts, eight recorded"
    );
    let mut progress = Progress::default();
    let mut late = attempt("1", 0, 1, 3, 3, true);
    late.started = "2026-11-24T23:59:00Z".parse().unwrap();
    late.finished = Some("2026-11-25T00:01:00Z".parse().unwrap());
    progress.record_attempt(
        "system-design-fundamentals",
        "02-scalability-patterns",
        late,
    );
    assert_eq!(
        study_days(&status_of(&progress)).len(),
        2,
        "an attempt over midnight"
    );
    assert!(study_days(&status_of(&Progress::default())).is_empty());
}

#[test]
fn the_calendar_shades_each_day_by_its_study_events_and_counts_the_streaks() {
    let status = studied();
    // Starts and finishes: day 0 has two attempts, day 5 an unfinished one and a
    // finished one; day 4 and the early run only the study tools' record.
    let today = day_number(utc_date(instant(START + 6 * DAY)));
    let events = |d: i64| {
        status
            .study_days
            .iter()
            .find(|&&(day, _)| day == today - 6 + d)
            .map(|&(_, n)| n)
    };
    assert_eq!(events(0), Some(4));
    assert_eq!(events(4), Some(1));
    assert_eq!(events(5), Some(3));
    assert_eq!(events(1), None);
    assert_eq!(
        status.streaks(today),
        (4, 7),
        "days 2 to 5, then the early week"
    );
    // At 40 columns the calendar has its rows to itself.
    let screen = buffer_rows(draw(&status, &Theme::plain(), 40, 30).backend().buffer());
    assert!(screen.contains("Activity  less · ▪ ■ █ more"), "{screen}");
    assert!(
        screen.contains("Streak: 4 days · longest 7 days"),
        "{screen}"
    );
    let rows: Vec<&str> = screen.lines().collect();
    let months = rows.iter().position(|r| r.contains("Nov")).unwrap();
    // Today, Monday 30 November, is alone in the last column: the other rows stop a
    // week earlier.
    let mon = rows[months + 1].trim_end();
    assert!(mon.trim_start().starts_with("Mon "), "{screen}");
    let cells = |r: &str| r.chars().filter(|c| "·▪■█".contains(*c)).count();
    assert_eq!(cells(rows[months + 1]), 16);
    assert_eq!(cells(rows[months + 2]), 15);
    assert_eq!(cells(rows[months + 7]), 15);
    // The week of the attempts, Tuesday to Sunday: four events, none, two, two, one
    // recorded day, three.
    let last_full = |row: usize| rows[months + 1 + row].trim_end().chars().last().unwrap();
    let week: String = (1..7).map(last_full).collect();
    assert_eq!(week, "■·▪▪▪■", "{screen}");
}

#[test]
fn a_course_never_studied_says_so() {
    let status = status_of(&Progress::default());
    let screen = buffer_rows(draw(&status, &Theme::plain(), 80, 24).backend().buffer());
    assert!(screen.contains("0 attempts"), "{screen}");
    assert!(screen.contains("Not studied yet"));
    assert!(screen.contains("no finished attempt yet"));
    assert!(screen.contains("quiz: not taken"));
    assert!(
        screen.contains("Streak: 0 days · longest 0 days"),
        "{screen}"
    );
}

#[test]
fn narrow_screens_drop_columns_rather_than_break() {
    let status = studied();
    let screen = buffer_rows(draw(&status, &Theme::plain(), 40, 30).backend().buffer());
    assert!(screen.contains("Progress — System Design Fundamentals"));
    assert!(screen.contains("Micro-quiz: scaling decisions"));
    assert!(
        !screen.contains("quiz mastered"),
        "the quiz column is dropped at 40"
    );
}

#[test]
fn never_panics_at_any_size() {
    let theme = Theme::default();
    for status in [studied(), status_of(&Progress::default())] {
        for (width, height) in [(1, 1), (10, 3), (39, 9), (40, 10), (200, 60)] {
            draw(&status, &theme, width, height);
        }
        for width in (1..=90).step_by(4) {
            for height in 1..=30 {
                draw(&status, &theme, width, height);
            }
        }
    }
}
