//! Drawing the quiz runner: one question at a time, the feedback on an answer, and the
//! result of a round, in a reading column at most 100 wide.
//!
//! Drawing only reads the [`QuizRunner`]; where content is taller than the screen it
//! picks what to show from the state and the area alone. Every size is safe, down to
//! 1×1: all arithmetic saturates and every write stays inside the area. Colours come
//! from the theme and are foreground only.
use crate::markdown;
use crate::quiz::{Feedback, Phase, QuestionKind, Response, letter};
use crate::theme::Theme;
use crate::tui::quiz_runner::{Hint, QuizRunner};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Below this the screen shows a one-line notice instead of the quiz.
const MIN_WIDTH: u16 = 20;
const MIN_HEIGHT: u16 = 4;
/// Columns taken by `▸ ◯ a) ` in front of a choice.
const CHOICE_PREFIX: usize = 7;

/// The quiz screen as drawn with a theme.
#[derive(Clone, Copy)]
pub struct QuizView<'a> {
    pub runner: &'a QuizRunner<'a>,
    pub theme: &'a Theme,
}

/// Lines of the scrolling part of the screen, and the range that should be in view.
struct Body {
    lines: Vec<Line<'static>>,
    focus: (usize, usize),
}

impl Widget for QuizView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            too_small(area, buf, self.theme);
            return;
        }
        let column = reading_column(area);
        let width = usize::from(column.width);
        let header = self.header(width);
        // Header, then a blank line when there is room, then the body, hint and footer.
        let header_rows = if area.height >= 8 { 2 } else { 1 };
        let gap = u16::from(area.height >= 10);
        let hint = self.hint_line();
        let hint_rows = u16::from(hint.is_some());
        let top = header_rows + gap;
        let body_rows = area.height.saturating_sub(top + hint_rows + 1);
        let at = |row: u16, height: u16| Rect::new(column.x, column.y + row, column.width, height);

        draw_lines(
            buf,
            at(0, header_rows),
            &header[..usize::from(header_rows)],
            0,
        );
        let body = self.body(width);
        // The runner only scrolls feedback and results; while asking, the focus decides.
        let scroll = usize::from(self.runner.scroll());
        let offset = body_offset(body.lines.len(), usize::from(body_rows), body.focus, scroll);
        draw_lines(buf, at(top, body_rows), &body.lines, offset);
        if let Some(hint) = hint {
            draw_lines(buf, at(top + body_rows, 1), &[hint], 0);
        }
        let footer = key_hints(&self.keys(), width, self.theme);
        draw_lines(buf, at(area.height.saturating_sub(1), 1), &[footer], 0);
    }
}

