//! Tracing questions and multi-line answers in the tutor, driven without a terminal:
//! "does it compile?" asked with `y`/`n`, the output typed over several lines, what
//! the learner sees at each step, and what the progress file records.
use crate::common::{app, load, press, press_ctrl, press_key, progress_toml, screen_text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tutor::tui::app::{App, Screen};
use tutor::tui::keymap::{KeyCode, Mode};
use tutor::tui::view;

const TRACING: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/valid/mdbook-tracing"
);
const PARTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/valid/mdbook-parts"
);

/// The screen at 80×24, as text.
fn drawn(app: &mut App<'_>) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    screen_text(terminal.backend().buffer())
}

/// The tutor over `course` with its first quiz open, progress in `dir`.
fn quiz<'c>(course: &'c tutor::course::Course, dir: &std::path::Path) -> App<'c> {
    let mut app = app(course, dir);
    app.open_quiz(0);
    app
}

/// The answers recorded in the progress file for the only attempt at `quiz`, as
/// (given, correct).
fn recorded(dir: &std::path::Path, course: &str, quiz: &str) -> Vec<(String, bool)> {
    let progress = progress_toml(dir);
    let attempts = progress["courses"][course]["quizzes"][quiz]["attempts"]
        .as_array()
        .unwrap();
    attempts[0]["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["given"].as_str().unwrap().to_owned(),
                a["correct"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_tracing_question_asks_whether_it_compiles_then_takes_the_output_over_lines() {
    let loaded = load(TRACING);
    let dir = tempfile::tempdir().unwrap();
    let mut app = quiz(&loaded.course, dir.path());
    assert_eq!(app.mode(), Mode::QuizCompiles);
    let asked = drawn(&mut app);
    insta::assert_snapshot!("tracing_question_80x24", asked);
    // Enter alone records nothing and says what to press.
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::QuizCompiles);
    assert!(drawn(&mut app).contains("Press y if the program compiles, n if it does not."));

    press(&mut app, "y");
    assert_eq!(app.mode(), Mode::QuizField);
    // Keys type, `q` and `?` too; Enter starts a new line.
    press(&mut app, "1");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "2");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "sum 3   ");
    press_key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!("tracing_output_80x24", drawn(&mut app));
    press_ctrl(&mut app, 's');
    assert_eq!(app.mode(), Mode::QuizFeedback);
    let feedback = drawn(&mut app);
    assert!(
        feedback.contains("✓ Right — it compiles and prints:"),
        "{feedback}"
    );
    assert_eq!(
        recorded(dir.path(), "mdbook-tracing", "tracing"),
        [("y:1\\n2\\nsum 3".to_owned(), true)]
    );
}

#[test]
fn a_tracing_question_answered_n_is_graded_at_once_and_shows_the_error_line() {
    let loaded = load(TRACING);
    let dir = tempfile::tempdir().unwrap();
    let mut app = quiz(&loaded.course, dir.path());
    // The first program compiles: `n` is wrong, and the right output is shown.
    press(&mut app, "n");
    assert_eq!(app.mode(), Mode::QuizFeedback);
    let wrong = drawn(&mut app);
    insta::assert_snapshot!("tracing_wrong_80x24", wrong);
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::QuizCompiles);
    // The second does not: `n` is right, and says where the error is.
    press(&mut app, "N");
    let right = drawn(&mut app);
    assert!(
        right.contains("✓ Right — it does not compile: the error is at line 4"),
        "{right}"
    );
    assert!(
        right.contains("You answered that it does not compile."),
        "{right}"
    );
    assert_eq!(
        recorded(dir.path(), "mdbook-tracing", "tracing"),
        [("n".to_owned(), false), ("n".to_owned(), true)]
    );
}

#[test]
fn esc_in_the_output_goes_back_to_whether_it_compiles_keeping_what_was_typed() {
    let loaded = load(TRACING);
    let dir = tempfile::tempdir().unwrap();
    let mut app = quiz(&loaded.course, dir.path());
    press(&mut app, "y");
    press(&mut app, "1 2");
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::QuizCompiles);
    assert!(
        !dir.path().join("progress.toml").exists(),
        "nothing is recorded before an answer"
    );
    // Back in the field, what was typed is still there: one key never throws it away.
    press(&mut app, "y");
    assert!(drawn(&mut app).contains("│1 2"));
    press_ctrl(&mut app, 's');
    let graded = drawn(&mut app);
    assert!(
        graded.contains("✗ Not quite — it compiles and prints:"),
        "{graded}"
    );
    assert_eq!(
        recorded(dir.path(), "mdbook-tracing", "tracing"),
        [("y:1 2".to_owned(), false)]
    );
}

#[test]
fn an_empty_output_says_the_program_prints_nothing() {
    let loaded = load(TRACING);
    let dir = tempfile::tempdir().unwrap();
    let mut app = quiz(&loaded.course, dir.path());
    press(&mut app, "y");
    press_ctrl(&mut app, 's');
    let graded = drawn(&mut app);
    assert!(
        graded.contains("You answered that it compiles and prints nothing."),
        "{graded}"
    );
    assert_eq!(
        recorded(dir.path(), "mdbook-tracing", "tracing"),
        [("y:".to_owned(), false)]
    );
}

