//! Drawing the result of a round: the score, then every question of the quiz with its
//! verdict and the first line of its prompt, a missed question with the section of
//! the chapter to re-read; and one question shown again, as it was answered, with
//! its explanation. Reads only.
use super::verdict::{Shown, wrapped};
use super::view::{Body, ChoiceMark, prefixed};
use super::{Detail, QuizKind, QuizView};
use crate::quiz::QuestionKind;
use crate::tui::draw::{fit, wrap_words};
use crate::tui::text;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// Lines a question's headline may take in the list; the last is cut with `…`.
const HEADLINE_LINES: usize = 2;

impl QuizView<'_> {
    /// The result: the score (a quiz's, not a review's), then one row per question.
    pub(super) fn result(&self, width: usize) -> Body {
        let (runner, p) = (self.screen.runner(), self.palette);
        let review = match runner.kind() {
            QuizKind::Review(review) => Some(review),
            QuizKind::Course => None,
        };
        let mut lines = Vec::new();
        if review.is_none() {
            let score = runner.score();
            let first = match runner.scored() {
                // Practice: what this round got right, and the attempt's score unchanged.
                Some(scored) if runner.is_retry() => {
                    let answers = &runner.attempt().answers;
                    let right = answers.iter().filter(|a| a.correct).count();
                    let summary = text::practice_result(right, answers.len(), &scored.to_string());
                    wrapped(&summary, width, p.muted)
                }
                _ => {
                    let style = if score.passed() { p.right } else { p.wrong };
                    wrapped(&score.to_string(), width, style)
                }
            };
            lines.extend(first);
            lines.push(Line::default());
        }
        let mut focus = (0, lines.len());
        for index in 0..runner.quiz().questions.len() {
            let start = lines.len();
            lines.extend(self.row(index, width));
            if index == self.screen.selected() {
                // The first row keeps the score above it in view.
                let top = if index == 0 { 0 } else { start };
                focus = (top, lines.len());
            }
        }
        Body { lines, focus }
    }

    /// One question of the result: `▸ ✗ 3. ` and its headline, wrapped to two lines
    /// at most; under it where its review card went, and the section to re-read when
    /// it was missed.
    fn row(&self, index: usize, width: usize) -> Vec<Line<'static>> {
        let (screen, p) = (self.screen, self.palette);
        let runner = screen.runner();
        let Some(question) = runner.quiz().questions.get(index) else {
            return Vec::new();
        };
        let selected = index == screen.selected();
        let given = runner.given(index);
        let missed = runner.session().missed().contains(&question.id.as_str());
        let (mark, mark_style) = match given {
            None => ("·", p.muted),
            Some(_) if missed => ("✗", p.wrong),
            Some(_) => ("✓", p.right),
        };
        let label = screen.text().labels.get(index);
        let number = format!(
            " {}. ",
            label.map_or_else(|| (index + 1).to_string(), Clone::clone)
        );
        let (lead, lead_style) = if selected {
            ("▸ ", p.accent)
        } else {
            ("  ", Style::new())
        };
        let prefix = vec![
            Span::styled(lead, lead_style),
            Span::styled(mark, mark_style),
            Span::raw(number),
        ];
        let indent = prefix.iter().map(Span::width).sum::<usize>();
        let room = width.saturating_sub(indent).max(1);
        let mut headline = String::new();
        if given.is_some_and(|g| g.practice) {
            headline.push_str(text::PRACTICE_TAG);
        }
        headline.push_str(
            screen
                .text()
                .first_lines
                .get(index)
                .map_or("", String::as_str),
        );
        let style = if selected { p.strong } else { p.text };
        let wrapped: Vec<Line<'static>> = clipped(&headline, room, HEADLINE_LINES)
            .into_iter()
            .map(|l| Line::styled(l, style))
            .collect();
        let mut lines = prefixed(&wrapped, prefix);
        let pad = " ".repeat(indent);
        let review = match runner.kind() {
            QuizKind::Review(review) => Some(review),
            QuizKind::Course => None,
        };
        // Under each question of a review, where its card went.
        if let Some(outcome) = review.and_then(|r| r.outcome(&question.id)) {
            lines.push(Line::from(vec![
                Span::raw(pad.clone()),
                Span::styled(fit(&outcome.to_string(), room), p.text),
            ]));
        }
        if let Some(section) = screen.section(index).filter(|_| missed) {
            // The section's name is what the learner acts on: wrapped, never cut.
            for line in wrap_words(&text::reread(&section.title), room) {
                lines.push(Line::from(vec![
                    Span::raw(pad.clone()),
                    Span::styled(fit(&line, room), p.accent),
                ]));
            }
        }
        lines
    }

    /// A question shown again from the result: as it was asked, the choices marked
    /// as they were answered, the verdict, the `why` of a wrong choice taken, the
    /// explanation, and the section to re-read.
    pub(super) fn detail(&self, detail: &Detail, width: usize) -> Body {
        let (runner, p) = (self.screen.runner(), self.palette);
        let laid = &detail.text;
        let mut lines = Vec::new();
        let Some(question) = runner.quiz().questions.get(detail.index) else {
            return Body {
                lines,
                focus: (0, 0),
            };
        };
        let given = runner.given(detail.index);
        if question.context.is_some() {
            lines.extend(laid.context.iter().cloned());
            lines.push(Line::default());
        }
        if matches!(question.kind, QuestionKind::Tracing { .. }) {
            lines.extend(wrapped(text::TRACING_ASK, width, p.text));
            lines.push(Line::default());
            lines.extend(laid.program.iter().cloned());
        } else {
            lines.extend(laid.prompt.iter().cloned());
        }
        if let QuestionKind::Choice {
            answer, select_all, ..
        } = &question.kind
        {
            lines.push(Line::default());
            let order: Vec<usize> =
                given.map_or_else(|| (0..laid.choices.len()).collect(), |g| g.order.clone());
            let chosen = match given.map(|g| &g.feedback.response) {
                Some(crate::quiz::Response::Choices(own)) => own.clone(),
                _ => Vec::new(),
            };
            for (i, choice) in laid.choices.iter().enumerate() {
                let own = order.get(i).copied().unwrap_or(i);
                let mark = ChoiceMark {
                    select_all: *select_all,
                    chosen: chosen.contains(&own),
                    right: Some(answer.contains(&own)),
                    cursor: false,
                };
                lines.extend(prefixed(choice, self.choice_prefix(i, mark)));
            }
        }
        lines.push(Line::default());
        if let Some(given) = given {
            let shown = Shown {
                question,
                text: laid,
                order: &given.order,
            };
            if given.practice {
                lines.extend(wrapped(text::ANSWERED_IN_PRACTICE, width, p.muted));
            }
            lines.extend(self.feedback(&shown, &given.feedback, width));
        } else {
            lines.extend(wrapped(text::NOT_ANSWERED, width, p.muted));
            if !laid.explanation.is_empty() {
                lines.push(Line::default());
                lines.extend(laid.explanation.iter().cloned());
            }
        }
        if let Some(section) = self.screen.section(detail.index) {
            lines.push(Line::default());
            let reread = text::reread_in(&section.title, &section.chapter_title);
            lines.extend(wrapped(&reread, width, p.accent));
        }
        Body {
            lines,
            focus: (0, 1),
        }
    }
}

/// `text` wrapped at words to lines of at most `width` columns, at most `most` of
/// them: the last one kept ends in `…` when text was left out. A word wider than a
/// line is cut.
fn clipped(text: &str, width: usize, most: usize) -> Vec<String> {
    let mut lines = wrap_words(text, width);
    if lines.len() > most {
        // What is left never fits one line (it would have been wrapped onto it).
        let rest = lines.split_off(most.saturating_sub(1)).join(" ");
        lines.push(fit(&rest, width));
    }
    for line in &mut lines {
        if line.width() > width {
            *line = fit(line, width);
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::clipped;

    #[test]
    fn headlines_wrap_to_two_lines_then_are_cut() {
        assert_eq!(clipped("one two three", 20, 2), ["one two three"]);
        assert_eq!(
            clipped("one two three four", 9, 2),
            ["one two", "three fo…"]
        );
        assert_eq!(clipped("averyveryverylongword", 6, 2), ["avery…"]);
        assert_eq!(clipped("", 6, 2), [""]);
    }
}
