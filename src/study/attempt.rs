//! Turning a quiz session into the [`Attempt`] the progress file records: the one way
//! the command line and the interactive tutor both do it.
//!
//! The attempt can be taken from a session at any point — after every answer, which is
//! when the tutor saves (SPEC §5) — and each time it is the same attempt (same id, same
//! start) with what has been answered so far; it is finished once the round's last
//! question is answered. Pure apart from the id's process number and counter.
use crate::progress::clock::compact;
use crate::progress::{Attempt, GivenAnswer};
use crate::quiz::Session;
use jiff::Timestamp;
use std::sync::atomic::{AtomicU32, Ordering};

/// Tells attempts started in the same second apart within one process.
static ATTEMPTS_STARTED: AtomicU32 = AtomicU32::new(0);

/// What stays the same for an attempt's whole life: its id, when it started, whether
/// it is practice, and how its choices were shuffled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptStart {
    /// `<start as 20261124T090000Z>-<process id>-<serial>`: the start orders ids
    /// roughly by time, the process id keeps two tutors running at once apart, and the
    /// serial keeps apart the attempts one process starts within a second.
    pub id: String,
    pub started: Timestamp,
    /// A round over missed questions: recorded, never scored.
    pub practice: bool,
    pub shuffle: Option<u32>,
}

impl AttemptStart {
    /// A new attempt starting `now`, with an id no other attempt has.
    pub fn new(now: Timestamp) -> Self {
        let serial = ATTEMPTS_STARTED.fetch_add(1, Ordering::Relaxed);
        Self {
            id: format!("{}-{}-{serial}", compact(now), std::process::id()),
            started: now,
            practice: false,
            shuffle: None,
        }
    }

    /// A practice round starting `now`.
    #[must_use]
    pub fn practice(now: Timestamp) -> Self {
        Self {
            practice: true,
            ..Self::new(now)
        }
    }

    /// A new attempt whose choices are shown shuffled with a seed of its own (taken
    /// from its id, so no two attempts share an order by accident).
    #[must_use]
    pub fn shuffled(now: Timestamp) -> Self {
        let start = Self::new(now);
        let seed = crate::quiz::seed_of(&start.id);
        Self {
            shuffle: Some(seed),
            ..start
        }
    }

    /// The start of an attempt saved earlier, to go on with it.
    pub fn of(attempt: &Attempt) -> Self {
        Self {
            id: attempt.id.clone(),
            started: attempt.started,
            practice: attempt.practice,
            shuffle: attempt.shuffle,
        }
    }
}

/// The attempt `session` stands for at `now`: the answers given this round, the score
/// over the whole quiz, and `finished = now` once the round has no question left.
///
/// A practice round's record counts what it asked and nothing more: right answers of
/// this round out of its questions, never passed, nothing needed.
pub fn attempt(session: &Session, start: &AttemptStart, now: Timestamp) -> Attempt {
    let score = session.score();
    let (correct, total, needed, passed) = if start.practice {
        let right = session.answers().iter().filter(|a| a.correct).count();
        (right, session.progress().1, 0, false)
    } else {
        (score.correct, score.total, score.needed(), score.passed())
    };
    Attempt {
        id: start.id.clone(),
        started: start.started,
        finished: session.round_answered().then_some(now),
        answers: session
            .answers()
            .iter()
            .map(|f| GivenAnswer {
                question: f.question.clone(),
                given: f.response.as_record(),
                correct: f.correct,
                extra: toml::Table::new(),
            })
            .collect(),
        correct: count(correct),
        total: count(total),
        needed: count(needed),
        passed,
        practice: start.practice,
        abandoned: false,
        shuffle: start.shuffle,
        extra: toml::Table::new(),
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{Question, QuestionKind, Quiz, Response};

    fn quiz() -> Quiz {
        let question = |id: &str| Question {
            id: id.into(),
            prompt: String::new(),
            context: None,
            group: None,
            kind: QuestionKind::Choice {
                choices: vec!["x".into(), "y".into()],
                answer: vec![1],
                select_all: false,
                why: std::collections::BTreeMap::new(),
            },
            explanation: None,
            prompt_explanation: false,
            section: None,
        };
        Quiz {
            id: "q".into(),
            title: "Q".into(),
            chapter: None,
            mastery: 50,
            questions: vec![question("one"), question("two")],
        }
    }

    fn at(text: &str) -> Timestamp {
        text.parse().expect("a valid instant")
    }

    #[test]
    fn an_unfinished_session_is_the_same_attempt_so_far() {
        let quiz = quiz();
        let mut session = Session::new(std::sync::Arc::new(quiz));
        let start = AttemptStart::new(at("2026-11-24T09:00:00Z"));
        let empty = attempt(&session, &start, at("2026-11-24T09:00:00Z"));
        assert!(empty.answers.is_empty() && empty.finished.is_none());
        assert_eq!((empty.total, empty.needed, empty.passed), (2, 1, false));

        session
            .submit_response(Response::Choices(vec![1]))
            .expect("asking");
        let first = attempt(&session, &start, at("2026-11-24T09:01:00Z"));
        assert_eq!(first.id, empty.id);
        assert_eq!(first.started, at("2026-11-24T09:00:00Z"));
        assert_eq!(first.finished, None, "one question is left");
        assert_eq!(first.answers.len(), 1);
        assert_eq!(first.answers[0].given, "b");
        assert_eq!((first.correct, first.passed), (1, true));

        session.next();
        session
            .submit_response(Response::Choices(vec![0]))
            .expect("asking");
        let done = attempt(&session, &start, at("2026-11-24T09:02:00Z"));
        assert_eq!(done.finished, Some(at("2026-11-24T09:02:00Z")));
        let given: Vec<_> = done
            .answers
            .iter()
            .map(|a| (a.question.as_str(), a.given.as_str(), a.correct))
            .collect();
        assert_eq!(given, [("one", "b", true), ("two", "a", false)]);
        assert_eq!((done.correct, done.total, done.needed), (1, 2, 1));
    }

    #[test]
    fn ids_carry_the_start_the_process_and_a_serial() {
        let now = at("2026-11-24T09:00:00Z");
        let (a, b) = (AttemptStart::new(now), AttemptStart::new(now));
        assert_ne!(a.id, b.id, "two attempts in one second");
        let prefix = format!("20261124T090000Z-{}-", std::process::id());
        assert!(a.id.starts_with(&prefix), "{}", a.id);
    }
}
