//! The quiz runner screen: which question is shown, the highlighted choice, the answer
//! being typed, and the attempt record that grows with every answer.
//!
//! It turns keys into [`QuizAction`]s and actions into [`QuizEffect`]s, and never
//! performs IO or touches a terminal: the app saves each `SaveAttempt` it returns (SPEC
//! §5: after every answered question), so quitting mid-quiz loses nothing answered.
//! Grading belongs to [`quiz::Session`]; this module only drives it.
use crate::progress::{Attempt, Clock};
use crate::quiz::{self, Feedback, Phase, QuestionKind, Quiz, Score, Session, SessionError};
use crate::study::{AttemptStart, attempt};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// The longest short answer accepted, in characters: a guard, not a limit anyone meets.
const MAX_TEXT: usize = 500;
/// How far past the content `Up`/`Down` may scroll; the view clamps to what it drew.
const MAX_SCROLL: u16 = 200;

/// Everything the learner can ask of the quiz screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizAction {
    Up,
    Down,
    /// A choice by its position on screen (from `a`..`h` or `1`..`8`).
    Choose(usize),
    /// Toggle the highlighted choice (select-all) or choose it (single choice).
    Toggle,
    /// Submit the answer when asking; go on when showing feedback.
    Submit,
    Char(char),
    Backspace,
    RetryMissed,
    RetakeAll,
    Close,
}

/// What the app must do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum QuizEffect {
    /// Record this attempt (replacing any saved copy with the same id) and save.
    SaveAttempt {
        course: String,
        quiz: String,
        attempt: Attempt,
    },
    /// Leave the quiz screen.
    Close,
}

/// A short message for the learner after an action that did nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    ChooseFirst,
    TypeFirst,
}

#[derive(Debug, Clone)]
pub struct QuizRunner<'c> {
    course: String,
    session: Session<'c>,
    /// Screen position of the highlighted choice.
    cursor: usize,
    /// Lines scrolled in the feedback and result views.
    scroll: u16,
    start: AttemptStart,
    attempt: Attempt,
    hint: Option<Hint>,
}

impl<'c> QuizRunner<'c> {
    /// Starts a first round over every question. Choices keep the quiz's order (an
    /// mdbook-quiz answer is already shuffled in at load), so screen letters are the
    /// quiz's own letters.
    pub fn new(course_id: &str, quiz: &'c Quiz, clock: &Clock) -> Self {
        let session = Session::new(quiz);
        let now = clock.now();
        let start = AttemptStart::new(now);
        Self {
            course: course_id.to_owned(),
            attempt: attempt(&session, &start, now),
            session,
            cursor: 0,
            scroll: 0,
            start,
            hint: None,
        }
    }

    pub fn course_id(&self) -> &str {
        &self.course
    }

