//! Where a learner stands in a course: the figures `list`, `progress` and the home
//! screen show, derived from the course and the progress file and never stored.
use crate::course::Course;
use crate::progress::clock::{day_number, utc_date};
use crate::progress::{Attempt, CourseProgress, Progress, QuizProgress};
use jiff::Timestamp;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CourseStatus {
    pub id: String,
    pub title: String,
    pub chapters: Vec<ChapterStatus>,
    pub quizzes: Vec<QuizStatus>,
    /// Chapters read (every line seen) and quizzes mastered, as a share of all of them.
    pub percent: u32,
    /// `(day, events)` for each UTC day with any study, in order: days since the epoch,
    /// and how many attempt starts and finishes fell on it, plus one if the day is in
    /// the study-tool record of days studied.
    pub study_days: Vec<(i64, u32)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChapterStatus {
    pub number: usize,
    pub id: String,
    pub title: String,
    /// Every source line of the chapter has been on screen.
    pub finished: bool,
    /// The share of the chapter's source lines that have been on screen, in percent,
    /// rounded down: 100 only when all have.
    pub percent: u32,
    /// How many of the chapter's source lines have been on screen.
    pub seen_lines: u32,
    /// Source lines in the chapter.
    pub lines: u32,
    /// The source line to resume at.
    pub position: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuizStatus {
    pub id: String,
    pub title: String,
    pub chapter: Option<String>,
    pub questions: usize,
    pub needed: usize,
    pub mastery: u8,
    pub attempts: Vec<AttemptSummary>,
    /// Most right answers in a finished attempt.
    pub best: Option<usize>,
    pub mastered: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttemptSummary {
    pub started: Timestamp,
    pub finished: Option<Timestamp>,
    pub correct: u32,
    pub total: u32,
    pub needed: u32,
    pub passed: bool,
    pub answered: usize,
    /// A round over missed questions: recorded, never a score.
    pub practice: bool,
    /// Left half-way and then started over.
    pub abandoned: bool,
}

impl From<&Attempt> for AttemptSummary {
    fn from(a: &Attempt) -> Self {
        Self {
            started: a.started,
            finished: a.finished,
            correct: a.correct,
            total: a.total,
            needed: a.needed,
            passed: a.passed,
            answered: a.answers.len(),
            practice: a.practice,
            abandoned: a.abandoned,
        }
    }
}

impl CourseStatus {
    pub fn new(course: &Course, progress: &Progress) -> Self {
        let empty = CourseProgress::default();
        let mine = progress.courses.get(&course.meta.id).unwrap_or(&empty);
        let chapters: Vec<ChapterStatus> = course
            .chapters
            .iter()
            .enumerate()
            .map(|(i, chapter)| {
                let record = mine.chapters.get(&chapter.id).cloned().unwrap_or_default();
                let lines = chapter.line_count().max(1);
                let seen_lines = record.seen_of(lines).count_within(lines);
                let percent = u64::from(seen_lines) * 100 / u64::from(lines);
                ChapterStatus {
                    number: i + 1,
                    id: chapter.id.clone(),
                    title: chapter.title.clone(),
                    finished: seen_lines >= lines,
                    percent: u32::try_from(percent).unwrap_or(100),
                    seen_lines,
                    lines,
                    position: record.position,
                }
            })
            .collect();
        let quizzes: Vec<QuizStatus> = course
            .quizzes
            .iter()
            .map(|quiz| {
                let record = mine.quizzes.get(&quiz.id);
                let attempts = record.map_or_else(Vec::new, |r| {
                    r.attempts.iter().map(AttemptSummary::from).collect()
                });
                QuizStatus {
                    id: quiz.id.clone(),
                    title: quiz.title.clone(),
                    chapter: quiz.chapter.clone(),
                    questions: quiz.questions.len(),
                    needed: quiz.needed(),
                    mastery: quiz.mastery,
                    attempts,
                    best: record.and_then(|r| r.best()).map(|a| a.correct as usize),
                    mastered: record.is_some_and(QuizProgress::mastered),
                }
            })
            .collect();
        let done = chapters.iter().filter(|c| c.finished).count()
            + quizzes.iter().filter(|q| q.mastered).count();
        let all = chapters.len() + quizzes.len();
        let percent = (done * 100).checked_div(all).unwrap_or(0);
        Self {
            id: course.meta.id.clone(),
            title: course.meta.title.clone(),
            chapters,
            quizzes,
            percent: u32::try_from(percent).unwrap_or(100),
            study_days: study_events(mine),
        }
    }

    /// The current and longest streaks of study days, as of `today` (days since the
    /// epoch).
    pub fn streaks(&self, today: i64) -> (u32, u32) {
        let days: Vec<i64> = self.study_days.iter().map(|&(day, _)| day).collect();
        streaks(&days, today)
    }

    pub fn quiz(&self, id: &str) -> Option<&QuizStatus> {
        self.quizzes.iter().find(|q| q.id == id)
    }
}

/// Counts the study events of each day: every attempt's start and finish (of any quiz
/// recorded, so that a quiz since removed from the course still counts) and each day of
/// the study tools' record.
fn study_events(mine: &CourseProgress) -> Vec<(i64, u32)> {
    let mut counts: BTreeMap<i64, u32> = BTreeMap::new();
    let attempts = mine.quizzes.values().flat_map(|q| &q.attempts);
    let stamps = attempts.flat_map(|a| std::iter::once(a.started).chain(a.finished));
    let days = mine.study.days.iter().copied();
    for day in stamps.map(utc_date).chain(days).map(day_number) {
        let count = counts.entry(day).or_insert(0);
        *count = count.saturating_add(1);
    }
    counts.into_iter().collect()
}

/// `(current, longest)` runs of consecutive `days` (days since the epoch, in any order,
/// repeats allowed). The current run ends today, or yesterday when nothing has been done
/// yet today, so that a streak is not lost before the day is over; days after `today`
/// (a clock set back) count only towards the longest.
pub fn streaks(days: &[i64], today: i64) -> (u32, u32) {
    let days: BTreeSet<i64> = days.iter().copied().collect();
    let run_back = |from: i64| {
        let mut n = 0;
        while days.contains(&(from - i64::from(n))) {
            n += 1;
        }
        n
    };
    let current = if days.contains(&today) {
        run_back(today)
    } else {
        run_back(today - 1)
    };
    let (mut longest, mut run, mut previous) = (0, 0, None);
    for &day in &days {
        run = if previous == Some(day - 1) {
            run + 1
        } else {
            1
        };
        longest = longest.max(run);
        previous = Some(day);
    }
    (current, longest)
}

impl ChapterStatus {
    /// `read`, `42% read` or `unread`: read only once every line has been seen, unread
    /// only while none has.
    pub fn label(&self) -> String {
        if self.finished {
            "read".to_owned()
        } else if self.seen_lines == 0 {
            "unread".to_owned()
        } else {
            format!("{}% read", self.percent)
        }
    }
}

impl QuizStatus {
    /// `mastered (best 5/5)`, `best 3/5 (need 4)` or `not taken`.
    pub fn label(&self) -> String {
        match (self.mastered, self.best) {
            (true, Some(best)) => format!("mastered (best {best}/{})", self.questions),
            (false, Some(best)) => format!("best {best}/{} (need {})", self.questions, self.needed),
            _ if self.attempts.is_empty() => "not taken".to_owned(),
            _ if self
                .attempts
                .iter()
                .any(|a| a.finished.is_none() && !a.abandoned) =>
            {
                "unfinished".to_owned()
            }
            _ => "no score yet".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-11-24, a Tuesday.
    const TODAY: i64 = 20_781;

    #[test]
    fn a_streak_includes_today_once_studied() {
        let days = [TODAY - 9, TODAY - 8, TODAY - 2, TODAY - 1, TODAY];
        assert_eq!(streaks(&days, TODAY), (3, 3));
    }

    #[test]
    fn a_streak_ending_yesterday_still_counts_today() {
        let days = [TODAY - 5, TODAY - 4, TODAY - 3, TODAY - 2, TODAY - 1];
        assert_eq!(streaks(&days, TODAY), (5, 5));
        assert_eq!(streaks(&[TODAY - 1], TODAY), (1, 1));
    }

    #[test]
    fn a_gap_ends_the_current_streak_but_not_the_longest() {
        let days = [TODAY - 10, TODAY - 9, TODAY - 8, TODAY - 7, TODAY - 2];
        assert_eq!(streaks(&days, TODAY), (0, 4));
    }

    #[test]
    fn no_days_no_streaks() {
        assert_eq!(streaks(&[], TODAY), (0, 0));
    }

    #[test]
    fn order_repeats_and_future_days_do_not_confuse_it() {
        let days = [TODAY, TODAY - 1, TODAY, TODAY + 1, TODAY - 1];
        assert_eq!(streaks(&days, TODAY), (2, 3));
    }

    #[test]
    fn events_count_starts_finishes_and_recorded_days() {
        let mut mine = CourseProgress::default();
        let at = |text: &str| -> Timestamp { text.parse().expect("a valid instant") };
        let attempt = |started: &str, finished: Option<&str>| Attempt {
            started: at(started),
            finished: finished.map(at),
            ..Attempt::default()
        };
        let quiz = mine.quizzes.entry("q".into()).or_default();
        quiz.attempts.push(attempt(
            "2026-11-24T09:00:00Z",
            Some("2026-11-24T09:10:00Z"),
        ));
        // Counted on the UTC day: 00:30+02:00 on the 25th is 22:30Z on the 24th.
        quiz.attempts.push(attempt(
            "2026-11-24T23:59:00Z",
            Some("2026-11-25T00:01:00Z"),
        ));
        quiz.attempts
            .push(attempt("2026-11-25T00:30:00+02:00", None));
        mine.study
            .days
            .insert(jiff::civil::Date::constant(2026, 11, 24));
        mine.study
            .days
            .insert(jiff::civil::Date::constant(2026, 11, 1));
        assert_eq!(
            study_events(&mine),
            vec![(TODAY - 23, 1), (TODAY, 5), (TODAY + 1, 1)]
        );
    }
}
