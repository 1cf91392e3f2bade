//! The quizzes of a book: every quiz file a `{{#quiz}}` directive names, read once,
//! attached to the chapter that places it first, and noted where each placement
//! stands in its chapter.
//!
//! This module owns a book quiz's id (its file stem, or its path when two share one),
//! its chapter (the directive's, whatever the file or its `chapter` key says) and the
//! title of a quiz without one. Quiz files no chapter places are never read. Parsing a
//! quiz is the quiz module's business.
use super::BookReader;
use super::chapters::Contents;
use crate::course::mdbook::files::shown;
use crate::course::mdbook::preprocess::QuizMark;
use crate::course::source::SourceFile;
use crate::course::{Chapter, QuizPlace, bounded, load};
use crate::diagnostic::Diagnostic;
use crate::quiz::{self, ChapterRef, Parsed, Quiz, QuizSettings};
use crate::sanitize::strip_controls;
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path};

/// Loads every quiz the chapters place, once each, in the order they are placed;
/// each belongs to the chapter that places it first, and every placement is noted
/// in its chapter.
pub(super) fn load(
    reader: &mut BookReader,
    contents: &mut Contents,
    settings: &QuizSettings,
) -> Vec<Quiz> {
    let marks = std::mem::take(&mut contents.marks);
    let ids = quiz_ids(marks.iter().map(|(mark, _, _)| mark.path.as_path()));
    let refs: Vec<(String, String)> = contents
        .chapters
        .iter()
        .map(|c| (c.id.clone(), c.title.clone()))
        .collect();
    let refs: Vec<ChapterRef> = refs
        .iter()
        .map(|(id, title)| ChapterRef { id, title })
        .collect();
    // The id each path loaded as, or None when it did not load.
    let mut loaded: HashMap<&Path, Option<String>> = HashMap::new();
    let mut parsed: Vec<(SourceFile, Parsed)> = Vec::new();
    for (mark, index, body_start) in &marks {
        let path = mark.path.as_path();
        let id = if let Some(id) = loaded.get(path) {
            id.clone()
        } else {
            let chapter = &contents.chapters[*index];
            let quiz = one(reader, mark, &ids[path], &refs, chapter, settings);
            let id = quiz.as_ref().map(|(_, q)| q.quiz.id.clone());
            parsed.extend(quiz);
            loaded.insert(path, id.clone());
            id
        };
        if let Some(quiz) = id {
            contents.chapters[*index].quiz_places.push(QuizPlace {
                quiz,
                src: shown(path),
                offset: mark.offset - body_start,
            });
        }
    }
    let (files, parsed): (Vec<SourceFile>, Vec<Parsed>) = parsed.into_iter().unzip();
    let with_files: Vec<(&SourceFile, Parsed)> = files.iter().zip(parsed).collect();
    load::warn_shared_ids(&with_files, &mut reader.diagnostics);
    let mut quizzes: Vec<Quiz> = with_files.into_iter().map(|(_, p)| p.quiz).collect();
    title_quizzes(&mut quizzes, &contents.chapters);
    quizzes
}

/// One quiz file (with its text, for messages about it), attached to `chapter`; a file
/// that cannot be read is reported where its directive was written.
fn one(
    reader: &mut BookReader,
    mark: &QuizMark,
    id: &str,
    refs: &[ChapterRef],
    chapter: &Chapter,
    settings: &QuizSettings,
) -> Option<(SourceFile, Parsed)> {
    let shown_path = shown(&mark.path);
    let text = match reader.read(&mark.path, bounded::SMALL_CAP) {
        Ok(text) => text,
        Err(why) => {
            let at = &mark.written_at;
            // Named as the directive names it, as include errors are.
            let written = relative(Path::new(&at.file), &mark.path);
            let diagnostic = Diagnostic {
                path: strip_controls(&at.file).into_owned(),
                line: at.line,
                col: at.col,
                message: strip_controls(&format!("quiz error: {written} {why}")).into_owned(),
            };
            reader.diagnostics.errors.push(diagnostic);
            return None;
        }
    };
    let mut report = reader.diagnostics.in_file(&shown_path, &text);
    let mut parsed = quiz::parse(id, refs, settings, &mut report)?;
    if report.has_errors() {
        return None;
    }
    let quiz = &mut parsed.quiz;
    // quiz::parse titles a quiz without a title by the chapter whose id is its stem:
    // in a book that may be another chapter than the one placing it. Either way the
    // quiz has no title of its own, and `title_quizzes` gives it one.
    let by_stem = refs
        .iter()
        .find(|r| r.id == quiz.id)
        .map(|r| format!("Quiz: {}", r.title));
    if by_stem.as_deref() == Some(quiz.title.as_str()) {
        quiz.title.clone_from(&quiz.id);
    }
    quiz.chapter = Some(chapter.id.clone());
    let file = SourceFile {
        path: shown_path,
        stem: id.to_owned(),
        text,
    };
    Some((file, parsed))
}

