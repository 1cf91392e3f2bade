//! The home screen and the reader over the fixture book (tests/fixtures/book): parts
//! as headings, section numbers and nesting, drafts shown but never selected, and `[`
//! `]` following SUMMARY.md's order past the draft.
use crate::common::{app, load, press, press_key, screen_text};
use crate::mdbook_book::BOOK;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tutor::tui::home::HomeItem;
use tutor::tui::keymap::KeyCode;
use tutor::tui::view;

/// The home screen of the fixture book, in 80×24.
fn home(app: &tutor::tui::app::App<'_>) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    screen_text(terminal.backend().buffer())
}

#[test]
fn home_shows_parts_numbers_nesting_and_drafts() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let app = app(&course, data.path());
    let screen = home(&app);
    // A chapter's quiz is on its row, after how far it was read.
    for row in [
        " ▸ Introduction",
        "   Getting Started",
        "   1. Installing",
        "     1.1. On Linux",
        "     1.2. On Windows",
        "   Going Further",
        "     2.1. Front Matter",
        "     2.2. Not Written Yet",
        "   Afterword",
    ] {
        assert!(
            screen.lines().any(|line| line.starts_with(row)),
            "{row:?} in\n{screen}"
        );
    }
    let row = |start: &str| screen.lines().find(|l| l.starts_with(start)).unwrap();
    assert!(row("   1. Installing").ends_with("0% read  not taken"));
    assert!(row("     1.1. On Linux").ends_with("0% read"));
    assert!(row("     2.2. Not Written Yet").ends_with("draft"));
    assert!(!screen.contains("✎"), "no quiz needs a row of its own");
    insta::assert_snapshot!("book_home_80x24", screen);
}

#[test]
fn the_selection_never_rests_on_a_part_or_a_draft() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let mut app = app(&course, data.path());
    let items = app.home().items().to_vec();
    let mut visited = Vec::new();
    for _ in 0..items.len() + 2 {
        visited.push(items[app.home().selected()]);
        press(&mut app, "j");
    }
    assert!(visited.iter().all(|item| item.selectable()), "{visited:?}");
    let chapters: Vec<usize> = visited
        .iter()
        .filter_map(|item| match item {
            HomeItem::Chapter(i) => Some(*i),
            _ => None,
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(
        chapters,
        [0, 1, 2, 3, 4, 5, 6],
        "every chapter can be reached"
    );
    // The last row is the afterword, its quiz on its row: `t` takes it.
    press(&mut app, "G");
    assert_eq!(items[app.home().selected()], HomeItem::Chapter(6));
    assert_eq!(app.home().chapter_quiz(6), Some(3));
    press(&mut app, "t");
    assert_eq!(app.quiz().unwrap().runner().quiz().id, course.quizzes[3].id);
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), tutor::tui::app::Screen::Home);
    press(&mut app, "g");
    assert_eq!(items[app.home().selected()], HomeItem::Chapter(0));
}

#[test]
fn next_chapter_follows_summary_order_and_skips_the_draft() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let mut app = app(&course, data.path());
    // Down to 2.1, Front Matter: past the chapters and quizzes before it.
    let at = app
        .home()
        .items()
        .iter()
        .filter(|item| item.selectable())
        .position(|item| *item == HomeItem::Chapter(5))
        .unwrap();
    press(&mut app, &"j".repeat(at));
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.reader().map(|r| r.chapter), Some(5));
    press(&mut app, "]");
    let reader = app.reader().unwrap();
    assert_eq!(course.chapters[reader.chapter].id, "afterword");
    press(&mut app, "[");
    press(&mut app, "[");
    let reader = app.reader().unwrap();
    assert_eq!(course.chapters[reader.chapter].id, "further/listings");
}
