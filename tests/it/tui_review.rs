//! Spaced review in the tutor: answers move cards only when due, a retry round is
//! practice, and a review's result says where each card went and when it comes back,
//! with no score, pass mark or second round. Driven by keys through the app, drawn
//! with a `TestBackend`.
use crate::common::{NOW, press, press_key, sample, screen_text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use tutor::course::Course;
use tutor::progress::{Clock, ProgressStore, ReviewCard};
use tutor::quiz::{Question, QuestionKind, Quiz};
use tutor::theme::Theme;
use tutor::tui::action::Action;
use tutor::tui::app::{App, Screen};
use tutor::tui::keymap::{KeyCode, Mode, help_sections, keymap};
use tutor::tui::quiz::{QuizAction, QuizEvent, QuizKind, QuizRunner, QuizScreen};
use tutor::tui::view;

const SCALING: &str = "02-scalability-patterns";

/// `days` after [`NOW`] (2026-11-24T01:02:03Z).
fn after(days: i64) -> jiff::Timestamp {
    NOW.checked_add(jiff::SignedDuration::from_hours(24 * days))
        .unwrap()
}

/// The tutor over `course` with its progress in `dir`, plain, 80×24, `days` after NOW.
fn app_on<'c>(course: &'c Course, dir: &Path, days: i64) -> App<'c> {
    let store = ProgressStore::open(dir);
    let mut app = App::new(course, store, Theme::plain(), Clock::Fixed(after(days)));
    app.resize(80, 24);
    app
}

fn screen(app: &App<'_>) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|frame| view::draw(frame, app)).unwrap();
    screen_text(terminal.backend().buffer())
}

fn card(app: &App<'_>, question: &str) -> ReviewCard {
    let course = &app.course().meta.id;
    app.store().progress().courses[course].study.review[&format!("{SCALING}/{question}")].clone()
}

/// Box and due date of a card.
fn placed(app: &App<'_>, question: &str) -> (u8, String) {
    let card = card(app, question);
    (card.level, card.due.to_string())
}

/// Answers the question in front with `letters`, then goes on.
fn answer(app: &mut App<'_>, letters: &str) {
    press(app, letters);
    press_key(app, KeyCode::Enter);
    press_key(app, KeyCode::Enter);
}

fn open_scaling_quiz(app: &mut App<'_>) {
    let index = app
        .course()
        .quizzes
        .iter()
        .position(|q| q.id == SCALING)
        .unwrap();
    app.open_quiz(index);
}

/// The scaling quiz (key b, ab, b, b, b) with the first and third questions wrong:
/// `scale-out-needs` and `reactive-vs-predictive` enter box 1.
fn miss_two(app: &mut App<'_>) {
    open_scaling_quiz(app);
    for letters in ["a", "ab", "a", "b", "b"] {
        answer(app, letters);
    }
}

#[test]
fn a_reviews_result_says_where_each_card_went_and_offers_no_second_round() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    miss_two(&mut app_on(&loaded.course, dir.path(), 0));
    let mut app = app_on(&loaded.course, dir.path(), 1);
    press(&mut app, "v");
    assert_eq!(app.screen(), Screen::Quiz);
    // Due the same day, in key order: reactive-vs-predictive first.
    answer(&mut app, "b");
    answer(&mut app, "a");
    assert_eq!(app.mode(), Mode::ReviewResult);
    assert_eq!(
        placed(&app, "reactive-vs-predictive"),
        (2, "2026-11-27".into())
    );
    assert_eq!(placed(&app, "scale-out-needs"), (1, "2026-11-26".into()));

    let result = screen(&app);
    insta::assert_snapshot!("review_result", result);
    assert!(result.contains("→ box 2, back on 27 Nov"), "{result}");
    assert!(result.contains("→ box 1, back tomorrow"), "{result}");
    for word in [
        "Score",
        "mastered",
        "need ",
        "This round",
        "retry",
        "retake",
    ] {
        assert!(
            !result.contains(word),
            "{word:?} on a review's result:\n{result}"
        );
    }

    // `r` and `a` are not keys here: nothing starts, nothing moves.
    let before = app.store().progress().clone();
    press(&mut app, "ra");
    assert_eq!(app.mode(), Mode::ReviewResult);
    assert_eq!(app.store().progress(), &before);
    let offered: Vec<Action> = help_sections(Mode::ReviewResult)
        .iter()
        .flat_map(|(mode, _)| keymap(*mode).all().map(|b| b.action))
        .collect();
    for again in [QuizAction::RetryMissed, QuizAction::RetakeAll] {
        assert!(
            !offered.contains(&Action::Quiz(again)),
            "{again:?} in the help"
        );
    }
}

