//! Where a quiz's result leads, in the whole app: every question listed with its
//! verdict, its explanation shown again, a missed question's section opened in the
//! reader and back; no key of a result records an answer; a quiz opened from the
//! shell returns to it; and the end of a chapter offers what comes next.
use crate::common::{NOW, app, copy_sample_course, load, press, press_key, sample, screen_text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::Arc;
use tutor::progress::Clock;
use tutor::quiz::Quiz;
use tutor::theme::Theme;
use tutor::tui::action::Action;
use tutor::tui::app::{App, Screen};
use tutor::tui::input::Input;
use tutor::tui::keymap::{self, Key, KeyCode, Mode};
use tutor::tui::quiz::{QuizAction, QuizEvent, QuizKind, QuizRunner, QuizScreen};
use tutor::tui::reader::ReaderAction;
use tutor::tui::view;

const QUIZ: &str = "02-scalability-patterns";
/// The sample quiz's first question missed (its answer is b), the four others right.
const ONE_MISSED: [&str; 5] = ["a", "ab", "b", "b", "b"];
const ALL_RIGHT: [&str; 5] = ["b", "ab", "b", "b", "b"];

fn drawn(app: &mut App<'_>, cols: u16, rows: u16) -> String {
    app.resize(cols, rows);
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    screen_text(terminal.backend().buffer())
}

fn quiz_index(app: &App<'_>) -> usize {
    app.course()
        .quizzes
        .iter()
        .position(|q| q.id == QUIZ)
        .unwrap()
}

/// Answers every question with its letters, going on after each.
fn take(app: &mut App<'_>, answers: &[&str]) {
    for letters in answers {
        press(app, letters);
        press_key(app, KeyCode::Enter);
        press_key(app, KeyCode::Enter);
    }
}

/// How many answers the progress file holds for the quiz, over all its attempts.
fn answers_saved(dir: &std::path::Path) -> usize {
    let progress = crate::common::progress_toml(dir);
    progress["courses"]["system-design-fundamentals"]["quizzes"][QUIZ]["attempts"]
        .as_array()
        .map_or(0, |a| {
            a.iter()
                .map(|attempt| attempt["answers"].as_array().map_or(0, Vec::len))
                .sum()
        })
}

#[test]
fn the_result_lists_every_question_and_shows_an_explanation_again() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    app.open_quiz(quiz_index(&app));
    take(&mut app, &ONE_MISSED);
    assert_eq!(app.mode(), Mode::QuizResult);
    let result = drawn(&mut app, 80, 24);
    assert!(
        result.contains(" ▸ ✗ 1. What must be true of your web servers"),
        "{result}"
    );
    assert!(
        result.contains("   ✓ 2. Which limits apply to scaling up"),
        "{result}"
    );
    assert!(
        result.contains("↳ re-read “Up or out”"),
        "the missed one's section:\n{result}"
    );
    assert_eq!(
        result.matches("↳ re-read").count(),
        1,
        "only under the missed"
    );
    assert!(result.contains("Enter explain  s re-read  R retry missed  A retake all"));

    press(&mut app, "j");
    assert_eq!(app.quiz().unwrap().selected(), 1);
    let second = drawn(&mut app, 80, 24);
    assert!(second.contains(" ▸ ✓ 2. Which limits"), "{second}");
    assert!(
        !second.contains("s re-read"),
        "no section to re-read for a right answer"
    );
    press(&mut app, "G");
    assert_eq!(app.quiz().unwrap().selected(), 4);
    press(&mut app, "g");
    assert_eq!(app.quiz().unwrap().selected(), 0);

    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::QuizDetail);
    let detail = drawn(&mut app, 80, 24);
    for shown in [
        "Micro-quiz: scaling decisions — question 1 of 5",
        "What must be true of your web servers",
        "✗ ◉ a) They must run on identical hardware",
        "✓ ◯ b) Any server can answer any request",
        "✗ Not quite — the answer is b",
        "  a) Identical hardware is convenient but not required",
        "Horizontal scaling spreads requests",
        "↳ Re-read “Up or out” in “Scalability Patterns”: press s",
    ] {
        assert!(detail.contains(shown), "{shown:?} missing:\n{detail}");
    }
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::QuizResult, "Esc: back to the list");
    press_key(&mut app, KeyCode::Enter);
    press_key(&mut app, KeyCode::Backspace);
    assert_eq!(app.mode(), Mode::QuizResult, "Backspace too");
    assert_eq!(app.screen(), Screen::Quiz);
}

