//! Courses: the built-in one and folders on disk, loaded through one path.
//!
//! This module owns the course model (metadata, chapters in order, quizzes), finding a
//! chapter or quiz by what a user typed, and the validation report behind `tutor
//! check`. Everything taken from a course that is printed as-is (titles, metadata,
//! ids) is sanitized here; Markdown bodies are left to the renderer. It never touches a
//! terminal.
mod book;
pub mod bounded;
mod chapter;
mod check;
mod load;
mod lookup;
pub mod mdbook;
mod meta;
mod outline;
mod render;
pub mod section;
mod source;
pub mod study;

pub use chapter::split_front_matter;
pub use check::{Report, check_builtin, check_dir};
pub use mdbook::config::BookConfig;
pub use outline::OutlineItem;

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

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Chapter {
    /// The file stem (in a book, the path under `src` without `.md`, `/` between
    /// folders); progress is keyed by it.
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    pub minutes: Option<u32>,
    /// Markdown body, front matter removed, not yet sanitized. In a book, with its
    /// directives expanded.
    pub body: String,
    /// The reflection prompts and checklist items of the body, found at load.
    pub study: StudyItems,
    /// A book chapter's section number from SUMMARY.md (`4.2`); None elsewhere and for
    /// a book's unnumbered chapters.
    pub number: Option<String>,
    /// How deep a book chapter is nested in SUMMARY.md: 0 at the top level.
    pub depth: u8,
    /// Where the quizzes of `{{#quiz}}` directives stand in the body, in order.
    pub quiz_places: Vec<QuizPlace>,
}

/// A quiz placed in a chapter's body by a `{{#quiz PATH}}` directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizPlace {
    /// The id of the quiz, among the course's quizzes.
    pub quiz: String,
    /// The quiz file's path from the book's folder, as the marker line names it.
    pub src: String,
    /// The byte offset in the body of the marker line that stands for it.
    pub offset: usize,
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
    /// In course order: for a book, the order of SUMMARY.md, drafts and chapters that
    /// could not be read left out (they are in [`Course::outline`] only).
    pub chapters: Vec<Chapter>,
    /// In id order; for a book, in the order its chapters place them.
    pub quizzes: Vec<Quiz>,
    /// What an mdBook adds: its configuration and its table of contents. None for
    /// other courses.
    pub book: Option<Book>,
}

/// An mdBook's own parts of a course.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Book {
    pub config: BookConfig,
    /// SUMMARY.md in reading order: parts, chapters, drafts and separators.
    pub outline: Vec<OutlineItem>,
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
    #[error("`{query}` ({title}) {}", if *missing { "could not be read (see `tutor check`)" } else { "is a draft: it has no text yet" })]
    NotReadable {
        query: String,
        title: String,
        missing: bool,
    },
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

    /// A course folder on disk (either layout), or an mdBook: a folder holding
    /// `book.toml`, or the `src` folder of one.
    pub fn from_dir(dir: &Path) -> Result<Loaded, CourseError> {
        if let Some(found) = book::find(dir)? {
            return Ok(book::load(&found, false));
        }
        source::from_dir(dir).map(load::load)
    }

    /// The folder of the mdBook `dir` is, or is the `src` folder of, with every link
    /// followed: where the book's progress says it came from, whichever of the two was
    /// named. None when `dir` is no book.
    pub fn book_folder(dir: &Path) -> Option<std::path::PathBuf> {
        book::find(dir)
            .ok()
            .flatten()
            .map(|found| found.root().to_path_buf())
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
