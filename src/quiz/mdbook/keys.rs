//! Keys an mdbook-quiz file may hold, and a warning for each key it holds besides.
//!
//! mdbook-quiz ignores keys it does not know, so a book written for it may carry some;
//! they must not stop the quiz from loading here either. But a key that is not read is
//! most often a typo (`answerIdx`), so each one is named with its place, as a warning.
//! The native format stays strict: its readers deny unknown keys.
use crate::diagnostic::InFile;
use crate::quiz::parse::line;
use toml::de::{DeTable, DeValue};

/// Top-level keys: mdbook-quiz's two, and this program's three extensions.
pub(super) const FILE: &[&str] = &["title", "chapter", "mastery", "multipart", "questions"];
/// Keys of every question, whatever its type.
const QUESTION: &[&str] = &[
    "type",
    "id",
    "prompt",
    "answer",
    "context",
    "multipart",
    "promptExplanation",
];

/// The keys of a question type's `prompt` and `answer` tables.
pub(super) struct TypeKeys {
    pub prompt: &'static [&'static str],
    pub answer: &'static [&'static str],
}

pub(super) const MULTIPLE_CHOICE: TypeKeys = TypeKeys {
    prompt: &["prompt", "distractors", "answerIndex", "sortAnswers"],
    answer: &["answer"],
};
pub(super) const SHORT_ANSWER: TypeKeys = TypeKeys {
    prompt: &["prompt", "response"],
    answer: &["answer", "alternatives"],
};
pub(super) const TRACING: TypeKeys = TypeKeys {
    prompt: &["program"],
    answer: &["doesCompile", "stdout", "lineNumber"],
};

/// Warns about every key of `table` that is not `known`.
pub(super) fn warn_unknown(table: &DeTable, known: &[&str], report: &mut InFile) {
    for (at, message) in unknown(table, known) {
        report.warning(at, message);
    }
}

/// Where each key of `table` that is not `known` is, and what to say of it.
fn unknown(table: &DeTable, known: &[&str]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for key in table.keys() {
        let name: &str = key.get_ref();
        if known.contains(&name) {
            continue;
        }
        let message = format!(
            "unknown key `{}` is ignored (as mdbook-quiz does), expected one of: {}",
            line(name),
            known.join(", ")
        );
        found.push((key.span().start, message));
    }
    found
}

/// Warns about the unknown keys of one question of a known type: its own, and those
/// of its `prompt` and `answer` tables, in the order they stand in the file.
pub(super) fn warn_unknown_in_question(question: &DeValue, keys: &TypeKeys, report: &mut InFile) {
    let Some(table) = question.as_table() else {
        return;
    };
    let mut found = unknown(table, QUESTION);
    for (part, known) in [("prompt", keys.prompt), ("answer", keys.answer)] {
        if let Some(inner) = table.get(part).and_then(|v| v.get_ref().as_table()) {
            found.extend(unknown(inner, known));
        }
    }
    found.sort_by_key(|(at, _)| *at);
    for (at, message) in found {
        report.warning(at, message);
    }
}
