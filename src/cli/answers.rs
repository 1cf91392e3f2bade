//! Where the entries of a graded attempt come from: `--answers LIST` (comma-separated,
//! `\,` a comma inside an entry and `\\` a backslash) or `--answers-file FILE` (one
//! entry a line, `-` for standard input, no escaping).
//!
//! Both options belong to `tutor quiz` and `tutor review` alike, so they are one clap
//! group flattened into each. This module only splits text into entries; what an entry
//! means for a question is the quiz's business.
// Doc comments here are clap's --help text, read in a terminal, not rendered Markdown.
#![allow(clippy::doc_markdown)]
use super::Failure;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The most an answers file may hold. A list of answers is a few kilobytes at most;
/// the cap keeps a mistaken `--answers-file /dev/zero` from eating the memory.
pub const MAX_ANSWERS_FILE: u64 = 1024 * 1024;

/// The answers of a graded attempt, given on the command line or in a file.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct AnswerArgs {
    /// One entry per question, comma-separated: letters (`b`, `ac` for select-all)
    /// or the text of a short answer; `\,` is a comma inside an entry, `\\` a backslash
    #[arg(long, value_name = "LIST", conflicts_with = "answers_file")]
    pub answers: Option<String>,
    /// Read the entries from FILE instead, one a line, as written (`-` for stdin)
    #[arg(long, value_name = "FILE")]
    pub answers_file: Option<PathBuf>,
}

impl AnswerArgs {
    /// The entries given, or `None` when neither option was.
    pub fn entries(&self) -> Result<Option<Vec<String>>, Failure> {
        match (&self.answers, &self.answers_file) {
            (Some(list), _) => Ok(Some(split_list(list))),
            (None, Some(path)) => read_file(path).map(|text| Some(file_lines(&text))),
            (None, None) => Ok(None),
        }
    }
}

/// Splits an `--answers` list at every comma not escaped by a backslash. `\,` becomes
/// a comma and `\\` a backslash; any other backslash is kept as typed, so a Windows
/// path or a regex in a short answer needs no escaping unless it meets a comma.
pub fn split_list(list: &str) -> Vec<String> {
    let mut entries = Vec::new();
    let mut entry = String::new();
    let mut chars = list.chars();
    while let Some(c) = chars.next() {
        match c {
            ',' => entries.push(std::mem::take(&mut entry)),
            '\\' => match chars.next() {
                Some(next @ (',' | '\\')) => entry.push(next),
                Some(other) => {
                    entry.push('\\');
                    entry.push(other);
                }
                None => entry.push('\\'),
            },
            other => entry.push(other),
        }
    }
    entries.push(entry);
    entries
}

/// One entry a line, as written (`\r\n` endings and a byte-order mark tolerated).
/// Blank lines at the end are the file's ending, not empty answers.
pub fn file_lines(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    while lines.last().is_some_and(|line| line.trim().is_empty()) {
        lines.pop();
    }
    lines
}

/// Reads an answers file (or stdin for `-`), refusing more than [`MAX_ANSWERS_FILE`]
/// bytes and anything that is not UTF-8.
fn read_file(path: &Path) -> Result<String, Failure> {
    let name = if path == Path::new("-") {
        "standard input".to_owned()
    } else {
        path.display().to_string()
    };
    let cannot = |reason: String| {
        Failure::usage(format!(
            "--answers-file {name}: {reason}; nothing was recorded"
        ))
    };
    let mut bytes = Vec::new();
    let read = if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .take(MAX_ANSWERS_FILE + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path)
            .and_then(|file| file.take(MAX_ANSWERS_FILE + 1).read_to_end(&mut bytes))
    };
    read.map_err(|err| cannot(format!("cannot read it: {}", crate::io_reason(&err))))?;
    if bytes.len() as u64 > MAX_ANSWERS_FILE {
        return Err(cannot(format!(
            "larger than {} KiB, too large for a list of answers",
            MAX_ANSWERS_FILE / 1024
        )));
    }
    String::from_utf8(bytes).map_err(|_| cannot("not UTF-8 text".to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_split_unless_escaped() {
        assert_eq!(split_list("b,ac, x "), ["b", "ac", " x "]);
        assert_eq!(split_list(r"1\,000,b"), ["1,000", "b"]);
        assert_eq!(split_list(r"a\\,b"), [r"a\", "b"]);
        assert_eq!(split_list(r"a\\\,b"), [r"a\,b"]);
        assert_eq!(split_list(r"C:\temp\n,b\"), [r"C:\temp\n", r"b\"]);
        assert_eq!(split_list(""), [""]);
        assert_eq!(split_list("a,,b"), ["a", "", "b"]);
    }

    #[test]
    fn a_file_is_one_entry_a_line() {
        assert_eq!(
            file_lines("\u{feff}1,000\r\nb\n\nc\\,d\n\n  \n"),
            ["1,000", "b", "", "c\\,d"]
        );
        assert!(file_lines("").is_empty());
    }
}
