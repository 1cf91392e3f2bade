//! The home screen as a learner uses it: every chapter of the built-in course on one
//! 80×24 screen, a row per chapter with its figures in columns, the description folded
//! after the first visit, the chapter's quiz by `t`, chapters by number, the mouse,
//! and `Esc` that does not quit.
use crate::common::{app, load, press, press_key, progress_toml, sample, screen_text};
use crate::mdbook_book::BOOK;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tutor::course::Course;
use tutor::tui::app::{App, Screen};
use tutor::tui::home::{About, HomeItem};
use tutor::tui::input::Input;
use tutor::tui::keymap::KeyCode;
use tutor::tui::view;
use unicode_width::UnicodeWidthStr;

/// The screen drawn at `cols`×`rows`, as text.
fn drawn(app: &mut App<'_>, cols: u16, rows: u16) -> String {
    app.resize(cols, rows);
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    screen_text(terminal.backend().buffer())
}

/// The row of the screen that starts (after the selection mark) with `start`.
fn row<'s>(screen: &'s str, start: &str) -> &'s str {
    screen
        .lines()
        .find(|l| l.trim_start_matches([' ', '▸']).starts_with(start))
        .unwrap_or_else(|| panic!("no row {start:?} in\n{screen}"))
}

/// The built-in course, as `tutor` opens it.
fn builtin() -> Course {
    Course::builtin().unwrap().course
}

/// The app on the second visit: the first one has seen the description.
fn second_visit<'c>(course: &'c Course, dir: &std::path::Path) -> App<'c> {
    let mut first = app(course, dir);
    first.finish();
    app(course, dir)
}

#[test]
fn all_ten_chapters_of_the_builtin_course_fit_80x24_with_aligned_titles_and_figures() {
    let course = builtin();
    let dir = tempfile::tempdir().unwrap();
    for (visit, mut app) in [
        ("first", app(&course, dir.path())),
        ("second", { second_visit(&course, dir.path()) }),
    ] {
        let screen = drawn(&mut app, 80, 24);
        let mut title_at = Vec::new();
        let mut read_end = Vec::new();
        for (i, chapter) in course.chapters.iter().enumerate() {
            let number = format!("{}. ", i + 1);
            let line = screen
                .lines()
                .find(|l| l.trim_start_matches([' ', '▸']).starts_with(&number))
                .unwrap_or_else(|| panic!("{visit} visit: chapter {} missing:\n{screen}", i + 1));
            // The title starts in the same column on every row: numbers are aligned
            // on their dot.
            let first_word = chapter.title.split(' ').next().unwrap();
            let at = line.find(&format!(". {first_word}")).unwrap();
            title_at.push(line[..at].width());
            // "N% read" ends in the same column on every row.
            let end = line.find("% read").unwrap() + "% read".len();
            read_end.push(line[..end].width());
        }
        assert!(
            title_at.windows(2).all(|w| w[0] == w[1]),
            "{title_at:?}\n{screen}"
        );
        assert!(
            read_end.windows(2).all(|w| w[0] == w[1]),
            "{read_end:?}\n{screen}"
        );
        // The quizzes with rows of their own are on screen too.
        for item in app.home().items() {
            if let HomeItem::Quiz(q) = item {
                let title = &course.quizzes[*q].title;
                assert!(screen.contains(title.as_str()), "{title:?}\n{screen}");
            }
        }
    }
}

