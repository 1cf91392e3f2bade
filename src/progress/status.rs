//! Where a learner stands in a course: the figures `list`, `progress` and the home
//! screen show, derived from the course and the progress file and never stored.
use super::model::{Attempt, CourseProgress, Progress};
use crate::course::Course;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CourseStatus {
    pub id: String,
    pub title: String,
    pub chapters: Vec<ChapterStatus>,
    pub quizzes: Vec<QuizStatus>,
    /// Chapters read to the end and quizzes mastered, as a share of all of them.
    pub percent: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChapterStatus {
    pub number: usize,
    pub id: String,
    pub title: String,
    pub finished: bool,
    /// How far the learner has read, as a percentage of the chapter's lines.
    pub furthest_percent: u32,
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
    pub started: String,
    pub finished: Option<String>,
    pub correct: u32,
    pub total: u32,
    pub needed: u32,
    pub passed: bool,
    pub answered: usize,
}

impl From<&Attempt> for AttemptSummary {
    fn from(a: &Attempt) -> Self {
        Self {
            started: a.started.clone(),
            finished: a.is_finished().then(|| a.finished.clone()),
            correct: a.correct,
            total: a.total,
            needed: a.needed,
            passed: a.passed,
            answered: a.answers.len(),
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
                let lines = u32::try_from(chapter.body.lines().count().max(1)).unwrap_or(u32::MAX);
                let furthest_percent = if record.finished {
                    100
                } else {
                    (record.furthest.min(lines) * 100 / lines).min(100)
                };
                ChapterStatus {
                    number: i + 1,
                    id: chapter.id.clone(),
                    title: chapter.title.clone(),
                    finished: record.finished,
                    furthest_percent,
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
                    mastered: record.is_some_and(super::model::QuizProgress::mastered),
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
        }
    }

    pub fn quiz(&self, id: &str) -> Option<&QuizStatus> {
        self.quizzes.iter().find(|q| q.id == id)
    }
}

impl ChapterStatus {
    /// `read`, `42%` or `unread`.
    pub fn label(&self) -> String {
        match (self.finished, self.furthest_percent) {
            (true, _) => "read".to_owned(),
            (false, 0) => "unread".to_owned(),
            (false, p) => format!("{p}% read"),
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
            _ => "unfinished".to_owned(),
        }
    }
}
