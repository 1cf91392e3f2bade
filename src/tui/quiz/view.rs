//! Drawing the quiz runner: one question at a time, the feedback on an answer, and the
//! result of a round, in a reading column at most 100 wide.
//!
//! Drawing only reads the [`QuizRunner`]; where content is taller than the screen it
//! picks what to show from the state and the area alone. Every size is safe, down to
//! 1×1: all arithmetic saturates and every write stays inside the area. Colours come
//! from the theme and are foreground only.
use super::verdict::{Shown, wrapped};
use super::{Hint, QuizAction, QuizKind, QuizScreen, TraceStep, scroll};
use crate::quiz::{QuestionKind, letter};
use crate::tui::action::Action;
use crate::tui::bar::{CONTEXT, ESSENTIAL, Part, fit_parts};
use crate::tui::draw::{column_or_notice, draw_lines, fit, key_hints, wrap_words};
use crate::tui::keymap::keymap;
use crate::tui::text;
use crate::tui::theme::Palette;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

/// Below this the screen shows a one-line notice instead of the quiz.
const MIN_WIDTH: u16 = 20;
const MIN_HEIGHT: u16 = 4;

/// The quiz screen as drawn with the palette.
#[derive(Clone, Copy)]
pub struct QuizView<'a> {
    pub screen: &'a QuizScreen,
    pub palette: &'a Palette,
}

/// Lines of the scrolling part of the screen, and the range that should be in view.
pub(super) struct Body {
    pub lines: Vec<Line<'static>>,
    pub focus: (usize, usize),
}

/// Rows of the header: the title, and the pass mark when there is room.
fn header_rows(height: u16) -> u16 {
    if height >= 8 { 2 } else { 1 }
}

/// A blank row under the header, when there is room.
fn gap_rows(height: u16) -> u16 {
    u16::from(height >= 10)
}

/// Rows left for the body in a column `height` rows tall, with or without a hint.
fn body_rows(height: u16, hint: bool) -> u16 {
    height.saturating_sub(header_rows(height) + gap_rows(height) + u16::from(hint) + 1)
}

impl Widget for QuizView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(column) = column_or_notice(area, buf, self.palette, (MIN_WIDTH, MIN_HEIGHT))
        else {
            return;
        };
        let width = usize::from(column.width);
        let header = self.header(width);
        // Header, then a blank line when there is room, then the body, hint and footer.
        let header_rows = header_rows(column.height);
        let hint = self.hint_line();
        let hint_rows = u16::from(hint.is_some());
        let [header_area, _, body_area, hint_area, footer_area] =
            column.layout(&Layout::vertical([
                Constraint::Length(header_rows),
                Constraint::Length(gap_rows(column.height)),
                Constraint::Fill(1),
                Constraint::Length(hint_rows),
                Constraint::Length(1),
            ]));
        draw_lines(buf, header_area, &header[..usize::from(header_rows)], 0);
        let body_area = self.draw_field(body_area, buf);
        let body = self.body(width);
        // Feedback and explanations scroll; elsewhere the focus alone decides.
        let rows = usize::from(body_area.height);
        let window = scroll::window(body.lines.len(), rows, body.focus, self.screen.scroll());
        scroll::draw(buf, body_area, &body.lines, window, self.palette);
        if let Some(hint) = hint {
            draw_lines(buf, hint_area, &[hint], 0);
        }
        draw_lines(buf, footer_area, &[self.footer(width)], 0);
    }
}

