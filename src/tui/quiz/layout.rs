//! The quiz screen's view model: the Markdown of the question in front (context,
//! prompt, choices, `why` notes, explanation, a tracing question's numbered program)
//! laid out for the screen's width, and every question's number (`1a` in a multipart
//! group) and headline for the header and the result list.
//!
//! It is rebuilt in update, only when the question, the round or the width changes,
//! so drawing a frame parses and highlights nothing.
use super::runner::QuizRunner;
use crate::quiz::{Question, QuestionKind, labels, render};
use crate::theme::Theme;
use ratatui::text::Line;
use std::collections::BTreeMap;

/// Columns taken by `▸ ◯ a) ` in front of a choice.
pub const CHOICE_PREFIX: usize = 7;
/// Columns taken by `  a) ` in front of a `why` note.
pub const WHY_PREFIX: usize = 5;

/// Which question, round and width the layout was made for.
type Key = (String, usize, usize);

#[derive(Debug, Clone, Default)]
pub struct QuestionText {
    key: Option<Key>,
    pub context: Vec<Line<'static>>,
    pub prompt: Vec<Line<'static>>,
    /// Each choice in screen order, laid out to sit after its prefix.
    pub choices: Vec<Vec<Line<'static>>>,
    /// The `why` notes, by the quiz's own choice index.
    pub why: BTreeMap<usize, Vec<Line<'static>>>,
    pub explanation: Vec<Line<'static>>,
    /// A tracing question's program, Rust highlighted, numbered in a gutter.
    pub program: Vec<Line<'static>>,
    /// The first line of every question's prompt, as plain text.
    pub first_lines: Vec<String>,
    /// Every question's number as shown: `1`, `2`, or `3a`, `3b` in a multipart group.
    pub labels: Vec<String>,
}

impl QuestionText {
    /// Lays out the runner's current question for `width` columns, unless the layout
    /// already holds it. `round` tells rounds apart (choices may be shown in another
    /// order in a new one).
    pub fn refresh(&mut self, runner: &QuizRunner, round: usize, width: usize, theme: &Theme) {
        if self.first_lines.is_empty() {
            let questions = &runner.quiz().questions;
            self.first_lines = questions
                .iter()
                .map(|q| render::headline(q, FIRST_LINE))
                .collect();
            self.labels = labels(questions);
        }
        let Some(question) = runner.session().question() else {
            return;
        };
        let key = (question.id.clone(), round, width);
        if self.key.as_ref() == Some(&key) {
            return;
        }
        let choices = runner.session().choices();
        self.lay_out(question, &choices, width, theme);
        self.key = Some(key);
    }

    /// Any question of the quiz laid out for `width` columns, its choices in the
    /// screen order given: how the result shows a question again.
    pub fn of(question: &Question, choices: &[&str], width: usize, theme: &Theme) -> Self {
        let mut text = Self::default();
        text.lay_out(question, choices, width, theme);
        text
    }

    /// Lays out the parts of `question`, its choices as given (in screen order).
    fn lay_out(&mut self, question: &Question, choices: &[&str], width: usize, theme: &Theme) {
        let lay = |text: &str, width: usize| layout(text, width, theme);
        self.context = question
            .context
            .as_deref()
            .map_or_else(Vec::new, |c| lay(c, width));
        self.prompt = lay(&question.prompt, width);
        self.choices = choices
            .iter()
            .map(|c| lay(c, width.saturating_sub(CHOICE_PREFIX)))
            .collect();
        self.why = match &question.kind {
            QuestionKind::Choice { why, .. } => why
                .iter()
                .map(|(i, note)| (*i, lay(note, width.saturating_sub(WHY_PREFIX))))
                .collect(),
            QuestionKind::ShortAnswer { .. } | QuestionKind::Tracing { .. } => BTreeMap::new(),
        };
        self.program = match &question.kind {
            QuestionKind::Tracing { program, .. } => render::program(program, theme)
                .iter()
                .map(Line::from)
                .collect(),
            _ => Vec::new(),
        };
        self.explanation = question
            .explanation
            .as_deref()
            .map_or_else(Vec::new, |e| lay(e, width));
    }
}

/// The longest headline kept for the result list; the view cuts it to the width.
const FIRST_LINE: usize = 400;

/// Quiz Markdown laid out as ratatui lines, at least one column wide.
fn layout(text: &str, width: usize, theme: &Theme) -> Vec<Line<'static>> {
    render::layout(text, width, theme)
        .iter()
        .map(Line::from)
        .collect()
}
