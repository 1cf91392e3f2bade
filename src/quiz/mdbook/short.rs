//! mdbook-quiz `ShortAnswer` questions: a typed answer with accepted alternatives, in
//! any of mdbook-quiz's response formats (`short`, `long`, `code`).
//!
//! mdbook-quiz grades every format alike, the text against the answer and its
//! alternatives; so does this program (see [`crate::quiz::normalize`]): a long or code
//! answer is typed over several lines and compared the same way, so a record of it says
//! whether it matched, never a guess.
use super::{Place, RawCommon, common, deserialize, question};
use crate::diagnostic::InFile;
use crate::quiz::parse::{Located, line};
use crate::quiz::{QuestionKind, ResponseFormat};
use mdbook_quiz_schema::ShortAnswerResponseFormat;
use serde::Deserialize;
use serde::de::IgnoredAny;
use toml::Spanned;
use toml::de::DeValue;

// Unknown keys are let through here and warned about in `keys`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ShortAnswer {
    #[serde(rename = "type")]
    _kind: IgnoredAny,
    id: Option<Spanned<String>>,
    prompt: ShortPrompt,
    answer: ShortAnswerAnswer,
    context: Option<String>,
    multipart: Option<Spanned<String>>,
    prompt_explanation: Option<bool>,
}

#[derive(Deserialize)]
struct ShortPrompt {
    prompt: String,
    /// mdbook-quiz's own enum, so the formats accepted are exactly upstream's.
    response: Option<ShortAnswerResponseFormat>,
}

#[derive(Deserialize)]
struct ShortAnswerAnswer {
    answer: Spanned<String>,
    alternatives: Option<Vec<String>>,
}

pub(super) fn short_answer(
    entry: &Spanned<DeValue>,
    place: &Place,
    report: &mut InFile,
) -> Option<Located> {
    let raw: ShortAnswer = deserialize(entry, report)?;
    let common = common(
        RawCommon {
            id: raw.id,
            context: raw.context,
            multipart: raw.multipart,
            prompt_explanation: raw.prompt_explanation,
        },
        place,
        report,
    );
    let response = match raw.prompt.response {
        None | Some(ShortAnswerResponseFormat::Short) => ResponseFormat::Short,
        Some(ShortAnswerResponseFormat::Long) => ResponseFormat::Long,
        Some(ShortAnswerResponseFormat::Code) => ResponseFormat::Code,
    };
    let answer = line(raw.answer.answer.get_ref());
    if answer.is_empty() {
        report.error(raw.answer.answer.span().start, "answer is empty");
        return None;
    }
    let alternatives = raw
        .answer
        .alternatives
        .unwrap_or_default()
        .iter()
        .map(|a| line(a))
        .filter(|a| !a.is_empty())
        .collect();
    let kind = QuestionKind::ShortAnswer {
        answer,
        alternatives,
        response,
    };
    Some(question(common?, place.markdown(&raw.prompt.prompt), kind))
}
