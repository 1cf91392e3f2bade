//! Diagnostics: problems found in a course's files, located by file, line and column,
//! and the one collector of errors and warnings that loading and checking fill.
//!
//! This module owns turning byte offsets (what `toml` and `Spanned` give) into the
//! 1-based `line:col` users see, turning serde's wording into short messages written
//! for course authors, and sanitizing what a diagnostic quotes. It never decides what
//! is wrong — only how to say where and what — and depends on nothing but `sanitize`,
//! so every reader of a file format (courses, quizzes) can report through it.
use crate::sanitize::strip_controls;
use std::cell::OnceCell;
use std::fmt;

/// One problem found in a course, located in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters (not bytes), so it matches an editor.
    pub col: usize,
    pub message: String,
}

impl Diagnostic {
    /// A problem with a file as a whole (it cannot be read, say), shown at its start.
    /// Paths and messages quote course text, so both are sanitized.
    pub fn whole_file(path: &str, message: &str) -> Self {
        Self {
            path: strip_controls(path).into_owned(),
            line: 1,
            col: 1,
            message: strip_controls(message).into_owned(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path, self.line, self.col, self.message
        )
    }
}

/// The 1-based line and character column of byte `offset` in `text`. An offset past the
/// end or inside a character is pulled back to the nearest character start, so a
/// slightly-off span still yields a usable location instead of a panic.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// [`line_col`] with the start of every line of `text` known (`starts`, beginning with
/// 0): the line by binary search, the column counted from its start.
fn line_col_in(text: &str, starts: &[usize], offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let line = starts.partition_point(|&start| start <= offset).max(1);
    let start = starts.get(line - 1).copied().unwrap_or(0);
    let col = text[start..offset].chars().count() + 1;
    (line, col)
}

/// Every error and warning found so far, each list in the order found. Errors are
/// what `tutor check` fails on (a broken quiz is left out of the course); warnings
/// stopped nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

impl Diagnostics {
    /// True when there is no error; warnings do not count.
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty() && self.warnings.is_empty()
    }

    /// A writer that locates what it is told in the file `path`, whose text is `text`.
    pub fn in_file<'d>(&'d mut self, path: &'d str, text: &'d str) -> InFile<'d> {
        let errors_before = self.errors.len();
        InFile {
            path,
            text,
            sink: self,
            errors_before,
            line_starts: OnceCell::new(),
        }
    }
}

/// Reports problems of one file into a [`Diagnostics`], turning byte offsets into
/// locations. It collects nothing of its own.
pub struct InFile<'d> {
    pub path: &'d str,
    pub text: &'d str,
    sink: &'d mut Diagnostics,
    /// How many errors the collector held before this file, so that
    /// [`has_errors`](Self::has_errors) speaks of this file alone.
    errors_before: usize,
    /// Where each line of `text` starts, found on the first report: a file with
    /// thousands of problems is then located by binary search, not scanned from its
    /// start for each one.
    line_starts: OnceCell<Vec<usize>>,
}

impl InFile<'_> {
    /// Paths and messages quote course text (file names, keys, values), so they are
    /// sanitized like everything else a course can put on the screen.
    fn at(&self, offset: usize, message: &str) -> Diagnostic {
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        let (line, col) = line_col_in(self.text, starts, offset);
        Diagnostic {
            path: strip_controls(self.path).into_owned(),
            line,
            col,
            message: strip_controls(message).into_owned(),
        }
    }

    pub fn error(&mut self, offset: usize, message: impl Into<String>) {
        let diagnostic = self.at(offset, &message.into());
        self.sink.errors.push(diagnostic);
    }

    /// An error at a line and column given as such (by a parser that words its
    /// locations rather than giving offsets), each at least 1.
    pub fn error_at(&mut self, line: usize, col: usize, message: &str) {
        let diagnostic = Diagnostic {
            path: strip_controls(self.path).into_owned(),
            line: line.max(1),
            col: col.max(1),
            message: strip_controls(message).into_owned(),
        };
        self.sink.errors.push(diagnostic);
    }

    pub fn warning(&mut self, offset: usize, message: impl Into<String>) {
        let diagnostic = self.at(offset, &message.into());
        self.sink.warnings.push(diagnostic);
    }

    /// Records a `toml` error. `base` is where the parsed text starts inside the file,
    /// for TOML embedded in another file (front matter).
    pub fn toml_error(&mut self, error: &toml::de::Error, base: usize) {
        let span = error.span().unwrap_or(0..0);
        let start = base + span.start;
        let end = (base + span.end).min(self.text.len());
        let spanned_text = self.text.get(start..end).unwrap_or("");
        self.error(start, humanize(error.message(), spanned_text));
    }

    /// Whether an error was reported for this file.
    pub fn has_errors(&self) -> bool {
        self.sink.errors.len() > self.errors_before
    }
}

