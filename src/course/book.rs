//! Loading an mdBook as a course: the book's folder found from what the user named,
//! its chapters in SUMMARY.md's order with their numbers and nesting, each one's
//! directives expanded, and the quizzes its `{{#quiz}}` directives place.
//!
//! This module owns the book's rules that make it a course: a chapter's id is its path
//! under `src` without `.md`, its title is its SUMMARY.md link text, only files
//! SUMMARY.md lists are chapters, only quizzes a chapter places are loaded (each
//! belongs to the chapter that places it first, whatever its name says). Every file
//! is read through `bounded`, inside the book's folder; a file that is missing or may
//! not be read is reported where it was named, and the rest loads. It never writes:
//! where mdBook would create a missing chapter, tutor only reports it.
use super::mdbook::config::{self, BOOK_TOML, BookConfig};
use super::mdbook::files::{normal, shown};
use super::mdbook::preprocess::{self, BookFolder, Files, Limits, QuizMark, Unreadable};
use super::mdbook::summary::{self, Entry, Link, SUMMARY_MD};
use super::source::SourceFile;
use super::{
    Book, Chapter, Course, CourseError, CourseMeta, Loaded, OutlineItem, QuizPlace, bounded,
    chapter, load,
};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::quiz::{self, ChapterRef, Quiz};
use crate::sanitize::strip_controls;
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

/// A book's folder, found from the folder a user named.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    /// The book's folder as the user would write it, for messages: the folder named,
    /// or its parent when that was the book's `src`.
    shown: PathBuf,
    /// The book's folder with every link followed.
    root: PathBuf,
}

impl Found {
    /// The book's folder with every link followed.
    pub(crate) fn root(&self) -> &Path {
        &self.root
    }
}

/// The book `dir` is, when it is one: it holds `book.toml`, or it is the `src` folder
/// of a book (its parent holds `book.toml` whose `[book] src` leads to it).
pub(crate) fn find(dir: &Path) -> Result<Option<Found>, CourseError> {
    if !dir.is_dir() {
        // Not a folder at all: the folder loader says so.
        return Ok(None);
    }
    let real = dir.canonicalize().map_err(|e| CourseError::Io {
        path: dir.display().to_string(),
        message: crate::io_reason(&e),
    })?;
    if dir.join(BOOK_TOML).symlink_metadata().is_ok() {
        return Ok(Some(Found {
            shown: dir.to_path_buf(),
            root: real,
        }));
    }
    let Some(parent) = real.parent() else {
        return Ok(None);
    };
    let folder = BookFolder::new(parent);
    let Ok(text) = folder
        .locate(Path::new(BOOK_TOML))
        .and_then(|located| folder.read(&located, bounded::SMALL_CAP))
    else {
        return Ok(None);
    };
    let mut ignored = Diagnostics::default();
    let config = config::parse(&mut ignored.in_file(BOOK_TOML, &text));
    let src = parent.join(&config.src).canonicalize();
    if src.ok().as_deref() != Some(real.as_path()) {
        return Ok(None);
    }
    Ok(Some(Found {
        shown: shown_parent(dir),
        root: parent.to_path_buf(),
    }))
}

/// The parent of `dir` as the user would write it: `book` for `book/src`, nothing for
/// `src`, `./..` for `.`.
fn shown_parent(dir: &Path) -> PathBuf {
    match dir.components().next_back() {
        Some(Component::Normal(_)) => dir.parent().map(Path::to_path_buf).unwrap_or_default(),
        _ => dir.join(".."),
    }
}

/// Reads the book at `found`; with `checked`, also renders each chapter to warn about
/// what the reader will show differently (as `tutor check` does for every course).
pub(crate) fn load(found: &Found, checked: bool) -> Loaded {
    load_capped(found, checked, BOOK_CAP)
}

/// [`load`], with at most `cap` bytes of chapter text brought in.
fn load_capped(found: &Found, checked: bool, cap: usize) -> Loaded {
    let mut reader = BookReader {
        cap,
        folder: BookFolder::new(&found.root),
        diagnostics: Diagnostics::default(),
        checked,
        summary_path: String::new(),
        summary_text: String::new(),
    };
    let config = reader.config();
    let (summary_title, entries) = reader.summary(&config);
    let mut contents = Contents::default();
    for entry in &entries {
        match entry {
            Entry::Part(title) => contents.outline.push(OutlineItem::Part(title.clone())),
            Entry::Separator => contents.outline.push(OutlineItem::Separator),
            Entry::Chapter(link) => reader.chapter(&config, link, &mut contents),
        }
    }
    let mut quizzes = reader.quizzes(&mut contents);
    title_quizzes(&mut quizzes, &contents.chapters);
    let fallback_id = found
        .root
        .file_name()
        .map_or_else(|| "book".to_owned(), |n| n.to_string_lossy().into_owned());
    let meta = meta(&config, summary_title, &fallback_id);
    let mut diagnostics = reader.diagnostics;
    shown_from(&found.shown, &mut diagnostics);
    Loaded {
        course: Course {
            meta,
            chapters: contents.chapters,
            quizzes,
            book: Some(Book {
                config,
                outline: contents.outline,
            }),
        },
        diagnostics,
    }
}