#[test]
fn a_retaken_quiz_shows_each_answer_again_in_the_letters_it_was_given_in() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    app.open_quiz(quiz_index(&app));
    take(&mut app, &ALL_RIGHT);
    // The retake shuffles the choices: answer the first question wrong on screen.
    press(&mut app, "A");
    let session = app.quiz().unwrap().runner().session();
    let wrong = (0..4)
        .find(|&screen| session.own_index(screen) == Some(0))
        .unwrap();
    let letter = tutor::quiz::letter(wrong).to_string();
    let right = (0..4)
        .find(|&screen| session.own_index(screen) == Some(1))
        .unwrap();
    take(&mut app, &[letter.as_str()]);
    press_key(&mut app, KeyCode::Esc);
    // Left half-way: the result is not shown, so finish it with the rest.
    app.open_quiz(quiz_index(&app));
    assert_eq!(app.mode(), Mode::QuizResume);
    press(&mut app, "c");
    while app.mode() != Mode::QuizResult {
        press(&mut app, "a");
        press_key(&mut app, KeyCode::Enter);
        press_key(&mut app, KeyCode::Enter);
    }
    press_key(&mut app, KeyCode::Enter);
    let detail = drawn(&mut app, 80, 24);
    let shown = format!("✗ ◉ {letter}) They must run on identical hardware");
    assert!(detail.contains(&shown), "{shown:?}:\n{detail}");
    let answer = tutor::quiz::letter(right);
    assert!(
        detail.contains(&format!("the answer is {answer}")),
        "{detail}"
    );
    assert!(
        detail.contains(&format!("  {letter}) Identical hardware")),
        "{detail}"
    );
}

#[test]
fn a_missed_questions_section_opens_in_the_reader_and_q_comes_back() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    // Reading chapter 1 somewhere in the middle, then the quiz.
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Reader);
    press(&mut app, "jjjj");
    let before = app.reader().unwrap().bookmark();
    app.open_quiz(quiz_index(&app));
    take(&mut app, &ONE_MISSED);

    press(&mut app, "s");
    assert_eq!(app.screen(), Screen::Reader);
    let reader = app.reader().unwrap();
    assert_eq!(app.course().chapters[reader.chapter].id, QUIZ);
    let page = drawn(&mut app, 80, 24);
    let top = page.lines().nth(1).unwrap();
    assert!(
        top.contains("Up or out"),
        "the section's heading on top:\n{page}"
    );
    assert!(
        page.contains("q or Backspace: back to the quiz result"),
        "{page}"
    );

    press(&mut app, "q");
    assert_eq!(app.screen(), Screen::Quiz);
    assert_eq!(app.mode(), Mode::QuizResult);
    // The reader is back where it was before the quiz.
    assert_eq!(app.reader().unwrap().bookmark(), before);
    press(&mut app, "q");
    assert_eq!(app.screen(), Screen::Reader, "leaving the quiz: the reader");

    // From an explanation, and back with Backspace, to the explanation.
    app.open_quiz(quiz_index(&app));
    take(&mut app, &ONE_MISSED);
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "s");
    assert_eq!(app.screen(), Screen::Reader);
    press_key(&mut app, KeyCode::Backspace);
    assert_eq!(app.mode(), Mode::QuizDetail);
}

