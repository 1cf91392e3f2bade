//! Drawing the verdict on an answer: right or wrong, the right answer, what the
//! learner gave, the `why` of a wrong choice and the explanation. A tracing question's
//! verdict says whether the program compiles (and at which line the error is) and shows
//! the output expected and the output given, line by line. Reads only.
use super::view::prefixed;
use super::{QuestionText, QuizView};
use crate::quiz::{Feedback, Question, QuestionKind, Response, letter};
use crate::tui::draw::{fit, wrap_words};
use crate::tui::text;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// A question as it was shown: the question, its layout, and the order of its
/// choices (screen position → the quiz's own index).
pub(super) struct Shown<'a> {
    pub question: &'a Question,
    pub text: &'a QuestionText,
    pub order: &'a [usize],
}

impl QuizView<'_> {
    /// The verdict on `feedback`, an answer to the question `shown`.
    pub(super) fn feedback(
        &self,
        shown: &Shown<'_>,
        feedback: &Feedback,
        width: usize,
    ) -> Vec<Line<'static>> {
        let (p, laid) = (self.palette, shown.text);
        let mut lines = Vec::new();
        if let QuestionKind::Tracing {
            does_compile,
            stdout,
            line_number,
            ..
        } = &shown.question.kind
        {
            let what = text::trace_outcome(*does_compile, stdout.trim().is_empty(), *line_number);
            let (verdict, style) = if feedback.correct {
                (text::trace_right(&what), p.right)
            } else {
                (text::trace_wrong(&what), p.wrong)
            };
            lines.extend(wrapped(&verdict, width, style));
            if *does_compile {
                lines.extend(output_lines(stdout, width, p.strong));
            }
            if let Response::Trace(given) = &feedback.response {
                let you = text::you_traced(given.compiles, given.output.trim().is_empty());
                lines.extend(wrapped(&you, width, p.muted));
                if given.compiles {
                    lines.extend(output_lines(&given.output, width, p.muted));
                }
            }
        } else {
            let verdict = if feedback.correct {
                Line::styled(fit(text::QUIZ_RIGHT, width), p.right)
            } else {
                let answer = match &feedback.response {
                    Response::Text(_) => format!("“{}”", feedback.right_answer),
                    Response::Choices(_) | Response::Trace(_) => feedback.right_answer.clone(),
                };
                Line::styled(fit(&text::quiz_wrong(&answer), width), p.wrong)
            };
            lines.push(verdict);
        }
        if let Response::Text(given) = &feedback.response {
            if given.contains('\n') {
                // A long answer: shown as typed, line by line.
                lines.push(Line::styled(fit(text::YOU_ANSWERED_LINES, width), p.muted));
                lines.extend(output_lines(given, width, p.muted));
            } else {
                lines.push(Line::styled(
                    fit(&text::you_answered(given), width),
                    p.muted,
                ));
            }
        }
        if let Response::Choices(given) = &feedback.response {
            // Notes are kept by the quiz's own choice index; the learner knows the
            // choice by its letter on screen.
            for (own, note) in given
                .iter()
                .filter_map(|g| laid.why.get(g).map(|n| (*g, n)))
            {
                let shown = shown.order.iter().position(|&o| o == own).unwrap_or(own);
                let prefix = vec![Span::styled(format!("  {}) ", letter(shown)), p.muted)];
                lines.extend(prefixed(note, prefix));
            }
        }
        if feedback.explanation.is_some() {
            lines.push(Line::default());
            lines.extend(laid.explanation.iter().cloned());
        }
        lines
    }
}

/// Words wrapped at the width, one styled line each.
pub(super) fn wrapped(words: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap_words(words, width)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// A program's output as typed or expected, each line behind a bar, cut to the width
/// (output is never re-wrapped: its lines are what is compared).
fn output_lines(output: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    let room = width.saturating_sub(4);
    output
        .trim()
        .lines()
        .map(|line| {
            Line::from(vec![
                Span::styled("  │ ", style),
                Span::styled(fit(line, room), style),
            ])
        })
        .collect()
}
