//! Grading: one response to one question, and an attempt against the mastery mark.
//!
//! Pure functions over the quiz model. A select-all question is right only when exactly
//! the right set is chosen; a short answer matches its answer or an alternative,
//! ignoring case (full Unicode case folding), Unicode composition and surrounding or
//! repeated whitespace (SPEC §4); a tracing answer is right when it says rightly whether
//! the program compiles and, if it does, what it prints (see [`super::trace`]).
use super::trace::{Trace, outputs_match};
use super::{Question, QuestionKind, letter, letter_index, letters, needed};
use caseless::Caseless;
use std::fmt;
use unicode_normalization::UnicodeNormalization;

/// What a learner gave for one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// Choice indices, sorted, without repeats.
    Choices(Vec<usize>),
    Text(String),
    /// An answer to a Tracing question.
    Trace(Trace),
}

impl Response {
    /// Letters (`b`, `ac`), the text typed, or `n` / `y:OUTPUT` for a tracing answer,
    /// as the progress file records it: the same form a command-line entry takes, so a
    /// record can be read back with [`Question::parse_response`].
    pub fn as_record(&self) -> String {
        match self {
            Self::Choices(indices) => letters(indices),
            Self::Text(text) => text.clone(),
            Self::Trace(trace) => trace.to_entry(),
        }
    }
}

/// Why an entry cannot stand as a response to a question.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResponseError {
    #[error("no answer given")]
    Empty,
    #[error("`{0}` is not a choice letter; use a to {1}")]
    NotALetter(char, char),
    #[error("there is no choice {0}); the choices run a to {1}")]
    BeyondChoices(char, char),
    #[error("choice {0}) is given twice")]
    Repeated(char),
    #[error("this question takes one letter, not {0}")]
    OneLetterOnly(usize),
    #[error("this is a short-answer question: type the answer, not a choice letter")]
    LettersForText,
    #[error(
        "this is a tracing question: answer `n` (does not compile) or `y:OUTPUT` (compiles \
         and prints OUTPUT, `\\n` between lines)"
    )]
    NotATrace,
}

impl Question {
    /// Reads a command-line entry: letters for a choice question, free text for a short
    /// answer, `n` or `y:OUTPUT` for a tracing question.
    pub fn parse_response(&self, entry: &str) -> Result<Response, ResponseError> {
        let entry = entry.trim();
        if entry.is_empty() {
            return Err(ResponseError::Empty);
        }
        match &self.kind {
            QuestionKind::Choice {
                choices,
                select_all,
                ..
            } => {
                let last = letter(choices.len() - 1);
                let mut picked = Vec::new();
                for c in entry.chars().filter(|c| !c.is_whitespace()) {
                    let index = letter_index(c).ok_or(ResponseError::NotALetter(c, last))?;
                    if index >= choices.len() {
                        return Err(ResponseError::BeyondChoices(c.to_ascii_lowercase(), last));
                    }
                    if picked.contains(&index) {
                        return Err(ResponseError::Repeated(letter(index)));
                    }
                    picked.push(index);
                }
                if !select_all && picked.len() > 1 {
                    return Err(ResponseError::OneLetterOnly(picked.len()));
                }
                picked.sort_unstable();
                Ok(Response::Choices(picked))
            }
            QuestionKind::ShortAnswer { .. } => {
                // A bare run of choice letters is almost surely a slip in a list of
                // letters, unless it happens to be the answer itself.
                let looks_like_letters = entry.len() <= 2
                    && entry
                        .chars()
                        .all(|c| matches!(c.to_ascii_lowercase(), 'a'..='h'));
                let response = Response::Text(entry.to_owned());
                if looks_like_letters && !self.is_correct(&response) {
                    return Err(ResponseError::LettersForText);
                }
                Ok(response)
            }
            QuestionKind::Tracing { .. } => Trace::parse(entry)
                .map(Response::Trace)
                .ok_or(ResponseError::NotATrace),
        }
    }

    /// Whether a response is right. A response of the wrong kind is simply wrong.
    pub fn is_correct(&self, response: &Response) -> bool {
        match (&self.kind, response) {
            (QuestionKind::Choice { answer, .. }, Response::Choices(given)) => {
                let mut given = given.clone();
                given.sort_unstable();
                given.dedup();
                &given == answer
            }
            (
                QuestionKind::ShortAnswer {
                    answer,
                    alternatives,
                    ..
                },
                Response::Text(text),
            ) => {
                let text = normalize(text);
                std::iter::once(answer)
                    .chain(alternatives)
                    .any(|a| normalize(a) == text)
            }
            (
                QuestionKind::Tracing {
                    does_compile,
                    stdout,
                    ..
                },
                Response::Trace(trace),
            ) => {
                trace.compiles == *does_compile
                    && (!does_compile || outputs_match(&trace.output, stdout))
            }
            _ => false,
        }
    }

