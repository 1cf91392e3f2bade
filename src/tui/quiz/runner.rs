//! The quiz runner: which question is shown, the highlighted choice, the answer being
//! typed, and the attempt record that grows with every answer.
//!
//! It turns [`QuizAction`]s into [`QuizEvent`]s and never performs IO or touches a
//! terminal: the app saves each `SaveAttempt` it returns (SPEC §5: after every answered
//! question), so quitting mid-quiz loses nothing answered. Grading belongs to
//! [`crate::quiz::Session`]; this module only drives it.
use super::action::{Given, Hint, QuizAction, QuizEvent, QuizKind, TraceStep};
use super::review::ReviewSession;
use crate::progress::{Attempt, Clock};
use crate::quiz::{
    Feedback, Phase, QuestionKind, Quiz, Response, Score, Session, SessionError, Trace,
};
use crate::study::{AttemptStart, attempt};
use crate::tui::study::field_input;
use jiff::Timestamp;
use ratatui_textarea::{TextArea, WrapMode};
use std::sync::Arc;

/// The longest short answer accepted, in characters: a guard, not a limit anyone meets.
const MAX_TEXT: usize = 500;

#[derive(Debug, Clone)]
pub struct QuizRunner {
    kind: QuizKind,
    session: Session,
    /// Screen position of the highlighted choice.
    cursor: usize,
    start: AttemptStart,
    attempt: Attempt,
    hint: Option<Hint>,
    /// The score of the attempt a practice round follows: practice leaves it as it was.
    scored: Option<Score>,
    /// The step of the tracing question being asked.
    trace: TraceStep,
    /// The multi-line field of a long answer or a program's output; emptied for each
    /// question.
    editor: Box<TextArea<'static>>,
    /// The latest answer to each question of the quiz (by its index), over the rounds
    /// of this attempt: what the result shows again.
    given: Vec<Option<Given>>,
}

impl QuizRunner {
    /// Starts a first round over every question. Choices keep the quiz's order (an
    /// mdbook-quiz answer is already shuffled in at load), so screen letters are the
    /// quiz's own letters.
    pub fn new(quiz: Arc<Quiz>, kind: QuizKind, clock: &Clock) -> Self {
        let now = clock.now();
        Self::over(Session::new(quiz), kind, AttemptStart::new(now), now)
    }

    /// Takes up an attempt left half-way: its questions in the order they were shown,
    /// its answers given again as recorded, and the first unanswered question asked.
    pub fn resume(quiz: Arc<Quiz>, kind: QuizKind, saved: &Attempt, clock: &Clock) -> Self {
        let mut session = match saved.shuffle {
            Some(seed) => Session::shuffled(quiz, u64::from(seed)),
            None => Session::new(quiz),
        };
        let start = AttemptStart::of(saved);
        let mut replayed_answers = vec![None; session.quiz().questions.len()];
        for given in &saved.answers {
            let response = session
                .question()
                .filter(|q| q.id == given.question)
                .and_then(|q| q.parse_response(&given.given).ok());
            let (index, order) = (session.index(), shown_order(&session));
            let replayed = response.is_some_and(|r| session.replay(&given.question, r));
            if !replayed {
                // The quiz changed since: what cannot be replayed is asked again.
                break;
            }
            if let (Some(slot), Some(feedback)) = (
                index.and_then(|i| replayed_answers.get_mut(i)),
                session.answers().last(),
            ) {
                *slot = Some(Given {
                    feedback: feedback.clone(),
                    order,
                    practice: start.practice,
                });
            }
        }
        let mut runner = Self::over(session, kind, start, clock.now());
        runner.given = replayed_answers;
        runner
    }

    /// A runner over `session`, recording it as the attempt `start` begins.
    fn over(session: Session, kind: QuizKind, start: AttemptStart, now: Timestamp) -> Self {
        Self {
            kind,
            attempt: attempt(&session, &start, now),
            given: vec![None; session.quiz().questions.len()],
            session,
            cursor: 0,
            start,
            hint: None,
            scored: None,
            trace: TraceStep::default(),
            editor: Box::default(),
        }
        .with_fresh_field()
    }

