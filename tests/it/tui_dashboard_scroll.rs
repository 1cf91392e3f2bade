//! The dashboard as a long page: the reader's keys scroll it to every quiz's panel,
//! the review queue in figures above the chapters, and gauges full only at 100%.
use crate::common::{app, buffer_rows, press, press_ctrl, press_key, sample, screen_text};
use crate::tui_dashboard::{DAY, START, draw, draw_scrolled, instant, studied};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tutor::course::Course;
use tutor::progress::clock::{add_days, utc_date};
use tutor::progress::{ChapterProgress, Progress, SeenLines};
use tutor::study::CourseStatus;
use tutor::study::review::QueueSummary;
use tutor::theme::Theme;
use tutor::tui::app::App;
use tutor::tui::dashboard::DashboardAction;
use tutor::tui::input::Input;
use tutor::tui::keymap::KeyCode;
use tutor::tui::view;

/// The dashboard drawn through the app at `cols`×`rows`, as text.
fn app_screen(app: &mut App<'_>, cols: u16, rows: u16) -> String {
    app.resize(cols, rows);
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    screen_text(terminal.backend().buffer())
}

#[test]
fn every_quiz_of_the_builtin_course_is_reached_by_scrolling_at_100x30() {
    let course = Course::builtin().unwrap().course;
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&course, dir.path());
    press(&mut app, "p");
    let mut seen = app_screen(&mut app, 100, 30);
    let first = seen.clone();
    // Page by page with the reader's space, to the end and no further.
    for _ in 0..20 {
        press(&mut app, " ");
        seen.push_str(&app_screen(&mut app, 100, 30));
    }
    // Each quiz's panel, its title cut to the panel's width at most.
    for quiz in &course.quizzes {
        let start: String = quiz.title.chars().take(40).collect();
        assert!(seen.contains(&start), "{} never shown", quiz.title);
    }
    let end = app_screen(&mut app, 100, 30);
    press(&mut app, "j");
    assert_eq!(app_screen(&mut app, 100, 30), end, "j stops at the end");
    let (_, last) = end
        .lines()
        .rev()
        .find(|l| l.contains("lines "))
        .unwrap()
        .split_once("lines ")
        .unwrap();
    let (range, total) = last.split_once(" of ").unwrap();
    assert!(
        range.ends_with(total.trim()),
        "the last line is in view: {last}"
    );
    // g (and Home) go back to the top, G to the end; k and Ctrl-u move up.
    press(&mut app, "g");
    assert_eq!(app_screen(&mut app, 100, 30), first);
    press(&mut app, "G");
    assert_eq!(app_screen(&mut app, 100, 30), end);
    press(&mut app, "k");
    assert_ne!(app_screen(&mut app, 100, 30), end);
    press_ctrl(&mut app, 'u');
    press_ctrl(&mut app, 'd');
    press(&mut app, "d");
    assert_eq!(
        app_screen(&mut app, 100, 30),
        end,
        "half pages down reach the end"
    );
    // The wheel scrolls it as it scrolls the reader.
    app.handle(Input::Wheel(-3));
    assert_ne!(app_screen(&mut app, 100, 30), end);
    // Leaving and coming back starts at the top.
    press(&mut app, "q");
    press(&mut app, "p");
    assert_eq!(app_screen(&mut app, 100, 30), first);
}

#[test]
fn scrolling_stops_at_both_ends_and_a_page_keeps_a_line() {
    let status = studied();
    let queue = QueueSummary::default();
    let theme = Theme::plain();
    let lines = |keys: &[DashboardAction]| {
        buffer_rows(
            draw_scrolled(&status, &queue, &theme, (80, 12), keys)
                .backend()
                .buffer(),
        )
    };
    let top = lines(&[]);
    assert_eq!(lines(&[DashboardAction::Scroll(-1)]), top);
    assert_eq!(lines(&[DashboardAction::Page(-1)]), top);
    let rows = |screen: &str| screen.lines().map(str::to_owned).collect::<Vec<_>>();
    let paged = rows(&lines(&[DashboardAction::Page(1)]));
    // Ten lines in view: a page moves nine, so the last line seen is the first now.
    assert_eq!(paged[1], rows(&top)[10]);
    let bottom = lines(&[DashboardAction::Bottom]);
    assert_eq!(
        lines(&[DashboardAction::Bottom, DashboardAction::Scroll(5)]),
        bottom
    );
    assert!(bottom.contains("lines 18–27 of 27"), "{bottom}");
    assert_eq!(
        lines(&[
            DashboardAction::Bottom,
            DashboardAction::HalfPage(-1),
            DashboardAction::Top
        ]),
        top
    );
}