#[test]
fn no_key_on_a_result_records_an_answer() {
    let quiz: Quiz = crate::common::sample_quiz(QUIZ);
    let clock = Clock::Fixed(NOW);
    let theme = Theme::plain();
    let mut screen = QuizScreen::new(
        QuizRunner::new(Arc::new(quiz), QuizKind::Course, &clock),
        78,
        &theme,
    );
    for letters in ONE_MISSED {
        for c in letters.chars() {
            let index = usize::from(u8::try_from(c).unwrap() - b'a');
            screen.update(QuizAction::Choose(index), &clock, &theme);
        }
        screen.update(QuizAction::Submit, &clock, &theme);
        screen.update(QuizAction::Submit, &clock, &theme);
    }
    let mut explained = screen.clone();
    explained.update(QuizAction::Explain, &clock, &theme);
    assert_eq!(explained.mode(), Mode::QuizDetail);
    let mut keys: Vec<Key> = (' '..='~').map(Key::char).collect();
    keys.extend(
        [
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Backspace,
            KeyCode::Delete,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
        ]
        .map(Key::new),
    );
    for start in [&screen, &explained] {
        for &key in &keys {
            let mut after = start.clone();
            let Some(Action::Quiz(action)) = keymap::lookup(after.mode(), key) else {
                continue;
            };
            let events = after.update(action, &clock, &theme);
            assert!(
                !events.iter().any(|e| matches!(
                    e,
                    QuizEvent::SaveAttempt { .. } | QuizEvent::Answered { .. }
                )),
                "{key:?} on {:?} recorded an answer: {events:?}",
                start.mode()
            );
        }
    }
    // The letters that choose while asking mean nothing here; another round takes a
    // capital, and `r` stays the reader's reflections.
    for c in ['a', 'b', 'c', 'd', 'r', '1', '2', ' '] {
        assert_eq!(
            keymap::lookup(Mode::QuizResult, Key::char(c)),
            None,
            "{c:?}"
        );
        assert_eq!(
            keymap::lookup(Mode::ReviewResult, Key::char(c)),
            None,
            "{c:?}"
        );
    }
    assert_eq!(
        keymap::lookup(Mode::QuizResult, Key::char('R')),
        Some(Action::Quiz(QuizAction::RetryMissed))
    );
    assert_eq!(
        keymap::lookup(Mode::QuizResult, Key::char('A')),
        Some(Action::Quiz(QuizAction::RetakeAll))
    );
    assert_eq!(
        keymap::lookup(Mode::Reader, Key::char('r')),
        Some(Action::Reader(ReaderAction::Reflections))
    );
}

#[test]
fn a_key_pressed_once_too_often_after_the_last_answer_is_harmless() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    app.open_quiz(quiz_index(&app));
    take(&mut app, &ONE_MISSED[..4]);
    // The last answer, given with `a` and `Enter` as the learner would, each twice.
    press(&mut app, "b");
    press_key(&mut app, KeyCode::Enter);
    let saved = answers_saved(dir.path());
    assert_eq!(saved, 5);
    for _ in 0..2 {
        press_key(&mut app, KeyCode::Enter);
        press(&mut app, "b");
        press(&mut app, "a");
    }
    assert_eq!(app.screen(), Screen::Quiz);
    assert!(matches!(app.mode(), Mode::QuizResult | Mode::QuizDetail));
    assert!(
        app.quiz().unwrap().runner().is_finished(),
        "no new round began"
    );
    assert_eq!(
        answers_saved(dir.path()),
        saved,
        "nothing more was recorded"
    );
}

#[test]
fn a_quiz_opened_from_the_shell_returns_to_it() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut shell = app(&loaded.course, dir.path());
    shell.open_quiz_from_shell(quiz_index(&shell));
    press(&mut shell, "q");
    assert!(shell.has_quit(), "q while asking leaves the program");

    let mut shell = app(&loaded.course, dir.path());
    shell.open_quiz_from_shell(quiz_index(&shell));
    take(&mut shell, &ALL_RIGHT);
    press_key(&mut shell, KeyCode::Enter);
    press_key(&mut shell, KeyCode::Esc);
    assert!(
        !shell.has_quit(),
        "Esc on an explanation goes back to the list"
    );
    press_key(&mut shell, KeyCode::Esc);
    assert!(shell.has_quit(), "Esc on the result leaves the program");
    assert_eq!(answers_saved(dir.path()), 5);

    // Opened from the home screen, the quiz goes back there.
    let mut home = app(&loaded.course, dir.path());
    home.open_quiz(quiz_index(&home));
    assert_eq!(home.mode(), Mode::QuizChoice);
    press(&mut home, "q");
    assert!(!home.has_quit());
    assert_eq!(home.screen(), Screen::Home);
}

#[test]
fn the_wheel_moves_the_selection_of_a_result() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    app.open_quiz(quiz_index(&app));
    take(&mut app, &ONE_MISSED);
    app.handle(Input::Wheel(3));
    assert_eq!(app.quiz().unwrap().selected(), 1, "a notch, a question");
    app.handle(Input::Wheel(-3));
    assert_eq!(app.quiz().unwrap().selected(), 0);
}

