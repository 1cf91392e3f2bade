//! The mdbook-quiz format: `type`d questions with `prompt` and `answer` tables, shared
//! `multipart` context, and answers shuffled in among distractors.
//!
//! This module owns mapping that schema onto the quiz model, including the fixed-seed
//! shuffle that keeps letters stable from run to run. Question types it cannot ask
//! (`Tracing` and any other) are skipped with a warning, never an error.
mod choice;
mod short;

use super::parse::{Draft, Header, Located, line, markdown};
use super::{Question, QuestionKind};
use crate::diagnostic::InFile;
use serde::Deserialize;
use serde::de::IgnoredAny;
use std::collections::BTreeMap;
use toml::Spanned;
use toml::de::{DeTable, DeValue, Deserializer, ValueDeserializer};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MdFile {
    title: Option<Spanned<String>>,
    chapter: Option<Spanned<String>>,
    mastery: Option<Spanned<i64>>,
    multipart: Option<BTreeMap<String, String>>,
    // Read one by one below, since their shape depends on each one's `type`.
    #[serde(rename = "questions")]
    _questions: Option<IgnoredAny>,
}

/// What every question type shares, once read.
struct Common {
    id: String,
    id_at: usize,
    context: Option<String>,
    explanation: Option<String>,
    prompt_explanation: bool,
}

/// Everything a question reader needs to know about the file and the question's place.
struct Place<'m> {
    quiz_id: &'m str,
    multipart: &'m BTreeMap<String, String>,
    /// 1-based position in the file, for generated ids.
    number: usize,
    at: usize,
}

pub(super) fn read(doc: &Spanned<DeTable>, quiz_id: &str, report: &mut InFile) -> Option<Draft> {
    let top = MdFile::deserialize(Deserializer::from(doc.clone()))
        .map_err(|e| report.toml_error(&e, 0))
        .ok()?;
    let header = Header {
        title: top.title,
        chapter: top.chapter,
        mastery: top.mastery,
    };
    let multipart = top.multipart.unwrap_or_default();
    let entries = doc.get_ref().get("questions")?;
    let mut draft = Draft {
        header,
        questions: Vec::new(),
        asked: 0,
        skipped: 0,
        questions_at: entries.span().start,
    };
    let Some(array) = entries.get_ref().as_array() else {
        return Some(draft);
    };
    for (index, entry) in array.iter().enumerate() {
        let place = Place {
            quiz_id,
            multipart: &multipart,
            number: index + 1,
            at: entry.span().start,
        };
        let kind = entry.get_ref().get("type");
        match kind.map(|k| (k.get_ref().as_str(), k.span().start)) {
            Some((Some("MultipleChoice"), _)) => {
                draft.asked += 1;
                draft
                    .questions
                    .extend(choice::multiple_choice(entry, &place, report));
            }
            Some((Some("ShortAnswer"), _)) => {
                draft.asked += 1;
                draft
                    .questions
                    .extend(short::short_answer(entry, &place, report));
            }
            Some((Some(other), _)) => {
                draft.skipped += 1;
                let name = explicit_id(entry.get_ref()).map_or_else(
                    || format!("question {}", place.number),
                    |id| format!("question `{id}`"),
                );
                let message = format!(
                    "skipped {name}: `{}` questions are not supported",
                    line(other)
                );
                report.warning(place.at, message);
            }
            Some((None, type_at)) => {
                draft.asked += 1;
                report.error(
                    type_at,
                    "`type` must be a string, such as \"MultipleChoice\"",
                );
            }
            None => {
                draft.asked += 1;
                report.error(place.at, "missing key `type`");
            }
        }
    }
    Some(draft)
}

fn explicit_id(entry: &DeValue) -> Option<String> {
    entry
        .get("id")
        .and_then(|id| id.get_ref().as_str())
        .map(line)
}

fn deserialize<'de, T: Deserialize<'de>>(
    entry: &Spanned<DeValue<'de>>,
    report: &mut InFile,
) -> Option<T> {
    T::deserialize(ValueDeserializer::from(entry.clone()))
        .map_err(|e| report.toml_error(&e, 0))
        .ok()
}

fn common(
    id: Option<Spanned<String>>,
    context: Option<&str>,
    multipart: Option<Spanned<String>>,
    prompt_explanation: Option<bool>,
    place: &Place,
    report: &mut InFile,
) -> Option<Common> {
    let (id, id_at) = match id {
        Some(id) => (line(id.get_ref()), id.span().start),
        None => (format!("q{}", place.number), place.at),
    };
    if id.is_empty() {
        report.error(id_at, "question id is empty");
        return None;
    }
    let shared = match multipart {
        Some(key) => {
            let Some(text) = place.multipart.get(key.get_ref()) else {
                let message = format!(
                    "no entry `{}` in the [multipart] table",
                    line(key.get_ref())
                );
                report.error(key.span().start, message);
                return None;
            };
            Some(markdown(text))
        }
        None => None,
    };
    Some(Common {
        id,
        id_at,
        context: shared,
        explanation: context.map(markdown),
        prompt_explanation: prompt_explanation.unwrap_or(false),
    })
}

fn question(common: Common, prompt: &str, kind: QuestionKind) -> Located {
    Located {
        question: Question {
            id: common.id,
            prompt: markdown(prompt),
            context: common.context,
            kind,
            explanation: common.explanation,
            prompt_explanation: common.prompt_explanation,
        },
        id_at: common.id_at,
    }
}