#[test]
fn the_review_queue_shows_what_is_due_when_the_next_come_and_each_box() {
    let status = studied();
    let today = utc_date(instant(START + 6 * DAY));
    let queue = QueueSummary {
        due: 3,
        next: Some((add_days(today, 1), 2)),
        boxes: [4, 2, 0, 1, 2],
    };
    let screen = buffer_rows(
        draw_scrolled(&status, &queue, &Theme::plain(), (100, 30), &[])
            .backend()
            .buffer(),
    );
    assert!(
        screen.contains(
            "Review queue: 3 due today (v on the course screen) · next 2 tomorrow · 9 cards in all"
        ),
        "{screen}"
    );
    assert!(
        screen.contains("In boxes 1–5: 4 · 2 · 0 · 1 · 2 (back after 1, 2, 4, 8, 16 days)"),
        "{screen}"
    );
    // Above the chapters, next to reading and mastery.
    let at = |what: &str| {
        screen
            .lines()
            .position(|l| l.trim_start().starts_with(what))
            .unwrap()
    };
    assert!(at("Chapters read") < at("Review queue"));
    assert!(at("Review queue") < at("1. System Design Principles"));
    let later = QueueSummary {
        next: Some((add_days(today, 5), 1)),
        due: 0,
        ..queue
    };
    let screen = buffer_rows(
        draw_scrolled(&status, &later, &Theme::plain(), (100, 30), &[])
            .backend()
            .buffer(),
    );
    assert!(
        screen.contains("nothing due today · next 1 on 5 Dec · 9 cards in all"),
        "{screen}"
    );
}

#[test]
fn the_review_queue_of_the_app_counts_cards_by_box() {
    let loaded = sample();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&loaded.course, dir.path());
    // Chapter 2's quiz, every answer a): five cards into box 1, due tomorrow.
    press(&mut app, "jt");
    for _ in 0..5 {
        press(&mut app, "a");
        press_key(&mut app, KeyCode::Enter);
        press_key(&mut app, KeyCode::Enter);
    }
    press(&mut app, "qp");
    let screen = app_screen(&mut app, 100, 30);
    assert!(
        screen.contains("Review queue: nothing due today · next 5 tomorrow · 5 cards in all"),
        "{screen}"
    );
    assert!(
        screen.contains("In boxes 1–5: 5 · 0 · 0 · 0 · 0"),
        "{screen}"
    );
}

#[test]
fn a_bar_is_full_only_at_100_percent() {
    use tutor::tui::draw::gauge;
    let style = ratatui::style::Style::default();
    let cells = |percent, width| {
        let spans = gauge(percent, width, style, style);
        (
            spans[0].content.chars().count(),
            spans[1].content.chars().count(),
        )
    };
    for width in 1..=100 {
        assert_eq!(cells(100, width), (width, 0));
        for percent in [1, 50, 95, 99] {
            let (filled, empty) = cells(percent, width);
            assert_eq!(filled + empty, width);
            assert!(empty >= 1, "{percent}% of {width} looks full");
            assert!(filled * 100 <= width * percent as usize, "rounded down");
        }
    }
    // A chapter all but its last line read: 9x% and a bar with an empty cell.
    let course = sample().course;
    let chapter = &course.chapters[1];
    let lines = chapter.line_count();
    let mut progress = Progress::default();
    let mine = progress.courses.entry(course.meta.id.clone()).or_default();
    let mut record = ChapterProgress::default();
    record.record_seen(&SeenLines::of(1, lines - 1), lines);
    mine.chapters.insert(chapter.id.clone(), record);
    let status = CourseStatus::new(&course, &progress);
    assert!(status.chapters[1].percent >= 95, "{:?}", status.chapters[1]);
    let screen = buffer_rows(draw(&status, &Theme::plain(), 80, 24).backend().buffer());
    let row = screen
        .lines()
        .find(|l| l.contains("2. Scalability Patterns"))
        .unwrap();
    assert!(row.contains("█░ "), "{row}");
}

#[test]
fn the_pass_mark_is_never_what_a_chapter_row_cuts_at_80_columns() {
    let course = Course::builtin().unwrap().course;
    let dir = tempfile::tempdir().unwrap();
    // A failed attempt at chapter 1's quiz of 12 questions: "best 2/12 (need 10)".
    let graded = crate::common::tutor_with_data(dir.path())
        .args(["quiz", "1", "--answers", "a,a,a,a,a,a,a,a,a,a,a,a"])
        .output()
        .unwrap();
    assert_eq!(graded.status.code(), Some(1));
    let mut app = app(&course, dir.path());
    press(&mut app, "p");
    let screen = app_screen(&mut app, 80, 24);
    let row = screen
        .lines()
        .find(|l| l.contains(" 1. System Design Principles"))
        .unwrap();
    assert!(row.trim_end().ends_with("(need 10)"), "{row}");
    // The long titles shorten instead.
    assert!(screen.contains("Message Queues and Event…"), "{screen}");
}
