//! Gathering a course's files, from the binary or from a folder, into one in-memory
//! shape, so that everything after this point has a single code path for both.
//!
//! This module owns the layout rules of SPEC §3 (content/ layout vs. flat folder), which
//! files of a folder are read at all (see `bounded`), and the paths shown to users. It
//! never parses a file.
use super::{CourseError, bounded};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::io_reason;
use crate::quiz::QuizSettings;
use crate::sanitize::strip_controls;
use include_dir::{Dir, include_dir};
use std::collections::HashMap;
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
    /// How the quizzes are read: an mdBook's `[preprocessor.quiz] default-language`
    /// goes here; other courses keep the defaults.
    pub quiz_settings: QuizSettings,
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

/// A course folder on disk, in either layout. Only regular files that resolve inside
/// the folder are read, each under its cap (SPEC §3); any other file a course names is
/// an error in the result, and the rest loads.
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
    let root = dir.canonicalize().map_err(|e| CourseError::Io {
        path: shown.clone(),
        message: io_reason(&e),
    })?;
    let fallback_id = root
        .file_name()
        .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    let mut files = CourseFiles {
        fallback_id,
        ..CourseFiles::default()
    };
    let content = dir.join("content");
    if content.is_dir() {
        read_folder(&content, &root, &mut files, Accept::Chapters)?;
        let quizzes = dir.join("quizzes");
        if quizzes.is_dir() {
            read_folder(&quizzes, &root, &mut files, Accept::Quizzes)?;
        }
    } else {
        read_folder(dir, &root, &mut files, Accept::Both)?;
        if files.chapters.is_empty() && files.diagnostics.is_ok() {
            return Err(CourseError::NotACourse(shown));
        }
    }
    files.sort();
    files.reject_lookalikes();
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

fn read_folder(
    folder: &Path,
    root: &Path,
    files: &mut CourseFiles,
    accept: Accept,
) -> Result<(), CourseError> {
    let io_error = |e: std::io::Error| CourseError::Io {
        path: folder.display().to_string(),
        message: io_reason(&e),
    };
    // content/ or quizzes/ linked elsewhere would bring every file in it along.
    if let Err(refusal) = bounded::resolve_inside(folder, root) {
        files.unreadable(&folder.display().to_string(), &refusal.to_string());
        return Ok(());
    }
    for entry in std::fs::read_dir(folder).map_err(io_error)? {
        let entry = entry.map_err(io_error)?;
        let path = entry.path();
        let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            continue;
        };
        // A real folder named like a chapter is not one of the course's files; a link
        // of that name is looked at like any other file below.
        if !accept.wants(&name) || entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let shown = path.display().to_string();
        let cap = if has_ext(&name, "md") {
            bounded::CHAPTER_CAP
        } else {
            bounded::SMALL_CAP
        };
        let read =
            bounded::resolve_inside(&path, root).and_then(|real| bounded::read_regular(&real, cap));
        match read {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => files.add(accept, &name, shown, text),
                Err(_) => files.unreadable(&shown, "not valid UTF-8 text"),
            },
            Err(refusal) => files.unreadable(&shown, &refusal.to_string()),
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

    /// Files whose names differ only in control or bidi characters would get the same
    /// id once sanitized, and one would silently stand in for the other: each of them
    /// is an error instead, and none loads.
    fn reject_lookalikes(&mut self) {
        for list in [&mut self.chapters, &mut self.quizzes] {
            let mut seen: HashMap<String, Vec<String>> = HashMap::new();
            for file in list.iter() {
                let id = strip_controls(&file.stem).into_owned();
                seen.entry(id).or_default().push(file.path.clone());
            }
            let (clashing, kept): (Vec<_>, Vec<_>) =
                std::mem::take(list).into_iter().partition(|f| {
                    seen.get(strip_controls(&f.stem).as_ref())
                        .is_some_and(|paths| paths.len() > 1)
                });
            *list = kept;
            for file in clashing {
                let id = strip_controls(&file.stem).into_owned();
                let message = format!(
                    "its name differs from another file's only in control characters \
                     (both read as `{id}`); rename one; not read"
                );
                self.diagnostics
                    .errors
                    .push(Diagnostic::whole_file(&file.path, &message));
            }
        }
    }
}
