//! The quiz screen's state, driven by its keymap's keys and by actions, with no
//! terminal.

use crate::common::{NOW, sample_quiz};
use crossterm::event::{Event, KeyEvent, KeyEventKind, KeyModifiers};
use std::collections::BTreeMap;
use std::sync::Arc;
use tutor::progress::{Attempt, Clock, Progress};
use tutor::quiz::{Phase, Question, QuestionKind, Quiz};
use tutor::theme::Theme;
use tutor::tui::action::Action;
use tutor::tui::input::Input;
use tutor::tui::keymap::{self, Key, KeyCode};
use tutor::tui::quiz::{Hint, QuizAction, QuizEvent, QuizKind, QuizRunner, QuizScreen};

const START: Clock = Clock::Fixed(NOW);
/// Five minutes after [`START`].
const LATER: Clock = Clock::Fixed(jiff::Timestamp::constant(1_795_482_123 + 300, 0));

fn short(id: &str, answer: &str) -> Question {
    Question {
        id: id.into(),
        prompt: format!("Name {id}"),
        context: None,
        group: None,
        kind: QuestionKind::ShortAnswer {
            answer: answer.into(),
            alternatives: vec!["alt".into()],
            response: tutor::quiz::ResponseFormat::Short,
        },
        explanation: None,
        prompt_explanation: false,
        section: None,
    }
}

