//! Assembling a course from its gathered files: metadata, chapters in order, quizzes,
//! and every diagnostic found along the way.
//!
//! This is the single loading path for the built-in course and folders on disk. It
//! never fails: a broken file is reported and left out, and the rest loads.
use super::diagnostic::FileReport;
use super::meta::{self, RawMeta};
use super::source::{CourseFiles, SourceFile};
use super::{Course, Diagnostic, Loaded, chapter};
use crate::quiz;

/// Errors and warnings from every file, in the order the files were read.
#[derive(Default)]
struct Findings {
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
}

impl Findings {
    fn absorb(&mut self, report: FileReport) {
        self.errors.extend(report.errors);
        self.warnings.extend(report.warnings);
    }
}

pub(crate) fn load(files: CourseFiles) -> Loaded {
    let mut findings = Findings {
        errors: files.errors,
        warnings: Vec::new(),
    };
    let (raw_meta, ordered) = match &files.meta {
        Some(file) => {
            let mut report = FileReport::new(&file.path, &file.text);
            let raw = meta::parse(file, &mut report);
            let ordered = raw.order(&files.chapters, &mut report);
            findings.absorb(report);
            (raw, ordered)
        }
        None => (RawMeta::default(), files.chapters.iter().collect()),
    };
    let chapters: Vec<_> = ordered
        .into_iter()
        .map(|file| {
            let mut report = FileReport::new(&file.path, &file.text);
            let chapter = chapter::parse(file, &mut report);
            findings.absorb(report);
            chapter
        })
        .collect();
    let quizzes = files
        .quizzes
        .iter()
        .filter_map(|file: &SourceFile| {
            let mut report = FileReport::new(&file.path, &file.text);
            let quiz = quiz::parse(&file.stem, &chapters, &mut report);
            let ok = !report.has_errors();
            findings.absorb(report);
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
        errors: findings.errors,
        warnings: findings.warnings,
    }
}
