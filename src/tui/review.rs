//! Spaced review in the tutor: `v` on the home screen gathers the questions due today
//! into one synthetic quiz and runs it in the ordinary quiz screen. Its answers move
//! the review cards of the questions they came from; they are never recorded as an
//! attempt of a quiz. Part of `update`: no IO here.
use super::app::App;
use super::effect::Effect;
use super::quiz_runner::QuizRunner;
use super::text;
use crate::progress::review::{card_key, record_answer};
use crate::quiz::Quiz;
use crate::study::review::due;
use std::collections::HashMap;

/// The id of the synthetic quiz a review session runs.
pub const REVIEW_QUIZ: &str = "review";

/// A review session in progress.
#[derive(Debug, Clone, Default)]
pub struct ReviewSession {
    /// Synthetic question id → (quiz id, question id) it was copied from.
    pub origin: HashMap<String, (String, String)>,
}

/// The number of questions due for review today.
pub fn due_count(app: &App<'_>) -> usize {
    super::study::records(app).map_or(0, |study| due(study, app.course, app.clock.today()).len())
}

/// `v`: starts a review of the due questions, or says there are none.
pub fn start(app: &mut App<'_>) -> Vec<Effect> {
    let course = app.course;
    let today = app.clock.today();
    let due = super::study::records(app).map(|study| due(study, course, today));
    let due = due.unwrap_or_default();
    if due.is_empty() {
        app.status = Some(text::NOTHING_DUE.to_owned());
        return Vec::new();
    }
    let mut session = ReviewSession::default();
    let questions = due
        .into_iter()
        .map(|(quiz, question)| {
            let id = card_key(&quiz.id, &question.id);
            session
                .origin
                .insert(id.clone(), (quiz.id.clone(), question.id.clone()));
            let mut copy = question.clone();
            copy.id = id;
            copy
        })
        .collect();
    let quiz = Quiz {
        id: REVIEW_QUIZ.to_owned(),
        title: text::REVIEW_TITLE.to_owned(),
        chapter: None,
        mastery: 80,
        questions,
    };
    // The runner borrows its quiz for the course's lifetime `'c`, and a review quiz
    // is made here rather than taken from the course. Leaking it is the simple sound
    // way to give it that lifetime: a few kilobytes per review session, at most a
    // handful of sessions per run, freed when the process exits.
    let quiz: &'static Quiz = Box::leak(Box::new(quiz));
    app.quiz = Some(QuizRunner::new(&course.meta.id, quiz, &app.clock));
    app.review = Some(session);
    app.quiz_from = app.screen;
    app.screen = super::app::Screen::Quiz;
    Vec::new()
}

/// Records a review answer on its card. Returns whether `quiz` is the review quiz
/// (whose answers are never kept as an attempt).
pub fn record(app: &mut App<'_>, quiz: &str, question: &str, correct: bool) -> bool {
    let Some(session) = app.review.as_ref().filter(|_| quiz == REVIEW_QUIZ) else {
        return false;
    };
    if let Some((quiz, question)) = session.origin.get(question).cloned() {
        record_card(app, &quiz, &question, correct);
    }
    true
}

/// Moves the review card of a question after an answer (SPEC: every answer counts).
pub fn record_card(app: &mut App<'_>, quiz: &str, question: &str, correct: bool) {
    let now = app.clock.now();
    let study = &mut app
        .store
        .progress_mut()
        .courses
        .entry(app.course.meta.id.clone())
        .or_default()
        .study;
    record_answer(study, quiz, question, correct, now);
}