#[test]
fn retakes_and_retries_the_same_day_leave_a_missed_card_where_it_is() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app_on(&loaded.course, dir.path(), 0);
    miss_two(&mut app);
    let missed = card(&app, "scale-out-needs");
    assert_eq!(
        (missed.level, missed.due.to_string()),
        (1, "2026-11-25".into())
    );
    // Retry the two missed, right this time: practice.
    press(&mut app, "R");
    answer(&mut app, "b");
    answer(&mut app, "b");
    assert_eq!(card(&app, "scale-out-needs"), missed);
    // Four retakes of the whole quiz, every answer right.
    for _ in 0..4 {
        press(&mut app, "A");
        for letters in ["b", "ab", "b", "b", "b"] {
            answer(&mut app, letters);
        }
        assert_eq!(app.mode(), Mode::QuizResult);
    }
    assert_eq!(
        card(&app, "scale-out-needs"),
        missed,
        "box, due date and time"
    );
    assert_eq!(
        placed(&app, "reactive-vs-predictive"),
        (1, "2026-11-25".into())
    );

    // The next day it is due: a right answer in the quiz moves it up.
    let mut app = app_on(&loaded.course, dir.path(), 1);
    open_scaling_quiz(&mut app);
    answer(&mut app, "b");
    assert_eq!(placed(&app, "scale-out-needs"), (2, "2026-11-27".into()));
}

/// A quiz of two single-choice questions whose answer is b.
fn two_questions() -> Quiz {
    let question = |id: &str| Question {
        id: id.into(),
        prompt: format!("Pick for {id}"),
        context: None,
        group: None,
        kind: QuestionKind::Choice {
            choices: vec!["one".into(), "two".into()],
            answer: vec![1],
            select_all: false,
            why: BTreeMap::new(),
        },
        explanation: None,
        prompt_explanation: false,
        section: None,
    };
    Quiz {
        id: "pair".into(),
        title: "Pair".into(),
        chapter: None,
        mastery: 50,
        questions: vec![question("first"), question("second")],
    }
}

/// Chooses `choice` in the question in front, submits it and goes on; returns the
/// `practice` of the answer event.
fn submit(screen: &mut QuizScreen, choice: usize) -> Option<bool> {
    let (clock, theme) = (Clock::Fixed(NOW), Theme::plain());
    screen.update(QuizAction::Choose(choice), &clock, &theme);
    let events = screen.update(QuizAction::Submit, &clock, &theme);
    screen.update(QuizAction::Submit, &clock, &theme);
    events.into_iter().find_map(|event| match event {
        QuizEvent::Answered { practice, .. } => Some(practice),
        _ => None,
    })
}

#[test]
fn answers_in_a_retry_round_are_practice() {
    let runner = QuizRunner::new(
        Arc::new(two_questions()),
        QuizKind::Course,
        &Clock::Fixed(NOW),
    );
    let mut screen = QuizScreen::new(runner, 78, &Theme::plain());
    assert_eq!(submit(&mut screen, 0), Some(false), "a first answer counts");
    assert_eq!(submit(&mut screen, 1), Some(false));
    screen.update(QuizAction::RetryMissed, &Clock::Fixed(NOW), &Theme::plain());
    assert!(screen.runner().is_retry());
    assert_eq!(
        submit(&mut screen, 1),
        Some(true),
        "a retried one is practice"
    );
    screen.update(QuizAction::RetakeAll, &Clock::Fixed(NOW), &Theme::plain());
    assert_eq!(submit(&mut screen, 1), Some(false), "a retake counts again");
}
