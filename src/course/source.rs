//! Gathering a course's files, from the binary or from a folder, into one in-memory
//! shape, so that everything after this point has a single code path for both.
//!
//! This module owns the layout rules of SPEC §3 (content/ layout vs. flat folder) and
//! the paths shown to users. It never parses a file.
use super::CourseError;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::io_reason;
use include_dir::{Dir, include_dir};
use std::path::Path;

static EMBEDDED_CONTENT: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/content");
static EMBEDDED_QUIZZES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/quizzes");

/// The course metadata file, in `content/` or at the top of a flat folder.
const META_FILE: &str = "course.toml";

/// One file of a course, already read.
#[derive(Debug, Clone)]
pub(crate) struct SourceFile {
    /// The path shown in diagnostics.
    pub path: String,
    /// The file name without its extension: the chapter or quiz id.
    pub stem: String,
    pub text: String,
}

/// Every file a course is made of, plus what went wrong while reading them.
#[derive(Debug, Default)]
pub(crate) struct CourseFiles {
    /// The id to use when course.toml names none: the folder name.
    pub fallback_id: String,
    pub meta: Option<SourceFile>,
    /// Chapter files, sorted by file name.
    pub chapters: Vec<SourceFile>,
    /// Quiz files, sorted by file name.
    pub quizzes: Vec<SourceFile>,
    /// Files that could not be read at all.
    pub diagnostics: Diagnostics,
}

/// The built-in course, embedded at build time (always the content/ layout).
pub(crate) fn embedded() -> CourseFiles {
    let mut files = CourseFiles {
        fallback_id: "builtin".to_owned(),
        ..CourseFiles::default()
    };
    for (dir, folder, accept) in [
        (&EMBEDDED_CONTENT, "content", Accept::Chapters),
        (&EMBEDDED_QUIZZES, "quizzes", Accept::Quizzes),
    ] {
        for file in dir.files() {
            let Some(name) = file.path().file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let path = format!("{folder}/{name}");
            match file.contents_utf8() {
                Some(text) => files.add(accept, name, path, text.to_owned()),
                None => files.unreadable(&path, "not valid UTF-8 text"),
            }
        }
    }
    files.sort();
    files
}

/// A course folder on disk, in either layout.
pub(crate) fn from_dir(dir: &Path) -> Result<CourseFiles, CourseError> {
    let shown = dir.display().to_string();
    if !dir.exists() {
        return Err(CourseError::Io {
            path: shown,
            message: "no such folder".to_owned(),
        });
    }
    if !dir.is_dir() {
        return Err(CourseError::Io {
            path: shown,
            message: "not a folder".to_owned(),
        });
    }
    let fallback_id = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| shown.clone());
    let mut files = CourseFiles {
        fallback_id,
        ..CourseFiles::default()
    };
    let content = dir.join("content");
    if content.is_dir() {
        read_folder(&content, &mut files, Accept::Chapters)?;
        let quizzes = dir.join("quizzes");
        if quizzes.is_dir() {
            read_folder(&quizzes, &mut files, Accept::Quizzes)?;
        }
    } else {
        read_folder(dir, &mut files, Accept::Both)?;
        if files.chapters.is_empty() {
            return Err(CourseError::NotACourse(shown));
        }
    }
    files.sort();
    Ok(files)
}

/// Which kinds of file a folder contributes: content/ holds chapters (and course.toml),
/// quizzes/ holds quizzes, a flat folder holds both.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Accept {
    Chapters,
    Quizzes,
    Both,
}

fn read_folder(folder: &Path, files: &mut CourseFiles, accept: Accept) -> Result<(), CourseError> {
    let io_error = |e: std::io::Error| CourseError::Io {
        path: folder.display().to_string(),
        message: io_reason(&e),
    };
    for entry in std::fs::read_dir(folder).map_err(io_error)? {
        let path = entry.map_err(io_error)?.path();
        let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        if !accept.wants(&name) || !path.is_file() {
            continue;
        }
        let shown = path.display().to_string();
        match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => files.add(accept, &name, shown, text),
                Err(_) => files.unreadable(&shown, "not valid UTF-8 text"),
            },
            Err(e) => files.unreadable(&shown, &format!("cannot read: {}", io_reason(&e))),
        }
    }
    Ok(())
}

fn has_ext(name: &str, ext: &str) -> bool {
    Path::new(name).extension().is_some_and(|e| e == ext)
}

impl Accept {
    fn wants(self, name: &str) -> bool {
        match self {
            Accept::Chapters => has_ext(name, "md") || name == META_FILE,
            Accept::Quizzes => has_ext(name, "toml"),
            Accept::Both => has_ext(name, "md") || has_ext(name, "toml"),
        }
    }
}

impl CourseFiles {
    /// Reports a file that could not be read at all.
    fn unreadable(&mut self, path: &str, message: &str) {
        let diagnostic = Diagnostic::whole_file(path, message);
        self.diagnostics.errors.push(diagnostic);
    }

    /// Files one file by name: .md files are chapters, course.toml is metadata, other
    /// .toml files are quizzes — each only where `accept` allows it.
    fn add(&mut self, accept: Accept, name: &str, path: String, text: String) {
        if !accept.wants(name) {
            return;
        }
        let stem = Path::new(name)
            .file_stem()
            .map_or_else(|| name.to_owned(), |s| s.to_string_lossy().into_owned());
        let file = SourceFile { path, stem, text };
        if has_ext(name, "md") {
            self.chapters.push(file);
        } else if name == META_FILE && accept != Accept::Quizzes {
            self.meta = Some(file);
        } else {
            self.quizzes.push(file);
        }
    }

    fn sort(&mut self) {
        self.chapters.sort_by(|a, b| a.path.cmp(&b.path));
        self.quizzes.sort_by(|a, b| a.path.cmp(&b.path));
    }
}
