//! The reader over the fixture book (tests/fixtures/book): quiz places described by
//! the course, and the focus that `Tab` and `Shift-Tab` move between links, folds and
//! quiz places and `Enter` acts on — following links (and `Backspace` back), opening
//! folds, taking quizzes.
use crate::common::{app, load, press, press_key, screen_text};
use crate::mdbook_book::BOOK;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;
use tutor::tui::app::{App, Screen};
use tutor::tui::home::HomeItem;
use tutor::tui::keymap::KeyCode;
use tutor::tui::reader::focus::Target;
use tutor::tui::view;

/// The screen as text, and whether each cell is drawn reversed.
fn draw(app: &App<'_>) -> (String, Vec<Vec<bool>>) {
    let (cols, rows) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    let buffer = terminal.backend().buffer();
    let reversed = (0..rows)
        .map(|y| {
            (0..cols)
                .map(|x| buffer[(x, y)].modifier.contains(Modifier::REVERSED))
                .collect()
        })
        .collect();
    (screen_text(buffer), reversed)
}

fn screen(app: &App<'_>) -> String {
    draw(app).0
}

/// Opens chapter `index` of the book from the home screen.
fn open(app: &mut App<'_>, index: usize) {
    let at = app
        .home()
        .items()
        .iter()
        .filter(|item| item.selectable())
        .position(|item| *item == HomeItem::Chapter(index))
        .unwrap();
    press(app, &"j".repeat(at));
    press_key(app, KeyCode::Enter);
    assert_eq!(app.reader().map(|r| r.chapter), Some(index));
}

fn focus(app: &App<'_>) -> Option<Target> {
    app.reader().unwrap().focus.clone()
}

fn top(app: &App<'_>) -> usize {
    app.reader().unwrap().top
}

#[test]
fn a_quiz_place_shows_the_quiz_its_size_and_how_the_learner_stands() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let mut app = app(&course, data.path());
    open(&mut app, 1);
    let shown = screen(&app);
    assert!(
        shown.contains("┃ Quiz: Installing · 2 questions · not taken"),
        "{shown}"
    );
    assert!(!shown.contains("install-basics.toml"), "{shown}");
}

#[test]
fn tab_focuses_the_first_link_enter_follows_it_to_its_anchor_and_backspace_returns() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let mut app = app(&course, data.path());
    // Short enough that the introduction scrolls.
    app.resize(80, 12);
    open(&mut app, 0);
    press(&mut app, "jj");
    let before = top(&app);
    assert!(before > 0);
    press_key(&mut app, KeyCode::Tab);
    assert_eq!(focus(&app), Some(Target::Link(0)));
    // The link is drawn reversed, and only it.
    let (text, reversed) = draw(&app);
    let row = text
        .lines()
        .position(|l| l.contains("the Linux page"))
        .unwrap();
    let line = text.lines().nth(row).unwrap();
    let column = line[..line.find("the Linux page").unwrap()].chars().count();
    assert!(reversed[row][column], "{text}");
    assert!(!reversed[row][column.saturating_sub(3)], "{text}");

    press_key(&mut app, KeyCode::Enter);
    let reader = app.reader().unwrap();
    assert_eq!(course.chapters[reader.chapter].id, "getting-started/linux");
    let heading = reader.doc.heading_index("later-lines").unwrap();
    assert_eq!(reader.top, reader.rendered.heading_lines[heading]);
    assert!(reader.top > 0);
    let shown = screen(&app);
    assert!(
        shown.lines().nth(1).unwrap().contains("Later lines"),
        "{shown}"
    );

    press_key(&mut app, KeyCode::Backspace);
    let reader = app.reader().unwrap();
    assert_eq!(reader.chapter, 0);
    assert_eq!(reader.top, before);
    assert_eq!(focus(&app), Some(Target::Link(0)), "the focus is back too");
    press_key(&mut app, KeyCode::Backspace);
    assert_eq!(app.reader().unwrap().chapter, 0);
    assert!(app.status().is_some_and(|s| s.contains("No followed link")));
}

#[test]
fn backspace_goes_back_through_several_links() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let mut app = app(&course, data.path());
    app.resize(80, 12);
    open(&mut app, 0);
    press_key(&mut app, KeyCode::Tab);
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.reader().unwrap().chapter, 2);
    // Back to the introduction by hand, a line further down, and the link again.
    press(&mut app, "[[j");
    assert_eq!((app.reader().unwrap().chapter, top(&app)), (0, 1));
    press_key(&mut app, KeyCode::Tab);
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.reader().unwrap().chapter, 2);
    press_key(&mut app, KeyCode::Backspace);
    assert_eq!((app.reader().unwrap().chapter, top(&app)), (0, 1));
    press_key(&mut app, KeyCode::Backspace);
    assert_eq!((app.reader().unwrap().chapter, top(&app)), (0, 0));
    assert!(app.status().is_none());
}