fn choice(id: &str, answer: &[usize], select_all: bool) -> Question {
    Question {
        id: id.into(),
        prompt: format!("Pick for {id}"),
        context: None,
        group: None,
        kind: QuestionKind::Choice {
            choices: vec!["one".into(), "two".into(), "three".into()],
            answer: answer.to_vec(),
            select_all,
            why: BTreeMap::new(),
        },
        explanation: None,
        prompt_explanation: false,
        section: None,
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

/// A quiz screen over `quiz`, started at [`START`].
fn screen(quiz: Quiz) -> QuizScreen {
    let runner = QuizRunner::new(Arc::new(quiz), QuizKind::Course, &START);
    QuizScreen::new(runner, 78, &Theme::plain())
}

fn update(screen: &mut QuizScreen, action: QuizAction, clock: Clock) -> Vec<QuizEvent> {
    screen.update(action, &clock, &Theme::plain())
}

fn key(code: KeyCode) -> Key {
    Key::new(code)
}

/// What `key` stands for on the quiz screen now, through its keymap.
fn act(screen: &QuizScreen, key: Key) -> Option<Action> {
    keymap::lookup(screen.mode(), key)
}

fn quiz_action(action: QuizAction) -> Action {
    Action::Quiz(action)
}

/// Presses `key`, which must be one of the quiz screen's own, and returns its events.
fn press(screen: &mut QuizScreen, key: Key, clock: Clock) -> Vec<QuizEvent> {
    match act(screen, key) {
        Some(Action::Quiz(action)) => update(screen, action, clock),
        other => panic!("{key:?} is not a quiz key here: {other:?}"),
    }
}

/// The attempt saved by the events of one submitted answer, which also moves the
/// question's review card.
fn saved(events: &[QuizEvent]) -> Attempt {
    match events {
        [
            QuizEvent::Answered {
                quiz: answered,
                question,
                ..
            },
            QuizEvent::SaveAttempt { quiz, attempt },
        ] => {
            assert!(!quiz.is_empty());
            assert_eq!(answered, quiz);
            assert_eq!(
                attempt.answers.last().map(|a| a.question.as_str()),
                Some(question.as_str())
            );
            attempt.clone()
        }
        other => panic!("expected an answer and its attempt, got {other:?}"),
    }
}

/// Answers the current choice question with `letters` and returns the saved attempt,
/// then moves on to the next question.
fn answer(screen: &mut QuizScreen, letters: &str, clock: Clock) -> Attempt {
    for c in letters.chars() {
        assert!(press(screen, Key::char(c), clock).is_empty());
    }
    let attempt = saved(&press(screen, key(KeyCode::Enter), clock));
    assert!(matches!(screen.runner().phase(), Phase::Answered(_)));
    assert!(
        press(screen, key(KeyCode::Enter), clock).is_empty(),
        "next saves nothing"
    );
    attempt
}

#[test]
fn every_answer_saves_the_attempt_so_far_and_only_the_last_finishes_it() {
    let quiz = sample_quiz("02-scalability-patterns");
    let mut screen = screen(quiz.clone());
    let answers = ["b", "ab", "b", "b", "a"];
    let mut attempts = Vec::new();
    for (i, letters) in answers.iter().enumerate() {
        let clock = if i == answers.len() - 1 { LATER } else { START };
        attempts.push(answer(&mut screen, letters, clock));
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
    let runner = screen.runner();
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
    let mut screen = screen(sample_quiz("02-scalability-patterns"));
    let mut last = Attempt::default();
    for letters in ["b", "a", "b", "b", "a"] {
        last = answer(&mut screen, letters, START);
    }
    assert_eq!((last.correct, last.needed), (3, 4));
    assert!(!last.passed);
    assert!(last.is_finished());
}

#[test]
fn space_toggles_the_highlighted_choice_of_a_select_all_question() {
    let mut screen = screen(sample_quiz("02-scalability-patterns"));
    answer(&mut screen, "b", START);
    // Question 2 is select-all (a and b).
    assert_eq!(
        act(&screen, Key::char(' ')),
        Some(quiz_action(QuizAction::Toggle))
    );
    press(&mut screen, Key::char(' '), START);
    assert_eq!(screen.runner().session().selection(), [0]);
    press(&mut screen, Key::char('j'), START);
    assert_eq!(screen.runner().cursor(), 1);
    press(&mut screen, Key::char(' '), START);
    assert_eq!(screen.runner().session().selection(), [0, 1]);
    press(&mut screen, Key::char(' '), START);
    assert_eq!(
        screen.runner().session().selection(),
        [0],
        "toggling again removes it"
    );
    press(&mut screen, Key::char(' '), START);
    let attempt = saved(&press(&mut screen, key(KeyCode::Enter), START));
    assert_eq!(attempt.answers[1].given, "ab");
    assert!(attempt.answers[1].correct);
}

#[test]
fn enter_with_nothing_selected_on_a_select_all_question_does_nothing_but_hint() {
    let mut screen = screen(sample_quiz("02-scalability-patterns"));
    answer(&mut screen, "b", START);
    assert!(press(&mut screen, key(KeyCode::Enter), START).is_empty());
    assert_eq!(*screen.runner().phase(), Phase::Asking);
    assert_eq!(screen.runner().hint(), Some(Hint::ChooseFirst));
    press(&mut screen, key(KeyCode::Down), START);
    assert_eq!(
        screen.runner().hint(),
        None,
        "the hint goes with the next action"
    );
}

#[test]
fn the_cursor_stays_on_the_choices_and_enter_submits_only_a_chosen_answer() {
    let mut screen = screen(sample_quiz("02-scalability-patterns"));
    update(&mut screen, QuizAction::Up, START);
    assert_eq!(screen.runner().cursor(), 0);
    for _ in 0..10 {
        update(&mut screen, QuizAction::Down, START);
    }
    assert_eq!(screen.runner().cursor(), 3, "four choices");
    update(&mut screen, QuizAction::Up, START);
    update(&mut screen, QuizAction::Up, START);
    // A highlighted choice is not a chosen one: Enter records nothing and says why.
    assert!(update(&mut screen, QuizAction::Submit, START).is_empty());
    assert_eq!(screen.runner().hint(), Some(Hint::ChooseFirst));
    assert!(screen.runner().attempt().answers.is_empty());
    update(&mut screen, QuizAction::Toggle, START);
    let attempt = saved(&update(&mut screen, QuizAction::Submit, START));
    assert_eq!(attempt.answers[0].given, "b");
    // Choosing by letter replaces the single choice and moves the cursor to it.
    update(&mut screen, QuizAction::Submit, START);
    update(&mut screen, QuizAction::Choose(2), START);
    assert_eq!(screen.runner().cursor(), 2);
    update(&mut screen, QuizAction::Choose(9), START);
    assert_eq!(
        screen.runner().session().selection(),
        [2],
        "beyond the choices is ignored"
    );
}

/// The key a terminal reports for a press of `code` with `modifiers`, read the way
/// the tutor reads terminal events.
fn from_terminal(code: crossterm::event::KeyCode, modifiers: KeyModifiers) -> Option<Key> {
    match Input::from_event(&Event::Key(KeyEvent::new(code, modifiers))) {
        Some(Input::Key(key)) => Some(key),
        _ => None,
    }
}

#[test]
fn short_answers_are_typed_edited_and_graded() {
    let mut screen = screen(quiz(vec![
        short("cap", "Consistency"),
        choice("c", &[1], false),
    ]));
    assert!(screen.runner().is_typing());
    for c in ['q', 'j', ' '] {
        assert_eq!(
            act(&screen, Key::char(c)),
            Some(quiz_action(QuizAction::Char(c)))
        );
    }
    assert_eq!(
        act(&screen, key(KeyCode::Esc)),
        Some(quiz_action(QuizAction::Close))
    );
    assert_eq!(
        act(&screen, key(KeyCode::Backspace)),
        Some(quiz_action(QuizAction::Backspace))
    );
    let shifted = from_terminal(crossterm::event::KeyCode::Char('C'), KeyModifiers::SHIFT);
    assert_eq!(
        act(&screen, shifted.unwrap()),
        Some(quiz_action(QuizAction::Char('C')))
    );

    assert!(press(&mut screen, key(KeyCode::Enter), START).is_empty());
    assert_eq!(screen.runner().hint(), Some(Hint::TypeFirst));
    for c in "  Consistencyq".chars() {
        press(&mut screen, Key::char(c), START);
    }
    press(&mut screen, key(KeyCode::Backspace), START);
    assert_eq!(screen.runner().text(), "  Consistency");
    let attempt = saved(&press(&mut screen, key(KeyCode::Enter), START));
    assert_eq!(attempt.answers[0].given, "Consistency");
    assert!(attempt.answers[0].correct);
    assert!(!screen.runner().is_typing(), "feedback is not typed into");
    assert_eq!(
        act(&screen, Key::char('q')),
        Some(quiz_action(QuizAction::Close))
    );
    press(&mut screen, key(KeyCode::Enter), START);
    assert_eq!(screen.runner().text(), "", "the next question starts empty");
    assert!(!screen.runner().is_typing(), "a choice question");
}

#[test]
fn retrying_the_missed_questions_starts_a_new_attempt_with_only_those() {
    let mut screen = screen(sample_quiz("02-scalability-patterns"));
    let mut first = Attempt::default();
    for letters in ["a", "ab", "b", "c", "b"] {
        first = answer(&mut screen, letters, START);
    }
    assert_eq!(first.correct, 3);
    assert_eq!(
        screen.runner().session().missed(),
        ["scale-out-needs", "cdn-offload"]
    );
    assert_eq!(
        act(&screen, Key::char('R')),
        Some(quiz_action(QuizAction::RetryMissed))
    );
    assert!(press(&mut screen, Key::char('R'), LATER).is_empty());
    let runner = screen.runner();
    assert!(runner.is_retry());
    assert_eq!(runner.session().progress(), (1, 2));
    assert_eq!(runner.session().question().unwrap().id, "scale-out-needs");

    let retry = answer(&mut screen, "b", LATER);
    assert_ne!(
        retry.id, first.id,
        "practice is recorded apart from the attempt"
    );
    assert!(retry.practice);
    assert_eq!(retry.started.to_string(), "2026-11-24T01:07:03Z");
    assert!(!retry.is_finished());
    let retry = answer(&mut screen, "b", LATER);
    let questions: Vec<_> = retry.answers.iter().map(|a| a.question.as_str()).collect();
    assert_eq!(questions, ["scale-out-needs", "cdn-offload"]);
    assert!(retry.is_finished());
    // Practice counts what it asked, and never passes: the attempt's score stays 3/5.
    assert_eq!((retry.correct, retry.total, retry.passed), (2, 2, false));
    assert_eq!(screen.runner().scored().map(|s| s.correct), Some(3));
    assert!(screen.runner().session().missed().is_empty());
    // Nothing to retry: `r` does nothing.
    assert!(press(&mut screen, Key::char('R'), START).is_empty());
    assert!(screen.runner().is_finished());
    assert_eq!(screen.runner().attempt().id, retry.id, "no new round");
    assert!(update(&mut screen, QuizAction::RetryMissed, START).is_empty());
    assert!(screen.runner().is_finished());
}

#[test]
fn retaking_all_starts_over_with_a_new_attempt() {
    let mut screen = screen(sample_quiz("02-scalability-patterns"));
    let mut first = Attempt::default();
    for letters in ["b", "ab", "b", "b", "b"] {
        first = answer(&mut screen, letters, START);
    }
    assert_eq!(
        act(&screen, Key::char('A')),
        Some(quiz_action(QuizAction::RetakeAll))
    );
    press(&mut screen, Key::char('A'), START);
    let runner = screen.runner();
    assert!(!runner.is_retry());
    assert_eq!(runner.session().progress(), (1, 5));
    assert_eq!(runner.score().correct, 0);
    // The choices come in a new order; what is stored is the quiz's own letter.
    let own = runner.session().own_index(2).unwrap();
    let again = answer(&mut screen, "c", START);
    assert_ne!(again.id, first.id);
    assert!(again.shuffle.is_some() && first.shuffle.is_none());
    assert_eq!(again.answers.len(), 1);
    assert_eq!(again.answers[0].given, tutor::quiz::letter(own).to_string());
    let orders: std::collections::BTreeSet<Vec<usize>> = (0..8)
        .map(|_| {
            let mut retake = self::screen(sample_quiz("02-scalability-patterns"));
            for letters in ["b", "ab", "b", "b", "b"] {
                answer(&mut retake, letters, START);
            }
            press(&mut retake, Key::char('A'), START);
            let session = retake.runner().session();
            (0..4).filter_map(|i| session.own_index(i)).collect()
        })
        .collect();
    assert!(orders.len() > 1, "each retake shuffles afresh: {orders:?}");
}

#[test]
fn closing_while_asking_just_closes() {
    let mut screen = screen(sample_quiz("02-scalability-patterns"));
    answer(&mut screen, "b", START);
    assert_eq!(
        press(&mut screen, Key::char('q'), START),
        [QuizEvent::Close]
    );
    assert_eq!(
        screen.runner().attempt().answers.len(),
        1,
        "the partial attempt was saved already"
    );
}

#[test]
fn keys_map_to_actions_by_phase() {
    let mut screen = screen(sample_quiz("02-scalability-patterns"));
    let act = |screen: &QuizScreen, code| act(screen, key(code));
    let typed = |screen: &QuizScreen, c| act(screen, KeyCode::Char(c));
    assert_eq!(
        typed(&screen, 'a'),
        Some(quiz_action(QuizAction::Choose(0)))
    );
    assert_eq!(
        typed(&screen, '1'),
        Some(quiz_action(QuizAction::Choose(0)))
    );
    assert_eq!(
        typed(&screen, '4'),
        Some(quiz_action(QuizAction::Choose(3)))
    );
    // Only four choices: a fifth letter or digit picks nothing.
    for c in ['e', '5'] {
        assert!(press(&mut screen, Key::char(c), START).is_empty());
        assert!(screen.runner().session().selection().is_empty(), "{c}");
        assert_eq!(screen.runner().cursor(), 0, "{c}");
    }
    assert_eq!(typed(&screen, '0'), None);
    assert_eq!(typed(&screen, 'j'), Some(quiz_action(QuizAction::Down)));
    assert_eq!(typed(&screen, 'k'), Some(quiz_action(QuizAction::Up)));
    assert_eq!(
        act(&screen, KeyCode::Down),
        Some(quiz_action(QuizAction::Down))
    );
    assert_eq!(act(&screen, KeyCode::Up), Some(quiz_action(QuizAction::Up)));
    assert_eq!(typed(&screen, ' '), Some(quiz_action(QuizAction::Toggle)));
    assert_eq!(
        act(&screen, KeyCode::Enter),
        Some(quiz_action(QuizAction::Submit))
    );
    assert_eq!(typed(&screen, 'q'), Some(quiz_action(QuizAction::Close)));
    assert_eq!(
        act(&screen, KeyCode::Esc),
        Some(quiz_action(QuizAction::Close))
    );
    assert_eq!(typed(&screen, 'r'), None, "r is for the result screen");
    assert_eq!(typed(&screen, '?'), Some(Action::Help), "the app's help");
    assert_eq!(act(&screen, KeyCode::Backspace), None);
    assert_eq!(
        keymap::lookup(screen.mode(), Key::ctrl('c')),
        Some(Action::Quit),
        "the app's quit"
    );
    let mut release = KeyEvent::new(crossterm::event::KeyCode::Char('a'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert_eq!(Input::from_event(&Event::Key(release)), None);

    press(&mut screen, Key::char('b'), START);
    press(&mut screen, key(KeyCode::Enter), START);
    // Feedback: letters no longer choose, Enter goes on.
    assert_eq!(typed(&screen, 'a'), None);
    assert_eq!(
        act(&screen, KeyCode::Enter),
        Some(quiz_action(QuizAction::Submit))
    );
    assert_eq!(typed(&screen, 'j'), Some(quiz_action(QuizAction::Down)));
}

#[test]
fn a_capital_letter_chooses_like_the_small_one() {
    let mut screen = screen(sample_quiz("02-scalability-patterns"));
    let capital = from_terminal(crossterm::event::KeyCode::Char('D'), KeyModifiers::SHIFT);
    assert_eq!(
        act(&screen, capital.unwrap()),
        Some(quiz_action(QuizAction::Choose(3)))
    );
    press(&mut screen, Key::char('D'), START);
    assert_eq!(screen.runner().session().selection(), [3]);
}

#[test]
fn scrolling_in_feedback_is_bounded_both_ways_and_reset_on_the_next_question() {
    let mut screen = screen(sample_quiz("02-scalability-patterns"));
    // A short terminal: the verdict cannot share the screen with the whole question.
    screen.set_rows(12);
    update(&mut screen, QuizAction::Choose(0), START);
    update(&mut screen, QuizAction::Submit, START);
    assert_eq!(screen.scroll(), 0);
    for _ in 0..1000 {
        update(&mut screen, QuizAction::Up, START);
    }
    let top = screen.scroll();
    assert!(top < 0, "up reaches the question above the feedback: {top}");
    for _ in 0..1000 {
        update(&mut screen, QuizAction::Down, START);
    }
    let bottom = screen.scroll();
    assert!((0..50).contains(&bottom), "{bottom}");
    // Bounded: one key back moves at once, however often the last one was pressed.
    update(&mut screen, QuizAction::Up, START);
    assert_eq!(screen.scroll(), bottom - 1);
    update(&mut screen, QuizAction::Submit, START);
    assert_eq!((screen.scroll(), screen.runner().cursor()), (0, 0));
}

#[test]
fn typed_short_answers_are_case_folded_in_full() {
    let mut screen = screen(quiz(vec![
        short("street", "straße"),
        short("myth", "σίσυφος"),
        short("river", "Rhein"),
    ]));
    let mut typed = |text: &str| {
        for c in text.chars() {
            press(&mut screen, Key::char(c), START);
        }
        let attempt = saved(&press(&mut screen, key(KeyCode::Enter), START));
        press(&mut screen, key(KeyCode::Enter), START);
        attempt.answers.last().map(|a| (a.given.clone(), a.correct))
    };
    assert_eq!(typed("STRASSE"), Some(("STRASSE".to_owned(), true)));
    assert_eq!(typed("ΣΊΣΥΦΟΣ"), Some(("ΣΊΣΥΦΟΣ".to_owned(), true)));
    assert_eq!(typed("RHINE"), Some(("RHINE".to_owned(), false)));
}
