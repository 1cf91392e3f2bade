//! Reading details in the reader: smartcase search that says when it wrapped and steps
//! from the screen, the search prompt closing as in less, less's scrolling keys, wide
//! code marked where it is cut with its gutter fixed while it scrolls, and inline code
//! told apart from prose without colour.
use crate::common::{app, app_with_theme, load, press, press_ctrl, press_key, screen_text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fmt::Write as _;
use std::path::Path;
use tutor::theme::{Theme, ThemeKind};
use tutor::tui::app::App;
use tutor::tui::keymap::KeyCode;
use tutor::tui::overlay::Overlay;
use tutor::tui::reader::Reader;
use tutor::tui::view;

const WIDE: &str = "let wide = \"0123456789\"; // then it goes on and on, well past any reading column at all: END";

/// A one-chapter course: "CAP" once at the top, "capacity" near the top, in the
/// middle and at the very end, a wide line of code in a list, and filler between.
fn write_course(dir: &Path) {
    let mut chapter = String::from(
        "# Reading\n\nThe CAP theorem comes first.\n\nPlan capacity early; use `cache.get(key)` too.\n\n",
    );
    for n in 0..30 {
        let _ = writeln!(chapter, "Filler paragraph {n} about nothing much.\n");
    }
    let _ = write!(
        chapter,
        "- A list item with code:\n\n  ```rust\n  {WIDE}\n  short();\n  ```\n\n"
    );
    chapter.push_str("Middle capacity note.\n\n");
    for n in 30..60 {
        let _ = writeln!(chapter, "Filler paragraph {n} about nothing much.\n");
    }
    chapter.push_str("The last capacity note.\n");
    std::fs::write(dir.join("01-reading.md"), chapter).unwrap();
}

fn open(app: &mut App<'_>) {
    press_key(app, KeyCode::Enter);
    assert!(app.reader().is_some(), "the chapter opens");
}

fn reader<'a>(app: &'a App<'_>) -> &'a Reader {
    app.reader().unwrap()
}

fn search(app: &mut App<'_>, query: &str) {
    press(app, "/");
    press(app, query);
    press_key(app, KeyCode::Enter);
}

/// What is typed at the open search prompt, if it is open.
fn prompt<'a>(app: &'a App<'_>) -> Option<&'a str> {
    match app.overlays() {
        [Overlay::Search(typed)] => Some(typed),
        _ => None,
    }
}

fn current(app: &App<'_>) -> Option<usize> {
    reader(app).search.current
}

fn status(app: &App<'_>) -> String {
    app.status().unwrap_or_default().to_owned()
}

fn drawn(app: &App<'_>) -> String {
    let (cols, rows) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    screen_text(terminal.backend().buffer())
}

/// Runs `test` on the course's reader, drawn plain at 80×24.
fn with_reader(test: impl FnOnce(&mut App<'_>)) {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    write_course(course_dir.path());
    let loaded = load(course_dir.path());
    let mut app = app(&loaded.course, data.path());
    open(&mut app);
    test(&mut app);
}

#[test]
fn a_capital_letter_makes_the_search_match_case() {
    with_reader(|app| {
        search(app, "CAP");
        assert_eq!(reader(app).search.matches.len(), 1, "{}", status(app));
        assert_eq!(status(app), "“CAP” 1 of 1");
        search(app, "cap");
        // CAP, and capacity three times.
        assert_eq!(reader(app).search.matches.len(), 4);
        search(app, "Capacity");
        assert!(reader(app).search.matches.is_empty());
        assert_eq!(status(app), "No match for “Capacity”");
    });
}

#[test]
fn stepping_past_either_end_says_the_search_wrapped() {
    with_reader(|app| {
        search(app, "capacity");
        assert_eq!(current(app), Some(0));
        assert_eq!(status(app), "“capacity” 1 of 3");
        press(app, "nn");
        assert_eq!(current(app), Some(2));
        assert_eq!(status(app), "“capacity” 3 of 3");
        press(app, "n");
        assert_eq!(current(app), Some(0));
        assert_eq!(status(app), "Search wrapped to the top: “capacity” 1 of 3");
        press(app, "N");
        assert_eq!(current(app), Some(2));
        assert_eq!(
            status(app),
            "Search wrapped to the bottom: “capacity” 3 of 3"
        );
    });
}

#[test]
fn n_and_shift_n_go_from_the_screen_once_it_moved_away() {
    with_reader(|app| {
        search(app, "capacity");
        assert_eq!(current(app), Some(0));
        // After `G` the last match is on screen: `n` goes there, not to match 2.
        press(app, "G");
        press(app, "n");
        assert_eq!(current(app), Some(2), "{}", status(app));
        assert_eq!(status(app), "“capacity” 3 of 3");
        // Back at the top, `N` goes back from the bottom of the screen, to the first
        // match (on screen); from there, on to the last.
        press(app, "g");
        press(app, "N");
        assert_eq!(current(app), Some(0));
        assert_eq!(status(app), "“capacity” 1 of 3");
        press(app, "N");
        assert_eq!(current(app), Some(2));
        assert!(status(app).starts_with("Search wrapped to the bottom"));
        // From the middle of the chapter, `n` finds the middle match, below the top.
        press(app, "g");
        let middle = reader(app).search.matches[1].line;
        let reader_height = reader(app).height;
        press(app, &"j".repeat(middle.saturating_sub(reader_height)));
        press(app, "n");
        assert_eq!(current(app), Some(1), "{}", status(app));
    });
}

#[test]
fn n_before_any_search_says_so() {
    with_reader(|app| {
        press(app, "n");
        assert_eq!(status(app), "No search yet: press / to search.");
        press(app, "N");
        assert_eq!(status(app), "No search yet: press / to search.");
    });
}

#[test]
fn backspace_on_an_empty_prompt_and_esc_close_it() {
    with_reader(|app| {
        press(app, "/ab");
        press_key(app, KeyCode::Backspace);
        assert_eq!(prompt(app), Some("a"));
        press_key(app, KeyCode::Backspace);
        assert_eq!(prompt(app), Some(""));
        press_key(app, KeyCode::Backspace);
        assert!(app.overlays().is_empty(), "closed");
        press(app, "/cap");
        press_key(app, KeyCode::Esc);
        assert!(app.overlays().is_empty(), "closed");
        assert!(reader(app).search.query.is_empty(), "nothing searched");
        // Backspace in the reader itself still goes back from a link.
        press_key(app, KeyCode::Backspace);
        assert!(app.reader().is_some());
    });
}

#[test]
fn less_keys_scroll_by_half_pages_pages_and_lines() {
    with_reader(|app| {
        let height = reader(app).height;
        let (page, half) = (height - 1, (height - 1) / 2);
        for (keys, expected) in [
            ("d", half),
            ("u", 0),
            ("f", page),
            ("b", 0),
            ("e", 1),
            ("e", 2),
            ("y", 1),
        ] {
            press(app, keys);
            assert_eq!(reader(app).top, expected, "after {keys}");
        }
        let expected = 1;
        // The Ctrl forms do the same.
        press_ctrl(app, 'd');
        assert_eq!(reader(app).top, expected + half);
        press_ctrl(app, 'u');
        assert_eq!(reader(app).top, expected);
    });
}

/// The row of `screen` holding `text`.
fn row<'s>(screen: &'s str, text: &str) -> &'s str {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("{text:?} not on screen:\n{screen}"))
}

