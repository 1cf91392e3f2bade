//! Loading an mdBook as a course: the book's folder found from what the user named,
//! its chapters in SUMMARY.md's order with their numbers and nesting, each one's
//! directives expanded ([`chapters`]), and the quizzes its `{{#quiz}}` directives
//! place ([`quizzes`]).
//!
//! This module owns the book's rules that make it a course: a chapter's id is its path
//! under `src` without `.md`, its title is its SUMMARY.md link text, only files
//! SUMMARY.md lists are chapters, only quizzes a chapter places are loaded (each
//! belongs to the chapter that places it first, whatever its name says). Every file
//! is read through `bounded`, inside the book's folder; a file that is missing or may
//! not be read is reported where it was named, and the rest loads. It never writes:
//! where mdBook would create a missing chapter, tutor only reports it.
mod chapters;
mod quizzes;

use super::mdbook::config::{self, BOOK_TOML, BookConfig};
use super::mdbook::files::shown;
use super::mdbook::preprocess::{BookFolder, Files, Unreadable};
use super::mdbook::summary::{self, Entry, Link, SUMMARY_MD};
use super::{Book, Course, CourseError, CourseMeta, Loaded, bounded};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::quiz::QuizSettings;
use crate::sanitize::strip_controls;
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
    load_with(found, checked, &chapters::Budget::default())
}

/// [`load`], reading the chapters within `budget`.
fn load_with(found: &Found, checked: bool, budget: &chapters::Budget) -> Loaded {
    let mut reader = BookReader {
        root: found.root.clone(),
        folder: BookFolder::new(&found.root),
        diagnostics: Diagnostics::default(),
        summary_path: String::new(),
        summary_text: String::new(),
    };
    let config = reader.config();
    let (summary_title, entries) = reader.summary(&config);
    let mut contents = chapters::read(&mut reader, &config, &entries, checked, budget);
    let settings = QuizSettings {
        default_language: config
            .quiz_default_language
            .clone()
            .unwrap_or_else(|| QuizSettings::default().default_language),
        judge_cues: checked,
    };
    let quizzes = quizzes::load(&mut reader, &mut contents, &settings);
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

/// What reading a book carries from one file to the next: its folder, the problems
/// found so far (paths relative to the book's folder), and SUMMARY.md, to locate the
/// problems of its links.
struct BookReader {
    /// The book's folder with every link followed.
    root: PathBuf,
    folder: BookFolder,
    diagnostics: Diagnostics,
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

    /// An error about the file of a SUMMARY.md link, located at the link.
    fn link_error(&mut self, link: &Link, message: &str) {
        self.diagnostics
            .in_file(&self.summary_path, &self.summary_text)
            .error(link.at, message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn the_parent_of_a_src_folder_as_written() {
        assert_eq!(shown_parent(Path::new("book/src")), Path::new("book"));
        assert_eq!(shown_parent(Path::new("src")), Path::new(""));
        assert_eq!(shown_parent(Path::new(".")), Path::new("./.."));
    }

    #[test]
    fn a_book_brings_in_no_more_chapter_text_than_its_budget() {
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
        // One worker, so which chapter the budget stops at is certain.
        let budget = chapters::Budget {
            bytes: 1500,
            workers: 1,
        };
        let loaded = load_with(&found, false, &budget);
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
}
