//! The quiz runner screen state, driven by actions and keys with no terminal.

use crate::common::{NOW, sample_quiz};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use jiff::Timestamp;
use std::collections::BTreeMap;
use tutor::progress::{Attempt, FixedClock, Instant, Progress};
use tutor::quiz::{Phase, Question, QuestionKind, Quiz};
use tutor::tui::quiz_runner::{Hint, QuizAction, QuizEffect, QuizRunner};

const START: FixedClock = FixedClock(NOW);
const LATER: FixedClock = FixedClock(Instant(NOW.0 + 300)); // five minutes on

fn short(id: &str, answer: &str) -> Question {
    Question {
        id: id.into(),
        prompt: format!("Name {id}"),
        context: None,
        kind: QuestionKind::ShortAnswer {
            answer: answer.into(),
            alternatives: vec!["alt".into()],
            long_response: false,
        },
        explanation: None,
        prompt_explanation: false,
    }
}

fn choice(id: &str, answer: &[usize], select_all: bool) -> Question {
    Question {
        id: id.into(),
        prompt: format!("Pick for {id}"),
        context: None,
        kind: QuestionKind::Choice {
            choices: vec!["one".into(), "two".into(), "three".into()],
            answer: answer.to_vec(),
            select_all,
            why: BTreeMap::new(),
        },
        explanation: None,
        prompt_explanation: false,
    }
}

fn quiz(questions: Vec<Question>) -> Quiz {
    Quiz {
        id: "mixed".into(),
        title: "Mixed".into(),
        chapter: None,
        mastery: 50,
        questions,
    }
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// The attempt of the only `SaveAttempt` among `effects`.
fn saved(effects: &[QuizEffect]) -> Attempt {
    match effects {
        [
            QuizEffect::SaveAttempt {
                course,
                quiz,
                attempt,
            },
        ] => {
            assert_eq!(course, "system-design");
            assert!(!quiz.is_empty());
            attempt.clone()
        }
        other => panic!("expected one SaveAttempt, got {other:?}"),
    }
}

/// Answers the current choice question with `letters` and returns the saved attempt,
/// then moves on to the next question.
fn answer(runner: &mut QuizRunner<'_>, letters: &str, clock: Clock) -> Attempt {
    for c in letters.chars() {
        let action = runner.key_to_action(key(KeyCode::Char(c))).unwrap();
        assert!(runner.update(action, &clock).is_empty());
    }
    let attempt = saved(&runner.update(QuizAction::Submit, &clock));
    assert!(matches!(runner.phase(), Phase::Answered(_)));
    assert!(
        runner.update(QuizAction::Submit, &clock).is_empty(),
        "next saves nothing"
    );
    attempt
}

#[test]
fn every_answer_saves_the_attempt_so_far_and_only_the_last_finishes_it() {
    let quiz = sample_quiz("02-scalability-patterns");
    let mut runner = QuizRunner::new("system-design", &quiz, &START);
    let answers = ["b", "ab", "b", "b", "a"];
    let mut attempts = Vec::new();
    for (i, letters) in answers.iter().enumerate() {
        let clock = if i == answers.len() - 1 { LATER } else { START };
        attempts.push(answer(&mut runner, letters, clock));
    }
    let first = &attempts[0];
    assert_eq!(first.started.to_string(), "2026-11-24T01:02:03Z");
    for (i, attempt) in attempts.iter().enumerate() {
        assert_eq!(attempt.id, first.id, "one attempt id for the whole round");
        assert_eq!(attempt.started, first.started);
        assert_eq!(attempt.answers.len(), i + 1);
        assert_eq!((attempt.total, attempt.needed), (5, 4));
        let last = i == answers.len() - 1;
        assert_eq!(attempt.is_finished(), last, "answer {}", i + 1);
    }
    let last = attempts.last().unwrap();
    assert_eq!(
        last.finished.map(|t| t.to_string()).as_deref(),
        Some("2026-11-24T01:07:03Z")
    );
    let given: Vec<_> = last
        .answers
        .iter()
        .map(|a| (a.given.as_str(), a.correct))
        .collect();
    assert_eq!(
        given,
        [
            ("b", true),
            ("ab", true),
            ("b", true),
            ("b", true),
            ("a", false)
        ]
    );
    assert_eq!(last.answers[0].question, "scale-out-needs");
    // Four of five is exactly the pass mark of 80%.
    assert_eq!(last.correct, 4);
    assert!(last.passed);
    assert!(runner.is_finished());
    assert_eq!(
        runner.score().to_string(),
        "Score 4/5 — mastered (need 4 of 5, 80%)"
    );
    // The growing copies of the attempt collapse into one record.
    let mut progress = Progress::default();
    for attempt in &attempts {
        progress.record_attempt("system-design", &quiz.id, attempt.clone());
    }
    let recorded = &progress.courses["system-design"].quizzes[&quiz.id].attempts;
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0], *last);
}