/// The course's metadata from `[book]`: its title (else SUMMARY.md's, unless that is
/// the usual "Summary", else the folder's name), its description; the id is the book
/// folder's name.
fn meta(config: &BookConfig, summary_title: Option<String>, fallback_id: &str) -> CourseMeta {
    let id = strip_controls(fallback_id.trim()).into_owned();
    let title = config
        .title
        .clone()
        .or(summary_title.filter(|t| !t.eq_ignore_ascii_case("summary")))
        .unwrap_or_else(|| id.clone());
    CourseMeta {
        id,
        title,
        description: config.description.clone().unwrap_or_default(),
        ..CourseMeta::default()
    }
}

/// Paths in a book's diagnostics are relative to the book's folder; users see them
/// from where they named it, as for every other course.
fn shown_from(folder: &Path, diagnostics: &mut Diagnostics) {
    let prefix = folder.display().to_string();
    if prefix.is_empty() {
        return;
    }
    let prefix = strip_controls(&prefix).into_owned();
    let separator = if prefix.ends_with('/') { "" } else { "/" };
    for d in diagnostics
        .errors
        .iter_mut()
        .chain(&mut diagnostics.warnings)
    {
        d.path = format!("{prefix}{separator}{}", d.path);
    }
}

/// What the chapters of SUMMARY.md have made so far.
#[derive(Default)]
struct Contents {
    chapters: Vec<Chapter>,
    outline: Vec<OutlineItem>,
    /// Chapter ids taken, so that two links to one file by two spellings are caught.
    ids: HashSet<String>,
    /// Every `{{#quiz}}` of every chapter, in reading order, with its chapter's index
    /// and where the chapter's body starts in its expanded text.
    marks: Vec<(QuizMark, usize, usize)>,
    /// Bytes of chapter text read and made by expansion so far, against [`BOOK_CAP`].
    read: usize,
}

/// The most chapter text (as read, and once expanded) a book may bring in, all
/// chapters together. The Rust Book holds about 2 MiB; each chapter has its own cap,
/// but SUMMARY.md may name one large file under thousands of spellings or links.
const BOOK_CAP: usize = 256 * 1024 * 1024;