#[test]
fn wide_code_is_marked_where_cut_and_scrolls_under_a_fixed_gutter() {
    with_reader(|app| {
        app.resize(60, 20);
        search(app, "short");
        let screen = drawn(app);
        // The column is 58 wide, centred: the wide line ends in `›` in its last column.
        let wide = row(&screen, "let wide");
        assert!(wide.ends_with('›'), "{screen}");
        assert_eq!(wide.chars().count(), 59, "{wide:?}");
        assert!(
            wide.starts_with("   │ let wide = \"0123456789\";"),
            "{wide:?}"
        );
        let short = row(&screen, "short();");
        assert!(!short.contains('›'), "{short:?}");
        let gutter = short.find('│').unwrap();

        press_key(app, KeyCode::Right);
        let screen = drawn(app);
        // The list indent and the gutter stay; the code moved under them, and `‹`
        // says where it is cut.
        let wide = row(&screen, "│ ‹");
        assert_eq!(wide.find('│'), Some(gutter), "{screen}");
        assert!(wide.contains("│ ‹= \"0123456789\";"), "{wide:?}");
        assert!(wide.ends_with('›'), "{wide:?}");
        // "short();" is scrolled off entirely.
        assert!(!screen.contains("short"), "{screen}");

        for _ in 0..20 {
            press_key(app, KeyCode::Right);
        }
        let screen = drawn(app);
        let wide = row(&screen, "END");
        assert!(wide.ends_with("END"), "at the end nothing is cut: {wide:?}");
        assert!(wide.contains("│ ‹"), "{wide:?}");
        assert_eq!(wide.find('│'), Some(gutter));
    });
}

#[test]
fn without_colour_inline_code_is_fenced_on_the_reader_screen_too() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    write_course(course_dir.path());
    let loaded = load(course_dir.path());
    for (theme, shown) in [
        (
            Theme::new(ThemeKind::Dark, false),
            "use `cache.get(key)` too.",
        ),
        (Theme::new(ThemeKind::Dark, true), "use cache.get(key) too."),
    ] {
        let mut app = app_with_theme(&loaded.course, data.path(), theme);
        app.resize(80, 24);
        open(&mut app);
        let screen = drawn(&app);
        assert!(screen.contains(shown), "{shown:?} in\n{screen}");
    }
}
