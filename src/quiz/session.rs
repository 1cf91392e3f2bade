//! A quiz being taken: the state machine the TUI and the command line both drive.
//!
//! It holds the current question, the learner's selection, the feedback after a
//! submission and the result, and it can start over on the missed questions only. It
//! performs no IO and knows no terminal; callers save each [`Feedback`] as it comes.
//! Choices may be shown shuffled: the session maps what is on screen back to the
//! quiz's own choice indices, so grading and records never see the shuffle.
use super::score::{Response, Score};
use super::shuffle::{fnv1a, shuffle};
use super::{Question, QuestionKind, Quiz};
use std::sync::Arc;

/// What the learner sees after submitting an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub question: String,
    pub correct: bool,
    /// The response in the quiz's own letters, as recorded.
    pub response: Response,
    /// The right answer, in the letters shown on screen (or the expected text).
    pub right_answer: String,
    pub explanation: Option<String>,
    /// The `why` texts of the wrong choices the learner picked.
    pub why: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    Asking,
    Answered(Feedback),
    Finished,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("choose an answer first")]
    NothingChosen,
    #[error("there is no question to answer now")]
    NotAsking,
}

/// The session owns a shared handle on its quiz, so a quiz made on the spot (a review
/// of due questions) lives exactly as long as the session that asks it.
#[derive(Debug, Clone)]
pub struct Session {
    quiz: Arc<Quiz>,
    /// Indices into `quiz.questions`, in the order they are asked this round.
    order: Vec<usize>,
    position: usize,
    /// For each question: screen position → the quiz's own choice index.
    shown: Vec<Vec<usize>>,
    /// The latest outcome of each question of the quiz, across rounds.
    outcomes: Vec<Option<bool>>,
    /// The answers given this round, in the order given.
    answers: Vec<Feedback>,
    /// Screen positions chosen for the current choice question.
    selection: Vec<usize>,
    text: String,
    phase: Phase,
}

impl Session {
    /// A session over every question, choices in their written order.
    pub fn new(quiz: Arc<Quiz>) -> Self {
        let shown = quiz
            .questions
            .iter()
            .map(|q| (0..choice_count(q)).collect())
            .collect();
        let order = (0..quiz.questions.len()).collect();
        Self::with_order(quiz, order, shown)
    }

    /// A session whose choices appear shuffled, the same way for the same `seed`.
    pub fn shuffled(quiz: Arc<Quiz>, seed: u64) -> Self {
        let shown = quiz
            .questions
            .iter()
            .map(|q| {
                let mut order: Vec<usize> = (0..choice_count(q)).collect();
                shuffle(&mut order, fnv1a(&[&seed.to_string(), &q.id]));
                order
            })
            .collect();
        let order = (0..quiz.questions.len()).collect();
        Self::with_order(quiz, order, shown)
    }

    fn with_order(quiz: Arc<Quiz>, order: Vec<usize>, shown: Vec<Vec<usize>>) -> Self {
        let count = quiz.questions.len();
        let phase = if order.is_empty() {
            Phase::Finished
        } else {
            Phase::Asking
        };
        Self {
            quiz,
            order,
            position: 0,
            shown,
            outcomes: vec![None; count],
            answers: Vec::new(),
            selection: Vec::new(),
            text: String::new(),
            phase,
        }
    }

    pub fn quiz(&self) -> &Quiz {
        &self.quiz
    }

    /// The shared handle on the quiz, for a new session over the same quiz.
    pub fn shared_quiz(&self) -> Arc<Quiz> {
        Arc::clone(&self.quiz)
    }

    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    /// The question being asked or just answered; None once finished.
    pub fn question(&self) -> Option<&Question> {
        match self.phase {
            Phase::Finished => None,
            _ => self
                .order
                .get(self.position)
                .map(|&i| &self.quiz.questions[i]),
        }
    }