    pub fn quiz(&self) -> &'c Quiz {
        self.session.quiz()
    }

    pub fn session(&self) -> &Session<'c> {
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

    pub fn scroll(&self) -> u16 {
        self.scroll
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

    /// Whether this round repeats only some of the questions.
    pub fn is_retry(&self) -> bool {
        self.session.progress().1 < self.quiz().questions.len()
    }

    /// Whether keys type into a short-answer field now.
    pub fn is_typing(&self) -> bool {
        *self.session.phase() == Phase::Asking
            && matches!(
                self.session.question().map(|q| &q.kind),
                Some(QuestionKind::ShortAnswer { .. })
            )
    }

    /// Maps a key press to an action for the current phase; None for keys this screen
    /// does not use (the app may handle those, e.g. `?` for help when not typing).
    pub fn key_to_action(&self, key: KeyEvent) -> Option<QuizAction> {
        if key.kind == KeyEventKind::Release
            || key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return None;
        }
        match key.code {
            KeyCode::Esc => return Some(QuizAction::Close),
            KeyCode::Enter => return Some(QuizAction::Submit),
            KeyCode::Up => return Some(QuizAction::Up),
            KeyCode::Down => return Some(QuizAction::Down),
            KeyCode::Backspace if self.is_typing() => return Some(QuizAction::Backspace),
            KeyCode::Char(c) if self.is_typing() => return Some(QuizAction::Char(c)),
            _ => {}
        }
        let KeyCode::Char(c) = key.code else {
            return None;
        };
        match (self.session.phase(), c) {
            (_, 'q') => Some(QuizAction::Close),
            (_, 'j') => Some(QuizAction::Down),
            (_, 'k') => Some(QuizAction::Up),
            (Phase::Asking, ' ') => Some(QuizAction::Toggle),
            (Phase::Asking, c) => self.choice_key(c).map(QuizAction::Choose),
            (Phase::Finished, 'r') if !self.session.missed().is_empty() => {
                Some(QuizAction::RetryMissed)
            }
            (Phase::Finished, 'a') => Some(QuizAction::RetakeAll),
            _ => None,
        }
    }

    /// The screen position a letter `a`..`h` or digit `1`..`8` picks, if on screen.
    fn choice_key(&self, c: char) -> Option<usize> {
        let index = match c.to_digit(10) {
            Some(d) => usize::try_from(d).ok()?.checked_sub(1)?,
            None => quiz::letter_index(c)?,
        };
        (index < self.session.choices().len()).then_some(index)
    }

    pub fn update(&mut self, action: QuizAction, clock: &Clock) -> Vec<QuizEffect> {
        self.hint = None;
        match action {
            QuizAction::Close => return vec![QuizEffect::Close],
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
            QuizAction::RetryMissed => {
                if self.is_finished() && !self.session.missed().is_empty() {
                    let next = self.session.retry_missed();
                    self.start_round(next, clock);
                }
            }
            QuizAction::RetakeAll => {
                if self.is_finished() {
                    let next = self.session.retake_all();
                    self.start_round(next, clock);
                }
            }
        }
        Vec::new()
    }

    fn move_by(&mut self, delta: i8) {
        if *self.session.phase() == Phase::Asking {
            let last = self.session.choices().len().saturating_sub(1);
            self.cursor = match delta {
                d if d < 0 => self.cursor.saturating_sub(1),
                _ => (self.cursor + 1).min(last),
            };
        } else {
            self.scroll = match delta {
                d if d < 0 => self.scroll.saturating_sub(1),
                _ => self.scroll.saturating_add(1).min(MAX_SCROLL),
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

    fn submit(&mut self, clock: &Clock) -> Vec<QuizEffect> {
        match self.session.phase() {
            Phase::Asking => {}
            Phase::Answered(_) => {
                self.session.next();
                self.cursor = 0;
                self.scroll = 0;
                return Vec::new();
            }
            Phase::Finished => return Vec::new(),
        }
        // A single-choice question with nothing picked yet takes the highlighted one.
        let single = matches!(
            self.session.question().map(|q| &q.kind),
            Some(QuestionKind::Choice {
                select_all: false,
                ..
            })
        );
        if single && self.session.selection().is_empty() {
            self.session.choose(self.cursor);
        }
        match self.session.submit() {
            Ok(_) => {}
            Err(SessionError::NothingChosen) => {
                self.hint = Some(if self.is_typing() {
                    Hint::TypeFirst
                } else {
                    Hint::ChooseFirst
                });
                return Vec::new();
            }
            Err(SessionError::NotAsking) => return Vec::new(),
        }
        self.attempt = attempt(&self.session, &self.start, clock.now());
        vec![QuizEffect::SaveAttempt {
            course: self.course.clone(),
            quiz: self.quiz().id.clone(),
            attempt: self.attempt.clone(),
        }]
    }

    fn start_round(&mut self, session: Session<'c>, clock: &Clock) {
        let now = clock.now();
        self.session = session;
        self.cursor = 0;
        self.scroll = 0;
        self.start = AttemptStart::new(now);
        self.attempt = attempt(&self.session, &self.start, now);
    }
}
