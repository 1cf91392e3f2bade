//! Questions laid out to be read and answered on paper or in a script: `tutor quiz
//! QUIZ --print` and the due questions of `tutor review`.
//!
//! Each question is numbered as `--answers` expects its entry, its prompt and choices
//! rendered by the one Markdown renderer (through [`crate::quiz::render`]) and wrapped
//! under their number and letter, with a line saying what to type. It never shows an
//! answer, a `why` or an explanation: a sheet is for answering.
use crate::markdown::{LineKind, StyledLine, StyledSpan};
use crate::quiz::render;
use crate::quiz::{Question, QuestionKind, Quiz, ResponseFormat, letter};
use crate::theme::Theme;
use unicode_width::UnicodeWidthStr;

/// What a tracing question asks; it has no prompt of its own.
pub const TRACING_ASK: &str =
    "What does this program do? Does it compile, and if it does, what does it print?";

/// Lines of a sheet, laid out for one width and theme.
pub struct Sheet<'t> {
    pub lines: Vec<StyledLine>,
    width: usize,
    theme: &'t Theme,
    /// Columns before every line of a question's text: room for its number.
    indent: usize,
}

impl<'t> Sheet<'t> {
    /// A sheet at `width` columns whose question numbers are at most `labels` long.
    pub fn new<'a>(width: usize, theme: &'t Theme, labels: impl Iterator<Item = &'a str>) -> Self {
        let widest = labels.map(UnicodeWidthStr::width).max().unwrap_or(1);
        Self {
            lines: Vec::new(),
            width: width.max(1),
            theme,
            indent: widest + 2,
        }
    }

    /// Columns before a question's text: its number's room.
    pub fn indent(&self) -> usize {
        self.indent
    }

    /// A quiz's title, as a chapter's title is drawn, and its facts under it.
    pub fn quiz_head(&mut self, quiz: &Quiz) {
        self.markdown(&format!("# {}", escape(&quiz.title)), 0);
        let count = quiz.questions.len();
        // The id is in the command at the end; the pass mark is what matters here.
        let facts = format!(
            "{count} question{} · need {} of {count} ({}%)",
            if count == 1 { "" } else { "s" },
            quiz.needed(),
            quiz.mastery
        );
        self.note(&facts, 0);
        self.blank();
    }

    /// One question: its shared context (when `context` is set), its number and
    /// prompt, a tracing program, its lettered choices, and what to type.
    pub fn question(&mut self, label: &str, question: &Question, context: bool) {
        let indent = self.indent;
        if let Some(text) = question.context.as_deref().filter(|_| context) {
            self.markdown(text, 0);
            self.blank();
        }
        let first = self.lines.len();
        match &question.kind {
            QuestionKind::Tracing { program, .. } => {
                self.markdown(&escape(TRACING_ASK), indent);
                for mut line in render::program(program, self.theme) {
                    line.spans.insert(0, self.pad(indent));
                    self.lines.push(line);
                }
            }
            _ => self.markdown(&question.prompt, indent),
        }
        if self.lines.len() == first {
            self.lines.push(StyledLine {
                spans: vec![self.pad(indent)],
                kind: LineKind::Text,
            });
        }
        // The number goes over the first line's indent.
        if let Some(span) = self.lines.get_mut(first).and_then(|l| l.spans.first_mut()) {
            let number = format!("{label}.");
            span.text = format!("{number:<indent$}");
            span.style = self.theme.list_marker;
        }
        if let QuestionKind::Choice { choices, .. } = &question.kind {
            for (i, choice) in choices.iter().enumerate() {
                self.choice(i, choice);
            }
        }
        if let Some(how) = how_to_answer(&question.kind) {
            self.note(how, indent);
        }
    }

    /// A choice as `a) text`, its wrapped lines under its text.
    fn choice(&mut self, index: usize, text: &str) {
        let indent = self.indent;
        let first = self.lines.len();
        self.markdown(text, indent + 3);
        if let Some(span) = self.lines.get_mut(first).and_then(|l| l.spans.first_mut()) {
            span.text = format!("{:indent$}{}) ", "", letter(index));
            span.style = self.theme.list_marker;
        }
    }

    /// Muted plain text, wrapped at the width, `indent` columns in.
    pub fn note(&mut self, text: &str, indent: usize) {
        let room = self.width.saturating_sub(indent).max(1);
        for line in crate::markdown::parse(&escape(text)).layout(room, &Theme::plain()) {
            let mut spans = vec![self.pad(indent)];
            spans.extend(line.spans.into_iter().map(|s| StyledSpan {
                style: self.theme.muted,
                ..s
            }));
            self.lines.push(StyledLine {
                spans,
                kind: LineKind::Text,
            });
        }
    }

    /// Markdown, rendered and wrapped at the width, `indent` columns in.
    pub fn markdown(&mut self, text: &str, indent: usize) {
        let room = self.width.saturating_sub(indent).max(1);
        for mut line in render::layout(text, room, self.theme) {
            line.spans.insert(0, self.pad(indent));
            self.lines.push(line);
        }
    }

    /// Writes the sheet to stdout, in colour when `color`.
    pub fn print(&self, color: bool) -> Result<(), super::Failure> {
        let mut bytes = Vec::new();
        // Writing to memory cannot fail.
        let _ = crate::markdown::write_ansi(&mut bytes, &self.lines, color);
        super::output::print_bytes(&bytes)
    }

    pub fn blank(&mut self) {
        self.lines.push(StyledLine {
            spans: Vec::new(),
            kind: LineKind::Text,
        });
    }

    fn pad(&self, columns: usize) -> StyledSpan {
        StyledSpan {
            text: " ".repeat(columns),
            style: self.theme.text,
            link: None,
        }
    }
}

/// What an entry for this question looks like in `--answers`, unless it is the one
/// letter of a plain choice.
fn how_to_answer(kind: &QuestionKind) -> Option<&'static str> {
    match kind {
        QuestionKind::Choice {
            select_all: true, ..
        } => Some("Select all that apply: answer with every right letter, like ac."),
        QuestionKind::Choice { .. } => None,
        QuestionKind::ShortAnswer {
            response: ResponseFormat::Short,
            ..
        } => Some("Short answer: type it in full, not a letter."),
        QuestionKind::ShortAnswer { .. } => Some(
            "Short answer: type it in full on one line (case, spaces and line breaks do not \
             count).",
        ),
        QuestionKind::Tracing { .. } => Some(
            "Answer n if it does not compile, or y:OUTPUT with what it prints (\\n between lines).",
        ),
    }
}

/// Text made safe to render as Markdown as written: every ASCII punctuation mark is
/// escaped, so a title like `*ptr* and <T>` shows as typed.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `text` as a Markdown code span, fenced with more backticks than it holds.
pub fn code(text: &str) -> String {
    let longest_run = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    if longest_run > 0 {
        format!("{fence} {text} {fence}")
    } else {
        format!("{fence}{text}{fence}")
    }
}
