//! Assembling a course from its gathered files: metadata, chapters in order, quizzes,
//! and every diagnostic found along the way.
//!
//! This is the single loading path for the built-in course and folders on disk. It
//! never fails: a broken file is reported and left out, and the rest loads.
use super::meta::{self, RawMeta};
use super::source::{CourseFiles, SourceFile};
use super::{Course, Loaded, chapter};
use crate::diagnostic::{Diagnostics, InFile, line_col};
use crate::quiz::{self, ChapterRef, Parsed};
use std::collections::HashMap;

pub(crate) fn load(files: CourseFiles) -> Loaded {
    load_with(files, false)
}

/// Loads like [`load`], and also renders every chapter's Markdown to warn about what
/// the reader will show differently from what was written (nesting laid flat), checks
/// `section` keys and judges quizzes for answer cues. Only `check` pays for that.
pub(crate) fn load_checked(files: CourseFiles) -> Loaded {
    load_with(files, true)
}

fn load_with(mut files: CourseFiles, render: bool) -> Loaded {
    files.quiz_settings.judge_cues = render;
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
        .map(|file| {
            let mut report = diagnostics.in_file(&file.path, &file.text);
            let chapter = chapter::parse(file, &mut report);
            if render {
                warn_flattened(&file.text, &chapter.body, &mut report);
            }
            chapter
        })
        .collect();
    let refs: Vec<ChapterRef> = chapters
        .iter()
        .map(|c| ChapterRef {
            id: &c.id,
            title: &c.title,
        })
        .collect();
    let parsed: Vec<(&SourceFile, Parsed)> = files
        .quizzes
        .iter()
        .filter_map(|file: &SourceFile| {
            let mut report = diagnostics.in_file(&file.path, &file.text);
            let quiz = quiz::parse(&file.stem, &refs, &files.quiz_settings, &mut report);
            let ok = !report.has_errors();
            quiz.filter(|_| ok).map(|parsed| (file, parsed))
        })
        .collect();
    warn_shared_ids(&parsed, &mut diagnostics);
    if render {
        // Only `check` reads every chapter's headings: loading must stay quick.
        super::section::check(&parsed, &chapters, &mut diagnostics);
    }
    let quizzes = parsed.into_iter().map(|(_, parsed)| parsed.quiz).collect();
    let first_title = chapters.first().map(|c| c.title.as_str());
    let meta = raw_meta.into_meta(&files.fallback_id, first_title);
    Loaded {
        course: Course {
            meta,
            chapters,
            quizzes,
            book: None,
        },
        diagnostics,
    }
}

/// Warns where a question id given in one mdbook-quiz file was given in another
/// already: mdbook-quiz ids name a question across the whole book (it keys its records
/// by them). Native ids need only be unique in their quiz, and ids made from a position
/// (`q1`) are no one's choice: both are left out. Both files are named, the second at
/// its id.
pub(crate) fn warn_shared_ids(parsed: &[(&SourceFile, Parsed)], diagnostics: &mut Diagnostics) {
    let mut first: HashMap<&str, (&SourceFile, usize)> = HashMap::new();
    for (file, parsed) in parsed {
        for (question, offset) in parsed.quiz.questions.iter().zip(&parsed.id_offsets) {
            let Some(offset) = *offset else { continue };
            let id = question.id.as_str();
            match first.get(id) {
                Some((other, other_at)) if other.path != file.path => {
                    let (line, col) = line_col(&other.text, *other_at);
                    let message = format!(
                        "question id `{id}` is also used in {}:{line}:{col}; ids should be \
                         unique across the course",
                        other.path
                    );
                    diagnostics
                        .in_file(&file.path, &file.text)
                        .warning(offset, message);
                }
                Some(_) => {}
                None => {
                    first.insert(id, (file, offset));
                }
            }
        }
    }
}

/// Warns where a chapter nests quotes or lists deeper than the renderer goes.
pub(crate) fn warn_flattened(text: &str, body: &str, report: &mut InFile) {
    let Some(line) = crate::markdown::parse(body).flattened_line() else {
        return;
    };
    // The body is the end of the file, after any front matter.
    let body_start = text.len() - body.len();
    let line_start = body
        .split_inclusive('\n')
        .take(
            usize::try_from(line)
                .unwrap_or(usize::MAX)
                .saturating_sub(1),
        )
        .map(str::len)
        .sum::<usize>();
    report.warning(
        body_start + line_start,
        "quotes or lists nested too deep (past 32 levels of lists or 64 of quotes): the \
         reader shows the deepest levels flat",
    );
}