    /// The runner with its answer field made anew for the question in front.
    fn with_fresh_field(mut self) -> Self {
        self.fresh_field();
        self
    }

    /// Empties the answer field and the tracing step for the question in front.
    fn fresh_field(&mut self) {
        self.trace = TraceStep::default();
        let mut area = TextArea::default();
        let wrap = match self.session.question().map(|q| &q.kind) {
            // Prose wraps at words; code and program output keep their lines.
            Some(QuestionKind::ShortAnswer { response, .. })
                if *response == crate::quiz::ResponseFormat::Long =>
            {
                WrapMode::WordOrGlyph
            }
            _ => WrapMode::None,
        };
        area.set_wrap_mode(wrap);
        *self.editor = area;
    }

    pub fn quiz(&self) -> &Quiz {
        self.session.quiz()
    }

    pub fn kind(&self) -> &QuizKind {
        &self.kind
    }

    /// The review being run, if this is one: the app notes there where its cards went.
    pub fn review_mut(&mut self) -> Option<&mut ReviewSession> {
        match &mut self.kind {
            QuizKind::Review(review) => Some(review),
            QuizKind::Course => None,
        }
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn phase(&self) -> &Phase {
        self.session.phase()
    }

    /// The feedback on the answer just given, while it is shown.
    pub fn feedback(&self) -> Option<&Feedback> {
        match self.session.phase() {
            Phase::Answered(feedback) => Some(feedback),
            _ => None,
        }
    }

    pub fn is_finished(&self) -> bool {
        *self.session.phase() == Phase::Finished
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn text(&self) -> &str {
        self.session.text()
    }

    /// The latest answer to question `index` of the quiz in this attempt, if any.
    pub fn given(&self, index: usize) -> Option<&Given> {
        self.given.get(index).and_then(Option::as_ref)
    }

    /// The current question's choices as shown: screen position → the quiz's own
    /// choice index.
    pub fn order(&self) -> Vec<usize> {
        shown_order(&self.session)
    }

    pub fn hint(&self) -> Option<Hint> {
        self.hint
    }

    /// The score so far over the whole quiz.
    pub fn score(&self) -> Score {
        self.session.score()
    }

    /// The attempt as last saved (or as started, before any answer).
    pub fn attempt(&self) -> &Attempt {
        &self.attempt
    }

    /// Whether this round is practice: the missed questions again, after their
    /// answers were shown. It never changes a score or mastery.
    pub fn is_retry(&self) -> bool {
        self.start.practice
    }

    /// The score of the attempt a practice round follows.
    pub fn scored(&self) -> Option<Score> {
        self.scored
    }

    /// Whether keys type into a one-line short-answer field now.
    pub fn is_typing(&self) -> bool {
        self.asking().is_some_and(|kind| {
            matches!(kind, QuestionKind::ShortAnswer { response, .. } if !response.is_multiline())
        })
    }

    /// Whether keys go to the multi-line field now: a long or code answer, or what a
    /// program prints.
    pub fn is_editing(&self) -> bool {
        self.asking().is_some_and(|kind| match kind {
            QuestionKind::ShortAnswer { response, .. } => response.is_multiline(),
            QuestionKind::Tracing { .. } => self.trace == TraceStep::Output,
            QuestionKind::Choice { .. } => false,
        })
    }

    /// Whether a tracing question waits for `y` or `n` now.
    pub fn is_asking_compiles(&self) -> bool {
        self.trace == TraceStep::Compiles
            && matches!(self.asking(), Some(QuestionKind::Tracing { .. }))
    }

    /// The step of the tracing question being asked.
    pub fn trace_step(&self) -> TraceStep {
        self.trace
    }

    /// The multi-line answer field.
    pub fn editor(&self) -> &TextArea<'static> {
        &self.editor
    }

    /// The kind of the question waiting for an answer, if one is.
    fn asking(&self) -> Option<&QuestionKind> {
        (*self.session.phase() == Phase::Asking)
            .then(|| self.session.question().map(|q| &q.kind))
            .flatten()
    }

    pub fn update(&mut self, action: QuizAction, clock: &Clock) -> Vec<QuizEvent> {
        self.hint = None;
        match action {
            QuizAction::Close => return vec![QuizEvent::Close],
            QuizAction::Up => self.move_by(-1),
            QuizAction::Down => self.move_by(1),
            QuizAction::Choose(screen) => self.choose(screen),
            QuizAction::Toggle => self.choose(self.cursor),
            QuizAction::Char(c) => self.edit_text(|text| {
                if !c.is_control() && text.chars().count() < MAX_TEXT {
                    text.push(c);
                }
            }),
            QuizAction::Backspace => self.edit_text(|text| {
                text.pop();
            }),
            QuizAction::Submit => return self.submit(clock),
            QuizAction::Compiles(compiles) => return self.compiles(compiles, clock),
            QuizAction::Edit(key) => {
                if self.is_editing() {
                    self.editor.input(field_input(key));
                }
            }
            QuizAction::LeaveEditor => {
                if self.is_asking_compiles() || !self.is_editing() {
                    return Vec::new();
                }
                if matches!(self.asking(), Some(QuestionKind::Tracing { .. })) {
                    self.trace = TraceStep::Compiles;
                } else {
                    return vec![QuizEvent::Close];
                }
            }
            // The quiz screen answers these: its offer to resume, its scrolling and the
            // result's selection.
            QuizAction::Continue
            | QuizAction::StartOver
            | QuizAction::Scroll(_)
            | QuizAction::First
            | QuizAction::Last
            | QuizAction::Explain
            | QuizAction::List
            | QuizAction::Section => {}
            QuizAction::RetryMissed => {
                if self.is_finished() && !self.session.missed().is_empty() {
                    if !self.start.practice {
                        self.scored = Some(self.session.score());
                    }
                    let next = self.session.retry_missed();
                    self.start_round(next, AttemptStart::practice(clock.now()), clock);
                }
            }
            QuizAction::RetakeAll => {
                if self.is_finished() {
                    // A new attempt, its choices in a new order: letters learnt by
                    // position in the last one do not carry over.
                    let start = AttemptStart::shuffled(clock.now());
                    let seed = start.shuffle.unwrap_or_default();
                    let next = Session::shuffled(self.session.shared_quiz(), u64::from(seed));
                    self.scored = None;
                    self.given.fill(None);
                    self.start_round(next, start, clock);
                }
            }
        }
        Vec::new()
    }

    /// Moves the highlight over the choices while asking; elsewhere the screen
    /// scrolls.
    fn move_by(&mut self, delta: i8) {
        if *self.session.phase() == Phase::Asking {
            let last = self.session.choices().len().saturating_sub(1);
            self.cursor = match delta {
                d if d < 0 => self.cursor.saturating_sub(1),
                _ => (self.cursor + 1).min(last),
            };
        }
    }

    fn choose(&mut self, screen: usize) {
        if *self.session.phase() == Phase::Asking && screen < self.session.choices().len() {
            self.session.choose(screen);
            self.cursor = screen;
        }
    }

    fn edit_text(&mut self, edit: impl FnOnce(&mut String)) {
        if self.is_typing() {
            let mut text = self.session.text().to_owned();
            edit(&mut text);
            self.session.set_text(&text);
        }
    }

    fn submit(&mut self, clock: &Clock) -> Vec<QuizEvent> {
        match self.session.phase() {
            Phase::Asking => {}
            Phase::Answered(_) => {
                self.session.next();
                self.cursor = 0;
                self.fresh_field();
                return Vec::new();
            }
            Phase::Finished => return Vec::new(),
        }
        if self.is_asking_compiles() {
            self.hint = Some(Hint::CompilesFirst);
            return Vec::new();
        }
        if self.trace == TraceStep::Output && self.is_editing() {
            // The program compiles, and prints what was typed (maybe nothing at all).
            let output = self.field_text();
            let response = Response::Trace(Trace {
                compiles: true,
                output,
            });
            return self.answer(response, clock);
        }
        if self.is_editing() {
            let text = self.field_text();
            self.session.set_text(&text);
        }
        // Only an answer the learner chose is recorded: with nothing chosen, ticked or
        // typed, `Enter` says what to do and records nothing.
        let feedback = match self.session.submit() {
            Ok(feedback) => feedback.clone(),
            Err(SessionError::NothingChosen) => {
                self.hint = Some(if self.is_typing() || self.is_editing() {
                    Hint::TypeFirst
                } else {
                    Hint::ChooseFirst
                });
                return Vec::new();
            }
            Err(SessionError::NotAsking) => return Vec::new(),
        };
        self.record(&feedback, clock)
    }

    /// A tracing question answered `y` (then asks what it prints) or `n` (graded now).
    fn compiles(&mut self, compiles: bool, clock: &Clock) -> Vec<QuizEvent> {
        if !self.is_asking_compiles() {
            return Vec::new();
        }
        if compiles {
            self.trace = TraceStep::Output;
            return Vec::new();
        }
        let response = Response::Trace(Trace {
            compiles: false,
            output: String::new(),
        });
        self.answer(response, clock)
    }

    /// The multi-line field's text, trailing blank lines and spaces left out.
    fn field_text(&self) -> String {
        self.editor.lines().join("\n").trim_end().to_owned()
    }

    /// Grades a whole response and records it.
    fn answer(&mut self, response: Response, clock: &Clock) -> Vec<QuizEvent> {
        match self.session.submit_response(response) {
            Ok(feedback) => {
                let feedback = feedback.clone();
                self.record(&feedback, clock)
            }
            Err(_) => Vec::new(),
        }
    }

    /// The events of an answer just graded: the attempt grows, a card moves.
    fn record(&mut self, feedback: &Feedback, clock: &Clock) -> Vec<QuizEvent> {
        self.attempt = attempt(&self.session, &self.start, clock.now());
        let question = feedback.question.clone();
        let practice = self.is_retry();
        let order = self.order();
        if let Some(slot) = self.session.index().and_then(|i| self.given.get_mut(i)) {
            *slot = Some(Given {
                feedback: feedback.clone(),
                order,
                practice,
            });
        }
        match &self.kind {
            QuizKind::Course => vec![
                QuizEvent::Answered {
                    quiz: self.quiz().id.clone(),
                    question,
                    correct: feedback.correct,
                    practice,
                },
                QuizEvent::SaveAttempt {
                    quiz: self.quiz().id.clone(),
                    attempt: self.attempt.clone(),
                },
            ],
            // A review's answers move the cards of the questions they were copied
            // from, and are never an attempt of any quiz.
            QuizKind::Review(review) => review
                .origin(&question)
                .map(|(quiz, question)| QuizEvent::Answered {
                    quiz: quiz.to_owned(),
                    question: question.to_owned(),
                    correct: feedback.correct,
                    practice,
                })
                .into_iter()
                .collect(),
        }
    }

    fn start_round(&mut self, session: Session, start: AttemptStart, clock: &Clock) {
        self.session = session;
        self.cursor = 0;
        self.start = start;
        self.attempt = attempt(&self.session, &self.start, clock.now());
        self.fresh_field();
    }
}

/// The current question's choices as shown: screen position → the quiz's own index.
fn shown_order(session: &Session) -> Vec<usize> {
    (0..session.choices().len())
        .filter_map(|screen| session.own_index(screen))
        .collect()
}
