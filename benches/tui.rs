//! TUI budgets (SPEC §9) with ratatui's `TestBackend`: at 200×60 on a 1 MB chapter, a
//! key press to a finished frame (the layout already made and highlighted, as it is
//! while reading) and the first frame (the home screen, and opening the chapter, which
//! parses and lays out the whole megabyte without waiting for highlighting); on the
//! built-in course at 100×30, a key on the home screen and a frame of a quiz question
//! whose prompt holds a 12-line Rust block. The first frame from process start is
//! measured in a pseudo-terminal by `benches/startup.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tutor::course::study::StudyItems;
use tutor::course::{Chapter, Course, CourseMeta};
use tutor::markdown::sample::sample_chapter;
use tutor::progress::{Clock, ProgressStore};
use tutor::quiz::{Question, QuestionKind, Quiz};
use tutor::theme::{Theme, ThemeKind};
use tutor::tui::action::Action;
use tutor::tui::app::App;
use tutor::tui::home::HomeAction;
use tutor::tui::quiz::QuizAction;
use tutor::tui::reader::ReaderAction;
use tutor::tui::view;

const COLS: u16 = 200;
const ROWS: u16 = 60;

fn course() -> Course {
    let body = sample_chapter(1_000_000);
    Course {
        meta: CourseMeta {
            id: "bench".into(),
            title: "Bench".into(),
            ..CourseMeta::default()
        },
        chapters: vec![Chapter {
            id: "big".into(),
            title: "A megabyte".into(),
            summary: None,
            minutes: None,
            study: StudyItems::find(&body),
            body,
            ..Chapter::default()
        }],
        quizzes: Vec::new(),
        book: None,
    }
}

fn app(course: &Course) -> App<'_> {
    App::new(
        course,
        ProgressStore::in_memory("bench"),
        Theme::new(ThemeKind::Dark, true),
        Clock::Fixed(jiff::Timestamp::UNIX_EPOCH),
    )
}

fn plain_app(course: &Course) -> App<'_> {
    App::new(
        course,
        ProgressStore::in_memory("bench"),
        Theme::new(ThemeKind::Dark, false),
        Clock::Fixed(jiff::Timestamp::UNIX_EPOCH),
    )
}

fn key_to_frame(c: &mut Criterion) {
    let course = course();
    let mut app = app(&course);
    let mut terminal = Terminal::new(TestBackend::new(COLS, ROWS)).unwrap();
    app.resize(COLS, ROWS);
    app.apply(Action::Home(HomeAction::Open));
    // Reading as it is after the first moments: highlighted and laid out again (with
    // no loop to wake, the app highlights as it opens the chapter).
    assert!(app.reader().unwrap().highlighted);
    app.apply(Action::Reader(ReaderAction::Page(10)));
    terminal.draw(|f| view::draw(f, &app)).unwrap();
    let mut down = true;
    c.bench_function("tui_key_to_frame_1mb_200x60", |b| {
        b.iter(|| {
            down = !down;
            app.apply(Action::Reader(ReaderAction::Scroll(if down {
                1
            } else {
                -1
            })));
            terminal.draw(|f| view::draw(f, &app)).unwrap();
            black_box(terminal.backend().buffer().area);
        });
    });
    c.bench_function("tui_page_to_frame_1mb_200x60", |b| {
        b.iter(|| {
            down = !down;
            app.apply(Action::Reader(ReaderAction::Page(if down {
                1
            } else {
                -1
            })));
            terminal.draw(|f| view::draw(f, &app)).unwrap();
        });
    });
}

fn first_frame(c: &mut Criterion) {
    let course = course();
    let mut group = c.benchmark_group("tui_first_frame");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(6));
    group.bench_function("home", |b| {
        b.iter(|| {
            let mut app = app(&course);
            let mut terminal = Terminal::new(TestBackend::new(COLS, ROWS)).unwrap();
            app.resize(COLS, ROWS);
            terminal.draw(|f| view::draw(f, &app)).unwrap();
        });
    });
    group.bench_function("open_1mb_chapter", |b| {
        b.iter(|| {
            let mut app = plain_app(&course);
            let mut terminal = Terminal::new(TestBackend::new(COLS, ROWS)).unwrap();
            app.resize(COLS, ROWS);
            // Without colour: highlighting runs on its own thread while reading, and
            // is not part of the first frame.
            app.apply(Action::Home(HomeAction::Open));
            terminal.draw(|f| view::draw(f, &app)).unwrap();
        });
    });
    group.finish();
}

/// A key on the home screen of the built-in course, and its frame.
fn home_key(c: &mut Criterion) {
    let loaded = Course::builtin().unwrap();
    let mut app = app(&loaded.course);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    app.resize(100, 30);
    terminal.draw(|f| view::draw(f, &app)).unwrap();
    let mut down = true;
    c.bench_function("tui_home_key_to_frame_100x30", |b| {
        b.iter(|| {
            down = !down;
            app.apply(Action::Home(HomeAction::Select(if down { 1 } else { -1 })));
            terminal.draw(|f| view::draw(f, &app)).unwrap();
            black_box(terminal.backend().buffer().area);
        });
    });
}

/// A question whose prompt holds a 12-line Rust block, as the built-in course's
/// quizzes have.
fn code_quiz() -> Course {
    let code = (1..=12)
        .map(|i| format!("    let value_{i} = compute({i}).unwrap_or_default(); // step {i}"))
        .collect::<Vec<_>>()
        .join("\n");
    let prompt = format!("What does this print?\n\n```rust\nfn main() {{\n{code}\n}}\n```");
    let question = Question {
        id: "q1".into(),
        prompt,
        context: None,
        group: None,
        kind: QuestionKind::Choice {
            choices: vec!["`1`".into(), "`2`".into(), "It does not compile".into()],
            answer: vec![2],
            select_all: false,
            why: std::collections::BTreeMap::new(),
        },
        explanation: Some("Because of `unwrap_or_default`.".into()),
        prompt_explanation: false,
        section: None,
    };
    let mut course = course();
    course.quizzes = vec![Quiz {
        id: "code".into(),
        title: "Code".into(),
        chapter: None,
        mastery: 80,
        questions: vec![question],
    }];
    course
}

/// A frame of the quiz screen on that question, after a key that moves the choice.
fn quiz_frame(c: &mut Criterion) {
    let course = code_quiz();
    let mut app = app(&course);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    app.resize(100, 30);
    app.open_quiz(0);
    terminal.draw(|f| view::draw(f, &app)).unwrap();
    let mut down = true;
    c.bench_function("tui_quiz_key_to_frame_rust_block_100x30", |b| {
        b.iter(|| {
            down = !down;
            let action = if down {
                QuizAction::Down
            } else {
                QuizAction::Up
            };
            app.apply(Action::Quiz(action));
            terminal.draw(|f| view::draw(f, &app)).unwrap();
            black_box(terminal.backend().buffer().area);
        });
    });
}

criterion_group!(benches, key_to_frame, first_frame, home_key, quiz_frame);
criterion_main!(benches);
