//! Reading the text of a progress file: what it holds, and what is wrong with it,
//! said so that the learner can find it (line, column, key path, expected type), and
//! the fingerprint that tells a save whether the file changed since it was read.
//!
//! A file that fits the model is parsed once, straight into it (a big one in pieces,
//! see `pieces`): this is the path every start takes, and its cost is the budget's
//! (SPEC §9). Only a file that does not fit
//! is parsed again, as a table to salvage record by record and with the places of its
//! values, to say where each misfit is. This module reads text only; moving files,
//! modes and notices are the store's.
use super::model::{Progress, VERSION};
use super::pieces;
use super::salvage::{Problem, Step, salvage};
use toml::de::DeValue;
use toml::{Spanned, Table};

/// What a progress file's text holds.
#[derive(Debug)]
pub(super) enum Parsed {
    /// The progress, the records that do not fit (kept to be written back) and, for
    /// each of those, a located message.
    Progress {
        progress: Progress,
        kept: Table,
        problems: Vec<String>,
    },
    /// Written by a newer tutor: format version `.0`.
    Newer(i64),
    /// `version` is there but not a number: the located message. The file cannot be
    /// understood, and is not this build's to overwrite.
    BadVersion(String),
    /// Not a progress file this build can read at all: why, in one line.
    Unreadable(String),
}

/// The length and a 64-bit hash of a file's bytes. Equal prints mean the same bytes
/// (a collision is a chance in 2⁶⁴), unlike a modification time, which a coarse
/// clock or a quick second writer can leave unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Fingerprint {
    len: usize,
    hash: u64,
}

impl Fingerprint {
    pub(super) fn of(bytes: &[u8]) -> Self {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Self {
            len: bytes.len(),
            hash: hasher.finish(),
        }
    }
}

/// Reads `text`, the contents of a progress file.
pub(super) fn parse(text: &str) -> Parsed {
    if let Some(progress) = pieces::parse(text) {
        return Parsed::Progress {
            progress,
            kept: Table::new(),
            problems: Vec::new(),
        };
    }
    let error = match toml::from_str::<Progress>(text) {
        Ok(progress) if progress.version == VERSION => {
            return Parsed::Progress {
                progress,
                kept: Table::new(),
                problems: Vec::new(),
            };
        }
        Ok(progress) if progress.version > VERSION => {
            return Parsed::Newer(i64::from(progress.version));
        }
        Ok(progress) => return Parsed::Unreadable(format!("unknown version {}", progress.version)),
        Err(error) => error,
    };
    let table: Table = match toml::from_str(text) {
        Ok(table) => table,
        Err(err) => return Parsed::Unreadable(located(text, &err)),
    };
    match table.get("version") {
        Some(toml::Value::Integer(v)) if *v > i64::from(VERSION) => return Parsed::Newer(*v),
        Some(toml::Value::Integer(_)) | None => {}
        Some(other) => {
            let problem = Problem {
                place: vec![Step::Key("version".to_owned())],
                why: format!(
                    "invalid type: {} {other}, expected an integer",
                    other.type_str()
                ),
            };
            return Parsed::BadVersion(describe(text, &[problem]).remove(0));
        }
    }
    match salvage(table).filter(|s| s.progress.version == VERSION) {
        Some(salvaged) => Parsed::Progress {
            progress: salvaged.progress,
            kept: salvaged.kept,
            problems: describe(text, &salvaged.problems),
        },
        None => Parsed::Unreadable(located(text, &error)),
    }
}

/// `3:12: courses.c.chapters.01.position: expected …, found …`, one per problem.
fn describe(text: &str, problems: &[Problem]) -> Vec<String> {
    // Parsed again with the places of its values: only for a file with a misfit.
    let spanned = toml::de::DeTable::parse(text).ok();
    problems
        .iter()
        .map(|problem| {
            let at = spanned
                .as_ref()
                .and_then(|root| span_of(root, &problem.place))
                .map(|start| {
                    let (line, column) = line_and_column(text, start);
                    format!("{line}:{column}: ")
                })
                .unwrap_or_default();
            format!("{at}{}: {}", problem.path(), plain(&problem.why))
        })
        .collect()
}

