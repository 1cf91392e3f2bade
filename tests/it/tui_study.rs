//! The study tools in the tutor: ticking a checklist, answering a reflection prompt,
//! and a spaced-review session — driven by the learner's keys, then drawn with a
//! `TestBackend` for the snapshots.

use crate::common::{NOW, app, load, press, press_ctrl, press_key, sample, screen_text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fmt::Write as _;
use std::path::Path;
use tutor::course::{Course, Loaded};
use tutor::progress::{Clock, ProgressStore};
use tutor::theme::Theme;
use tutor::tui::app::{App, Screen};
use tutor::tui::home::HomeItem;
use tutor::tui::keymap::KeyCode;
use tutor::tui::overlay::Overlay;
use tutor::tui::view;

/// A day after [`NOW`].
fn next_day() -> jiff::Timestamp {
    NOW.checked_add(jiff::SignedDuration::from_hours(24))
        .unwrap()
}

/// The tutor over `course` with its progress in `dir`, plain, in 80×24, its clock at `now`.
fn app_at<'c>(course: &'c Course, dir: &Path, now: jiff::Timestamp) -> App<'c> {
    let store = ProgressStore::open(dir);
    let mut app = App::new(course, store, Theme::plain(), Clock::Fixed(now));
    app.resize(80, 24);
    app
}

/// Opens chapter `index` from the home list, as the learner would.
fn open_chapter(app: &mut App<'_>, index: usize) {
    let at = app
        .home()
        .items()
        .iter()
        .position(|item| *item == HomeItem::Chapter(index))
        .unwrap();
    press(app, "g");
    press(app, &"j".repeat(at));
    press_key(app, KeyCode::Enter);
    assert_eq!(app.reader().map(|r| r.chapter), Some(index));
}

/// Types `text` key by key, a newline as Enter.
fn type_text(app: &mut App<'_>, text: &str) {
    for c in text.chars() {
        if c == '\n' {
            press_key(app, KeyCode::Enter);
        } else {
            press(app, &c.to_string());
        }
    }
}

fn reader_text(app: &App<'_>) -> String {
    let reader = app.reader().unwrap();
    let mut out = String::new();
    for line in &reader.rendered.lines {
        let _ = writeln!(out, "{}", line.text().trim_end());
    }
    out
}

fn screen(app: &App<'_>) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|frame| view::draw(frame, app)).unwrap();
    screen_text(terminal.backend().buffer())
}

#[test]
fn ticking_and_unticking_a_checklist_item_is_saved_and_shown() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let file = dir.path().join("progress.toml");
    let mut app = app(&loaded.course, dir.path());
    open_chapter(&mut app, 2);
    assert!(reader_text(&app).contains("☐ A schema for an orders table"));
    let top = app.reader().unwrap().top;
    std::fs::remove_file(&file).unwrap();
    press(&mut app, "x");
    assert!(matches!(app.overlays(), [Overlay::Checklist(_)]));
    assert!(!file.exists(), "opening the checklist saves nothing");
    press(&mut app, " ");
    assert!(file.exists(), "a tick is saved at once");
    let chapter = "03-database-design-for-scale";
    let study = &app.store().progress().courses[&loaded.course.meta.id].study;
    let ticks = &study.checklists[chapter];
    let id = ticks.keys().next().unwrap().clone();
    assert!(id.starts_with("a-schema-for-an-orders-table"), "{id}");
    assert!(ticks[&id].done);
    assert!(reader_text(&app).contains("☑ A schema for an orders table"));
    assert_eq!(app.reader().unwrap().top, top, "the view stays put");
    // Saved to disk: a new app over the same folder sees it.
    press_ctrl(&mut app, 'c');
    assert!(app.has_quit());
    let mut again = self::app(&loaded.course, dir.path());
    open_chapter(&mut again, 2);
    assert!(reader_text(&again).contains("☑ A schema for an orders table"));
    press(&mut again, "x ");
    let study = &again.store().progress().courses[&loaded.course.meta.id].study;
    assert!(!study.checklists[chapter][&id].done);
    assert!(reader_text(&again).contains("☐ A schema for an orders table"));
}

#[test]
fn home_counts_the_ticked_items_of_a_chapter() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter(&mut app, 2);
    press(&mut app, "x ");
    press(&mut app, "qq");
    assert_eq!(app.screen(), Screen::Home);
    assert!(screen(&app).contains("1/3 tasks"), "{}", screen(&app));
}

#[test]
fn snapshot_of_a_ticked_checklist() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter(&mut app, 2);
    press(&mut app, "xj ");
    insta::assert_snapshot!("checklist_ticked", screen(&app));
}

