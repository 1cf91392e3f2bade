//! The study tools in the tutor: ticking a checklist, answering a reflection prompt,
//! and a spaced-review session — through `update` alone, then drawn with a
//! `TestBackend` for the snapshots.

use crate::common::{NOW, app, load, sample, screen_text};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fmt::Write as _;
use std::path::Path;
use tutor::course::Loaded;
use tutor::progress::Instant;
use tutor::tui::action::Action;
use tutor::tui::app::{App, Screen};
use tutor::tui::effect::Effect;
use tutor::tui::quiz_runner::QuizAction;
use tutor::tui::update::{open_chapter, update};
use tutor::tui::{keys, view};

const DAY: i64 = 86_400;

/// Applies actions the way the loop does, performing their effects.
fn apply(app: &mut App<'_>, actions: &[Action]) {
    for action in actions {
        app.apply(*action);
    }
}

/// Sends a key through the same mapping the terminal's keys go through.
fn key(app: &mut App<'_>, code: KeyCode, modifiers: KeyModifiers) {
    let event = crossterm::event::Event::Key(KeyEvent::new(code, modifiers));
    if let Some(action) = keys::action_for(app, &event) {
        app.apply(action);
    }
}

fn type_text(app: &mut App<'_>, text: &str) {
    for c in text.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        key(app, code, KeyModifiers::NONE);
    }
}

fn reader_text(app: &App<'_>) -> String {
    let reader = app.reader.as_ref().unwrap();
    let mut out = String::new();
    for line in &reader.rendered.lines {
        let text: String = line.spans.iter().map(|s| s.text.as_str()).collect();
        let _ = writeln!(out, "{}", text.trim_end());
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
    let mut app = app(&loaded.course, dir.path());
    open_chapter(&mut app, 2);
    assert!(reader_text(&app).contains("☐ A schema for an orders table"));
    let top = app.reader.as_ref().unwrap().top;
    let effects = update(&mut app, Action::Checklist);
    assert!(effects.is_empty());
    let effects = update(&mut app, Action::ToggleTick);
    assert!(effects.contains(&Effect::SaveProgress));
    let chapter = "03-database-design-for-scale";
    let study = &app.store.progress().courses[&loaded.course.meta.id].study;
    let ticks = &study.checklists[chapter];
    let id = ticks.keys().next().unwrap().clone();
    assert!(id.starts_with("a-schema-for-an-orders-table"), "{id}");
    assert!(ticks[&id].done);
    assert!(reader_text(&app).contains("☑ A schema for an orders table"));
    assert_eq!(app.reader.as_ref().unwrap().top, top, "the view stays put");
    // Saved to disk: a new app over the same folder sees it.
    apply(&mut app, &[Action::Quit]);
    let mut again = self::app(&loaded.course, dir.path());
    open_chapter(&mut again, 2);
    assert!(reader_text(&again).contains("☑ A schema for an orders table"));
    update(&mut again, Action::Checklist);
    update(&mut again, Action::ToggleTick);
    let study = &again.store.progress().courses[&loaded.course.meta.id].study;
    assert!(!study.checklists[chapter][&id].done);
    assert!(reader_text(&again).contains("☐ A schema for an orders table"));
}

#[test]
fn home_counts_the_ticked_items_of_a_chapter() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter(&mut app, 2);
    update(&mut app, Action::Checklist);
    update(&mut app, Action::ToggleTick);
    update(&mut app, Action::Back);
    update(&mut app, Action::Back);
    assert_eq!(app.screen, Screen::Home);
    assert!(screen(&app).contains("1/3 done"), "{}", screen(&app));
}

