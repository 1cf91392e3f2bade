//! The quiz screen: the runner (which question, what is chosen, the attempt), the
//! question laid out for the screen, spaced review sessions, and the view.
//!
//! [`QuizScreen`] pairs the runner, which knows nothing of screens, with its view
//! model, and keeps the two in step: every action that can change the question in
//! front refreshes the layout, so frames only draw.
mod layout;
mod review;
mod runner;
mod verdict;
mod view;

pub use layout::QuestionText;
pub use review::ReviewSession;
pub use runner::{Hint, QuizAction, QuizEvent, QuizKind, QuizRunner, TraceStep};
pub use view::QuizView;

use super::keymap::Mode;
use crate::progress::{Attempt, Clock};
use crate::quiz::Phase;
use crate::theme::Theme;

#[derive(Debug, Clone)]
pub struct QuizScreen {
    runner: QuizRunner,
    text: QuestionText,
    /// Counts the rounds, so a new one is laid out afresh.
    round: usize,
    width: usize,
    /// An attempt of this quiz left half-way, offered to be taken up again before
    /// anything else is asked.
    offer: Option<Attempt>,
}

impl QuizScreen {
    pub fn new(runner: QuizRunner, width: usize, theme: &Theme) -> Self {
        let mut screen = Self {
            runner,
            text: QuestionText::default(),
            round: 0,
            width,
            offer: None,
        };
        screen.refresh(theme);
        screen
    }

    /// The quiz screen over `runner`, first offering to go on with `open`, an
    /// attempt of the same quiz left half-way.
    #[must_use]
    pub fn offering(mut self, open: Attempt) -> Self {
        self.offer = Some(open);
        self
    }

    /// The attempt offered to be taken up again, while the offer stands.
    pub fn offer(&self) -> Option<&Attempt> {
        self.offer.as_ref()
    }

    pub fn runner(&self) -> &QuizRunner {
        &self.runner
    }

    pub fn text(&self) -> &QuestionText {
        &self.text
    }

    /// The review being run, if this is one.
    pub fn review_mut(&mut self) -> Option<&mut ReviewSession> {
        self.runner.review_mut()
    }

    pub fn update(&mut self, action: QuizAction, clock: &Clock, theme: &Theme) -> Vec<QuizEvent> {
        if let Some(open) = self.offer.take() {
            return self.answer_offer(open, action, clock, theme);
        }
        if matches!(action, QuizAction::RetryMissed | QuizAction::RetakeAll) {
            // A review's result is final: another round would only be practice, and
            // its keys are not offered (`Mode::ReviewResult`).
            if self.is_review() {
                return Vec::new();
            }
            self.round += 1;
        }
        let events = self.runner.update(action, clock);
        self.refresh(theme);
        events
    }

    /// Lays the question out again for a new reading column width.
    pub fn resize(&mut self, width: usize, theme: &Theme) {
        self.width = width;
        self.refresh(theme);
    }

    fn answer_offer(
        &mut self,
        open: Attempt,
        action: QuizAction,
        clock: &Clock,
        theme: &Theme,
    ) -> Vec<QuizEvent> {
        match action {
            QuizAction::Continue => {
                let quiz = self.runner.session().shared_quiz();
                let kind = self.runner.kind().clone();
                self.runner = QuizRunner::resume(quiz, kind, &open, clock);
                self.round += 1;
                self.refresh(theme);
                Vec::new()
            }
            QuizAction::StartOver => vec![QuizEvent::Abandon {
                quiz: self.runner.quiz().id.clone(),
                attempt: open.id,
            }],
            QuizAction::Close => vec![QuizEvent::Close],
            _ => {
                self.offer = Some(open);
                Vec::new()
            }
        }
    }

    /// What keys mean now.
    pub fn mode(&self) -> Mode {
        if self.offer.is_some() {
            return Mode::QuizResume;
        }
        match self.runner.phase() {
            Phase::Asking if self.runner.is_editing() => Mode::QuizField,
            Phase::Asking if self.runner.is_asking_compiles() => Mode::QuizCompiles,
            Phase::Asking if self.runner.is_typing() => Mode::QuizTyping,
            Phase::Asking => Mode::QuizChoice,
            Phase::Answered(_) => Mode::QuizFeedback,
            Phase::Finished if self.is_review() => Mode::ReviewResult,
            Phase::Finished => Mode::QuizResult,
        }
    }

    fn is_review(&self) -> bool {
        matches!(self.runner.kind(), QuizKind::Review(_))
    }

    fn refresh(&mut self, theme: &Theme) {
        self.text
            .refresh(&self.runner, self.round, self.width, theme);
    }
}