/// A one-chapter course with reflection prompts, written to `dir`.
fn reflective_course(dir: &Path) -> Loaded {
    let content = dir.join("content");
    std::fs::create_dir_all(&content).unwrap();
    std::fs::write(
        content.join("course.toml"),
        "id = \"reflect\"\ntitle = \"Reflect\"\nchapters = [\"01-think\"]\n",
    )
    .unwrap();
    std::fs::write(
        content.join("01-think.md"),
        "# Think\n\nSome text to read.\n\n## Reflection prompts\n\n\
1. What surprised you in this chapter?\n\
2. Where would you use it at work?\n\n## After\n\nMore text.\n",
    )
    .unwrap();
    load(dir)
}

#[test]
fn a_saved_reflection_shows_under_its_prompt() {
    let (course_dir, dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = reflective_course(course_dir.path());
    let mut app = app(&loaded.course, dir.path());
    open_chapter(&mut app, 0);
    press(&mut app, "rj");
    press_key(&mut app, KeyCode::Enter);
    // Keys the reader uses (q, ?, x, j) go into the answer while the editor is open.
    type_text(&mut app, "In the queue? x j\nsecond line");
    assert!(
        matches!(
            app.overlays(),
            [Overlay::Reflections(_), Overlay::Editor(_)]
        ),
        "the editor is open, and no help: {:?}",
        app.overlays()
    );
    press_ctrl(&mut app, 's');
    let study = &app.store().progress().courses["reflect"].study;
    let saved = &study.reflections["01-think"]["where-would-you-use-it-at-work"];
    assert_eq!(saved.text, "In the queue? x j\nsecond line");
    assert_eq!(saved.updated, NOW);
    let text = reader_text(&app);
    let prompt = text.find("Where would you use it at work?").unwrap();
    let answer = text.find("Your answer: In the queue? x j").unwrap();
    let after = text.find("After").unwrap();
    assert!(prompt < answer && answer < after, "{text}");
    assert!(text.contains("second line"));
    // Esc in the editor asks, `n` discards; Esc again closes the list.
    press_key(&mut app, KeyCode::Enter);
    type_text(&mut app, " more");
    press_key(&mut app, KeyCode::Esc);
    press(&mut app, "n");
    press_key(&mut app, KeyCode::Esc);
    assert!(app.overlays().is_empty());
    let study = &app.store().progress().courses["reflect"].study;
    assert_eq!(
        study.reflections["01-think"]["where-would-you-use-it-at-work"].text,
        "In the queue? x j\nsecond line"
    );
}

#[test]
fn snapshot_of_the_reflection_editor() {
    let (course_dir, dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = reflective_course(course_dir.path());
    let mut app = app(&loaded.course, dir.path());
    open_chapter(&mut app, 0);
    press(&mut app, "r");
    press_key(&mut app, KeyCode::Enter);
    type_text(&mut app, "That reading is\nmostly about trade-offs.");
    insta::assert_snapshot!("reflection_editor", screen(&app));
}

/// Answers the first question of quiz 02 wrong in the tutor, then leaves the quiz.
fn miss_a_question(app: &mut App<'_>) {
    let index = app
        .course()
        .quizzes
        .iter()
        .position(|q| q.id == "02-scalability-patterns")
        .unwrap();
    app.open_quiz(index);
    press(app, "a");
    press_key(app, KeyCode::Enter);
    press(app, "q");
}

#[test]
fn a_wrong_answer_enters_review_and_a_review_session_moves_its_card() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    let course = loaded.course.meta.id.clone();
    miss_a_question(&mut app);
    let key_of = "02-scalability-patterns/scale-out-needs";
    let card = app.store().progress().courses[&course].study.review[key_of].clone();
    assert_eq!(card.level, 1);
    let attempts = app.store().progress().courses[&course].quizzes.clone();
    // Nothing is due the same day.
    press(&mut app, "v");
    assert_eq!(app.screen(), Screen::Home);
    assert!(app.status().is_some());
    // The next day it is, and home says so.
    let mut app = app_at(&loaded.course, dir.path(), next_day());
    assert!(
        screen(&app).contains("1 due for review"),
        "{}",
        screen(&app)
    );
    press(&mut app, "v");
    assert_eq!(app.screen(), Screen::Quiz);
    let runner = app.quiz().unwrap().runner();
    assert_eq!(runner.quiz().questions.len(), 1);
    assert_eq!(runner.quiz().questions[0].id, key_of);
    press(&mut app, "b");
    press_key(&mut app, KeyCode::Enter);
    let progress = &app.store().progress().courses[&course];
    assert_eq!(progress.study.review[key_of].level, 2, "right: up a box");
    assert_eq!(progress.quizzes, attempts, "no attempt is recorded");
    assert!(!progress.quizzes.contains_key("review"));
    press(&mut app, "q");
    assert_eq!(app.screen(), Screen::Home);
    assert!(app.quiz().is_none());
    assert!(!screen(&app).contains("due for review"));
}

#[test]
fn snapshot_of_the_review_sessions_first_question() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    miss_a_question(&mut app);
    let mut app = app_at(&loaded.course, dir.path(), next_day());
    press(&mut app, "v");
    insta::assert_snapshot!("review_first_question", screen(&app));
}
