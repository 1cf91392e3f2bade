//! A deterministic generator of a learner's progress, for benchmarks and for measuring
//! the tutor on big progress files. Not part of the product: nothing else may depend
//! on it.
//!
//! The progress looks like years of real use of one course: attempts spread over its
//! quizzes, one every few hours, each answering every question of its quiz (a few
//! left unfinished, a few practice rounds), a review card for each question, the
//! chapters read, some reflections and ticked checklist items, and the days studied.
use super::clock::{add_days, compact, utc_date};
use super::model::{Attempt, ChapterProgress, CourseProgress, GivenAnswer, Progress};
use super::seen::SeenLines;
use super::study::{Reflection, ReviewCard, Tick};
use jiff::{SignedDuration, Timestamp};

/// A quiz as the generator needs it: its id and its questions' ids.
#[doc(hidden)]
pub struct SampleQuiz<'a> {
    pub id: &'a str,
    pub questions: Vec<&'a str>,
}

/// The progress of course `course` (chapters `chapters`, quizzes `quizzes`) after
/// `attempts` attempts in all, deterministic for the same arguments.
#[doc(hidden)]
pub fn sample_progress(
    course: &str,
    chapters: &[&str],
    quizzes: &[SampleQuiz<'_>],
    attempts: usize,
) -> Progress {
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let start = Timestamp::constant(1_735_689_600, 0); // 2025-01-01T00:00:00Z
    let mut mine = CourseProgress {
        source: "builtin".to_owned(),
        ..CourseProgress::default()
    };
    let mut at = start;
    for n in 0..attempts {
        let Some(quiz) = quizzes.get(n % quizzes.len().max(1)) else {
            break;
        };
        // One every 1 to 6 hours.
        at = at
            .checked_add(SignedDuration::from_mins(60 + random.below(300)))
            .unwrap_or(at);
        let attempt = sample_attempt(&mut random, quiz, at, n);
        mine.study.days.insert(utc_date(at));
        mine.quizzes
            .entry(quiz.id.to_owned())
            .or_default()
            .attempts
            .push(attempt);
    }
    let last_day = utc_date(at);
    for quiz in quizzes {
        for question in &quiz.questions {
            let level = u8::try_from(1 + random.below(5)).unwrap_or(1);
            mine.study.review.insert(
                format!("{}/{question}", quiz.id),
                ReviewCard {
                    level,
                    due: add_days(last_day, 1 << (level - 1)),
                    updated: at,
                    ..ReviewCard::default()
                },
            );
        }
    }
    for (i, chapter) in chapters.iter().enumerate() {
        let lines = 300 + u32::try_from(random.below(900)).unwrap_or(0);
        let mut seen = SeenLines::of(1, lines / 2);
        seen.add(lines / 2 + 20, lines);
        mine.chapters.insert(
            (*chapter).to_owned(),
            ChapterProgress {
                position: lines / 3,
                furthest: lines / 2,
                seen,
                updated: Some(at),
                ..ChapterProgress::default()
            },
        );
        let prompts = mine
            .study
            .reflections
            .entry((*chapter).to_owned())
            .or_default();
        prompts.insert(
            "what-would-you-change".to_owned(),
            Reflection {
                text: format!(
                    "Chapter {}: I would add a cache in front of the read path and \
                     measure before sharding.",
                    i + 1
                ),
                updated: at,
                ..Reflection::default()
            },
        );
        let ticks = mine
            .study
            .checklists
            .entry((*chapter).to_owned())
            .or_default();
        for item in ["sketch-the-design", "name-the-trade-offs", "size-the-load"] {
            ticks.insert(
                item.to_owned(),
                Tick {
                    done: random.below(2) == 0,
                    updated: at,
                    ..Tick::default()
                },
            );
        }
    }
    if let Some(last) = chapters.last() {
        (*last).clone_into(&mut mine.last_chapter);
        mine.last_opened = Some(at);
    }
    let mut progress = Progress::default();
    progress.courses.insert(course.to_owned(), mine);
    progress
}

/// Attempt `n`, started `at`: every question answered, most of them right.
fn sample_attempt(random: &mut Random, quiz: &SampleQuiz<'_>, at: Timestamp, n: usize) -> Attempt {
    let answers: Vec<GivenAnswer> = quiz
        .questions
        .iter()
        .map(|question| {
            let letter = b'a' + u8::try_from(random.below(4)).unwrap_or(0);
            GivenAnswer {
                question: (*question).to_owned(),
                given: char::from(letter).to_string(),
                correct: random.below(4) != 0,
                ..GivenAnswer::default()
            }
        })
        .collect();
    let total = u32::try_from(answers.len()).unwrap_or(u32::MAX);
    let correct = u32::try_from(answers.iter().filter(|a| a.correct).count()).unwrap_or(0);
    let needed = (80 * total).div_ceil(100);
    // One in fifty is left half-way; one in twenty is a practice round.
    let unfinished = n % 50 == 49;
    Attempt {
        id: format!("{}-{}-0", compact(at), 1000 + n % 30_000),
        started: at,
        finished: (!unfinished).then(|| {
            at.checked_add(SignedDuration::from_secs(90 + random.below(600)))
                .unwrap_or(at)
        }),
        answers,
        correct,
        total,
        needed,
        passed: correct >= needed,
        practice: n % 20 == 19,
        shuffle: Some(u32::try_from(random.next() >> 32).unwrap_or(0)),
        ..Attempt::default()
    }
}

/// xorshift64: enough randomness for varied figures, the same every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n` (n > 0).
    fn below(&mut self, n: i64) -> i64 {
        let n = u64::try_from(n.max(1)).unwrap_or(1);
        i64::try_from(self.next() % n).unwrap_or(0)
    }
}
