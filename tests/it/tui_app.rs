//! The app's routing, without a terminal: the overlay on top takes the keys, a quiz
//! is a quiz whatever its id, and nothing asks for a frame while nothing happens.
use crate::common::{
    app, copy_sample_course, load, press, press_ctrl, press_key, sample, screen_text,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tutor::tui::app::Screen;
use tutor::tui::keymap::{KeyCode, Mode};
use tutor::tui::overlay::Overlay;
use tutor::tui::view;

#[test]
fn a_course_quiz_named_review_shows_its_pass_mark() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    copy_sample_course(course_dir.path());
    let quizzes = course_dir.path().join("quizzes");
    std::fs::rename(
        quizzes.join("02-scalability-patterns.toml"),
        quizzes.join("review.toml"),
    )
    .unwrap();
    let loaded = load(course_dir.path());
    let index = loaded
        .course
        .quizzes
        .iter()
        .position(|q| q.id == "review")
        .unwrap();
    let mut app = app(&loaded.course, data.path());
    app.open_quiz(index);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| view::draw(f, &app)).unwrap();
    let screen = screen_text(terminal.backend().buffer());
    assert!(screen.contains("need 4 of 5 to master (80%)"), "{screen}");
    assert!(!screen.contains("spaced review"), "{screen}");
}

#[test]
fn the_overlay_on_top_takes_every_key() {
    let (course_dir, dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    copy_sample_course(course_dir.path());
    let chapter = course_dir
        .path()
        .join("content/01-system-design-principles.md");
    let mut body = std::fs::read_to_string(&chapter).unwrap();
    body.push_str("\n## Reflection prompts\n\n1. Which quality matters most to you?\n");
    std::fs::write(&chapter, body).unwrap();
    let loaded = load(course_dir.path());
    let mut app = app(&loaded.course, dir.path());
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Reader);
    press(&mut app, "r");
    assert_eq!(app.mode(), Mode::Reflections);
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Editor);
    // In the editor, `q`, `?` and `x` are text, not keys of the screens below.
    press(&mut app, "q?x");
    assert_eq!(app.mode(), Mode::Editor);
    assert_eq!(app.screen(), Screen::Reader);
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(
        app.mode(),
        Mode::EditorConfirm,
        "Esc asks before dropping text"
    );
    press(&mut app, "n");
    assert_eq!(
        app.mode(),
        Mode::Reflections,
        "discarding leaves the editor for its list"
    );
    press(&mut app, "?");
    assert_eq!(app.mode(), Mode::Help, "the help opens over the list");
    press(&mut app, "z");
    assert_eq!(app.mode(), Mode::Reflections, "and closes back to it");
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Reader);
    assert!(app.overlays().is_empty());
    // The search prompt types `q` too, and Esc cancels only the prompt.
    press(&mut app, "/q");
    assert!(matches!(app.overlays(), [Overlay::Search(typed)] if typed == "q"));
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::Reader);
    press_ctrl(&mut app, 'c');
    assert!(app.has_quit(), "Ctrl-c quits from anywhere");
}

#[test]
fn nothing_asks_for_a_frame_while_nothing_happens() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    assert!(app.take_redraw(), "the first frame");
    assert!(!app.take_redraw(), "asked once");
    press(&mut app, "Z");
    assert!(!app.take_redraw(), "a key bound to nothing changes nothing");
    assert_eq!(
        app.deadline(),
        None,
        "the home screen has nothing to wait for"
    );
    press(&mut app, "j");
    assert!(app.take_redraw(), "a key that moves the selection");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "jj");
    let due = app.deadline().expect("a moved position waits to be saved");
    assert!(app.take_redraw());
    app.on_deadline(due);
    assert_eq!(app.deadline(), None, "saved");
    assert!(!app.take_redraw(), "saving draws nothing");
}

/// The home screen of `app` drawn at `cols`×`rows`, as text.
fn home_screen(app: &tutor::tui::app::App<'_>, cols: u16, rows: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    screen_text(terminal.backend().buffer())
}

#[test]
fn a_course_id_first_loaded_from_another_folder_is_a_notice_on_home() {
    let data = tempfile::tempdir().unwrap();
    let loaded = sample();
    let id = &loaded.course.meta.id;
    std::fs::write(
        data.path().join("progress.toml"),
        format!("version = 1\n\n[courses.{id}]\nsource = \"/old/course\\u001b[2J\"\n"),
    )
    .unwrap();
    let mut app = app(&loaded.course, data.path());
    app.note_source("/new/course");
    assert_eq!(app.screen(), Screen::Home);
    let screen = home_screen(&app, 100, 30);
    let words = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(&format!(
            "the course id {id} was loaded from /old/course[2J before and now from /new/course"
        )),
        "{screen}"
    );
    assert!(
        words.contains("set `id` in this one's course.toml"),
        "{screen}"
    );
    assert!(
        screen.contains("Chapters"),
        "the list is still there:\n{screen}"
    );
    assert_eq!(
        app.store().progress().courses[id.as_str()].source,
        "/old/course\u{1b}[2J",
        "the first folder stays the one on record"
    );
    // Like any notice, it goes at the next key.
    press(&mut app, "j");
    assert!(!home_screen(&app, 100, 30).contains("/new/course"));
}

#[test]
fn the_tutor_records_the_folder_of_a_course_id_new_to_it_when_it_saves() {
    let data = tempfile::tempdir().unwrap();
    let loaded = sample();
    let mut app = app(&loaded.course, data.path());
    app.note_source("/new/course");
    assert!(!home_screen(&app, 100, 30).contains("/new/course"));
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Reader);
    app.finish();
    let table = crate::common::progress_toml(data.path());
    assert_eq!(
        table["courses"][loaded.course.meta.id.as_str()]["source"].as_str(),
        Some("/new/course")
    );
}