#[test]
fn one_below_the_pass_mark_does_not_pass() {
    let quiz = sample_quiz("02-scalability-patterns");
    let mut runner = QuizRunner::new("system-design", &quiz, &START);
    let mut last = Attempt::default();
    for letters in ["b", "a", "b", "b", "a"] {
        last = answer(&mut runner, letters, START);
    }
    assert_eq!((last.correct, last.needed), (3, 4));
    assert!(!last.passed);
    assert!(last.is_finished());
}

#[test]
fn space_toggles_the_highlighted_choice_of_a_select_all_question() {
    let quiz = sample_quiz("02-scalability-patterns");
    let mut runner = QuizRunner::new("system-design", &quiz, &START);
    answer(&mut runner, "b", START);
    // Question 2 is select-all (a and b).
    assert_eq!(
        runner.key_to_action(key(KeyCode::Char(' '))),
        Some(QuizAction::Toggle)
    );
    runner.update(QuizAction::Toggle, &START);
    assert_eq!(runner.session().selection(), [0]);
    runner.update(QuizAction::Down, &START);
    assert_eq!(runner.cursor(), 1);
    runner.update(QuizAction::Toggle, &START);
    assert_eq!(runner.session().selection(), [0, 1]);
    runner.update(QuizAction::Toggle, &START);
    assert_eq!(
        runner.session().selection(),
        [0],
        "toggling again removes it"
    );
    runner.update(QuizAction::Toggle, &START);
    let attempt = saved(&runner.update(QuizAction::Submit, &START));
    assert_eq!(attempt.answers[1].given, "ab");
    assert!(attempt.answers[1].correct);
}

#[test]
fn enter_with_nothing_selected_on_a_select_all_question_does_nothing_but_hint() {
    let quiz = sample_quiz("02-scalability-patterns");
    let mut runner = QuizRunner::new("system-design", &quiz, &START);
    answer(&mut runner, "b", START);
    assert!(runner.update(QuizAction::Submit, &START).is_empty());
    assert_eq!(*runner.phase(), Phase::Asking);
    assert_eq!(runner.hint(), Some(Hint::ChooseFirst));
    runner.update(QuizAction::Down, &START);
    assert_eq!(runner.hint(), None, "the hint goes with the next action");
}

#[test]
fn cursor_stays_on_the_choices_and_enter_takes_the_highlighted_single_choice() {
    let quiz = sample_quiz("02-scalability-patterns");
    let mut runner = QuizRunner::new("system-design", &quiz, &START);
    runner.update(QuizAction::Up, &START);
    assert_eq!(runner.cursor(), 0);
    for _ in 0..10 {
        runner.update(QuizAction::Down, &START);
    }
    assert_eq!(runner.cursor(), 3, "four choices");
    runner.update(QuizAction::Up, &START);
    runner.update(QuizAction::Up, &START);
    let attempt = saved(&runner.update(QuizAction::Submit, &START));
    assert_eq!(attempt.answers[0].given, "b");
    // Choosing by letter replaces the single choice and moves the cursor to it.
    runner.update(QuizAction::Submit, &START);
    runner.update(QuizAction::Choose(2), &START);
    assert_eq!(runner.cursor(), 2);
    runner.update(QuizAction::Choose(9), &START);
    assert_eq!(
        runner.session().selection(),
        [2],
        "beyond the choices is ignored"
    );
}

