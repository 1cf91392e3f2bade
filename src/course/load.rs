//! Assembling a course from its gathered files: metadata, chapters in order, quizzes,
//! and every diagnostic found along the way.
//!
//! This is the single loading path for the built-in course and folders on disk. It
//! never fails: a broken file is reported and left out, and the rest loads.
use super::meta::{self, RawMeta};
use super::source::{CourseFiles, SourceFile};
use super::{Course, Loaded, chapter};
use crate::quiz::{self, ChapterRef};

pub(crate) fn load(files: CourseFiles) -> Loaded {
    // Errors and warnings from every file, in the order the files were read.
    let mut diagnostics = files.diagnostics;
    let (raw_meta, ordered) = match &files.meta {
        Some(file) => {
            let mut report = diagnostics.in_file(&file.path, &file.text);
            let raw = meta::parse(file, &mut report);
            let ordered = raw.order(&files.chapters, &mut report);
            (raw, ordered)
        }
        None => (RawMeta::default(), files.chapters.iter().collect()),
    };
    let chapters: Vec<_> = ordered
        .into_iter()
        .map(|file| chapter::parse(file, &mut diagnostics.in_file(&file.path, &file.text)))
        .collect();
    let refs: Vec<ChapterRef> = chapters
        .iter()
        .map(|c| ChapterRef {
            id: &c.id,
            title: &c.title,
        })
        .collect();
    let quizzes = files
        .quizzes
        .iter()
        .filter_map(|file: &SourceFile| {
            let mut report = diagnostics.in_file(&file.path, &file.text);
            let quiz = quiz::parse(&file.stem, &refs, &mut report);
            let ok = !report.has_errors();
            quiz.filter(|_| ok)
        })
        .collect();
    let first_title = chapters.first().map(|c| c.title.as_str());
    let meta = raw_meta.into_meta(&files.fallback_id, first_title);
    Loaded {
        course: Course {
            meta,
            chapters,
            quizzes,
        },
        diagnostics,
    }
}
