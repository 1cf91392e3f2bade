//! mdBook's links preprocessor, for one chapter: `{{#include}}`, `{{#rustdoc_include}}`,
//! `{{#playground}}` and `{{#title}}` expanded in the text before it is parsed as
//! Markdown, everywhere (fenced code included), with `\{{#…}}` escapes, as mdBook does;
//! and mdbook-quiz's `{{#quiz PATH}}` turned into a marker line the Markdown side finds.
//!
//! This module owns the expansion and its bounds: included text is expanded again
//! relative to its own file, at most 10 files deep; each distinct file is read at most
//! once per chapter; what a chapter reads, expands and outputs is capped, so no book can
//! make it run long or grow without end. A directive that cannot be honoured is replaced
//! by a one-line visible error and reported, located in the file that holds it. It never
//! reads a file outside the book's root (every read goes through `files`), never parses
//! Markdown, and never reads the quiz files it marks: whoever loads them does.
use super::anchors::{self, OriginMap, Piece};
use super::files::{ChapterFiles, normal, resolve, shown, size};
use super::scan::{self, Directive, Kind, Scanner, Select, Take};
use crate::course::bounded::CHAPTER_CAP;
use crate::diagnostic::{Diagnostics, line_col};
use crate::sanitize::strip_controls;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

pub use super::files::{BookFolder, Files, Unreadable};

/// A chapter with its directives expanded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expanded {
    pub text: String,
    /// What the last `{{#title …}}` said, whitespace runs made single spaces.
    pub title: Option<String>,
    /// The `{{#quiz}}` markers, in the order they stand in `text`.
    pub quizzes: Vec<QuizMark>,
}

/// Where a `{{#quiz PATH}}` stood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizMark {
    /// The quiz file, relative to the book's root (not read yet: it may be missing).
    pub path: PathBuf,
    /// Byte offset in [`Expanded::text`] of the marker line `<tutor-quiz src="…">`.
    pub offset: usize,
    /// Where the directive was written, for messages about the quiz.
    pub written_at: Origin,
}

/// A place in a book's file: its path relative to the root (`/` between names) and the
/// 1-based line and character column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: usize,
    pub col: usize,
}

/// The bounds of one chapter's expansion. The defaults are mdBook's depth and tutor's
/// chapter cap; tests use small ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// How many files deep includes may nest below the chapter.
    pub depth: usize,
    /// The most the expanded chapter may hold, in bytes, before expansion stops.
    pub output: usize,
    /// The most text (the chapter and every piece included) expansion may go through.
    pub work: usize,
    /// The most one included file may hold, in bytes.
    pub file: u64,
    /// The most all the distinct files read for one chapter may hold together.
    pub read: u64,
    /// The most distinct paths one chapter may look up.
    pub files: usize,
    /// The most errors reported for one chapter; the rest are counted in one more.
    pub errors: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            depth: 10,
            output: usize::try_from(CHAPTER_CAP).unwrap_or(usize::MAX),
            work: usize::try_from(4 * CHAPTER_CAP).unwrap_or(usize::MAX),
            file: CHAPTER_CAP,
            read: 4 * CHAPTER_CAP,
            files: 1024,
            errors: 100,
        }
    }
}

/// Expands the chapter `text` of the file `file` (relative to the book's folder `root`),
/// reading included files from disk. Errors and warnings go to `report`, located in the
/// file that holds the directive.
pub fn expand(text: &str, file: &Path, root: &Path, report: &mut Diagnostics) -> Expanded {
    expand_with(
        text,
        file,
        &BookFolder::new(root),
        &Limits::default(),
        report,
    )
}

/// [`expand`] with the files read through `files` and under `limits`.
pub fn expand_with(
    text: &str,
    file: &Path,
    files: &dyn Files,
    limits: &Limits,
    report: &mut Diagnostics,
) -> Expanded {
    // A chapter path that leaves the root is the caller's mistake; its includes are
    // then read relative to the root itself.
    let chapter = normal(file).unwrap_or_default();
    let mut expander = Expander {
        files: ChapterFiles::new(files, limits.file, limits.read, limits.files),
        limits,
        report,
        out: String::with_capacity(text.len()),
        title: None,
        quizzes: Vec::new(),
        work: 0,
        stopped: false,
        chain: vec![chapter.clone()],
        reported: HashSet::new(),
        listed: 0,
        unreported: 0,
    };
    let frame = Frame {
        path: &chapter,
        file_text: text,
        text,
        map: &OriginMap::whole(),
    };
    expander.run(&frame, 0);
    if expander.unreported > 0 {
        let message = format!(
            "{} more errors in this chapter's directives are not listed",
            expander.unreported
        );
        expander
            .report
            .in_file(&shown(&chapter), text)
            .error(0, message);
    }
    Expanded {
        text: expander.out,
        title: expander.title,
        quizzes: expander.quizzes,
    }
}