#[test]
fn a_row_per_chapter_carries_reading_checklist_and_quiz() {
    let loaded = sample();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&loaded.course, dir.path());
    let home = drawn(&mut app, 80, 24);
    assert!(
        row(&home, "1. System Design Principles").ends_with("0% read  0/3 tasks"),
        "{home}"
    );
    assert!(row(&home, "2. Scalability Patterns").ends_with("0% read             not taken"));
    assert!(
        !home.contains('✎'),
        "no quiz row between the chapters:\n{home}"
    );
    // Every `j` stops on a chapter.
    press(&mut app, "j");
    assert_eq!(
        app.home().items()[app.home().selected()],
        HomeItem::Chapter(1)
    );
    press(&mut app, "j");
    assert_eq!(
        app.home().items()[app.home().selected()],
        HomeItem::Chapter(2)
    );

    // Chapter 3: read a little and a task ticked.
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "x ");
    press(&mut app, "qq");
    // Chapter 2's quiz taken, every answer a) (none of them right).
    press(&mut app, "kt");
    for _ in 0..5 {
        press(&mut app, "a");
        press_key(&mut app, KeyCode::Enter);
        press_key(&mut app, KeyCode::Enter);
    }
    press(&mut app, "q");
    assert_eq!(app.screen(), Screen::Home);
    let home = drawn(&mut app, 80, 24);
    let third = row(&home, "3. Database Design for Scale");
    assert!(third.contains("% read  1/3 tasks  not taken"), "{home}");
    assert!(!third.contains(" 0% read"), "{home}");
    let second = row(&home, "2. Scalability Patterns");
    assert!(
        second.contains(" 0% read  ") && second.ends_with(" best 0/5"),
        "{home}"
    );
}

#[test]
fn t_takes_the_selected_chapter_s_quiz() {
    let loaded = sample();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&loaded.course, dir.path());
    // Chapter 1 has none: said, and home stays.
    press(&mut app, "t");
    assert_eq!(app.screen(), Screen::Home);
    assert_eq!(app.status(), Some("This chapter has no quiz."));
    press(&mut app, "jt");
    assert_eq!(app.screen(), Screen::Quiz);
    let quiz = app.quiz().unwrap().runner().quiz();
    assert_eq!(quiz.chapter.as_deref(), Some("02-scalability-patterns"));
    // Leaving it comes back home, to the chapter.
    press(&mut app, "q");
    assert_eq!(app.screen(), Screen::Home);
    assert_eq!(
        app.home().items()[app.home().selected()],
        HomeItem::Chapter(1)
    );
}

#[test]
fn the_course_wide_quizzes_stay_reachable_from_home() {
    let course = builtin();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&course, dir.path());
    // The last rows are the quizzes that have rows of their own; Enter takes them.
    press(&mut app, "G");
    let HomeItem::Quiz(q) = app.home().items()[app.home().selected()] else {
        panic!("the last row is a quiz: {:?}", app.home().items());
    };
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Quiz);
    assert_eq!(app.quiz().unwrap().runner().quiz().id, course.quizzes[q].id);
}

#[test]
fn digits_reach_chapters_and_a_second_digit_reaches_ten() {
    let course = builtin();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&course, dir.path());
    let selected = |app: &App<'_>| app.home().items()[app.home().selected()];
    press(&mut app, "7");
    assert_eq!(selected(&app), HomeItem::Chapter(6));
    assert_eq!(app.home().pending(), None, "no chapter 70: done at once");
    press(&mut app, "1");
    assert_eq!(selected(&app), HomeItem::Chapter(0));
    assert_eq!(app.home().pending(), Some("1"), "10 may follow");
    let screen = drawn(&mut app, 80, 24);
    assert!(
        screen.contains("Chapter 1… — another digit for 10"),
        "{screen}"
    );
    press(&mut app, "0");
    assert_eq!(selected(&app), HomeItem::Chapter(9));
    assert_eq!(app.home().pending(), None);
    // 1 then 5 is no chapter 15: the 5 starts again.
    press(&mut app, "15");
    assert_eq!(selected(&app), HomeItem::Chapter(4));
    // 1 then Enter opens chapter 1.
    press(&mut app, "1");
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.reader().map(|r| r.chapter), Some(0));
    press(&mut app, "q");
    // Esc drops the number, and a digit after it starts a new one.
    press(&mut app, "1");
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(app.home().pending(), None);
    press(&mut app, "0");
    assert_eq!(
        selected(&app),
        HomeItem::Chapter(0),
        "0 alone is no chapter"
    );
    assert_eq!(app.status(), Some("No chapter has that number."));
}