#[test]
fn short_answers_are_typed_edited_and_graded() {
    let quiz = quiz(vec![short("cap", "Consistency"), choice("c", &[1], false)]);
    let mut runner = QuizRunner::new("system-design", &quiz, &START);
    assert!(runner.is_typing());
    assert_eq!(
        runner.key_to_action(key(KeyCode::Char('q'))),
        Some(QuizAction::Char('q'))
    );
    assert_eq!(
        runner.key_to_action(key(KeyCode::Char('j'))),
        Some(QuizAction::Char('j'))
    );
    assert_eq!(
        runner.key_to_action(key(KeyCode::Char(' '))),
        Some(QuizAction::Char(' '))
    );
    assert_eq!(
        runner.key_to_action(key(KeyCode::Esc)),
        Some(QuizAction::Close)
    );
    assert_eq!(
        runner.key_to_action(key(KeyCode::Backspace)),
        Some(QuizAction::Backspace)
    );
    let shifted = KeyEvent::new(KeyCode::Char('C'), KeyModifiers::SHIFT);
    assert_eq!(runner.key_to_action(shifted), Some(QuizAction::Char('C')));

    assert!(runner.update(QuizAction::Submit, &START).is_empty());
    assert_eq!(runner.hint(), Some(Hint::TypeFirst));
    for c in "  Consistencyq".chars() {
        runner.update(QuizAction::Char(c), &START);
    }
    runner.update(QuizAction::Backspace, &START);
    assert_eq!(runner.text(), "  Consistency");
    let attempt = saved(&runner.update(QuizAction::Submit, &START));
    assert_eq!(attempt.answers[0].given, "Consistency");
    assert!(attempt.answers[0].correct);
    assert!(!runner.is_typing(), "feedback is not typed into");
    assert_eq!(
        runner.key_to_action(key(KeyCode::Char('q'))),
        Some(QuizAction::Close)
    );
    runner.update(QuizAction::Submit, &START);
    assert_eq!(runner.text(), "", "the next question starts empty");
    assert!(!runner.is_typing(), "a choice question");
}

#[test]
fn retrying_the_missed_questions_starts_a_new_attempt_with_only_those() {
    let quiz = sample_quiz("02-scalability-patterns");
    let mut runner = QuizRunner::new("system-design", &quiz, &START);
    let mut first = Attempt::default();
    for letters in ["a", "ab", "b", "c", "b"] {
        first = answer(&mut runner, letters, START);
    }
    assert_eq!(first.correct, 3);
    assert_eq!(
        runner.session().missed(),
        ["scale-out-needs", "cdn-offload"]
    );
    let r = runner.key_to_action(key(KeyCode::Char('r')));
    assert_eq!(r, Some(QuizAction::RetryMissed));
    assert!(runner.update(QuizAction::RetryMissed, &LATER).is_empty());
    assert!(runner.is_retry());
    assert_eq!(runner.session().progress(), (1, 2));
    assert_eq!(runner.session().question().unwrap().id, "scale-out-needs");

    let retry = answer(&mut runner, "b", LATER);
    assert_ne!(retry.id, first.id, "a retry is a new attempt");
    assert_eq!(retry.started.to_string(), "2026-11-24T01:07:03Z");
    assert!(!retry.is_finished());
    let retry = answer(&mut runner, "b", LATER);
    let questions: Vec<_> = retry.answers.iter().map(|a| a.question.as_str()).collect();
    assert_eq!(questions, ["scale-out-needs", "cdn-offload"]);
    assert!(retry.is_finished());
    // Right answers of the earlier round still count towards the whole quiz.
    assert_eq!((retry.correct, retry.total, retry.passed), (5, 5, true));
    assert!(runner.session().missed().is_empty());
    assert_eq!(
        runner.key_to_action(key(KeyCode::Char('r'))),
        None,
        "nothing to retry"
    );
    assert!(runner.update(QuizAction::RetryMissed, &START).is_empty());
    assert!(runner.is_finished());
}

#[test]
fn retaking_all_starts_over_with_a_new_attempt() {
    let quiz = sample_quiz("02-scalability-patterns");
    let mut runner = QuizRunner::new("system-design", &quiz, &START);
    let mut first = Attempt::default();
    for letters in ["b", "ab", "b", "b", "b"] {
        first = answer(&mut runner, letters, START);
    }
    assert_eq!(
        runner.key_to_action(key(KeyCode::Char('a'))),
        Some(QuizAction::RetakeAll)
    );
    runner.update(QuizAction::RetakeAll, &START);
    assert!(!runner.is_retry());
    assert_eq!(runner.session().progress(), (1, 5));
    assert_eq!(runner.score().correct, 0);
    let again = answer(&mut runner, "c", START);
    assert_ne!(again.id, first.id);
    assert_eq!((again.answers.len(), again.correct), (1, 0));
}