/// One text being expanded: the chapter, or what was taken from an included file.
struct Frame<'f> {
    /// The file, relative to the root.
    path: &'f Path,
    /// The whole file, to locate errors in.
    file_text: &'f str,
    text: &'f str,
    map: &'f OriginMap,
}

impl Frame<'_> {
    /// The folder paths in this frame's directives are relative to.
    fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new(""))
    }
}

struct Expander<'a> {
    files: ChapterFiles<'a>,
    limits: &'a Limits,
    report: &'a mut Diagnostics,
    out: String,
    title: Option<String>,
    quizzes: Vec<QuizMark>,
    /// Bytes of text expanded so far.
    work: usize,
    /// Set once a cap is reached: nothing more is output.
    stopped: bool,
    /// The files being expanded, the chapter first.
    chain: Vec<PathBuf>,
    /// Errors already reported (file, offset, message), so a loop reports once.
    reported: HashSet<(String, usize, String)>,
    /// Errors reported, and errors left out past the limit.
    listed: usize,
    unreported: usize,
}

impl Expander<'_> {
    fn run(&mut self, frame: &Frame<'_>, depth: usize) {
        self.work = self.work.saturating_add(frame.text.len());
        if self.work > self.limits.work {
            let why = format!(
                "expanding this chapter goes through more than {} of text; the rest is left out",
                size(self.limits.work as u64)
            );
            self.stop(frame, 0, &why);
            return;
        }
        let text = frame.text;
        let mut copied = 0;
        for found in Scanner::new(text) {
            match found.kind {
                Kind::Escaped => {
                    self.push(frame, found.start, &text[copied..found.start]);
                    self.push(frame, found.start, &text[found.start + 1..found.end]);
                }
                Kind::Directive { name, body } => {
                    // What mdBook does not know is left as it is written.
                    let Some(directive) = scan::parse(name, body) else {
                        continue;
                    };
                    self.push(frame, found.start, &text[copied..found.start]);
                    self.directive(frame, found.start, &directive, depth);
                }
            }
            copied = found.end;
            if self.stopped {
                return;
            }
        }
        self.push(frame, text.len(), &text[copied..]);
    }

    fn directive(&mut self, frame: &Frame<'_>, at: usize, directive: &Directive<'_>, depth: usize) {
        let (written, take) = match directive {
            Directive::Title(title) => {
                let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
                if !title.is_empty() {
                    self.title = Some(title);
                }
                return;
            }
            Directive::Quiz(written) => return self.quiz(frame, at, written),
            Directive::File { path, take } => (*path, take),
        };
        if let Take::Playground { old_name: true, .. } = take {
            self.warning(
                frame,
                at,
                "{{#playpen}} is the old name of {{#playground}}; use the new one",
            );
        }
        let kind = take.name();
        let Some(path) = resolve(frame.dir(), written) else {
            return self.fail(frame, at, kind, written, &Unreadable::Outside);
        };
        if depth >= self.limits.depth {
            return self.too_deep(frame, at, kind, &path);
        }
        let file = match self.files.load(&path) {
            Ok(file) => file,
            Err(why) => return self.fail(frame, at, kind, written, &why),
        };
        let piece = taken(&file, take);
        self.chain.push(path.clone());
        let inner = Frame {
            path: &path,
            file_text: &file,
            text: &piece.text,
            map: &piece.map,
        };
        self.run(&inner, depth + 1);
        self.chain.pop();
    }

    /// `{{#quiz PATH}}`: a marker line set off by blank lines, and the quiz recorded.
    fn quiz(&mut self, frame: &Frame<'_>, at: usize, written: &str) {
        let path = match resolve(frame.dir(), written) {
            Some(path) if path.as_os_str().is_empty() => {
                return self.fail(
                    frame,
                    at,
                    "quiz",
                    written,
                    &Unreadable::NotRegular("a folder"),
                );
            }
            Some(path) => path,
            None => return self.fail(frame, at, "quiz", written, &Unreadable::Outside),
        };
        let marker = format!(
            "\n\n<tutor-quiz src=\"{}\"></tutor-quiz>\n\n",
            html_escape(&shown(&path))
        );
        let offset = self.out.len() + 2;
        if self.push(frame, at, &marker) {
            let written_at = origin(frame, at);
            self.quizzes.push(QuizMark {
                path,
                offset,
                written_at,
            });
        }
    }

    /// An include past the depth limit: mdBook's limit on nesting, which also ends a
    /// file that includes itself. The message names the loop when there is one.
    fn too_deep(&mut self, frame: &Frame<'_>, at: usize, kind: &str, target: &Path) {
        let mut chain: Vec<&Path> = self.chain.iter().map(PathBuf::as_path).collect();
        chain.push(target);
        let repeat = chain.iter().enumerate().find_map(|(first, path)| {
            let again = chain[first + 1..].iter().position(|p| p == path)?;
            Some(first..=first + 1 + again)
        });
        let depth = self.limits.depth;
        let (what, named) = match repeat {
            Some(cycle) => (
                format!("files include each other in a loop, stopped {depth} deep"),
                &chain[cycle],
            ),
            None => (
                format!("includes nest more than {depth} files deep"),
                &chain[..],
            ),
        };
        let shown_chain: Vec<String> = named.iter().map(|p| shown(p)).collect();
        let message = format!("{kind} error: {what}: {}", shown_chain.join(" → "));
        self.error_line(frame, at, &message);
    }

    fn fail(&mut self, frame: &Frame<'_>, at: usize, kind: &str, written: &str, why: &Unreadable) {
        self.error_line(frame, at, &format!("{kind} error: {written} {why}"));
    }

    /// Puts `[message]` where the directive was and reports the message.
    fn error_line(&mut self, frame: &Frame<'_>, at: usize, message: &str) {
        let message = strip_controls(message);
        self.push(frame, at, &format!("[{message}]"));
        self.error(frame, at, &message);
    }

    /// Stops the expansion at a cap: a notice on a line of its own ends the output.
    fn stop(&mut self, frame: &Frame<'_>, at: usize, why: &str) {
        if self.stopped {
            return;
        }
        self.stopped = true;
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
        self.out.push_str("[include error: ");
        self.out.push_str(why);
        self.out.push_str("]\n");
        self.error(frame, at, &format!("include error: {why}"));
    }

    /// Appends `text` unless that takes the output past its cap, which stops the
    /// expansion instead. Whether it was appended.
    fn push(&mut self, frame: &Frame<'_>, at: usize, text: &str) -> bool {
        if self.stopped {
            return false;
        }
        if self.out.len().saturating_add(text.len()) > self.limits.output {
            let why = format!(
                "this chapter grows past {} once its includes are expanded; the rest is left out",
                size(self.limits.output as u64)
            );
            self.stop(frame, at, &why);
            return false;
        }
        self.out.push_str(text);
        true
    }

    fn error(&mut self, frame: &Frame<'_>, at: usize, message: &str) {
        let path = shown(frame.path);
        let offset = frame.map.file_offset(at);
        if !self
            .reported
            .insert((path.clone(), offset, message.to_owned()))
        {
            return;
        }
        if self.listed >= self.limits.errors {
            self.unreported += 1;
            return;
        }
        self.listed += 1;
        self.report
            .in_file(&path, frame.file_text)
            .error(offset, message);
    }

    fn warning(&mut self, frame: &Frame<'_>, at: usize, message: &str) {
        let path = shown(frame.path);
        let offset = frame.map.file_offset(at);
        if self
            .reported
            .insert((path.clone(), offset, message.to_owned()))
        {
            self.report
                .in_file(&path, frame.file_text)
                .warning(offset, message);
        }
    }
}

/// What a file directive takes from the text of its file.
fn taken(file: &str, take: &Take<'_>) -> Piece {
    match take {
        Take::Include(Select::Lines(range)) => anchors::range(file, *range),
        Take::Include(Select::Anchor(name)) => anchors::anchor(file, name),
        Take::RustdocInclude(Select::Lines(range)) => anchors::rustdoc_range(file, *range),
        Take::RustdocInclude(Select::Anchor(name)) => anchors::rustdoc_anchor(file, name),
        Take::Playground { attrs, .. } => anchors::playground(file, attrs),
    }
}

/// Where offset `at` of a frame's text was written.
fn origin(frame: &Frame<'_>, at: usize) -> Origin {
    let (line, col) = line_col(frame.file_text, frame.map.file_offset(at));
    Origin {
        file: shown(frame.path),
        line,
        col,
    }
}

/// `text` safe inside a double-quoted HTML attribute.
fn html_escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
#[path = "preprocess_tests.rs"]
mod tests;