    /// The right answer as shown to a learner: `b`, `a, c`, the expected text, or for a
    /// tracing question the entry that answers it (`y:OUTPUT`), or `n` and where the
    /// compile error is.
    pub fn right_answer(&self) -> String {
        match &self.kind {
            QuestionKind::Choice { answer, .. } => answer
                .iter()
                .map(|&i| letter(i).to_string())
                .collect::<Vec<_>>()
                .join(", "),
            QuestionKind::ShortAnswer { answer, .. } => answer.clone(),
            QuestionKind::Tracing {
                does_compile: true,
                stdout,
                ..
            } => Trace {
                compiles: true,
                output: stdout.trim().to_owned(),
            }
            .to_entry(),
            QuestionKind::Tracing {
                line_number: Some(line),
                ..
            } => format!("n (does not compile: the error is at line {line})"),
            QuestionKind::Tracing { .. } => "n (does not compile)".to_owned(),
        }
    }
}

/// The form two short answers are compared in: case folded in full, NFC, runs of
/// whitespace collapsed to one space and the ends trimmed. Two answers match when
/// their forms are equal, which is Unicode's canonical caseless match (§3.13).
///
/// Full folding, not lower-casing: `STRASSE` must match `straße`, the final sigma of
/// `ΣΊΣΥΦΟΣ` must match that of `σίσυφος`, and a ligature `ﬁ` must match `fi`; lower
/// case does none of these. A keyboard may send `é` as `e` + U+0301 (NFD) while the
/// quiz file holds U+00E9 (NFC): both must read as the same answer. The text is
/// decomposed before folding because a few letters fold only in their decomposed
/// form (U+0345 inside composed Greek), and composed again after it, since folding
/// can leave a decomposed pair.
pub fn normalize(text: &str) -> String {
    let folded: String = text.nfd().default_case_fold().nfc().collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The outcome of an attempt against a quiz's mastery mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub correct: usize,
    pub total: usize,
    pub mastery: u8,
}

impl Score {
    pub fn needed(&self) -> usize {
        needed(self.mastery, self.total)
    }

    pub fn passed(&self) -> bool {
        self.correct >= self.needed()
    }
}

/// `Score 5/6 — mastered (need 5 of 6, 80%)`.
impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Score {}/{} — {} (need {} of {}, {}%)",
            self.correct,
            self.total,
            if self.passed() {
                "mastered"
            } else {
                "not mastered yet"
            },
            self.needed(),
            self.total,
            self.mastery
        )
    }
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn composition_case_and_spacing_do_not_matter() {
        let nfd = "cafe\u{301}";
        let nfc = "Caf\u{e9}";
        assert_ne!(nfd, nfc);
        assert_eq!(normalize(nfd), normalize(nfc));
        assert_eq!(normalize("  Caf\u{e9}\t  au   LAIT "), "caf\u{e9} au lait");
        // Hangul typed as jamo is the same syllable.
        assert_eq!(normalize("\u{1112}\u{1161}\u{11ab}"), normalize("\u{d55c}"));
    }

    #[test]
    fn case_is_folded_in_full() {
        // ß folds to ss, and so does the capital ẞ.
        assert_eq!(normalize("STRASSE"), normalize("stra\u{df}e"));
        assert_eq!(normalize("STRA\u{1e9e}E"), normalize("strasse"));
        // The final sigma folds like any other sigma.
        assert_eq!(
            normalize("\u{3a3}\u{38a}\u{3a3}\u{3a5}\u{3a6}\u{39f}\u{3a3}"),
            normalize("σίσυφος")
        );
        // A ligature folds to its letters.
        assert_eq!(normalize("\u{fb01}le"), normalize("FILE"));
        // Folding leaves a composed letter composed, whatever was typed.
        assert_eq!(normalize("CAFE\u{301}"), "caf\u{e9}");
    }

    #[test]
    fn different_letters_stay_different() {
        assert_ne!(normalize("cafe"), normalize("caf\u{e9}"));
        assert_ne!(normalize("resume"), normalize("re\u{301}sume\u{301}"));
        assert_ne!(normalize("STRASE"), normalize("stra\u{df}e"));
        assert_ne!(normalize("σισυφος"), normalize("σίσυφος"));
        assert_ne!(normalize("fle"), normalize("\u{fb01}le"));
    }
}
