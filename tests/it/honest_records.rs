//! Records that mean what they say, tried as a learner would, with keys: a practice
//! round never masters a quiz, only a chosen answer is recorded, and an attempt left
//! half-way is taken up where it was left.
use crate::common::{SAMPLE_COURSE, app, press, press_key, sample, tutor_with_data};
use tutor::progress::{Attempt, ProgressStore};
use tutor::quiz::{QuestionKind, letter};
use tutor::tui::app::App;
use tutor::tui::keymap::{KeyCode, Mode};

const QUIZ: &str = "02-scalability-patterns";
/// The sample quiz's keys, in its own letters.
const RIGHT: [&str; 5] = ["b", "ab", "b", "b", "b"];

/// Answers the question in front with the quiz's own `letters`, whatever order the
/// choices are shown in, then moves on.
fn answer(app: &mut App<'_>, letters: &str) {
    let session = app.quiz().unwrap().runner().session();
    let keys: String = letters
        .chars()
        .map(|c| {
            let own = usize::from(u8::try_from(c).unwrap() - b'a');
            letter(session.screen_of(own).unwrap())
        })
        .collect();
    press(app, &keys);
    press_key(app, KeyCode::Enter);
    press_key(app, KeyCode::Enter);
}

/// The right answer of the question in front, in the quiz's own letters.
fn right_answer(app: &App<'_>) -> String {
    let question = app.quiz().unwrap().runner().session().question().unwrap();
    match &question.kind {
        QuestionKind::Choice { answer, .. } => answer.iter().map(|&i| letter(i)).collect(),
        QuestionKind::ShortAnswer { .. } | QuestionKind::Tracing { .. } => {
            unreachable!("the sample quiz has choices only")
        }
    }
}

fn attempts(dir: &std::path::Path) -> Vec<Attempt> {
    let mut store = ProgressStore::open(dir);
    assert_eq!(
        store.take_notices(),
        Vec::<String>::new(),
        "the file reads back"
    );
    let course = &store.progress().courses[&sample().course.meta.id];
    course.quizzes[QUIZ].attempts.clone()
}

#[test]
fn practice_never_masters_and_a_full_retake_does() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let quiz = loaded
        .course
        .quizzes
        .iter()
        .position(|q| q.id == QUIZ)
        .unwrap();
    let mut app = app(&loaded.course, dir.path());
    app.open_quiz(quiz);
    // 3 of 5 right, below the mark of 4.
    for letters in ["a", "ab", "b", "c", "b"] {
        answer(&mut app, letters);
    }
    press(&mut app, "R");
    // The two missed, now answered right after their answers were shown.
    for _ in 0..2 {
        let right = right_answer(&app);
        answer(&mut app, &right);
    }
    let saved = attempts(dir.path());
    assert_eq!(saved.len(), 2, "{saved:#?}");
    assert_eq!(
        (saved[0].correct, saved[0].passed, saved[0].practice),
        (3, false, false)
    );
    assert_eq!(
        (saved[1].correct, saved[1].total, saved[1].practice),
        (2, 2, true)
    );
    assert!(!saved[1].passed);
    let first = saved[0].id.clone();
    let listed = tutor_with_data(dir.path())
        .args(["--course", SAMPLE_COURSE, "progress"])
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert!(listed.contains("3/5  below the mark"), "{listed}");
    assert!(listed.contains("practice: 2/2"), "{listed}");
    assert!(!listed.contains("mastered ("), "{listed}");

    // A retake of the whole quiz is an attempt, with the choices in a new order.
    press(&mut app, "A");
    for _ in 0..5 {
        let right = right_answer(&app);
        answer(&mut app, &right);
    }
    let saved = attempts(dir.path());
    assert_eq!(saved.len(), 3, "{saved:#?}");
    // All three started at the same fixed instant, so they are in the order of their
    // ids, whose serials other tests running at once also advance: found by kind.
    let retake = saved.iter().find(|a| !a.practice && a.id != first).unwrap();
    assert!(retake.shuffle.is_some() && retake.passed && !retake.practice);
    let given: Vec<&str> = retake.answers.iter().map(|a| a.given.as_str()).collect();
    assert_eq!(given, RIGHT, "stored in the quiz's own letters");
    let store = ProgressStore::open(dir.path());
    let progress = &store.progress().courses[&loaded.course.meta.id].quizzes[QUIZ];
    assert!(progress.mastered());
}

#[test]
fn enter_with_nothing_chosen_records_nothing() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let quiz = loaded
        .course
        .quizzes
        .iter()
        .position(|q| q.id == QUIZ)
        .unwrap();
    let mut app = app(&loaded.course, dir.path());
    app.open_quiz(quiz);
    let before = std::fs::read(dir.path().join("progress.toml")).ok();
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "jj");
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::QuizChoice, "still asking");
    assert_eq!(std::fs::read(dir.path().join("progress.toml")).ok(), before);
    assert!(
        app.quiz().unwrap().runner().hint().is_some(),
        "a hint says why"
    );
}