#[test]
fn enter_on_a_fold_opens_it_and_again_closes_it() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let mut app = app(&course, data.path());
    open(&mut app, 0);
    let closed = screen(&app);
    assert!(closed.contains("▸ Why double braces? (folded"), "{closed}");
    assert!(!closed.contains("cannot appear"), "{closed}");
    press_key(&mut app, KeyCode::Tab);
    press_key(&mut app, KeyCode::Tab);
    assert_eq!(focus(&app), Some(Target::Fold(0)));
    press_key(&mut app, KeyCode::Enter);
    let open = screen(&app);
    assert!(open.contains("Why double braces?"), "{open}");
    assert!(
        open.contains("They cannot appear in ordinary prose by accident."),
        "{open}"
    );
    assert_eq!(app.reader().unwrap().open_folds, [0]);
    assert_eq!(focus(&app), Some(Target::Fold(0)), "the focus stays on it");
    press_key(&mut app, KeyCode::Enter);
    let again = screen(&app);
    assert!(!again.contains("cannot appear"), "{again}");
    assert_eq!(again, closed, "closed again as it was");
}

#[test]
fn enter_on_a_quiz_place_takes_that_quiz_and_leaving_it_returns_to_the_reader() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let mut app = app(&course, data.path());
    app.resize(80, 12);
    open(&mut app, 1);
    press_key(&mut app, KeyCode::Tab);
    assert_eq!(
        focus(&app),
        Some(Target::Quiz("quizzes/install-basics.toml".to_owned()))
    );
    let before = (top(&app), screen(&app));
    assert!(before.0 > 0, "Tab scrolled to the quiz below");
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Quiz);
    assert_eq!(app.quiz().unwrap().runner().quiz().id, "install-basics");
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::Reader);
    assert_eq!(app.reader().unwrap().chapter, 1);
    assert_eq!((top(&app), screen(&app)), before);
}

#[test]
fn shift_tab_goes_backwards() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let mut app = app(&course, data.path());
    open(&mut app, 0);
    press_key(&mut app, KeyCode::BackTab);
    assert_eq!(focus(&app), Some(Target::Link(1)), "the last on screen");
    press_key(&mut app, KeyCode::BackTab);
    assert_eq!(focus(&app), Some(Target::Fold(0)));
    press_key(&mut app, KeyCode::BackTab);
    assert_eq!(focus(&app), Some(Target::Link(0)));
    press_key(&mut app, KeyCode::BackTab);
    assert_eq!(
        focus(&app),
        Some(Target::Link(0)),
        "nothing before the first"
    );
    assert!(app.status().is_some_and(|s| s.contains("above")));
    press_key(&mut app, KeyCode::Tab);
    assert_eq!(focus(&app), Some(Target::Fold(0)));
}

#[test]
fn an_external_link_shows_its_address() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let mut app = app(&course, data.path());
    open(&mut app, 0);
    press_key(&mut app, KeyCode::BackTab);
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.reader().unwrap().chapter, 0, "no chapter opened");
    let shown = screen(&app);
    assert!(
        shown.contains("https://rust-lang.github.io/mdBook/"),
        "{shown}"
    );
}

#[test]
fn a_focused_link_on_the_reader_screen() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let mut app = app(&course, data.path());
    open(&mut app, 0);
    press_key(&mut app, KeyCode::Tab);
    let (text, reversed) = draw(&app);
    // The reversed cells, as `^` under the screen's rows.
    let mut marked = String::new();
    for (line, row) in text.lines().zip(&reversed) {
        marked.push_str(line);
        marked.push('\n');
        if row.iter().any(|r| *r) {
            let under: String = row.iter().map(|r| if *r { '^' } else { ' ' }).collect();
            marked.push_str(under.trim_end());
            marked.push('\n');
        }
    }
    insta::assert_snapshot!("reader_focused_link_80x24", marked);
}

#[test]
fn a_quiz_place_says_how_the_learner_stands_after_an_attempt() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let mut app = app(&course, data.path());
    open(&mut app, 1);
    press_key(&mut app, KeyCode::Tab);
    press_key(&mut app, KeyCode::Enter);
    // One answer, then leave half-way.
    press(&mut app, "a");
    press_key(&mut app, KeyCode::Enter);
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::Reader);
    let shown = screen(&app);
    assert!(
        shown.contains("┃ Quiz: Installing · 2 questions · unfinished"),
        "{shown}"
    );
}
