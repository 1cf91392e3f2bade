//! The mdbook-quiz format: `type`d questions with `prompt` and `answer` tables, shared
//! `multipart` context, and answers shuffled in among distractors.
//!
//! This module owns mapping that schema onto the quiz model: `MultipleChoice`,
//! `ShortAnswer` (every response format) and `Tracing`, the fixed-seed shuffle that
//! keeps letters stable from run to run, and the default language of unlabelled code.
//! A question of a type it does not know is skipped with a warning, and so is a key it
//! does not know (mdbook-quiz ignores both); anything else wrong is an error at the
//! key or value concerned.
//!
//! Each question is read twice. First by the readers here, which keep every key's
//! place for messages (`toml::Spanned`). Then, once that passed, as the
//! `mdbook-quiz-schema` crate's own [`mdbook_quiz_schema::Question`]: whatever this
//! program accepts, mdbook-quiz accepts too, so `tutor check` vouches for the book
//! under mdBook as well. The crate's types cannot be the first reader: they hold no
//! places, so every message would point at the top of the file.
mod choice;
mod fences;
mod keys;
mod short;
mod tracing;

use super::parse::{Draft, Header, Located, QuizSettings, line, markdown};
use super::{Question, QuestionKind};
use crate::diagnostic::InFile;
use serde::Deserialize;
use serde::de::IgnoredAny;
use std::collections::BTreeMap;
use toml::Spanned;
use toml::de::{DeTable, DeValue, Deserializer, ValueDeserializer};

#[derive(Deserialize)]
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
    explicit: bool,
    group: Option<String>,
    context: Option<String>,
    explanation: Option<String>,
    prompt_explanation: bool,
}

/// Everything a question reader needs to know about the file and the question's place.
struct Place<'m> {
    quiz_id: &'m str,
    multipart: &'m BTreeMap<String, String>,
    /// The language of fenced code that names none.
    language: &'m str,
    /// 1-based position in the file, for generated ids.
    number: usize,
    at: usize,
}

impl Place<'_> {
    /// Markdown from the file: sanitized, unlabelled code in the default language.
    fn markdown(&self, text: &str) -> String {
        fences::label_fences(&markdown(text), self.language)
    }
}

pub(super) fn read(
    doc: &Spanned<DeTable>,
    quiz_id: &str,
    settings: &QuizSettings,
    report: &mut InFile,
) -> Option<Draft> {
    let top = MdFile::deserialize(Deserializer::from(doc.clone()))
        .map_err(|e| report.toml_error(&e, 0))
        .ok()?;
    keys::warn_unknown(doc.get_ref(), keys::FILE, report);
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
            language: &settings.default_language,
            number: index + 1,
            at: entry.span().start,
        };
        let kind = entry.get_ref().get("type");
        let (read, type_keys): (Reader, _) = match kind
            .map(|k| (k.get_ref().as_str(), k.span().start))
        {
            Some((Some("MultipleChoice"), _)) => (choice::multiple_choice, &keys::MULTIPLE_CHOICE),
            Some((Some("ShortAnswer"), _)) => (short::short_answer, &keys::SHORT_ANSWER),
            Some((Some("Tracing"), _)) => (tracing::tracing, &keys::TRACING),
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
                continue;
            }
            Some((None, type_at)) => {
                draft.asked += 1;
                report.error(
                    type_at,
                    "`type` must be a string, such as \"MultipleChoice\"",
                );
                continue;
            }
            None => {
                draft.asked += 1;
                report.error(place.at, "missing key `type`");
                continue;
            }
        };
        draft.asked += 1;
        keys::warn_unknown_in_question(entry.get_ref(), type_keys, report);
        if let Some(question) = read(entry, &place, report)
            && upstream_accepts(entry, place.at, report)
        {
            draft.questions.push(question);
        }
    }
    Some(draft)
}

/// A reader of one question type.
type Reader = fn(&Spanned<DeValue>, &Place, &mut InFile) -> Option<Located>;

/// Whether mdbook-quiz's own schema reads the question too; reports why not.
fn upstream_accepts(entry: &Spanned<DeValue>, at: usize, report: &mut InFile) -> bool {
    let Err(error) =
        mdbook_quiz_schema::Question::deserialize(ValueDeserializer::from(entry.clone()))
    else {
        return true;
    };
    // Its tagged enum reads the question from a copy that has no places left.
    let at = error.span().map_or(at, |span| span.start);
    let reason = error
        .message()
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    report.error(
        at,
        format!("mdbook-quiz would reject this question: {reason}"),
    );
    false
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

/// The fields every question type has, as the file gives them.
struct RawCommon {
    id: Option<Spanned<String>>,
    context: Option<String>,
    multipart: Option<Spanned<String>>,
    prompt_explanation: Option<bool>,
}

fn common(raw: RawCommon, place: &Place, report: &mut InFile) -> Option<Common> {
    let explicit = raw.id.is_some();
    let (id, id_at) = match raw.id {
        Some(id) => (line(id.get_ref()), id.span().start),
        None => (format!("q{}", place.number), place.at),
    };
    if id.is_empty() {
        report.error(id_at, "question id is empty");
        return None;
    }
    let (group, shared) = match raw.multipart {
        Some(key) => {
            let Some(text) = place.multipart.get(key.get_ref()) else {
                let message = format!(
                    "no entry `{}` in the [multipart] table",
                    line(key.get_ref())
                );
                report.error(key.span().start, message);
                return None;
            };
            (Some(line(key.get_ref())), Some(place.markdown(text)))
        }
        None => (None, None),
    };
    Some(Common {
        id,
        id_at,
        explicit,
        group,
        context: shared,
        explanation: raw.context.as_deref().map(|c| place.markdown(c)),
        prompt_explanation: raw.prompt_explanation.unwrap_or(false),
    })
}

fn question(common: Common, prompt: String, kind: QuestionKind) -> Located {
    Located {
        question: Question {
            id: common.id,
            prompt,
            context: common.context,
            group: common.group,
            kind,
            explanation: common.explanation,
            prompt_explanation: common.prompt_explanation,
            section: None,
        },
        id_at: common.id_at,
        section_at: None,
        course_wide: common.explicit,
    }
}

#[cfg(test)]
mod tests {
    use super::upstream_accepts;
    use crate::diagnostic::Diagnostics;
    use toml::de::DeTable;

    /// mdbook-quiz's schema has the last word on what a question may be.
    #[test]
    fn a_question_upstream_cannot_read_is_an_error() {
        let text = "[[questions]]\ntype = \"Tracing\"\nprompt.program = \"x\"\n";
        let doc = DeTable::parse(text).unwrap();
        let entry = &doc.get_ref()["questions"].get_ref().as_array().unwrap()[0];
        let mut all = Diagnostics::default();
        let mut report = all.in_file("q.toml", text);
        assert!(!upstream_accepts(entry, 0, &mut report));
        assert_eq!(
            all.errors[0].to_string(),
            "q.toml:1:1: mdbook-quiz would reject this question: missing field `answer`"
        );
    }
}
