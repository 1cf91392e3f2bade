//! Courses: the built-in one and folders on disk, loaded through one path.
//!
//! This module owns the course model (metadata, chapters in order, quizzes), finding a
//! chapter or quiz by what a user typed, and the validation report behind `tutor
//! check`. Everything taken from a course that is printed as-is (titles, metadata,
//! ids) is sanitized here; Markdown bodies are left to the renderer. It never touches a
//! terminal.
pub mod bounded;
mod chapter;
mod check;
mod load;
mod lookup;
pub mod mdbook;
mod meta;
mod source;
pub mod study;

pub use chapter::split_front_matter;
pub use check::{Report, check_builtin, check_dir};

use crate::diagnostic::Diagnostics;
use crate::quiz::Quiz;
use std::path::Path;
use study::StudyItems;

/// What course.toml says about a course (SPEC §3). Lists may be empty, strings blank.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CourseMeta {
    pub id: String,
    pub title: String,
    pub description: String,
    pub level: String,
    pub time_to_complete: String,
    pub prerequisites: Vec<String>,
    pub skills_gained: Vec<String>,
    pub success_criteria: Vec<String>,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chapter {
    /// The file stem; progress is keyed by it.
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    pub minutes: Option<u32>,
    /// Markdown body, front matter removed, not yet sanitized.
    pub body: String,
    /// The reflection prompts and checklist items of the body, found at load.
    pub study: StudyItems,
}

impl Chapter {
    /// The number of lines of the body (at least 1), as reading progress counts them.
    pub fn line_count(&self) -> u32 {
        u32::try_from(self.body.lines().count().max(1)).unwrap_or(u32::MAX)
    }
}

#[derive(Debug, Clone)]
pub struct Course {
    pub meta: CourseMeta,
    /// In course order.
    pub chapters: Vec<Chapter>,
    /// In id order.
    pub quizzes: Vec<Quiz>,
}

/// Errors that stop a course from loading at all.
#[derive(Debug, thiserror::Error)]
pub enum CourseError {
    #[error("{0}: not a course folder (no content/ folder and no .md files)")]
    NotACourse(String),
    #[error("{path}: {message}")]
    Io { path: String, message: String },
}

/// What a lookup by chapter or quiz name found wrong.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LookupError {
    #[error("no {kind} matches `{query}`")]
    NotFound { kind: &'static str, query: String },
    #[error("`{query}` matches more than one {kind}: {}", candidates.join(", "))]
    Ambiguous {
        kind: &'static str,
        query: String,
        candidates: Vec<String>,
    },
}

/// A loaded course with everything found wrong along the way: what an error concerns
/// was skipped (a broken quiz is left out, the rest loads), a warning stopped nothing.
#[derive(Debug)]
pub struct Loaded {
    pub course: Course,
    pub diagnostics: Diagnostics,
}

impl Course {
    /// The course embedded in the binary. Never fails today; the `Result` keeps the
    /// same shape as [`Course::from_dir`] for callers.
    pub fn builtin() -> Result<Loaded, CourseError> {
        Ok(load::load(source::embedded()))
    }

    /// A course folder on disk (either layout).
    pub fn from_dir(dir: &Path) -> Result<Loaded, CourseError> {
        source::from_dir(dir).map(load::load)
    }

    /// The quizzes attached to a chapter, in id order.
    pub fn quizzes_for<'a>(&'a self, chapter_id: &'a str) -> impl Iterator<Item = &'a Quiz> + 'a {
        self.quizzes
            .iter()
            .filter(move |q| q.chapter.as_deref() == Some(chapter_id))
    }

    /// The quizzes that belong to no chapter, in id order.
    pub fn course_quizzes(&self) -> impl Iterator<Item = &Quiz> {
        self.quizzes.iter().filter(|q| q.chapter.is_none())
    }
}
