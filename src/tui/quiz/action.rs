//! What the quiz screen is asked and what it answers: the actions keys stand for, the
//! events the app acts on, and the small types the runner and the view share (what
//! is being run, a hint, a tracing question's step, an answer as given).
//!
//! Data only: the runner ([`super::runner`]) and the screen ([`super::QuizScreen`])
//! give it meaning.
use super::review::ReviewSession;
use crate::course::section::Section;
use crate::progress::Attempt;
use crate::quiz::Feedback;
use crate::tui::keymap::Key;

/// Everything the learner can ask of the quiz screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizAction {
    /// The previous choice while asking; up a line in feedback or an explanation; the
    /// previous question in the result.
    Up,
    Down,
    /// The mouse wheel: this many lines (down is positive), or a question in the result.
    Scroll(isize),
    /// The result's first, last question.
    First,
    Last,
    /// The result: show the selected question's explanation again.
    Explain,
    /// Back from an explanation to the result's list.
    List,
    /// Re-read the section of the chapter the selected question is about.
    Section,
    /// A choice by its position on screen (from `a`..`h` or `1`..`8`).
    Choose(usize),
    /// Toggle the highlighted choice (select-all) or choose it (single choice).
    Toggle,
    /// Submit the answer when asking; go on when showing feedback.
    Submit,
    Char(char),
    Backspace,
    /// A tracing question: the learner says whether the program compiles.
    Compiles(bool),
    /// A key for the multi-line answer field.
    Edit(Key),
    /// Leave the multi-line field: back to "does it compile?" for a tracing
    /// question, out of the quiz for a long answer.
    LeaveEditor,
    RetryMissed,
    RetakeAll,
    /// Go on with the attempt left half-way.
    Continue,
    /// Leave the attempt left half-way as abandoned and begin afresh.
    StartOver,
    Close,
}

/// What the runner asks of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum QuizEvent {
    /// Record this attempt (replacing any saved copy with the same id) and save.
    SaveAttempt { quiz: String, attempt: Attempt },
    /// A question of `quiz` was answered: its review card moves. A `practice` answer
    /// (in a round retrying the missed questions) can send the card back to box 1 but
    /// never moves it up (SPEC §4).
    Answered {
        quiz: String,
        question: String,
        correct: bool,
        practice: bool,
    },
    /// The attempt with this id, left half-way, will not be continued.
    Abandon { quiz: String, attempt: String },
    /// Open the reader at this section, coming back to the result after.
    OpenSection(Section),
    /// Leave the quiz screen.
    Close,
}

/// An answer as the result shows it again: its feedback, the order its choices were
/// shown in, and whether it was given in a practice round.
#[derive(Debug, Clone, PartialEq)]
pub struct Given {
    pub feedback: Feedback,
    /// Screen position → the quiz's own index of the choice shown there.
    pub order: Vec<usize>,
    pub practice: bool,
}

/// What the runner is running: a quiz of the course, whose answers make an attempt,
/// or a spaced review, whose answers only move review cards.
#[derive(Debug, Clone)]
pub enum QuizKind {
    Course,
    Review(ReviewSession),
}

/// A short message for the learner after an action that did nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    ChooseFirst,
    TypeFirst,
    /// A tracing question waits for `y` or `n`.
    CompilesFirst,
}

/// Where a tracing question stands while it is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TraceStep {
    /// Asking whether the program compiles.
    #[default]
    Compiles,
    /// It compiles, says the learner: what does it print?
    Output,
}