#[test]
fn snapshot_of_a_ticked_checklist() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter(&mut app, 2);
    key(&mut app, KeyCode::Char('x'), KeyModifiers::NONE);
    key(&mut app, KeyCode::Char('j'), KeyModifiers::NONE);
    key(&mut app, KeyCode::Char(' '), KeyModifiers::NONE);
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
    key(&mut app, KeyCode::Char('r'), KeyModifiers::NONE);
    key(&mut app, KeyCode::Char('j'), KeyModifiers::NONE);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    // Keys the reader uses (q, ?, x, j) go into the answer while the editor is open.
    type_text(&mut app, "In the queue? x j\nsecond line");
    assert!(app.study_popup.is_some() && !app.help);
    key(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    let study = &app.store.progress().courses["reflect"].study;
    let saved = &study.reflections["01-think"]["where-would-you-use-it-at-work"];
    assert_eq!(saved.text, "In the queue? x j\nsecond line");
    assert_eq!(saved.updated, NOW.rfc3339());
    let text = reader_text(&app);
    let prompt = text.find("Where would you use it at work?").unwrap();
    let answer = text.find("Your answer: In the queue? x j").unwrap();
    let after = text.find("After").unwrap();
    assert!(prompt < answer && answer < after, "{text}");
    assert!(text.contains("second line"));
    // Esc in the editor cancels; Esc again closes the list.
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&mut app, " more");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(app.study_popup.is_none());
    let study = &app.store.progress().courses["reflect"].study;
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
    key(&mut app, KeyCode::Char('r'), KeyModifiers::NONE);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&mut app, "That reading is\nmostly about trade-offs.");
    insta::assert_snapshot!("reflection_editor", screen(&app));
}

/// Answers the first question of quiz 02 wrong in the tutor, then leaves the quiz.
fn miss_a_question(app: &mut App<'_>) {
    let index = app
        .course
        .quizzes
        .iter()
        .position(|q| q.id == "02-scalability-patterns")
        .unwrap();
    app.open_quiz(index);
    apply(
        app,
        &[
            Action::Quiz(QuizAction::Choose(0)),
            Action::Quiz(QuizAction::Submit),
            Action::Back,
        ],
    );
}

#[test]
fn a_wrong_answer_enters_review_and_a_review_session_moves_its_card() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    let course = loaded.course.meta.id.clone();
    miss_a_question(&mut app);
    let key_of = "02-scalability-patterns/scale-out-needs";
    let card = app.store.progress().courses[&course].study.review[key_of].clone();
    assert_eq!(card.level, 1);
    let attempts = app.store.progress().courses[&course].quizzes.clone();
    // Nothing is due the same day.
    update(&mut app, Action::Review);
    assert_eq!(app.screen, Screen::Home);
    assert!(app.status.is_some());
    app.status = None;
    // The next day it is, and home says so.
    app.clock = TutorClock::Fixed(Instant(NOW.0 + DAY));
    assert!(
        screen(&app).contains("1 due for review"),
        "{}",
        screen(&app)
    );
    key(&mut app, KeyCode::Char('v'), KeyModifiers::NONE);
    assert_eq!(app.screen, Screen::Quiz);
    let runner = app.quiz.as_ref().unwrap();
    assert_eq!(runner.quiz().questions.len(), 1);
    assert_eq!(runner.quiz().questions[0].id, key_of);
    apply(
        &mut app,
        &[
            Action::Quiz(QuizAction::Choose(1)),
            Action::Quiz(QuizAction::Submit),
        ],
    );
    let progress = &app.store.progress().courses[&course];
    assert_eq!(progress.study.review[key_of].level, 2, "right: up a box");
    assert_eq!(progress.quizzes, attempts, "no attempt is recorded");
    assert!(!progress.quizzes.contains_key("review"));
    apply(&mut app, &[Action::Back]);
    assert_eq!(app.screen, Screen::Home);
    assert!(app.review.is_none());
    assert!(!screen(&app).contains("due for review"));
}

#[test]
fn snapshot_of_the_review_sessions_first_question() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    miss_a_question(&mut app);
    app.clock = TutorClock::Fixed(Instant(NOW.0 + DAY));
    update(&mut app, Action::Review);
    insta::assert_snapshot!("review_first_question", screen(&app));
}
