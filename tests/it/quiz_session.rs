//! Scoring and the quiz session, without a terminal.
use std::collections::BTreeMap;
use tutor::quiz::{
    Phase, Question, QuestionKind, Quiz, Response, ResponseError, Score, Session, SessionError,
};

fn choice(id: &str, n: usize, answer: &[usize], select_all: bool) -> Question {
    Question {
        id: id.into(),
        prompt: format!("prompt {id}"),
        context: None,
        group: None,
        kind: QuestionKind::Choice {
            choices: (0..n).map(|i| format!("choice {i}")).collect(),
            answer: answer.to_vec(),
            select_all,
            why: BTreeMap::from([(0, format!("why not a in {id}"))]),
        },
        explanation: Some(format!("explained {id}")),
        prompt_explanation: false,
        section: None,
    }
}

fn short(id: &str, answer: &str, alternatives: &[&str]) -> Question {
    Question {
        id: id.into(),
        prompt: "type it".into(),
        context: None,
        group: None,
        kind: QuestionKind::ShortAnswer {
            answer: answer.into(),
            alternatives: alternatives.iter().map(|&a| a.into()).collect(),
            response: tutor::quiz::ResponseFormat::Short,
        },
        explanation: None,
        prompt_explanation: false,
        section: None,
    }
}

fn quiz(questions: Vec<Question>, mastery: u8) -> Quiz {
    Quiz {
        id: "q".into(),
        title: "Q".into(),
        chapter: None,
        mastery,
        questions,
    }
}

#[test]
fn pass_marks_are_integer_ceilings() {
    for (mastery, total, needed) in [
        (70, 10, 7),
        (80, 6, 5),
        (80, 5, 4),
        (100, 3, 3),
        (1, 1, 1),
        (29, 7, 3),
        (50, 3, 2),
    ] {
        let score = Score {
            correct: needed,
            total,
            mastery,
        };
        assert_eq!(score.needed(), needed, "{mastery}% of {total}");
        assert!(score.passed());
        assert!(
            !Score {
                correct: needed - 1,
                ..score
            }
            .passed()
        );
    }
    let score = Score {
        correct: 5,
        total: 6,
        mastery: 80,
    };
    assert_eq!(score.to_string(), "Score 5/6 — mastered (need 5 of 6, 80%)");
    let score = Score {
        correct: 4,
        ..score
    };
    assert_eq!(
        score.to_string(),
        "Score 4/6 — not mastered yet (need 5 of 6, 80%)"
    );
}

#[test]
fn select_all_needs_the_exact_set() {
    let q = choice("s", 4, &[0, 2], true);
    assert!(q.is_correct(&Response::Choices(vec![0, 2])));
    assert!(q.is_correct(&q.parse_response("ca").unwrap()));
    assert!(!q.is_correct(&Response::Choices(vec![0])));
    assert!(!q.is_correct(&Response::Choices(vec![0, 1, 2])));
    assert_eq!(q.parse_response("aa"), Err(ResponseError::Repeated('a')));
}

#[test]
fn short_answers_ignore_case_and_spacing_and_accept_alternatives() {
    let q = short("t", "replication lag", &["Replica Lag"]);
    for given in [
        "replication lag",
        "  REPLICATION   Lag ",
        "replica lag",
        "replica\tLAG",
    ] {
        assert!(q.is_correct(&q.parse_response(given).unwrap()), "{given:?}");
    }
    assert!(!q.is_correct(&q.parse_response("replication").unwrap()));
    assert_eq!(q.parse_response("b"), Err(ResponseError::LettersForText));
    assert!(
        !q.is_correct(&Response::Choices(vec![0])),
        "a response of the wrong kind"
    );
}

#[test]
fn bad_entries_are_refused_with_a_reason() {
    let q = choice("c", 4, &[1], false);
    assert_eq!(
        q.parse_response("e"),
        Err(ResponseError::BeyondChoices('e', 'd'))
    );
    assert_eq!(
        q.parse_response("1"),
        Err(ResponseError::NotALetter('1', 'd'))
    );
    assert_eq!(q.parse_response("ab"), Err(ResponseError::OneLetterOnly(2)));
    assert_eq!(q.parse_response(" "), Err(ResponseError::Empty));
    assert_eq!(q.parse_response("B"), Ok(Response::Choices(vec![1])));
}