impl QuizView<'_> {
    fn header(&self, width: usize) -> [Line<'static>; 2] {
        let runner = self.runner;
        let quiz = runner.quiz();
        let (number, of) = runner.session().progress();
        let place = if runner.is_finished() {
            "result".to_owned()
        } else if runner.is_retry() {
            format!("missed question {number} of {of}")
        } else {
            format!("question {number} of {of}")
        };
        let score = runner.score();
        let mark = if runner.is_finished() {
            let answers = &runner.attempt().answers;
            let right = answers.iter().filter(|a| a.correct).count();
            format!("This round: {right} of {} right", answers.len())
        } else if quiz.id == crate::tui::review::REVIEW_QUIZ {
            // A review has no pass mark: right answers move cards up a box.
            crate::tui::text::REVIEW_MARK.to_owned()
        } else {
            format!(
                "need {} of {} to master ({}%)",
                score.needed(),
                score.total,
                quiz.mastery
            )
        };
        [
            Line::styled(
                fit(&format!("{} — {place}", quiz.title), width),
                self.theme.strong,
            ),
            Line::styled(fit(&mark, width), self.theme.muted),
        ]
    }

    fn body(&self, width: usize) -> Body {
        let runner = self.runner;
        let Some(question) = runner.session().question() else {
            return self.result(width);
        };
        let mut lines = Vec::new();
        if let Some(context) = &question.context {
            lines.extend(self.markdown(context, width));
            lines.push(Line::default());
        }
        lines.extend(self.markdown(&question.prompt, width));
        lines.push(Line::default());
        let answer_start = lines.len();
        let feedback = runner.feedback();
        match &question.kind {
            QuestionKind::Choice {
                choices,
                answer,
                select_all,
                ..
            } => {
                for (i, choice) in choices.iter().enumerate() {
                    let prefix = self.choice_prefix(i, answer, *select_all, feedback);
                    lines.extend(self.prefixed(choice, prefix, width));
                }
            }
            QuestionKind::ShortAnswer { .. } if feedback.is_none() => {
                lines.push(Line::styled(TEXT_PROMPT, self.theme.muted));
                lines.push(self.input_line(width));
            }
            QuestionKind::ShortAnswer { .. } => {}
        }
        let mut focus = (answer_start, lines.len());
        if feedback.is_none() && runner.is_typing() {
            focus = (lines.len().saturating_sub(1), lines.len());
        } else if feedback.is_none() {
            // Keep the highlighted choice in view: count the lines of those above it.
            let above: usize = runner
                .session()
                .choices()
                .iter()
                .take(runner.cursor())
                .map(|c| self.markdown(c, width.saturating_sub(CHOICE_PREFIX)).len())
                .sum();
            focus = (answer_start + above, answer_start + above + 1);
        }
        if let Some(feedback) = feedback {
            let start = lines.len();
            lines.push(Line::default());
            lines.extend(self.feedback(feedback, width));
            focus = (start, lines.len());
        }
        Body { lines, focus }
    }

    fn choice_prefix(
        &self,
        i: usize,
        answer: &[usize],
        select_all: bool,
        feedback: Option<&Feedback>,
    ) -> Vec<Span<'static>> {
        let runner = self.runner;
        let chosen = runner.session().selection().contains(&i);
        let mark = match (select_all, chosen) {
            (true, true) => "☑",
            (true, false) => "☐",
            (false, true) => "◉",
            (false, false) => "◯",
        };
        let (lead, lead_style) = match feedback {
            None if i == runner.cursor() => ("▸", self.theme.list_marker),
            Some(_) if answer.contains(&i) => ("✓", right_style(self.theme)),
            Some(_) if chosen => ("✗", wrong_style(self.theme)),
            _ => (" ", Style::new()),
        };
        let text_style = if feedback.is_none() && i == runner.cursor() {
            self.theme.strong
        } else {
            Style::new()
        };
        vec![
            Span::styled(lead, lead_style),
            Span::raw(" "),
            Span::styled(mark, self.theme.list_marker),
            Span::styled(format!(" {}) ", letter(i)), text_style),
        ]
    }

    fn input_line(&self, width: usize) -> Line<'static> {
        // Show the end of a long answer: that is where the learner types.
        let room = width.saturating_sub(3);
        let text = self.runner.text();
        let mut shown: Vec<char> = text.chars().rev().collect();
        let mut used = 0;
        let mut keep = 0;
        for c in &shown {
            let w = unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0);
            if used + w > room {
                break;
            }
            used += w;
            keep += 1;
        }
        shown.truncate(keep);
        let tail: String = shown.into_iter().rev().collect();
        Line::from(vec![
            Span::styled("› ", self.theme.list_marker),
            Span::styled(tail, self.theme.strong),
            Span::styled("▌", self.theme.muted),
        ])
    }

    fn feedback(&self, feedback: &Feedback, width: usize) -> Vec<Line<'static>> {
        let theme = self.theme;
        let mut lines = Vec::new();
        let verdict = if feedback.correct {
            Line::styled(fit("✓ Right", width), right_style(theme))
        } else {
            let answer = match &feedback.response {
                Response::Choices(_) => feedback.right_answer.clone(),
                Response::Text(_) => format!("“{}”", feedback.right_answer),
            };
            Line::styled(
                fit(&format!("✗ Not quite — the answer is {answer}"), width),
                wrong_style(theme),
            )
        };
        lines.push(verdict);
        if let Response::Text(given) = &feedback.response {
            lines.push(Line::styled(
                fit(&format!("You answered “{given}”"), width),
                theme.muted,
            ));
        }
        if let (Some(question), Response::Choices(given)) =
            (self.runner.session().question(), &feedback.response)
            && let QuestionKind::Choice { why, .. } = &question.kind
        {
            // Screen letters equal the quiz's own: the runner keeps the written order.
            for (index, note) in given.iter().filter_map(|g| why.get(g).map(|n| (*g, n))) {
                let prefix = vec![Span::styled(format!("  {}) ", letter(index)), theme.muted)];
                lines.extend(self.prefixed(note, prefix, width));
            }
        }
        if let Some(explanation) = &feedback.explanation {
            lines.push(Line::default());
            lines.extend(self.markdown(explanation, width));
        }
        lines
    }

    fn result(&self, width: usize) -> Body {
        let runner = self.runner;
        let score = runner.score();
        let style = if score.passed() {
            right_style(self.theme)
        } else {
            wrong_style(self.theme)
        };
        let mut lines = vec![Line::styled(fit(&score.to_string(), width), style)];
        lines.push(Line::default());
        let missed = runner.session().missed();
        for (i, question) in runner.quiz().questions.iter().enumerate() {
            let wrong = missed.contains(&question.id.as_str());
            let (mark, mark_style) = if wrong {
                ("✗", wrong_style(self.theme))
            } else {
                ("✓", right_style(self.theme))
            };
            let number = format!(" {}. ", i + 1);
            let room = width.saturating_sub(1 + number.len());
            let prompt = first_line(&question.prompt);
            lines.push(Line::from(vec![
                Span::styled(mark, mark_style),
                Span::raw(number),
                Span::raw(fit(&prompt, room)),
            ]));
        }
        Body {
            lines,
            focus: (0, 1),
        }
    }

    fn hint_line(&self) -> Option<Line<'static>> {
        let text = match self.runner.hint()? {
            Hint::ChooseFirst => HINT_CHOOSE,
            Hint::TypeFirst => HINT_TYPE,
        };
        Some(Line::styled(text, wrong_style(self.theme)))
    }

    fn keys(&self) -> Vec<KeyHint> {
        let runner = self.runner;
        let mut keys = Vec::new();
        match runner.phase() {
            Phase::Asking if runner.is_typing() => {
                keys.push(key_hint("type", "your answer"));
                keys.push(key_hint("Enter", "submit"));
                keys.push(key_hint("Esc", "quit"));
                return keys;
            }
            Phase::Asking => {
                let last = letter(runner.session().choices().len().saturating_sub(1));
                let select_all = matches!(
                    runner.session().question().map(|q| &q.kind),
                    Some(QuestionKind::Choice {
                        select_all: true,
                        ..
                    })
                );
                let choose = if select_all { "toggle" } else { "choose" };
                keys.push((format!("a–{last}/space"), choose.to_owned()));
                keys.push(key_hint("j/k", "move"));
                keys.push(key_hint("Enter", "submit"));
            }
            Phase::Answered(_) => {
                let (number, of) = runner.session().progress();
                let next = if number >= of {
                    "see the result"
                } else {
                    "next question"
                };
                keys.push(key_hint("Enter", next));
                keys.push(key_hint("j/k", "scroll"));
            }
            Phase::Finished => {
                let missed = runner.session().missed().len();
                if missed > 0 {
                    keys.push(("r".to_owned(), format!("retry the {missed} missed")));
                }
                keys.push(key_hint("a", "retake all"));
                keys.push(key_hint("q", "back"));
                return keys;
            }
        }
        keys.push(key_hint("q", "quit"));
        keys
    }

    fn markdown(&self, text: &str, width: usize) -> Vec<Line<'static>> {
        markdown::parse(text)
            .layout(width.max(1), self.theme)
            .iter()
            .map(Line::from)
            .collect()
    }

    /// Markdown with `prefix` before its first line and the rest indented to match.
    fn prefixed(&self, text: &str, prefix: Vec<Span<'static>>, width: usize) -> Vec<Line<'static>> {
        let indent: usize = prefix.iter().map(Span::width).sum();
        let mut lines = self.markdown(text, width.saturating_sub(indent));
        if lines.is_empty() {
            lines.push(Line::default());
        }
        let mut prefix = Some(prefix);
        lines
            .into_iter()
            .map(|line| {
                let mut spans = prefix
                    .take()
                    .unwrap_or_else(|| vec![Span::raw(" ".repeat(indent))]);
                spans.extend(line.spans);
                Line::from(spans)
            })
            .collect()
    }
}

fn key_hint(key: &str, what: &str) -> KeyHint {
    (key.to_owned(), what.to_owned())
}

/// The first line of a question's prompt as plain text, for the result list.
fn first_line(prompt: &str) -> String {
    markdown::parse(prompt)
        .layout(1000, &Theme::plain())
        .first()
        .map(markdown::StyledLine::plain)
        .unwrap_or_default()
}

const TEXT_PROMPT: &str = "Your answer:";
const HINT_CHOOSE: &str = "Choose an answer first: a letter, or space on the highlighted one.";
const HINT_TYPE: &str = "Type an answer first.";

pub(super) use super::draw::{
    KeyHint, body_offset, draw_lines, fit, key_hints, reading_column, right_style, too_small,
    wrong_style,
};
