//! mdbook-quiz `ShortAnswer` questions: a typed answer with accepted alternatives.
use super::{Place, common, deserialize, question};
use crate::diagnostic::InFile;
use crate::quiz::QuestionKind;
use crate::quiz::parse::{Located, line};
use serde::Deserialize;
use serde::de::IgnoredAny;
use toml::Spanned;
use toml::de::DeValue;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
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
#[serde(deny_unknown_fields)]
struct ShortPrompt {
    prompt: String,
    response: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
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
        raw.id,
        raw.context.as_deref(),
        raw.multipart,
        raw.prompt_explanation,
        place,
        report,
    );
    let long_response = match raw
        .prompt
        .response
        .as_ref()
        .map(|r| (r.get_ref().as_str(), r.span().start))
    {
        None | Some(("short", _)) => false,
        Some(("long", _)) => true,
        Some((other, at)) => {
            report.error(
                at,
                format!(
                    "response must be \"short\" or \"long\", found \"{}\"",
                    line(other)
                ),
            );
            return None;
        }
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
        long_response,
    };
    Some(question(common?, &raw.prompt.prompt, kind))
}