#[test]
fn a_missed_tracing_question_is_retried_as_practice() {
    let loaded = load(TRACING);
    let dir = tempfile::tempdir().unwrap();
    let mut app = quiz(&loaded.course, dir.path());
    press(&mut app, "n");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "n");
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::QuizResult);
    press(&mut app, "R");
    assert_eq!(app.mode(), Mode::QuizCompiles);
    let retry = drawn(&mut app);
    assert!(retry.contains("missed question 1 of 1"), "{retry}");
    press(&mut app, "y");
    press(&mut app, "1");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "2");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "sum 3");
    press_ctrl(&mut app, 's');
    assert!(drawn(&mut app).contains("✓ Right"));
    let progress = progress_toml(dir.path());
    let attempts = progress["courses"]["mdbook-tracing"]["quizzes"]["tracing"]["attempts"]
        .as_array()
        .unwrap();
    assert_eq!(attempts.len(), 2);
    assert_eq!(attempts[1]["practice"].as_bool(), Some(true));
    assert_eq!(
        attempts[1]["answers"][0]["given"].as_str(),
        Some("y:1\\n2\\nsum 3")
    );
}

#[test]
fn multipart_questions_are_numbered_with_letters_and_long_answers_take_lines() {
    let loaded = load(PARTS);
    let dir = tempfile::tempdir().unwrap();
    let mut app = quiz(&loaded.course, dir.path());
    let first = drawn(&mut app);
    assert!(
        first.contains("Quiz: Parts — question 1a (1 of 4)"),
        "{first}"
    );
    // The shared context, its code in the default language, marks gone.
    assert!(first.contains("Consider this program:"), "{first}");
    assert!(first.contains("╭─ rust"), "{first}");
    assert!(first.contains("│     let x = 5;"), "{first}");
    assert!(!first.contains("`["), "{first}");
    press(&mut app, "6");
    press_key(&mut app, KeyCode::Enter);
    press_key(&mut app, KeyCode::Enter);

    assert_eq!(app.mode(), Mode::QuizField);
    let second = drawn(&mut app);
    assert!(second.contains("question 1b (2 of 4)"), "{second}");
    assert!(
        second.contains("Consider this program:"),
        "the context again: {second}"
    );
    press(&mut app, "It DECLARES");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "a variable");
    press_ctrl(&mut app, 's');
    let graded = drawn(&mut app);
    assert!(graded.contains("✓ Right"), "{graded}");
    assert!(graded.contains("You answered:"), "{graded}");
    press_key(&mut app, KeyCode::Enter);

    // A code answer: `Tab` and `q` type, Esc would leave the quiz.
    assert_eq!(app.mode(), Mode::QuizField);
    assert!(drawn(&mut app).contains("question 2 (3 of 4)"));
    press(&mut app, "let mut z = 1;");
    press_ctrl(&mut app, 's');
    assert!(drawn(&mut app).contains("✓ Right"));
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::QuizChoice);
    let choice = drawn(&mut app);
    assert!(choice.contains("question 3 (4 of 4)"), "{choice}");
    assert_eq!(
        recorded(dir.path(), "mdbook-parts", "parts"),
        [
            ("6".to_owned(), true),
            ("It DECLARES\na variable".to_owned(), true),
            ("let mut z = 1;".to_owned(), true),
        ]
    );
}

#[test]
fn esc_in_a_long_answer_leaves_the_quiz() {
    let loaded = load(PARTS);
    let dir = tempfile::tempdir().unwrap();
    let mut app = quiz(&loaded.course, dir.path());
    press(&mut app, "6");
    press_key(&mut app, KeyCode::Enter);
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::QuizField);
    press_key(&mut app, KeyCode::Esc);
    assert_ne!(
        app.screen(),
        Screen::Quiz,
        "Esc in a long answer's field leaves the quiz"
    );
}

#[test]
fn an_attempt_left_after_a_tracing_answer_is_taken_up_again() {
    let loaded = load(TRACING);
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = quiz(&loaded.course, dir.path());
        press(&mut app, "y");
        press(&mut app, "1");
        press_key(&mut app, KeyCode::Enter);
        press(&mut app, "2");
        press_ctrl(&mut app, 's');
        app.finish();
    }
    let mut app = quiz(&loaded.course, dir.path());
    assert_eq!(app.mode(), Mode::QuizResume);
    press(&mut app, "c");
    // The recorded `y:1\n2` is read back: the second question is asked next.
    assert_eq!(app.mode(), Mode::QuizCompiles);
    assert!(drawn(&mut app).contains("question 2 of 2"));
    press(&mut app, "n");
    assert_eq!(
        recorded(dir.path(), "mdbook-tracing", "tracing"),
        [("y:1\\n2".to_owned(), false), ("n".to_owned(), true)]
    );
}