    /// The index in the quiz of the question being asked or just answered.
    pub fn index(&self) -> Option<usize> {
        match self.phase {
            Phase::Finished => None,
            _ => self.order.get(self.position).copied(),
        }
    }

    /// (1-based number of the current question in this round, questions in the round).
    pub fn progress(&self) -> (usize, usize) {
        ((self.position + 1).min(self.order.len()), self.order.len())
    }

    /// The current question's choices in screen order.
    pub fn choices(&self) -> Vec<&str> {
        let Some(question) = self.question() else {
            return Vec::new();
        };
        let QuestionKind::Choice { choices, .. } = &question.kind else {
            return Vec::new();
        };
        self.current_map()
            .iter()
            .map(|&i| choices[i].as_str())
            .collect()
    }

    /// The feedback on every answer given this round, in the order given.
    pub fn answers(&self) -> &[Feedback] {
        &self.answers
    }

    /// Whether every question of this round has been answered (the last one's feedback
    /// may still be on screen).
    pub fn round_answered(&self) -> bool {
        self.answers.len() >= self.order.len()
    }

    /// The quiz's own index of the choice at screen position `screen` of the current
    /// question.
    pub fn own_index(&self, screen: usize) -> Option<usize> {
        self.current_map().get(screen).copied()
    }

    /// The screen position of the current question's choice with the quiz's own index
    /// `own`.
    pub fn screen_of(&self, own: usize) -> Option<usize> {
        self.current_map().iter().position(|&i| i == own)
    }

    /// Answers the current question with a response recorded earlier, in the quiz's
    /// own letters, and moves on: how a half-done attempt is taken up again. Does
    /// nothing (and returns false) unless the current question is `question`.
    pub fn replay(&mut self, question: &str, response: Response) -> bool {
        if self.phase != Phase::Asking || self.question().is_none_or(|q| q.id != question) {
            return false;
        }
        if self.submit_response(response).is_err() {
            return false;
        }
        self.next();
        true
    }

