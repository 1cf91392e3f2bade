//! The quiz screen inside the tutor: opening a quiz, routing its keys to the
//! [`QuizRunner`], and turning the runner's effects into saved progress — every
//! answer is recorded and saved as soon as it is given (SPEC §5).
use super::action::Action;
use super::app::{App, Screen};
use super::effect::Effect;
use super::quiz_runner::{QuizEffect, QuizRunner};
use crossterm::event::KeyEvent;

/// Opens quiz `index` of the course; leaving it returns to the current screen.
pub fn open(app: &mut App<'_>, index: usize) -> Vec<Effect> {
    let course = app.course;
    let Some(quiz) = course.quizzes.get(index) else {
        return Vec::new();
    };
    app.quiz = Some(QuizRunner::new(&course.meta.id, quiz, &app.clock));
    app.review = None;
    if app.screen != Screen::Quiz {
        app.quiz_from = app.screen;
    }
    app.screen = Screen::Quiz;
    Vec::new()
}

pub fn update(app: &mut App<'_>, action: Action) -> Vec<Effect> {
    let quiz_action = match action {
        Action::Quiz(quiz_action) => quiz_action,
        Action::Back => super::quiz_runner::QuizAction::Close,
        _ => return Vec::new(),
    };
    let Some(runner) = app.quiz.as_mut() else {
        app.screen = app.quiz_from;
        return Vec::new();
    };
    let mut effects = Vec::new();
    for effect in runner.update(quiz_action, &app.clock) {
        match effect {
            QuizEffect::SaveAttempt {
                course,
                quiz,
                attempt,
            } => {
                // Every answer moves the question's review card; a review session's
                // answers do nothing else.
                let last = attempt
                    .answers
                    .last()
                    .map(|a| (a.question.clone(), a.correct));
                let reviewed = last.as_ref().is_some_and(|(question, correct)| {
                    super::review::record(app, &quiz, question, *correct)
                });
                if !reviewed {
                    if let Some((question, correct)) = &last {
                        super::review::record_card(app, &quiz, question, *correct);
                    }
                    app.store
                        .progress_mut()
                        .record_attempt(&course, &quiz, attempt);
                }
                effects.push(Effect::SaveProgress);
            }
            QuizEffect::Close => {
                app.quiz = None;
                app.review = None;
                app.screen = app.quiz_from;
            }
        }
    }
    effects
}

/// The quiz runner's own keys (answer letters, Enter, typing), before the global ones.
pub fn key_action(app: &App<'_>, key: KeyEvent) -> Option<Action> {
    app.quiz
        .as_ref()
        .and_then(|runner| runner.key_to_action(key))
        .map(Action::Quiz)
}