#[test]
fn a_long_result_scrolls_with_its_selection_and_says_what_is_hidden() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    app.open_quiz(quiz_index(&app));
    take(&mut app, &ONE_MISSED);
    let top = drawn(&mut app, 50, 12);
    assert!(top.contains("Score 4/5"), "{top}");
    assert!(top.contains("↓ more below"), "{top}");
    assert!(!top.contains("↑ more above"), "{top}");
    press(&mut app, "G");
    let bottom = drawn(&mut app, 50, 12);
    assert!(
        bottom.contains("▸ ✓ 5."),
        "the selection in view:\n{bottom}"
    );
    assert!(bottom.contains("↑ more above"), "{bottom}");
}

/// Reads the chapter at `index` of the app's course to its end.
fn chapter_end(app: &mut App<'_>, index: usize) -> String {
    press_key(app, KeyCode::Enter);
    for _ in 0..index {
        press(app, "]");
    }
    assert_eq!(app.reader().unwrap().chapter, index);
    press(app, "G");
    drawn(app, 80, 24)
}

#[test]
fn a_chapters_end_offers_its_quiz_then_a_retake_once_mastered_and_the_next_chapter() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    let end = chapter_end(&mut app, 1);
    assert!(end.contains("— End of chapter —"), "{end}");
    assert!(end.contains("Press t to take the quiz “Micro-quiz: scaling decisions”"));
    assert!(end.contains("Press ] for the next chapter, “Database Design for Scale”"));

    press(&mut app, "t");
    take(&mut app, &ALL_RIGHT);
    press(&mut app, "q");
    assert_eq!(app.screen(), Screen::Reader);
    press(&mut app, "G");
    let end = drawn(&mut app, 80, 24);
    assert!(!end.contains("Press t to take the quiz"), "{end}");
    assert!(
        end.contains("✓ Quiz “Micro-quiz: scaling decisions” mastered. Press t to take it again"),
        "{end}"
    );
    assert!(end.contains("Press ] for the next chapter"), "{end}");
}

#[test]
fn the_last_chapters_end_lists_the_course_quizzes() {
    let (course_dir, dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    copy_sample_course(course_dir.path());
    std::fs::write(
        course_dir.path().join("quizzes/final-review.toml"),
        "title = \"Final review\"\n\n[[questions]]\nid = \"one\"\nprompt = \"Pick\"\n\
         choices = [\"x\", \"y\"]\nanswer = \"a\"\n",
    )
    .unwrap();
    let loaded = load(course_dir.path());
    let mut app = app(&loaded.course, dir.path());
    let last = loaded.course.chapters.len() - 1;
    let end = chapter_end(&mut app, last);
    assert!(end.contains("— End of the last chapter —"), "{end}");
    assert!(end.contains("Press t to take the quiz"), "{end}");
    assert!(!end.contains("next chapter"), "{end}");
    assert!(
        end.contains("The course's review quizzes, on the home screen"),
        "{end}"
    );
    assert!(end.contains("· Final review"), "{end}");
    // Every line of the end can be scrolled into view, in a short window too.
    let short = drawn(&mut app, 50, 12);
    press(&mut app, "G");
    let short_end = drawn(&mut app, 50, 12);
    assert!(short_end.contains("· Final review"), "{short}\n{short_end}");
}

#[test]
fn answers_given_in_practice_say_so_in_the_result() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    app.open_quiz(quiz_index(&app));
    take(&mut app, &ONE_MISSED);
    press(&mut app, "R");
    take(&mut app, &["b"]);
    assert_eq!(app.mode(), Mode::QuizResult);
    let result = drawn(&mut app, 80, 24);
    assert!(
        result.contains("▸ ✓ 1. practice · What must be true"),
        "{result}"
    );
    assert!(
        result.contains("   ✓ 2. Which limits"),
        "first answers are not practice"
    );
    assert!(
        !result.contains("↳ re-read"),
        "nothing missed any more:\n{result}"
    );
    press_key(&mut app, KeyCode::Enter);
    let detail = drawn(&mut app, 80, 24);
    assert!(detail.contains("Answered in practice"), "{detail}");
    assert!(detail.contains("✓ Right"), "{detail}");
}