    /// Screen positions currently selected.
    pub fn selection(&self) -> &[usize] {
        &self.selection
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Picks the choice at a screen position: replaces the selection for a single-choice
    /// question, toggles it for select-all.
    pub fn choose(&mut self, screen: usize) {
        if self.phase != Phase::Asking || screen >= self.current_map().len() {
            return;
        }
        let select_all = matches!(
            self.question().map(|q| &q.kind),
            Some(QuestionKind::Choice {
                select_all: true,
                ..
            })
        );
        if !select_all {
            self.selection = vec![screen];
        } else if let Some(at) = self.selection.iter().position(|&s| s == screen) {
            self.selection.remove(at);
        } else {
            self.selection.push(screen);
        }
    }

    pub fn set_text(&mut self, text: &str) {
        if self.phase == Phase::Asking {
            text.clone_into(&mut self.text);
        }
    }

    /// Grades the current selection or text and shows feedback.
    pub fn submit(&mut self) -> Result<&Feedback, SessionError> {
        let question = self.question().ok_or(SessionError::NotAsking)?;
        if self.phase != Phase::Asking {
            return Err(SessionError::NotAsking);
        }
        let response = match question.kind {
            QuestionKind::Choice { .. } if self.selection.is_empty() => {
                return Err(SessionError::NothingChosen);
            }
            QuestionKind::Choice { .. } => {
                let map = self.current_map();
                let mut own: Vec<usize> = self.selection.iter().map(|&s| map[s]).collect();
                own.sort_unstable();
                Response::Choices(own)
            }
            QuestionKind::ShortAnswer { .. } if self.text.trim().is_empty() => {
                return Err(SessionError::NothingChosen);
            }
            QuestionKind::ShortAnswer { .. } => Response::Text(self.text.trim().to_owned()),
            // A tracing answer is two steps (compiles? then the output): the caller
            // gathers both and hands over the whole with `submit_response`.
            QuestionKind::Tracing { .. } => return Err(SessionError::NothingChosen),
        };
        let feedback = self.answer(response);
        self.phase = Phase::Answered(feedback);
        match &self.phase {
            Phase::Answered(feedback) => Ok(feedback),
            _ => Err(SessionError::NotAsking),
        }
    }

    /// Grades a response given in the quiz's own letters (the command line's way).
    pub fn submit_response(&mut self, response: Response) -> Result<&Feedback, SessionError> {
        if self.phase != Phase::Asking {
            return Err(SessionError::NotAsking);
        }
        let feedback = self.answer(response);
        self.phase = Phase::Answered(feedback);
        match &self.phase {
            Phase::Answered(feedback) => Ok(feedback),
            _ => Err(SessionError::NotAsking),
        }
    }

    fn answer(&mut self, response: Response) -> Feedback {
        let index = self.order[self.position];
        let question = &self.quiz.questions[index];
        let correct = question.is_correct(&response);
        self.outcomes[index] = Some(correct);
        let (right_answer, why) = match (&question.kind, &response) {
            (QuestionKind::Choice { answer, why, .. }, Response::Choices(given)) => {
                let map = &self.shown[index];
                let mut screen: Vec<usize> = answer
                    .iter()
                    .filter_map(|own| map.iter().position(|m| m == own))
                    .collect();
                screen.sort_unstable();
                let right = screen.iter().map(|&s| super::letter(s).to_string());
                let notes = given.iter().filter_map(|g| why.get(g).cloned()).collect();
                (right.collect::<Vec<_>>().join(", "), notes)
            }
            _ => (question.right_answer(), Vec::new()),
        };
        let feedback = Feedback {
            question: question.id.clone(),
            correct,
            response,
            right_answer,
            explanation: question.explanation.clone(),
            why,
        };
        self.answers.push(feedback.clone());
        feedback
    }

    /// Moves from feedback to the next question, or to the result after the last.
    pub fn next(&mut self) {
        if !matches!(self.phase, Phase::Answered(_)) {
            return;
        }
        self.selection.clear();
        self.text.clear();
        self.position += 1;
        self.phase = if self.position < self.order.len() {
            Phase::Asking
        } else {
            Phase::Finished
        };
    }

    /// The score over the whole quiz: questions not yet answered count as wrong.
    pub fn score(&self) -> Score {
        Score {
            correct: self.outcomes.iter().filter(|o| **o == Some(true)).count(),
            total: self.quiz.questions.len(),
            mastery: self.quiz.mastery,
        }
    }

    /// Ids of the questions whose latest answer was wrong (or that were never answered).
    pub fn missed(&self) -> Vec<&str> {
        self.quiz
            .questions
            .iter()
            .zip(&self.outcomes)
            .filter(|(_, o)| **o != Some(true))
            .map(|(q, _)| q.id.as_str())
            .collect()
    }

    /// A new round over the missed questions only; right answers so far still count.
    #[must_use]
    pub fn retry_missed(&self) -> Self {
        let order = (0..self.quiz.questions.len()).filter(|&i| self.outcomes[i] != Some(true));
        let mut next = Self::with_order(self.shared_quiz(), order.collect(), self.shown.clone());
        next.outcomes = self
            .outcomes
            .iter()
            .map(|o| o.filter(|&right| right))
            .collect();
        next
    }

    /// A new round over every question, forgetting this one's answers.
    #[must_use]
    pub fn retake_all(&self) -> Self {
        Self::with_order(
            self.shared_quiz(),
            (0..self.quiz.questions.len()).collect(),
            self.shown.clone(),
        )
    }

    fn current_map(&self) -> &[usize] {
        self.order
            .get(self.position)
            .map_or(&[], |&i| self.shown[i].as_slice())
    }
}

fn choice_count(question: &Question) -> usize {
    match &question.kind {
        QuestionKind::Choice { choices, .. } => choices.len(),
        QuestionKind::ShortAnswer { .. } | QuestionKind::Tracing { .. } => 0,
    }
}