/// Titles the quizzes that have none of their own (their title is their id) after the
/// chapter they belong to:
/// `Quiz: Functions`, or `Quiz 2 of 3: Functions` when the chapter places several (the
/// Rust Book places one per section of a chapter).
fn title_quizzes(quizzes: &mut [Quiz], chapters: &[Chapter]) {
    let mut per_chapter: HashMap<&str, usize> = HashMap::new();
    for quiz in quizzes.iter() {
        if let Some(chapter) = &quiz.chapter {
            *per_chapter.entry(chapter.as_str()).or_default() += 1;
        }
    }
    let per_chapter: HashMap<String, usize> = per_chapter
        .into_iter()
        .map(|(id, n)| (id.to_owned(), n))
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for quiz in quizzes.iter_mut() {
        let Some(chapter) = quiz
            .chapter
            .as_deref()
            .and_then(|id| chapters.iter().find(|c| c.id == id))
        else {
            continue;
        };
        let place = seen.entry(chapter.id.clone()).or_default();
        *place += 1;
        if quiz.title != quiz.id {
            continue;
        }
        let count = per_chapter.get(&chapter.id).copied().unwrap_or(1);
        quiz.title = if count > 1 {
            format!("Quiz {place} of {count}: {}", chapter.title)
        } else {
            format!("Quiz: {}", chapter.title)
        };
    }
}

/// `path` (from the book's folder) as a file in the folder of `file` would name it:
/// `../../quizzes/x.toml` from `src/part/ch.md`.
fn relative(file: &Path, path: &Path) -> String {
    let from: Vec<Component> = file
        .parent()
        .unwrap_or(Path::new(""))
        .components()
        .collect();
    let to: Vec<Component> = path.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_owned(); from.len() - common];
    parts.extend(
        to[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// The id of each quiz file: its file stem, or, where two files share a stem, its path
/// from the book's folder without `.toml`.
fn quiz_ids<'p>(paths: impl Iterator<Item = &'p Path>) -> HashMap<&'p Path, String> {
    let distinct: Vec<&Path> = {
        let mut seen = HashSet::new();
        paths.filter(|p| seen.insert(*p)).collect()
    };
    let stem = |p: &Path| {
        p.file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
    };
    let mut stems: HashMap<String, usize> = HashMap::new();
    for path in &distinct {
        *stems.entry(stem(path)).or_default() += 1;
    }
    distinct
        .into_iter()
        .map(|path| {
            let id = if stems[&stem(path)] > 1 {
                let without = if path.extension().is_some_and(|e| e == "toml") {
                    path.with_extension("")
                } else {
                    path.to_path_buf()
                };
                shown(&without)
            } else {
                stem(path)
            };
            (path, id)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiz_ids_are_stems_unless_two_files_share_one() {
        let paths = [
            Path::new("quizzes/a/x.toml"),
            Path::new("quizzes/b/x.toml"),
            Path::new("quizzes/y.toml"),
            Path::new("quizzes/a/x.toml"),
        ];
        let ids = quiz_ids(paths.into_iter());
        assert_eq!(ids.len(), 3);
        assert_eq!(ids[Path::new("quizzes/a/x.toml")], "quizzes/a/x");
        assert_eq!(ids[Path::new("quizzes/b/x.toml")], "quizzes/b/x");
        assert_eq!(ids[Path::new("quizzes/y.toml")], "y");
    }

    #[test]
    fn a_path_as_a_file_elsewhere_in_the_book_names_it() {
        let quiz = Path::new("quizzes/x.toml");
        assert_eq!(
            relative(Path::new("src/part/ch.md"), quiz),
            "../../quizzes/x.toml"
        );
        assert_eq!(relative(Path::new("src/ch.md"), quiz), "../quizzes/x.toml");
        assert_eq!(relative(Path::new("quizzes/ch.md"), quiz), "x.toml");
        assert_eq!(relative(Path::new("ch.md"), quiz), "quizzes/x.toml");
    }

    #[test]
    fn quizzes_without_a_title_are_named_after_their_chapter_and_counted() {
        let chapter = |id: &str, title: &str| Chapter {
            id: id.to_owned(),
            title: title.to_owned(),
            ..Chapter::default()
        };
        let chapters = [chapter("ch03", "Functions"), chapter("ch04", "Ownership")];
        let quiz = |id: &str, title: &str, chapter: &str| Quiz {
            id: id.to_owned(),
            title: title.to_owned(),
            chapter: Some(chapter.to_owned()),
            mastery: 80,
            questions: Vec::new(),
        };
        let mut quizzes = [
            quiz("sec1", "sec1", "ch03"),
            quiz("sec2", "Expressions, at last", "ch03"),
            quiz("ch03", "ch03", "ch03"),
            quiz("only", "only", "ch04"),
        ];
        title_quizzes(&mut quizzes, &chapters);
        let titles: Vec<&str> = quizzes.iter().map(|q| q.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Quiz 1 of 3: Functions",
                "Expressions, at last",
                "Quiz 3 of 3: Functions",
                "Quiz: Ownership",
            ]
        );
    }
}
