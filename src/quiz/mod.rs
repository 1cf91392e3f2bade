//! Quizzes: the model, both file formats (native and mdbook-quiz), validation, scoring
//! and the session state machine that asks the questions.
//!
//! This module owns what a quiz and a question are, so the runner and the scorer can
//! rely on every loaded question being well formed: 2 to 8 choices, answers that name
//! real choices, unique ids. Every string in the model is sanitized. It never performs
//! IO and never touches a terminal: saving answers is the caller's business.
mod cues;
mod label;
mod mdbook;
mod native;
mod parse;
pub mod render;
mod score;
mod session;
mod shuffle;
mod trace;

pub use label::labels;
pub use parse::QuizSettings;
pub(crate) use parse::{Parsed, parse};
pub use score::{Response, ResponseError, Score, normalize};
pub use session::{Feedback, Phase, Session, SessionError};
pub use trace::{Trace, outputs_match};

/// A shuffle seed made from a text (an attempt's id): the same text, the same order.
/// 32 bits, so that it fits a TOML integer (a signed 64-bit one) wherever it is kept.
pub fn seed_of(text: &str) -> u32 {
    let hash = shuffle::fnv1a(&[text]);
    // Folding the halves keeps every bit of the hash in play.
    u32::try_from((hash ^ (hash >> 32)) & u64::from(u32::MAX)).unwrap_or_default()
}

use std::collections::BTreeMap;

/// Fewest and most choices a question may offer; letters run `a` to `h`.
pub const MIN_CHOICES: usize = 2;
pub const MAX_CHOICES: usize = 8;
/// Percent needed to master a quiz that does not say.
pub const DEFAULT_MASTERY: u8 = 80;

/// All a quiz file is checked against about a chapter: the id its `chapter` key may
/// name, and the title its default title is made from. Quizzes know chapters by this
/// view only, so that `quiz` sits below `course` and never imports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChapterRef<'a> {
    pub id: &'a str,
    pub title: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quiz {
    /// The file stem; progress is keyed by it.
    pub id: String,
    pub title: String,
    /// The chapter this quiz belongs to, or None for the course as a whole.
    pub chapter: Option<String>,
    /// Percent needed to master, 1..=100.
    pub mastery: u8,
    /// Never empty.
    pub questions: Vec<Question>,
}

impl Quiz {
    /// Correct answers needed to pass this quiz.
    pub fn needed(&self) -> usize {
        needed(self.mastery, self.questions.len())
    }
}

/// Correct answers needed out of `total` at `mastery` percent: the ceiling of
/// mastery × total / 100, in integers so 70% of 10 is exactly 7 (SPEC §4).
pub fn needed(mastery: u8, total: usize) -> usize {
    (usize::from(mastery) * total).div_ceil(100)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Unique in its quiz; progress is keyed by it. Generated as `q1`, `q2`, ... by
    /// position for mdbook-quiz questions without one.
    pub id: String,
    /// Markdown; empty for a tracing question, which asks in its own words.
    pub prompt: String,
    /// Markdown shown above the prompt, shared by the questions of an mdbook-quiz
    /// `multipart` group.
    pub context: Option<String>,
    /// The mdbook-quiz `multipart` key of the group this question is part of: questions
    /// in a row with the same key are numbered 1a, 1b, ...
    pub group: Option<String>,
    pub kind: QuestionKind,
    /// Markdown shown after the question is answered.
    pub explanation: Option<String>,
    /// mdbook-quiz `promptExplanation`: ask the learner to explain their answer.
    pub prompt_explanation: bool,
    /// The native format's `section`: the heading of the quiz's chapter (its text or
    /// its anchor) the question is about, where a missed question sends the learner.
    pub section: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionKind {
    /// Pick one choice, or (`select_all`) exactly the set of right ones.
    Choice {
        /// Markdown, shown as `a)`, `b)`, ... in this order; 2 to 8 of them.
        choices: Vec<String>,
        /// Indices of the right choices, sorted, never empty; one unless `select_all`.
        answer: Vec<usize>,
        select_all: bool,
        /// Feedback for specific wrong choices, by index.
        why: BTreeMap<usize, String>,
    },
    /// Type an answer; matched case- and whitespace-insensitively by the scorer,
    /// whatever the response format.
    ShortAnswer {
        answer: String,
        alternatives: Vec<String>,
        response: ResponseFormat,
    },
    /// mdbook-quiz `Tracing`: does the program compile, and if so what does it print?
    Tracing {
        /// Rust source, shown with line numbers.
        program: String,
        does_compile: bool,
        /// What the program prints when it compiles (empty when it does not).
        stdout: String,
        /// The line of the compile error, shown with the answer when it does not
        /// compile.
        line_number: Option<usize>,
    },
}

/// How a short answer is typed: mdbook-quiz `prompt.response`. Only the input differs;
/// every format is graded the same way (mdbook-quiz compares every format's text
/// against the answer and its alternatives).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResponseFormat {
    /// One line.
    #[default]
    Short,
    /// Free text over several lines.
    Long,
    /// Code over several lines.
    Code,
}

impl ResponseFormat {
    /// Whether the answer is typed over several lines.
    pub fn is_multiline(self) -> bool {
        !matches!(self, Self::Short)
    }
}

/// The letter shown for the choice at `index`: `a` for 0. `?` beyond `z`, which a
/// loaded question never reaches (at most [`MAX_CHOICES`]).
pub fn letter(index: usize) -> char {
    u8::try_from(index)
        .ok()
        .filter(|&i| i < 26)
        .map_or('?', |i| char::from(b'a' + i))
}

/// The choice index a letter stands for, either case: `Some(1)` for `b` or `B`.
pub fn letter_index(c: char) -> Option<usize> {
    let lower = u8::try_from(c.to_ascii_lowercase()).ok()?;
    lower
        .is_ascii_lowercase()
        .then(|| usize::from(lower - b'a'))
}

/// Letters for a set of indices, in the given order: `[0, 2]` → `"ac"`.
pub fn letters(indices: &[usize]) -> String {
    indices.iter().map(|&i| letter(i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needed_is_an_integer_ceiling() {
        assert_eq!(needed(70, 10), 7);
        assert_eq!(needed(80, 6), 5);
        assert_eq!(needed(80, 5), 4);
        assert_eq!(needed(100, 3), 3);
        assert_eq!(needed(1, 1), 1);
        assert_eq!(needed(29, 7), 3);
        assert_eq!(needed(80, 0), 0);
    }

    #[test]
    fn quiz_needed_uses_its_question_count() {
        let question = Question {
            id: "q".to_owned(),
            prompt: String::new(),
            context: None,
            group: None,
            kind: QuestionKind::ShortAnswer {
                answer: "x".to_owned(),
                alternatives: Vec::new(),
                response: ResponseFormat::Short,
            },
            explanation: None,
            prompt_explanation: false,
            section: None,
        };
        let quiz = Quiz {
            id: "q".to_owned(),
            title: String::new(),
            chapter: None,
            mastery: 80,
            questions: vec![question; 6],
        };
        assert_eq!(quiz.needed(), 5);
    }

    #[test]
    fn letters_round_trip() {
        assert_eq!(letter(0), 'a');
        assert_eq!(letter(7), 'h');
        assert_eq!(letter(26), '?');
        assert_eq!(letter_index('a'), Some(0));
        assert_eq!(letter_index('H'), Some(7));
        assert_eq!(letter_index('1'), None);
        assert_eq!(letter_index('é'), None);
        assert_eq!(letters(&[0, 2]), "ac");
        for i in 0..26 {
            assert_eq!(letter_index(letter(i)), Some(i));
        }
    }
}