#[test]
fn a_session_walks_question_feedback_result() {
    let quiz = quiz(
        vec![choice("one", 3, &[1], false), short("two", "yes", &[])],
        100,
    );
    let mut s = Session::new(std::sync::Arc::new(quiz.clone()));
    assert_eq!(s.progress(), (1, 2));
    assert_eq!(s.submit().unwrap_err(), SessionError::NothingChosen);
    s.choose(0);
    s.choose(2); // single choice: replaces
    assert_eq!(s.selection(), [2]);
    let feedback = s.submit().unwrap().clone();
    assert!(!feedback.correct);
    assert_eq!(feedback.right_answer, "b");
    assert_eq!(feedback.explanation.as_deref(), Some("explained one"));
    assert!(feedback.why.is_empty(), "c) has no why");
    s.choose(1);
    assert_eq!(
        s.selection(),
        [2],
        "no changing the answer after submitting"
    );
    s.next();
    assert_eq!(s.phase(), &Phase::Asking);
    s.set_text(" YES ");
    assert!(s.submit().unwrap().correct);
    s.next();
    assert_eq!(s.phase(), &Phase::Finished);
    assert_eq!(
        s.score(),
        Score {
            correct: 1,
            total: 2,
            mastery: 100
        }
    );
    assert_eq!(s.missed(), ["one"]);

    let mut retry = s.retry_missed();
    assert_eq!(retry.progress(), (1, 1));
    assert_eq!(retry.question().unwrap().id, "one");
    retry.choose(1);
    assert!(retry.submit().unwrap().correct);
    retry.next();
    assert_eq!(retry.phase(), &Phase::Finished);
    assert!(retry.score().passed(), "earlier right answers still count");

    let again = retry.retake_all();
    assert_eq!(again.progress(), (1, 2));
    assert_eq!(again.score().correct, 0);
}

#[test]
fn why_of_the_chosen_wrong_choice_is_shown() {
    let quiz = quiz(vec![choice("w", 3, &[1], false)], 80);
    let mut s = Session::new(std::sync::Arc::new(quiz.clone()));
    s.choose(0);
    assert_eq!(s.submit().unwrap().why, ["why not a in w"]);
}

#[test]
fn select_all_toggles_in_the_session() {
    let quiz = quiz(vec![choice("s", 4, &[0, 3], true)], 80);
    let mut s = Session::new(std::sync::Arc::new(quiz.clone()));
    s.choose(0);
    s.choose(1);
    s.choose(3);
    s.choose(1);
    assert_eq!(s.selection(), [0, 3]);
    let feedback = s.submit().unwrap();
    assert!(feedback.correct);
    assert_eq!(feedback.right_answer, "a, d");
}

#[test]
fn shuffled_choices_map_back_to_the_quizs_own_letters() {
    let quiz = quiz(vec![choice("m", 6, &[4], false)], 80);
    let first = Session::shuffled(std::sync::Arc::new(quiz.clone()), 7);
    let second = Session::shuffled(std::sync::Arc::new(quiz.clone()), 7);
    assert_eq!(
        first.choices(),
        second.choices(),
        "the same seed gives the same order"
    );
    let on_screen = first
        .choices()
        .iter()
        .position(|c| *c == "choice 4")
        .unwrap();
    let mut s = first;
    s.choose(on_screen);
    let feedback = s.submit().unwrap();
    assert!(feedback.correct);
    assert_eq!(
        feedback.response,
        Response::Choices(vec![4]),
        "recorded in the quiz's letters"
    );
    assert_eq!(
        feedback.right_answer,
        tutor::quiz::letter(on_screen).to_string()
    );
    let orders: std::collections::BTreeSet<Vec<String>> = (0..20)
        .map(|seed| {
            let session = Session::shuffled(std::sync::Arc::new(quiz.clone()), seed);
            session.choices().into_iter().map(str::to_owned).collect()
        })
        .collect();
    assert!(orders.len() > 1, "different seeds shuffle differently");
}

#[test]
fn submit_response_grades_letters_from_the_command_line() {
    let quiz = quiz(
        vec![choice("a", 4, &[2], false), choice("b", 4, &[0, 1], true)],
        50,
    );
    let mut s = Session::new(std::sync::Arc::new(quiz.clone()));
    for entry in ["c", "ab"] {
        let response = s.question().unwrap().parse_response(entry).unwrap();
        assert!(s.submit_response(response).unwrap().correct);
        s.next();
    }
    assert_eq!(s.score().correct, 2);
}