/// Where the value at `place` starts in the text (for a table: its header).
fn span_of(root: &Spanned<toml::de::DeTable<'_>>, place: &[Step]) -> Option<usize> {
    let (first, rest) = place.split_first()?;
    let Step::Key(key) = first else {
        return None;
    };
    let mut value = root.get_ref().get(key.as_str())?;
    for step in rest {
        let (DeValue::Table(_) | DeValue::Array(_)) = value.get_ref() else {
            break;
        };
        let next = match step {
            Step::Key(key) => value.get_ref().get(key.as_str()),
            Step::Item(i) => value.get_ref().get(*i),
        };
        match next {
            Some(next) => value = next,
            None => break,
        }
    }
    Some(value.span().start)
}

/// 1-based line and column (in characters) of byte `offset` of `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// A TOML error as one line: `3:12: invalid type: …` (its place, then its message).
fn located(text: &str, error: &toml::de::Error) -> String {
    let message = error.message().lines().next().unwrap_or_default().trim();
    match error.span() {
        Some(span) => {
            let (line, column) = line_and_column(text, span.start);
            format!("{line}:{column}: {message}")
        }
        None => message.to_owned(),
    }
}

/// serde's `invalid type: string "x", expected u32` in the words of the file:
/// `expected an integer from 0 to 4294967295, found the string "x"`.
fn plain(why: &str) -> String {
    let Some((found, expected)) = why
        .strip_prefix("invalid type: ")
        .or_else(|| why.strip_prefix("invalid value: "))
        .and_then(|rest| rest.rsplit_once(", expected "))
    else {
        return why.to_owned();
    };
    let expected = match expected {
        "u8" => "an integer from 0 to 255",
        "u32" => "an integer from 0 to 4294967295",
        "a boolean" => "true or false",
        "a sequence" => "an array",
        "a map" => "a table",
        other if other.starts_with("struct ") => "a table",
        other => other,
    };
    let found = match found.split_once(' ') {
        Some((kind, value)) if !kind.is_empty() => {
            format!("the {kind} {}", value.trim_matches('`'))
        }
        _ => found.to_owned(),
    };
    format!("expected {expected}, found {found}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        match parse(text) {
            Parsed::Progress { problems, .. } => problems,
            other => panic!("not loaded: {other:?}"),
        }
    }

    #[test]
    fn a_type_error_names_its_line_key_path_and_expected_type() {
        let text = "version = 1\n\n[courses.c.chapters.01-foo]\nposition = \"x\"\n";
        assert_eq!(
            problems(text),
            [
                "4:12: courses.c.chapters.01-foo.position: expected an integer from 0 to \
              4294967295, found the string \"x\""
            ]
        );
    }

    #[test]
    fn an_answer_of_an_attempt_is_found_by_its_place() {
        let text = "version = 1\n\n[[courses.c.quizzes.q.attempts]]\nid = \"a\"\n\
                    started = \"2026-11-24T09:00:00Z\"\ncorrect = 1\ntotal = 2\nneeded = 1\n\
                    passed = true\n\n[[courses.c.quizzes.q.attempts.answers]]\nquestion = \"q1\"\n\
                    given = \"a\"\ncorrect = true\n\n[[courses.c.quizzes.q.attempts.answers]]\n\
                    question = \"q2\"\ngiven = \"b\"\ncorrect = \"yes\"\n";
        assert_eq!(
            problems(text),
            [
                "19:11: courses.c.quizzes.q.attempts[0].answers[1].correct: expected true or \
              false, found the string \"yes\""
            ]
        );
    }

    #[test]
    fn a_version_that_is_not_a_number_is_named_with_its_place() {
        match parse("\nversion = \"1\"\n") {
            Parsed::BadVersion(why) => assert_eq!(
                why,
                "2:11: version: expected an integer, found the string \"1\""
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_file_that_fits_is_read_at_once_and_a_newer_one_is_told() {
        assert!(matches!(
            parse("version = 1\n"),
            Parsed::Progress { problems, .. } if problems.is_empty()
        ));
        assert!(matches!(parse("version = 2\n"), Parsed::Newer(2)));
        assert!(matches!(
            parse("version = 2\ncourses = 3\n"),
            Parsed::Newer(2)
        ));
        assert!(matches!(parse("version = 0\n"), Parsed::Unreadable(_)));
        match parse("version = 1\n[courses\n") {
            Parsed::Unreadable(why) => assert!(why.starts_with("2:"), "{why}"),
            other => panic!("{other:?}"),
        }
    }
}