#[test]
fn closing_while_asking_just_closes() {
    let quiz = sample_quiz("02-scalability-patterns");
    let mut runner = QuizRunner::new("system-design", &quiz, &START);
    answer(&mut runner, "b", START);
    assert_eq!(
        runner.update(QuizAction::Close, &START),
        [QuizEffect::Close]
    );
    assert_eq!(
        runner.attempt().answers.len(),
        1,
        "the partial attempt was saved already"
    );
}

#[test]
fn keys_map_to_actions_by_phase() {
    let quiz = sample_quiz("02-scalability-patterns");
    let mut runner = QuizRunner::new("system-design", &quiz, &START);
    let act = |runner: &QuizRunner<'_>, code| runner.key_to_action(key(code));
    assert_eq!(
        act(&runner, KeyCode::Char('a')),
        Some(QuizAction::Choose(0))
    );
    assert_eq!(
        act(&runner, KeyCode::Char('D')),
        Some(QuizAction::Choose(3))
    );
    assert_eq!(act(&runner, KeyCode::Char('e')), None, "only four choices");
    assert_eq!(
        act(&runner, KeyCode::Char('1')),
        Some(QuizAction::Choose(0))
    );
    assert_eq!(
        act(&runner, KeyCode::Char('4')),
        Some(QuizAction::Choose(3))
    );
    assert_eq!(act(&runner, KeyCode::Char('5')), None);
    assert_eq!(act(&runner, KeyCode::Char('0')), None);
    assert_eq!(act(&runner, KeyCode::Char('j')), Some(QuizAction::Down));
    assert_eq!(act(&runner, KeyCode::Char('k')), Some(QuizAction::Up));
    assert_eq!(act(&runner, KeyCode::Down), Some(QuizAction::Down));
    assert_eq!(act(&runner, KeyCode::Up), Some(QuizAction::Up));
    assert_eq!(act(&runner, KeyCode::Char(' ')), Some(QuizAction::Toggle));
    assert_eq!(act(&runner, KeyCode::Enter), Some(QuizAction::Submit));
    assert_eq!(act(&runner, KeyCode::Char('q')), Some(QuizAction::Close));
    assert_eq!(act(&runner, KeyCode::Esc), Some(QuizAction::Close));
    assert_eq!(
        act(&runner, KeyCode::Char('r')),
        None,
        "r is for the result screen"
    );
    assert_eq!(act(&runner, KeyCode::Char('?')), None, "left to the app");
    assert_eq!(act(&runner, KeyCode::Backspace), None);
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(runner.key_to_action(ctrl_c), None, "left to the app");
    let mut release = key(KeyCode::Char('a'));
    release.kind = KeyEventKind::Release;
    assert_eq!(runner.key_to_action(release), None);

    runner.update(QuizAction::Choose(1), &START);
    runner.update(QuizAction::Submit, &START);
    // Feedback: letters no longer choose, Enter goes on.
    assert_eq!(act(&runner, KeyCode::Char('a')), None);
    assert_eq!(act(&runner, KeyCode::Enter), Some(QuizAction::Submit));
    assert_eq!(act(&runner, KeyCode::Char('j')), Some(QuizAction::Down));
}

#[test]
fn scrolling_in_feedback_is_bounded_and_reset_on_the_next_question() {
    let quiz = sample_quiz("02-scalability-patterns");
    let mut runner = QuizRunner::new("system-design", &quiz, &START);
    runner.update(QuizAction::Choose(0), &START);
    runner.update(QuizAction::Submit, &START);
    runner.update(QuizAction::Up, &START);
    assert_eq!(runner.scroll(), 0);
    for _ in 0..1000 {
        runner.update(QuizAction::Down, &START);
    }
    assert!(runner.scroll() > 0 && runner.scroll() <= 200);
    runner.update(QuizAction::Submit, &START);
    assert_eq!((runner.scroll(), runner.cursor()), (0, 0));
}