/// A size for messages: whole MiB when it is a whole number of them, else bytes.
fn size_words(bytes: usize) -> String {
    const MIB: usize = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

struct BookReader {
    /// The most chapter text the book may bring in (see [`BOOK_CAP`]).
    cap: usize,
    folder: BookFolder,
    diagnostics: Diagnostics,
    checked: bool,
    /// SUMMARY.md's path from the root and its text, kept to locate its links'
    /// problems.
    summary_path: String,
    summary_text: String,
}

impl BookReader {
    /// `book.toml`, or the defaults when it cannot be read.
    fn config(&mut self) -> BookConfig {
        match self.read(Path::new(BOOK_TOML), bounded::SMALL_CAP) {
            Ok(text) => config::parse(&mut self.diagnostics.in_file(BOOK_TOML, &text)),
            Err(why) => {
                self.unreadable(BOOK_TOML, &format!("{why}"));
                BookConfig::default()
            }
        }
    }

    /// SUMMARY.md's title and entries; none when it is missing or refused.
    fn summary(&mut self, config: &BookConfig) -> (Option<String>, Vec<Entry>) {
        let path = config.src.join(SUMMARY_MD);
        let shown_path = shown(&path);
        self.summary_path.clone_from(&shown_path);
        match self.read(&path, bounded::SMALL_CAP) {
            Ok(text) => {
                let parsed = summary::parse(&mut self.diagnostics.in_file(&shown_path, &text));
                self.summary_text = text;
                parsed
            }
            Err(Unreadable::Missing) => {
                self.unreadable(
                    &shown_path,
                    "does not exist: a book lists its chapters in it, so it has none",
                );
                (None, Vec::new())
            }
            Err(why) => {
                self.unreadable(&shown_path, &why.to_string());
                (None, Vec::new())
            }
        }
    }

    /// A file of the book, read through `bounded` (a regular file inside the book,
    /// under `cap`), as UTF-8.
    fn read(&self, path: &Path, cap: u64) -> Result<String, Unreadable> {
        let located = self.folder.locate(path)?;
        self.folder.read(&located, cap)
    }

    fn unreadable(&mut self, path: &str, message: &str) {
        let diagnostic = Diagnostic::whole_file(path, message);
        self.diagnostics.errors.push(diagnostic);
    }

    /// One link of SUMMARY.md: a chapter read, expanded and parsed, or a row that
    /// cannot be opened (a draft, or a file that could not be read, reported at the
    /// link).
    fn chapter(&mut self, config: &BookConfig, link: &Link, contents: &mut Contents) {
        let unavailable = OutlineItem::Draft {
            title: link.title.clone(),
            number: link.number.clone(),
            depth: link.depth,
            missing: link.location.is_some(),
        };
        let Some(location) = &link.location else {
            contents.outline.push(unavailable);
            return;
        };
        match self.chapter_file(config, link, location, contents) {
            Some(chapter) => {
                contents
                    .outline
                    .push(OutlineItem::Chapter(contents.chapters.len()));
                contents.chapters.push(chapter);
            }
            None => contents.outline.push(unavailable),
        }
    }

    fn chapter_file(
        &mut self,
        config: &BookConfig,
        link: &Link,
        location: &str,
        contents: &mut Contents,
    ) -> Option<Chapter> {
        let Some(under_src) = normal(Path::new(location)).filter(|p| !p.as_os_str().is_empty())
        else {
            self.link_error(
                link,
                &format!(
                    "chapter `{location}` is outside `{}`; not read",
                    shown(&config.src)
                ),
            );
            return None;
        };
        let id = chapter_id(&under_src);
        if !contents.ids.insert(id.clone()) {
            let message =
                format!("chapter `{location}` is listed twice (as `{id}`); not read again");
            self.link_error(link, &message);
            return None;
        }
        if contents.read >= self.cap {
            let message = format!(
                "chapter `{location}` is not read: the chapters before it already hold {}",
                size_words(self.cap)
            );
            self.link_error(link, &message);
            return None;
        }
        let path = config.src.join(&under_src);
        let text = match self.read(&path, bounded::CHAPTER_CAP) {
            Ok(text) => text,
            Err(why) => {
                let why = match why {
                    Unreadable::Missing => {
                        "does not exist (mdBook would create it; tutor does not)".to_owned()
                    }
                    other => other.to_string(),
                };
                self.link_error(link, &format!("chapter `{location}` {why}"));
                return None;
            }
        };
        contents.read = contents.read.saturating_add(text.len());
        let shown_path = shown(&path);
        // One folder for every chapter, so each folder of the book is resolved once.
        let expanded = preprocess::expand_with(
            &text,
            &path,
            &self.folder,
            &Limits::default(),
            &mut self.diagnostics,
        );
        contents.read = contents.read.saturating_add(expanded.text.len());
        let file = SourceFile {
            path: shown_path.clone(),
            stem: id,
            text: expanded.text,
        };
        let mut report = self.diagnostics.in_file(&shown_path, &file.text);
        let mut chapter = chapter::parse_in_book(&file, &link.title, &mut report);
        if self.checked {
            load::warn_flattened(&file.text, &chapter.body, &mut report);
        }
        chapter.number.clone_from(&link.number);
        chapter.depth = link.depth;
        let body_start = file.text.len() - chapter.body.len();
        let index = contents.chapters.len();
        contents.marks.extend(
            expanded
                .quizzes
                .into_iter()
                .filter(|mark| mark.offset >= body_start)
                .map(|mark| (mark, index, body_start)),
        );
        Some(chapter)
    }

    /// An error about the file of a SUMMARY.md link, located at the link.
    fn link_error(&mut self, link: &Link, message: &str) {
        self.diagnostics
            .in_file(&self.summary_path, &self.summary_text)
            .error(link.at, message);
    }

    /// Loads every quiz the chapters place, once each, in the order they are placed;
    /// each belongs to the chapter that places it first, and every placement is noted
    /// in its chapter.
    fn quizzes(&mut self, contents: &mut Contents) -> Vec<Quiz> {
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
        let mut quizzes: Vec<Quiz> = Vec::new();
        for (mark, index, body_start) in &marks {
            let path = mark.path.as_path();
            let id = if let Some(id) = loaded.get(path) {
                id.clone()
            } else {
                let chapter = &contents.chapters[*index];
                let quiz = self.quiz(mark, &ids[path], &refs, chapter);
                let id = quiz.as_ref().map(|q| q.id.clone());
                quizzes.extend(quiz);
                loaded.insert(path, id.clone());
                id
            };
            if let Some(quiz) = id {
                contents.chapters[*index].quiz_places.push(QuizPlace {
                    quiz,
                    offset: mark.offset - body_start,
                });
            }
        }
        quizzes
    }

    /// One quiz file, attached to `chapter`; a file that cannot be read is reported
    /// where its directive was written.
    fn quiz(
        &mut self,
        mark: &QuizMark,
        id: &str,
        refs: &[ChapterRef],
        chapter: &Chapter,
    ) -> Option<Quiz> {
        let shown_path = shown(&mark.path);
        let text = match self.read(&mark.path, bounded::SMALL_CAP) {
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
                self.diagnostics.errors.push(diagnostic);
                return None;
            }
        };
        let mut report = self.diagnostics.in_file(&shown_path, &text);
        let mut quiz = quiz::parse(id, refs, &mut report)?;
        if report.has_errors() {
            return None;
        }
        quiz.chapter = Some(chapter.id.clone());
        Some(quiz)
    }
}

