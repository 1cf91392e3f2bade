//! How one graded answer is printed by `tutor quiz --answers` and `tutor review
//! --answers`: the question by its number and the start of its prompt, right or
//! wrong with the letters, the text of the choice given and of the right one quoted
//! (shortened to the width), then why and the explanation, rendered.
use super::Output;
use super::fit::cut;
use crate::markdown;
use crate::quiz::render::{self, headline};
use crate::quiz::{Feedback, Question, QuestionKind, Response, letter};
use crate::theme::Theme;
use std::fmt::Write as _;

/// The most columns a question's headline takes in a verdict or an error.
pub const HEADLINE: usize = 50;

/// The verdict line and the quoted choices, then why and the explanation.
pub fn verdict(
    text: &mut String,
    label: &str,
    question: &Question,
    f: &Feedback,
    width: usize,
    out: &Output,
) {
    verdict_line(text, label, question, f);
    quotes(text, question, f, width);
    notes(text, question, f, width, out);
}

/// `N. prompt… — right: b`, or wrong with the right answer: the question by its
/// number (`1a` in a multipart group) and the start of its prompt, which say more to a
/// learner than its id (mdbook-quiz ids are UUIDs).
pub fn verdict_line(text: &mut String, label: &str, question: &Question, f: &Feedback) {
    let given = f.response.as_record();
    let title = headline(question, HEADLINE);
    if f.correct {
        // A right `n` still learns where the error is.
        let line = match question.kind {
            QuestionKind::Tracing {
                does_compile: false,
                line_number: Some(line),
                ..
            } => format!(" (the error is at line {line})"),
            _ => String::new(),
        };
        let _ = writeln!(text, "{label}. {title} — right: {given}{line}");
    } else {
        let _ = writeln!(
            text,
            "{label}. {title} — wrong: you answered {given}, the answer is {}",
            f.right_answer
        );
    }
}

/// The choices given, and when wrong the right ones, each as `a) its text` on a line
/// of its own, cut to the width:
/// ```text
///    you answered  a) Cache every response for an hour
///    the answer is b) Forward the Authorization header …
/// ```
pub fn quotes(text: &mut String, question: &Question, f: &Feedback, width: usize) {
    let (
        QuestionKind::Choice {
            choices, answer, ..
        },
        Response::Choices(given),
    ) = (&question.kind, &f.response)
    else {
        return;
    };
    let mut quote = |heading: &str, picked: &[usize]| {
        for (n, &i) in picked.iter().enumerate() {
            let Some(choice) = choices.get(i) else {
                continue;
            };
            let head = if n == 0 { heading } else { "" };
            let lead = format!("   {head:<w$}{}) ", letter(i), w = heading.len());
            let room = width.saturating_sub(lead.len()).max(10);
            let _ = writeln!(text, "{lead}{}", cut(&plain(choice), room));
        }
    };
    if f.correct {
        quote("", given);
    } else {
        quote("you answered  ", given);
        quote("the answer is ", answer);
    }
}

/// A choice's Markdown as one line of plain text.
fn plain(markdown_text: &str) -> String {
    render::layout(markdown_text, 1000, &Theme::plain())
        .iter()
        .map(|line| line.plain().trim().to_owned())
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why the choice given was wrong, what a tracing program prints, and the
/// explanation, rendered under the verdict.
pub fn notes(text: &mut String, question: &Question, f: &Feedback, width: usize, out: &Output) {
    if let QuestionKind::Tracing {
        does_compile: true,
        stdout,
        ..
    } = &question.kind
        && !f.correct
    {
        let _ = writeln!(text, "   The program prints:");
        for line in crate::sanitize::strip_controls_keep_layout(stdout.trim()).lines() {
            let _ = writeln!(text, "   │ {line}");
        }
    }
    for note in f.why.iter().chain(&f.explanation) {
        indented(text, note, width, out);
    }
}

/// Renders Markdown three columns in, under its question.
fn indented(text: &mut String, markdown_text: &str, width: usize, out: &Output) {
    // Quiz Markdown: mdbook-quiz's highlight marks in code are applied, never shown.
    let lines = render::layout(markdown_text, width.saturating_sub(3).max(20), &out.theme);
    let mut buffer = Vec::new();
    if markdown::write_ansi(&mut buffer, &lines, out.color).is_ok() {
        for line in String::from_utf8_lossy(&buffer).lines() {
            let _ = writeln!(text, "   {line}");
        }
    }
}
