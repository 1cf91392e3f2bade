//! TUI budgets (SPEC §9) with ratatui's `TestBackend` at 200×60 on a 1 MB chapter:
//! a key press to a finished frame (the layout already made and highlighted, as it is
//! while reading), and the first frame — the home screen, and opening the chapter,
//! which parses and lays out the whole megabyte without waiting for highlighting.
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
use tutor::theme::{Theme, ThemeKind};
use tutor::tui::action::Action;
use tutor::tui::app::App;
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
        }],
        quizzes: Vec::new(),
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

fn key_to_frame(c: &mut Criterion) {
    let course = course();
    let mut app = app(&course);
    let mut terminal = Terminal::new(TestBackend::new(COLS, ROWS)).unwrap();
    app.apply(Action::Resize(COLS, ROWS));
    app.apply(Action::Open);
    // Reading as it is after the first moments: highlighted and laid out again.
    app.reader.as_ref().unwrap().doc.highlight();
    app.apply(Action::Tick(std::time::Instant::now()));
    assert!(app.reader.as_ref().unwrap().highlighted);
    app.apply(Action::Page(10));
    terminal.draw(|f| view::draw(f, &app)).unwrap();
    let mut down = true;
    c.bench_function("tui_key_to_frame_1mb_200x60", |b| {
        b.iter(|| {
            down = !down;
            app.apply(Action::Scroll(if down { 1 } else { -1 }));
            terminal.draw(|f| view::draw(f, &app)).unwrap();
            black_box(terminal.backend().buffer().area);
        });
    });
    c.bench_function("tui_page_to_frame_1mb_200x60", |b| {
        b.iter(|| {
            down = !down;
            app.apply(Action::Page(if down { 1 } else { -1 }));
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
            app.apply(Action::Resize(COLS, ROWS));
            terminal.draw(|f| view::draw(f, &app)).unwrap();
        });
    });
    group.bench_function("open_1mb_chapter", |b| {
        b.iter(|| {
            let mut app = app(&course);
            let mut terminal = Terminal::new(TestBackend::new(COLS, ROWS)).unwrap();
            app.apply(Action::Resize(COLS, ROWS));
            // Update only: the highlighting thread is an effect, not part of the frame.
            let _ = tutor::tui::update::update(&mut app, Action::Open);
            terminal.draw(|f| view::draw(f, &app)).unwrap();
        });
    });
    group.finish();
}

criterion_group!(benches, key_to_frame, first_frame);
criterion_main!(benches);