impl QuizView<'_> {
    /// How far the body can scroll from its focus in a terminal `rows` tall, up
    /// (negative) and down: what the screen bounds its scrolling by.
    pub(super) fn scroll_bounds(&self, rows: u16) -> (isize, isize) {
        let body = self.body(self.screen.width());
        let height = usize::from(body_rows(rows, false));
        scroll::bounds(body.lines.len(), height, body.focus)
    }

    /// While a multi-line answer is typed, draws its field at the foot of `area` and
    /// returns what is left above it for the question.
    fn draw_field(&self, area: Rect, buf: &mut Buffer) -> Rect {
        let runner = self.screen.runner();
        if !runner.is_editing() || area.height < 4 {
            return area;
        }
        let rows = (area.height / 2).clamp(3, FIELD_ROWS);
        let [above, field] = area.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(rows),
        ]));
        let title = if runner.trace_step() == TraceStep::Output {
            text::QUIZ_OUTPUT_FIELD
        } else {
            text::QUIZ_ANSWER_FIELD
        };
        let block = Block::bordered()
            .border_style(self.palette.border)
            .title(Span::styled(title, self.palette.muted));
        let inner = block.inner(field);
        block.render(field, buf);
        runner.editor().render(inner, buf);
        above
    }

    fn header(&self, width: usize) -> [Line<'static>; 2] {
        let runner = self.screen.runner();
        let quiz = runner.quiz();
        let (number, of) = runner.session().progress();
        let label = runner
            .session()
            .index()
            .and_then(|i| self.screen.text().labels.get(i))
            .map_or_else(|| number.to_string(), Clone::clone);
        let place = if self.screen.offer().is_some() {
            text::QUIZ_LEFT_HALF_WAY.to_owned()
        } else if let Some(detail) = self.screen.detail() {
            let label = self.screen.text().labels.get(detail.index);
            let of = quiz.questions.len();
            let label = label.map_or_else(|| (detail.index + 1).to_string(), Clone::clone);
            text::question_of(&label, detail.index + 1, of)
        } else if runner.is_finished() {
            text::QUIZ_RESULT.to_owned()
        } else if runner.is_retry() {
            text::missed_question_of(&label, number, of)
        } else {
            text::question_of(&label, number, of)
        };
        let score = runner.score();
        let review = matches!(runner.kind(), QuizKind::Review(_));
        let mark = if review {
            // A review has no pass mark and no score: right answers move cards up a
            // box, and the result says where each went.
            if runner.is_finished() {
                text::REVIEW_DONE
            } else {
                text::REVIEW_MARK
            }
            .to_owned()
        } else if runner.is_finished() {
            let answers = &runner.attempt().answers;
            let right = answers.iter().filter(|a| a.correct).count();
            text::this_round(right, answers.len())
        } else if runner.is_retry() {
            // Practice has no pass mark: it never changes a score.
            text::PRACTICE_MARK.to_owned()
        } else {
            text::pass_mark(score.needed(), score.total, quiz.mastery)
        };
        [
            // Where one is in the quiz stays; the quiz's title shortens first.
            fit_parts(
                vec![
                    Part::text(quiz.title.clone(), self.palette.strong, CONTEXT).shortens_to(8),
                    Part::text(place, self.palette.strong, ESSENTIAL)
                        .after(Span::styled(text::TITLE_SEP, self.palette.strong)),
                ],
                width,
            ),
            Line::styled(fit(&mark, width), self.palette.muted),
        ]
    }

    fn body(&self, width: usize) -> Body {
        let (runner, laid) = (self.screen.runner(), self.screen.text());
        if let Some(open) = self.screen.offer() {
            let of = runner.quiz().questions.len();
            let offer = text::resume_offer(open.answers.len(), of);
            let mut lines = vec![Line::styled(fit(&offer, width), self.palette.strong)];
            lines.push(Line::default());
            lines.extend(
                wrap_words(text::RESUME_CHOICE, width)
                    .into_iter()
                    .map(|l| Line::styled(l, self.palette.text)),
            );
            return Body {
                lines,
                focus: (0, 1),
            };
        }
        let Some(question) = runner.session().question() else {
            return match self.screen.detail() {
                Some(detail) => self.detail(detail, width),
                None => self.result(width),
            };
        };
        let mut lines = Vec::new();
        if question.context.is_some() {
            lines.extend(laid.context.iter().cloned());
            lines.push(Line::default());
        }
        if matches!(question.kind, QuestionKind::Tracing { .. }) {
            // mdbook-quiz asks a tracing question in its own words, then the program.
            lines.extend(wrapped(text::TRACING_ASK, width, self.palette.text));
            lines.push(Line::default());
            lines.extend(laid.program.iter().cloned());
        } else {
            lines.extend(laid.prompt.iter().cloned());
        }
        lines.push(Line::default());
        let answer_start = lines.len();
        let feedback = runner.feedback();
        let order = runner.order();
        match &question.kind {
            QuestionKind::Choice {
                answer, select_all, ..
            } => {
                // The layout holds the choices in screen order; `order` maps them to
                // the quiz's own indices, which `answer` holds.
                let selection = runner.session().selection();
                for (i, choice) in laid.choices.iter().enumerate() {
                    let mark = ChoiceMark {
                        select_all: *select_all,
                        chosen: selection.contains(&i),
                        right: feedback.map(|_| order.get(i).is_some_and(|o| answer.contains(o))),
                        cursor: feedback.is_none() && i == runner.cursor(),
                    };
                    lines.extend(prefixed(choice, self.choice_prefix(i, mark)));
                }
            }
            QuestionKind::ShortAnswer { .. } if feedback.is_none() && runner.is_editing() => {
                lines.push(Line::styled(text::QUIZ_LONG_PROMPT, self.palette.muted));
            }
            QuestionKind::ShortAnswer { .. } if feedback.is_none() => {
                lines.push(Line::styled(text::QUIZ_TEXT_PROMPT, self.palette.muted));
                lines.push(self.input_line(width));
            }
            QuestionKind::Tracing { .. } if feedback.is_none() => {
                let ask = match runner.trace_step() {
                    TraceStep::Compiles => text::TRACING_COMPILES,
                    TraceStep::Output => text::TRACING_OUTPUT,
                };
                lines.extend(wrapped(ask, width, self.palette.strong));
            }
            QuestionKind::ShortAnswer { .. } | QuestionKind::Tracing { .. } => {}
        }
        let mut focus = (answer_start, lines.len());
        if feedback.is_none()
            && (runner.is_typing() || runner.is_editing() || runner.is_asking_compiles())
        {
            focus = (lines.len().saturating_sub(1), lines.len());
        } else if feedback.is_none() {
            // Keep the highlighted choice in view: count the lines of those above it.
            let above: usize = laid
                .choices
                .iter()
                .take(runner.cursor())
                .map(|c| c.len().max(1))
                .sum();
            focus = (answer_start + above, answer_start + above + 1);
        }
        if let Some(feedback) = feedback {
            let start = lines.len();
            lines.push(Line::default());
            let shown = Shown {
                question,
                text: laid,
                order: &order,
            };
            lines.extend(self.feedback(&shown, feedback, width));
            focus = (start, lines.len());
        }
        Body { lines, focus }
    }

    /// `▸ ◯ a) ` before a choice: the highlight (or, once answered, whether it is
    /// right or a wrong choice taken), whether it is chosen, its letter.
    pub(super) fn choice_prefix(&self, i: usize, mark: ChoiceMark) -> Vec<Span<'static>> {
        let p = self.palette;
        let glyph = match (mark.select_all, mark.chosen) {
            (true, true) => "☑",
            (true, false) => "☐",
            (false, true) => "◉",
            (false, false) => "◯",
        };
        let (lead, lead_style) = match mark.right {
            None if mark.cursor => ("▸", p.accent),
            Some(true) => ("✓", p.right),
            Some(false) if mark.chosen => ("✗", p.wrong),
            _ => (" ", Style::new()),
        };
        let text_style = if mark.cursor { p.strong } else { Style::new() };
        vec![
            Span::styled(lead, lead_style),
            Span::raw(" "),
            Span::styled(glyph, p.accent),
            Span::styled(format!(" {}) ", letter(i)), text_style),
        ]
    }

    fn input_line(&self, width: usize) -> Line<'static> {
        // Show the end of a long answer: that is where the learner types.
        let room = width.saturating_sub(3);
        let text = self.screen.runner().text();
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
            Span::styled("› ", self.palette.accent),
            Span::styled(tail, self.palette.strong),
            Span::styled("▌", self.palette.muted),
        ])
    }

    fn hint_line(&self) -> Option<Line<'static>> {
        let hint = match self.screen.runner().hint()? {
            Hint::ChooseFirst => text::QUIZ_HINT_CHOOSE,
            Hint::TypeFirst => text::QUIZ_HINT_TYPE,
            Hint::CompilesFirst => text::QUIZ_HINT_COMPILES,
        };
        Some(Line::styled(hint, self.palette.wrong))
    }

    /// The keys of the phase in front, from its keymap; the retry only when there
    /// are missed questions, the section only when the selection links to one.
    fn footer(&self, width: usize) -> Line<'static> {
        let keys = keymap(self.screen.mode());
        let nothing_missed = self.screen.runner().session().missed().is_empty();
        let no_link = self.screen.link().is_none();
        let retry = Action::Quiz(QuizAction::RetryMissed);
        let section = Action::Quiz(QuizAction::Section);
        let hints = keys
            .bindings
            .iter()
            .filter(|b| !(nothing_missed && b.action == retry))
            .filter(|b| !(no_link && b.action == section))
            .filter_map(|b| b.hint.map(|hint| (b.label, hint)));
        key_hints(hints, width, self.palette)
    }
}

/// How a choice is marked.
#[derive(Debug, Clone, Copy)]
pub(super) struct ChoiceMark {
    pub select_all: bool,
    pub chosen: bool,
    /// Whether the choice is right, once the question is answered.
    pub right: Option<bool>,
    /// Whether the highlight is on it.
    pub cursor: bool,
}

/// The most rows the multi-line answer field takes, border included.
const FIELD_ROWS: u16 = 8;

/// Laid-out Markdown with `prefix` before its first line and the rest indented to
/// match.
pub(super) fn prefixed(lines: &[Line<'static>], prefix: Vec<Span<'static>>) -> Vec<Line<'static>> {
    let indent: usize = prefix.iter().map(Span::width).sum();
    let mut prefix = Some(prefix);
    let mut out: Vec<Line<'static>> = lines
        .iter()
        .map(|line| {
            let mut spans = prefix
                .take()
                .unwrap_or_else(|| vec![Span::raw(" ".repeat(indent))]);
            spans.extend(line.spans.iter().cloned());
            Line::from(spans)
        })
        .collect();
    if let Some(prefix) = prefix {
        out.push(Line::from(prefix));
    }
    out
}
