//! mdbook-quiz `Tracing` questions: a Rust program, whether it compiles, and what it
//! prints when it does (or the line of the error when it does not).
//!
//! The `prompt` and `answer` tables are read as `mdbook-quiz-schema`'s own
//! [`TracingPrompt`] and [`TracingAnswer`]; the places for messages are taken from the
//! file's tree beside them.
use super::{Place, RawCommon, common, deserialize, question};
use crate::diagnostic::InFile;
use crate::quiz::QuestionKind;
use crate::quiz::parse::{Located, markdown};
use mdbook_quiz_schema::{TracingAnswer, TracingPrompt};
use serde::Deserialize;
use serde::de::IgnoredAny;
use toml::Spanned;
use toml::de::DeValue;

// Unknown keys are let through here and warned about in `keys`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Tracing {
    #[serde(rename = "type")]
    _kind: IgnoredAny,
    id: Option<Spanned<String>>,
    prompt: TracingPrompt,
    answer: TracingAnswer,
    context: Option<String>,
    multipart: Option<Spanned<String>>,
    prompt_explanation: Option<bool>,
}

pub(super) fn tracing(
    entry: &Spanned<DeValue>,
    place: &Place,
    report: &mut InFile,
) -> Option<Located> {
    let raw: Tracing = deserialize(entry, report)?;
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
    // Where a key of the `prompt` or `answer` table is, for messages.
    let at = |table: &str, key: &str| {
        let table = entry.get_ref().get(table);
        let value = table.and_then(|t| t.get_ref().get(key));
        value.or(table).map_or(place.at, |v| v.span().start)
    };
    // Code, not Markdown, but sanitized the same way: controls out, layout kept.
    let program = markdown(raw.prompt.program.trim_end());
    if program.trim().is_empty() {
        report.error(at("prompt", "program"), "program is empty");
        return None;
    }
    let answer = raw.answer;
    let lines = program.lines().count();
    let line_number = match answer.line_number {
        Some(n) if !answer.does_compile && !(1..=lines).contains(&n) => {
            let message =
                format!("lineNumber must be from 1 to {lines} (the program's lines), found {n}");
            report.error(at("answer", "lineNumber"), message);
            return None;
        }
        // The line of an error means nothing for a program that compiles.
        Some(n) if !answer.does_compile => Some(n),
        _ => None,
    };
    let stdout = if answer.does_compile {
        // mdbook-quiz reads a missing `stdout` as a program that prints nothing.
        markdown(answer.stdout.as_deref().unwrap_or_default())
    } else {
        String::new()
    };
    let kind = QuestionKind::Tracing {
        program,
        does_compile: answer.does_compile,
        stdout,
        line_number,
    };
    Some(question(common?, String::new(), kind))
}