#[test]
fn an_attempt_left_half_way_is_continued_or_closed_as_abandoned() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let quiz = loaded
        .course
        .quizzes
        .iter()
        .position(|q| q.id == QUIZ)
        .unwrap();
    {
        let mut app = app(&loaded.course, dir.path());
        app.open_quiz(quiz);
        answer(&mut app, "b");
        answer(&mut app, "a");
        press(&mut app, "q");
        app.finish();
    }
    let mut app = app(&loaded.course, dir.path());
    app.open_quiz(quiz);
    assert_eq!(app.mode(), Mode::QuizResume, "the offer comes first");
    press(&mut app, "c");
    let session = app.quiz().unwrap().runner().session();
    assert_eq!(
        session.progress(),
        (3, 5),
        "on at the first unanswered question"
    );
    answer(&mut app, "b");
    let saved = attempts(dir.path());
    assert_eq!(saved.len(), 1, "the same attempt goes on");
    let given: Vec<&str> = saved[0].answers.iter().map(|a| a.given.as_str()).collect();
    assert_eq!(given, ["b", "a", "b"]);
    press(&mut app, "q");

    // Starting over closes the old attempt as abandoned: never "unfinished" again.
    app.open_quiz(quiz);
    assert_eq!(app.mode(), Mode::QuizResume);
    press(&mut app, "s");
    assert_eq!(app.mode(), Mode::QuizChoice);
    assert_eq!(app.quiz().unwrap().runner().session().progress(), (1, 5));
    answer(&mut app, "b");
    let saved = attempts(dir.path());
    assert_eq!(saved.len(), 2);
    assert!(saved[0].abandoned && !saved[1].abandoned);
    press(&mut app, "q");
    app.open_quiz(quiz);
    assert_eq!(
        app.mode(),
        Mode::QuizResume,
        "the new one is offered, not the abandoned"
    );
    let offered = app.quiz().unwrap().offer().unwrap().id.clone();
    assert_eq!(offered, saved[1].id);
}

/// The sample course with a reflection prompt in chapter 1, copied to `dir`.
fn course_with_a_prompt(dir: &std::path::Path) -> tutor::course::Loaded {
    crate::common::copy_sample_course(dir);
    let chapter = dir.join("content/01-system-design-principles.md");
    let mut body = std::fs::read_to_string(&chapter).unwrap();
    body.push_str("\n## Reflection prompts\n\n1. Which quality matters most to you?\n");
    std::fs::write(&chapter, body).unwrap();
    crate::common::load(dir)
}

#[test]
fn esc_in_the_editor_asks_before_throwing_anything_away() {
    let (course_dir, dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = course_with_a_prompt(course_dir.path());
    let mut app = app(&loaded.course, dir.path());
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "r");
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Editor);
    // Nothing typed: Esc closes at once.
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Reflections);
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "Availability");
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(
        app.mode(),
        Mode::EditorConfirm,
        "typed text is not dropped by one key"
    );
    press(&mut app, "x");
    assert_eq!(
        app.mode(),
        Mode::EditorConfirm,
        "other keys neither type nor close"
    );
    press_key(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Editor, "Esc goes back to editing");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "first.");
    press_key(&mut app, KeyCode::Esc);
    press(&mut app, "y");
    assert_eq!(app.mode(), Mode::Reflections, "saved and closed");
    let store = ProgressStore::open(dir.path());
    let answers = &store.progress().courses[&loaded.course.meta.id]
        .study
        .reflections;
    let answer = answers.values().next().unwrap().values().next().unwrap();
    assert_eq!(answer.text, "Availability\nfirst.", "line breaks are kept");

    // Discarding throws away only the new changes.
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, " More");
    press_key(&mut app, KeyCode::Esc);
    press(&mut app, "n");
    assert_eq!(app.mode(), Mode::Reflections);
    let store = ProgressStore::open(dir.path());
    let answers = &store.progress().courses[&loaded.course.meta.id]
        .study
        .reflections;
    let answer = answers.values().next().unwrap().values().next().unwrap();
    assert_eq!(answer.text, "Availability\nfirst.");

    // In the chapter the answer keeps its two lines.
    press_key(&mut app, KeyCode::Esc);
    press(&mut app, "G");
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| tutor::tui::view::draw(f, &app)).unwrap();
    let screen = crate::common::screen_text(terminal.backend().buffer());
    let row = |text: &str| screen.lines().position(|l| l.contains(text));
    let (first, second) = (row("Availability"), row("first."));
    assert!(
        first.is_some() && second == first.map(|r| r + 1),
        "{screen}"
    );
}
