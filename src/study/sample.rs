//! Generated progress for a course, for benchmarks and for measuring the tutor on big
//! files: the join of a loaded course's ids with `progress::sample`'s generator.
use crate::course::Course;
use crate::progress::model::Progress;
use crate::progress::sample::{SampleQuiz, sample_progress};

/// The progress of `course` after `attempts` attempts in all, spread over its quizzes;
/// deterministic for the same course and count.
pub fn progress_for(course: &Course, attempts: usize) -> Progress {
    let chapters: Vec<&str> = course.chapters.iter().map(|c| c.id.as_str()).collect();
    let quizzes: Vec<SampleQuiz<'_>> = course
        .quizzes
        .iter()
        .map(|q| SampleQuiz {
            id: &q.id,
            questions: q.questions.iter().map(|q| q.id.as_str()).collect(),
        })
        .collect();
    sample_progress(&course.meta.id, &chapters, &quizzes, attempts)
}