#[test]
fn digits_in_a_book_are_its_section_numbers() {
    let course = load(BOOK).course;
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&course, dir.path());
    let title = |app: &App<'_>| match app.home().items()[app.home().selected()] {
        HomeItem::Chapter(i) => course.chapters[i].title.clone(),
        other => panic!("{other:?}"),
    };
    press(&mut app, "2");
    assert_eq!(
        title(&app),
        "Listings and Anchors",
        "section 2, not the second chapter"
    );
    press(&mut app, "1");
    assert_eq!(title(&app), "Installing");
    // A number the book has no section for is the chapter at that place.
    press(&mut app, "7");
    assert_eq!(title(&app), "Afterword");
}

#[test]
fn esc_on_home_does_not_quit_and_q_does() {
    let loaded = sample();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&loaded.course, dir.path());
    press_key(&mut app, KeyCode::Esc);
    assert!(!app.has_quit());
    assert_eq!(app.status(), Some("Press q to quit."));
    press(&mut app, "q");
    assert!(app.has_quit());
}

#[test]
fn the_description_folds_after_the_first_visit_and_i_shows_it_whole() {
    let loaded = sample();
    let description = &loaded.course.meta.description;
    let end = description.split(' ').next_back().unwrap();
    let dir = tempfile::tempdir().unwrap();
    // A key of a later version in the course's table.
    std::fs::write(
        dir.path().join("progress.toml"),
        format!(
            "version = 1\n\n[courses.{}]\nlater = \"kept\"\n",
            loaded.course.meta.id
        ),
    )
    .unwrap();
    let mut first = app(&loaded.course, dir.path());
    assert_eq!(first.home().about(), About::Fit);
    let screen = drawn(&mut first, 80, 24);
    assert!(screen.contains("Prerequisites:"), "{screen}");
    assert!(screen.contains(end), "{screen}");
    first.finish();
    let saved = progress_toml(dir.path());
    let mine = saved["courses"][&loaded.course.meta.id].as_table().unwrap();
    assert!(mine.contains_key("about_seen"), "{saved:?}");
    assert_eq!(mine["later"].as_str(), Some("kept"), "unknown keys survive");

    let mut again = app(&loaded.course, dir.path());
    assert_eq!(again.home().about(), About::Folded);
    let screen = drawn(&mut again, 80, 24);
    let lines: Vec<&str> = screen.lines().collect();
    assert_eq!(lines[0].trim(), loaded.course.meta.title);
    assert!(lines[1].ends_with("… i: more"), "{screen}");
    assert!(
        lines[2].trim().is_empty() && lines[3].trim() == "Chapters",
        "{screen}"
    );
    assert!(!screen.contains("Prerequisites:"), "{screen}");
    press(&mut again, "i");
    let full = drawn(&mut again, 80, 24);
    assert!(
        full.contains("Prerequisites:") && full.contains(end),
        "{full}"
    );
    press(&mut again, "i");
    assert_eq!(again.home().about(), About::Folded);
    // Esc folds it too.
    press(&mut again, "i");
    press_key(&mut again, KeyCode::Esc);
    assert_eq!(again.home().about(), About::Folded);
    assert!(!again.has_quit());
}

#[test]
fn a_tutor_opened_on_a_quiz_has_not_shown_the_description_yet() {
    let loaded = sample();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&loaded.course, dir.path());
    app.open_quiz(0);
    crate::common::press_ctrl(&mut app, 'c');
    app.finish();
    let saved = std::fs::read_to_string(dir.path().join("progress.toml")).unwrap_or_default();
    assert!(!saved.contains("about_seen"), "{saved}");
    assert_eq!(
        self::app(&loaded.course, dir.path()).home().about(),
        About::Fit
    );
}

#[test]
fn the_first_visit_folds_once_home_is_left() {
    let loaded = sample();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&loaded.course, dir.path());
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "q");
    assert_eq!(app.screen(), Screen::Home);
    assert_eq!(app.home().about(), About::Folded);
}