/// Titles the quizzes that have none of their own after the chapter they belong to:
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
        // quiz::parse titles a quiz with no title by its id, or by the chapter whose
        // id is its stem: neither is a title of its own.
        let untitled = quiz.title == quiz.id || quiz.title == format!("Quiz: {}", chapter.title);
        if !untitled {
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

/// A chapter's id: its path under `src` without `.md`, `/` between folders.
fn chapter_id(under_src: &Path) -> String {
    let without = if under_src.extension().is_some_and(|e| e == "md") {
        under_src.with_extension("")
    } else {
        under_src.to_path_buf()
    };
    strip_controls(&shown(&without)).into_owned()
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
    fn chapter_ids_are_paths_under_src_without_md() {
        assert_eq!(
            chapter_id(Path::new("ch04-02-references.md")),
            "ch04-02-references"
        );
        assert_eq!(
            chapter_id(Path::new("format/configuration/general.md")),
            "format/configuration/general"
        );
        assert_eq!(chapter_id(Path::new("notes.txt")), "notes.txt");
        assert_eq!(chapter_id(Path::new("a\u{1b}b.md")), "ab");
    }

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
    fn a_book_brings_in_no_more_chapter_text_than_its_cap() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("src")).unwrap();
        std::fs::write(root.join("book.toml"), "").unwrap();
        std::fs::write(
            root.join("src/SUMMARY.md"),
            "- [A](a.md)\n- [B](./a.md)\n- [C](c.md)\n",
        )
        .unwrap();
        std::fs::write(root.join("src/a.md"), "x".repeat(1000)).unwrap();
        std::fs::write(root.join("src/c.md"), "# C\n").unwrap();
        let found = find(root).unwrap().unwrap();
        let loaded = load_capped(&found, false, 1500);
        let ids: Vec<&str> = loaded
            .course
            .chapters
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["a"]);
        let errors: Vec<String> = loaded
            .diagnostics
            .errors
            .iter()
            .map(ToString::to_string)
            .map(|e| e.replace(&format!("{}/", root.display()), ""))
            .collect();
        assert_eq!(
            errors,
            [
                "src/SUMMARY.md:2:3: chapter `./a.md` is listed twice (as `a`); not read again",
                "src/SUMMARY.md:3:3: chapter `c.md` is not read: the chapters before it already \
                 hold 1500 bytes",
            ]
        );
        assert_eq!(load(&found, false).course.chapters.len(), 2);
    }

    #[test]
    fn a_book_is_titled_by_book_toml_else_by_summary_else_by_its_folder() {
        let titled = |title: Option<&str>, summary: Option<&str>| {
            let config = BookConfig {
                title: title.map(str::to_owned),
                ..BookConfig::default()
            };
            meta(&config, summary.map(str::to_owned), "my-book").title
        };
        assert_eq!(titled(Some("The Book"), Some("Contents")), "The Book");
        assert_eq!(
            titled(None, Some("The Rust Programming Language")),
            "The Rust Programming Language"
        );
        assert_eq!(titled(None, Some("Summary")), "my-book");
        assert_eq!(titled(None, None), "my-book");
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
            quiz("ch03", "Quiz: Functions", "ch03"),
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

    #[test]
    fn the_parent_of_a_src_folder_as_written() {
        assert_eq!(shown_parent(Path::new("book/src")), Path::new("book"));
        assert_eq!(shown_parent(Path::new("src")), Path::new(""));
        assert_eq!(shown_parent(Path::new(".")), Path::new("./.."));
    }
}