/// Rewrites serde's vocabulary ("field") into TOML's ("key") and keeps one line.
/// `spanned` is the source text the error points at, used to name a duplicate key.
fn humanize(message: &str, spanned: &str) -> String {
    let first = message.lines().next().unwrap_or("invalid TOML").trim();
    if let Some(rest) = first.strip_prefix("unknown field ") {
        return match rest.split_once(", expected one of ") {
            Some((key, expected)) => {
                format!(
                    "unknown key {key}, expected one of: {}",
                    expected.replace('`', "")
                )
            }
            None => match rest.split_once(", there are no fields") {
                Some((key, _)) => format!("unknown key {key}"),
                None => format!(
                    "unknown key {}",
                    rest.replace(", expected `", ", expected: `")
                ),
            },
        };
    }
    if let Some(rest) = first.strip_prefix("missing field ") {
        return format!("missing key {rest}");
    }
    // serde names Rust types; authors know TOML's words.
    let first = &first
        .replace("expected i64", "expected an integer")
        .replace("expected u32", "expected a whole number");
    let short_key = !spanned.is_empty() && spanned.len() <= 60 && !spanned.contains('\n');
    if first == "duplicate key" && short_key {
        return format!("duplicate key `{spanned}`");
    }
    first.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_reporter_locates_every_offset_as_line_col_does() {
        let text = "\nab\nçé = 1\n\n漢字\r\nend";
        let mut all = Diagnostics::default();
        let mut report = all.in_file("f", text);
        for offset in 0..=text.len() + 3 {
            report.warning(offset, "w");
        }
        for (offset, warning) in all.warnings.iter().enumerate() {
            assert_eq!(
                (warning.line, warning.col),
                line_col(text, offset),
                "offset {offset}"
            );
        }
    }

    #[test]
    fn line_col_counts_characters_from_one() {
        let text = "ab\nçé = 1\n";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, 3), (2, 1));
        // 'ç' and 'é' are two bytes each: byte 7 is the third character of line 2.
        assert_eq!(line_col(text, 7), (2, 3));
        assert_eq!(line_col(text, 999), (3, 1));
        // Inside a character: pulled back to its start.
        assert_eq!(line_col(text, 4), (2, 1));
    }

    #[test]
    fn a_file_writer_locates_sanitizes_and_knows_its_own_errors() {
        let mut all = Diagnostics::default();
        all.errors
            .push(Diagnostic::whole_file("other.toml", "broken"));
        let mut file = all.in_file("q\u{1b}.toml", "a = 1\nb = 2\n");
        assert!(
            !file.has_errors(),
            "an earlier file's error is not this file's"
        );
        file.warning(6, "odd \u{7}key");
        assert!(!file.has_errors());
        file.error(10, "bad");
        assert!(file.has_errors());
        assert_eq!(all.errors[1].to_string(), "q.toml:2:5: bad");
        assert_eq!(all.warnings[0].to_string(), "q.toml:2:1: odd key");
        assert!(!all.is_ok());
    }

    #[test]
    fn humanize_rewrites_serde_words() {
        assert_eq!(
            humanize(
                "unknown field `chioces`, expected one of `id`, `prompt`",
                ""
            ),
            "unknown key `chioces`, expected one of: id, prompt"
        );
        assert_eq!(humanize("missing field `id`", ""), "missing key `id`");
        assert_eq!(humanize("duplicate key", "title"), "duplicate key `title`");
        assert_eq!(
            humanize("unknown field `x`, there are no fields", ""),
            "unknown key `x`"
        );
        assert_eq!(humanize("line one\nline two", ""), "line one");
        assert_eq!(
            humanize("invalid type: string \"high\", expected i64", "\"high\""),
            "invalid type: string \"high\", expected an integer"
        );
    }
}