#[test]
fn a_click_selects_a_row_and_a_second_click_opens_it() {
    let loaded = sample();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&loaded.course, dir.path());
    let screen = drawn(&mut app, 100, 30);
    let y = screen
        .lines()
        .position(|l| l.contains("3. Database Design for Scale"))
        .unwrap();
    let y = u16::try_from(y).unwrap();
    // Nothing on the blank row under the list.
    app.handle(Input::Click(20, y + 1));
    assert_eq!(app.home().selected(), 0);
    app.handle(Input::Click(20, y));
    assert_eq!(app.screen(), Screen::Home);
    assert_eq!(
        app.home().items()[app.home().selected()],
        HomeItem::Chapter(2)
    );
    app.handle(Input::Click(60, y));
    assert_eq!(app.screen(), Screen::Reader);
    assert_eq!(app.reader().map(|r| r.chapter), Some(2));
}

#[test]
fn the_list_scrolls_and_clicks_follow_it_in_a_small_window() {
    let course = builtin();
    let dir = tempfile::tempdir().unwrap();
    let mut app = second_visit(&course, dir.path());
    press(&mut app, "G");
    let screen = drawn(&mut app, 50, 12);
    let last = &course.quizzes[match app.home().items()[app.home().selected()] {
        HomeItem::Quiz(q) => q,
        other => panic!("{other:?}"),
    }]
    .title;
    assert!(screen.contains(&last[..15]), "{screen}");
    // Click the row of chapter 10, wherever the scroll put it.
    let y = screen.lines().position(|l| l.contains("10. ")).unwrap();
    app.handle(Input::Click(10, u16::try_from(y).unwrap()));
    assert_eq!(
        app.home().items()[app.home().selected()],
        HomeItem::Chapter(9)
    );
}

#[test]
fn home_never_panics_at_any_size() {
    let course = builtin();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&course, dir.path());
    for keys in ["", "i", "1", "G"] {
        press(&mut app, keys);
        for (cols, rows) in [(20, 5), (40, 10), (50, 12), (60, 20), (200, 60), (1, 1)] {
            drawn(&mut app, cols, rows);
            app.handle(Input::Click(cols / 2, rows / 2));
            app.handle(Input::Click(cols / 2, rows / 2));
            press(&mut app, "q");
            if app.screen() != Screen::Home || app.has_quit() {
                app = crate::common::app(&course, dir.path());
            }
        }
    }
}

#[test]
fn home_sits_in_the_reader_s_centred_column_on_a_wide_terminal() {
    let loaded = sample();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&loaded.course, dir.path());
    let home = drawn(&mut app, 160, 30);
    // The column is 100 wide: 30 columns either side.
    let left = |screen: &str, text: &str| {
        let line = screen.lines().find(|l| l.trim() == text).unwrap();
        line.len() - line.trim_start().len()
    };
    assert_eq!(left(&home, "Chapters"), 30, "{home}");
    assert_eq!(left(&home, &loaded.course.meta.title), 30);
    let right = home.lines().map(UnicodeWidthStr::width).max().unwrap();
    assert!(right <= 130, "nothing right of the column:\n{home}");
    press_key(&mut app, KeyCode::Enter);
    let reader = drawn(&mut app, 160, 30);
    let title = &loaded.course.chapters[0].title;
    assert_eq!(left(&reader, title), 30, "the reader's column:\n{reader}");
}

#[test]
fn a_short_window_says_where_the_rest_of_the_list_is() {
    let course = Course::builtin().unwrap().course;
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(&course, dir.path());
    let top = drawn(&mut app, 50, 12);
    assert!(top.contains("Chapters  ↓ more below"), "{top}");
    // The last chapter selected: the list has scrolled, and says so.
    press(&mut app, "9");
    let lower = drawn(&mut app, 50, 12);
    assert!(lower.contains("Chapters  ↑"), "{lower}");
    // A window tall enough for everything has no sign.
    let all = drawn(&mut app, 100, 40);
    assert!(
        !all.contains("more below") && !all.contains("more above"),
        "{all}"
    );
}
