//! Lays blocks out as lines at a width: list markers and hanging indents, quote bars,
//! code frames, headings, rules and footnotes; the blocks books add (alerts, folds,
//! listings, ...) in [`extended`].
//!
//! Nesting is a stack of prefix segments (a list item's marker, a quote's bar, a
//! fold's `▸` and the indent of its content) put in
//! front of every line. Text lines always fit the width: when deep nesting leaves too
//! little room, the prefix is cut from the left to at most half the width. Code lines
//! keep their whole prefix and are never wrapped, so they may be wider.
use ratatui::style::Style;

mod extended;

use super::clip::{clip, clip_left, plain_line};
use super::code::{self, CodePosition};
use super::document::{Block, Content, List, Run};
use super::highlight::Highlighted;
use super::options::LayoutOptions;
use super::table::layout_table;
use super::text::{spaces, width as text_width};
use super::wrap::{Wrapped, wrap};
use super::{LineKind, Rendered};
use crate::theme::Theme;

const BULLETS: [&str; 3] = ["•", "◦", "▪"];
const QUOTE_BAR: &str = "▌ ";
const NOTES_RULE_WIDTH: usize = 20;

/// Lays `content` out at `width`, with code coloured by `highlights` when given.
pub(crate) fn layout(
    content: &Content,
    highlights: Option<&[Option<Highlighted>]>,
    width: usize,
    theme: &Theme,
    options: &LayoutOptions<'_>,
) -> Rendered {
    run(content, highlights, (width, theme, options), None).0
}

/// Lays `content` out with plain code, and reports where each code line went, so the
/// code can be coloured by [`code::recolour`] once highlighting (running meanwhile on
/// other threads) is done.
pub(crate) fn layout_for_recolour(
    content: &Content,
    width: usize,
    theme: &Theme,
    options: &LayoutOptions<'_>,
) -> (Rendered, Vec<CodePosition>) {
    let (rendered, positions) = run(content, None, (width, theme, options), Some(Vec::new()));
    (rendered, positions.unwrap_or_default())
}

fn run(
    content: &Content,
    highlights: Option<&[Option<Highlighted>]>,
    (width, theme, options): (usize, &Theme, &LayoutOptions<'_>),
    positions: Option<Vec<CodePosition>>,
) -> (Rendered, Option<Vec<CodePosition>>) {
    let mut layouter = Layouter {
        content,
        highlights,
        theme,
        options,
        width: width.max(1),
        prefix: Vec::new(),
        list_depth: 0,
        out: Rendered::default(),
        positions,
    };
    layouter.blocks(&content.blocks, false, true);
    layouter.notes();
    layouter.out.lines.shrink_to_fit();
    layouter.out.links = super::links::find(&layouter.out.lines);
    (layouter.out, layouter.positions)
}

/// One level of nesting: what it puts in front of its first line, and of the others.
struct Segment {
    first: Vec<(String, Style)>,
    rest: String,
    rest_style: Style,
    used: bool,
}

struct Layouter<'a> {
    content: &'a Content,
    highlights: Option<&'a [Option<Highlighted>]>,
    theme: &'a Theme,
    options: &'a LayoutOptions<'a>,
    width: usize,
    prefix: Vec<Segment>,
    list_depth: usize,
    out: Rendered,
    /// Where code lines went, when they are to be coloured later.
    positions: Option<Vec<CodePosition>>,
}

impl Layouter<'_> {
    fn blocks(&mut self, blocks: &[Block], tight: bool, top: bool) {
        for (index, block) in blocks.iter().enumerate() {
            if index > 0 && !tight {
                self.blank();
            }
            if top {
                self.out.block_lines.push(self.out.lines.len());
            }
            self.block(block);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Paragraph(runs) => {
                let lines = wrap(runs, self.available(), self.theme.text, self.theme);
                self.emit_all(lines);
            }
            Block::Heading { level, runs, .. } => self.heading(*level, runs),
            Block::Quote(blocks) => {
                let bar = self.theme.quote_bar;
                self.push_segment(vec![(QUOTE_BAR.to_owned(), bar)], QUOTE_BAR.to_owned(), bar);
                self.blocks(blocks, false, false);
                self.prefix.pop();
            }
            Block::List(list) => self.list(list),
            Block::Code(index) => self.code(*index),
            Block::Table(table) => {
                // Line by line as the table makes them: its narrow form can be a
                // million lines, which are never all held in between.
                let mut count = 0;
                layout_table(table, self.available(), self.theme, &mut |line| {
                    count += 1;
                    self.emit(&line);
                });
                if count == 0 {
                    self.emit(&Wrapped::default());
                }
            }
            Block::Callout { kind, blocks } => self.callout(*kind, blocks),
            Block::DefinitionList(parts) => self.definitions(parts),
            Block::Fold(fold) => self.fold(fold),
            Block::Listing(listing) => self.listing(listing),
            Block::Quiz(src) => self.quiz(src),
            Block::Rule => {
                let width = self.available();
                self.emit(&plain_line("─".repeat(width), width, self.theme.rule));
            }
        }
    }

    /// A heading: its text in the level's style over a rule whose line tells the
    /// level even without colour or bold (`═` for 1, `─` for 2, `┄` for 3, `┈`
    /// deeper). Markdown's own `#` marks are never shown.
    fn heading(&mut self, level: u8, runs: &[Run]) {
        self.out.heading_lines.push(self.out.lines.len());
        let style = self.theme.heading(level);
        let lines = wrap(runs, self.available(), style, self.theme);
        let underline = lines.iter().map(|l| l.width).max().unwrap_or(0).max(1);
        self.emit_all(lines);
        let rule = match level {
            1 => "═",
            2 => "─",
            3 => "┄",
            _ => "┈",
        };
        let width = underline.min(self.available());
        self.emit(&plain_line(rule.repeat(width), width, style));
    }

    fn list(&mut self, list: &List) {
        let theme = self.theme;
        let count = u64::try_from(list.items.len()).unwrap_or(u64::MAX);
        let highest = list
            .start
            .map(|s| s.saturating_add(count.saturating_sub(1)));
        let number_width = highest.map_or(0, |n| n.to_string().len());
        let bullet = BULLETS[self.list_depth % BULLETS.len()];
        self.list_depth += 1;
        for (index, item) in list.items.iter().enumerate() {
            if index > 0 && !list.tight {
                self.blank();
            }
            let mut first = Vec::new();
            if let Some(start) = list.start {
                let number = start.saturating_add(u64::try_from(index).unwrap_or(u64::MAX));
                first.push((format!("{number:>number_width$}. "), theme.list_marker));
            }
            match item.task {
                Some(true) => first.push(("☑ ".to_owned(), theme.task_done)),
                Some(false) => first.push(("☐ ".to_owned(), theme.task_open)),
                None if list.start.is_none() => {
                    first.push((format!("{bullet} "), theme.list_marker));
                }
                None => {}
            }
            let marker_width = first.iter().map(|(text, _)| text_width(text)).sum();
            self.push_segment(first, spaces(marker_width), theme.text);
            if item.blocks.is_empty() {
                self.emit(&Wrapped::default());
            }
            self.blocks(&item.blocks, list.tight, false);
            self.prefix.pop();
        }
        self.list_depth -= 1;
    }

    fn code(&mut self, index: usize) {
        let Some(block) = self.content.code.get(index) else {
            return;
        };
        let theme = self.theme;
        let highlighted = self
            .highlights
            .and_then(|h| h.get(index))
            .and_then(Option::as_ref);
        let available = self.available();
        self.emit(&clip(code::top_frame(block, theme), available));
        for (number, text) in block.lines.iter().enumerate() {
            let segments = highlighted.and_then(|h| h.get(number));
            let at = self.emit_code(text, segments.map(Vec::as_slice));
            if let Some(positions) = &mut self.positions {
                let line = self.out.lines.len() - 1;
                positions.push(CodePosition {
                    line,
                    block: index,
                    number,
                    at,
                });
            }
        }
        self.emit(&clip(code::bottom_frame(theme), available));
    }

    fn notes(&mut self) {
        if self.content.notes.is_empty() {
            return;
        }
        if !self.out.lines.is_empty() {
            self.blank();
        }
        let width = self.available().min(NOTES_RULE_WIDTH);
        self.emit(&plain_line("─".repeat(width), width, self.theme.rule));
        let widest = self
            .content
            .notes
            .iter()
            .map(|n| n.number)
            .max()
            .unwrap_or(1);
        let marker_width = widest.to_string().len() + 3;
        for note in &self.content.notes {
            let marker = format!("{:<marker_width$}", format!("[{}]", note.number));
            let style = self.theme.footnote_ref;
            self.push_segment(vec![(marker, style)], spaces(marker_width), self.theme.text);
            if note.blocks.is_empty() {
                self.emit(&Wrapped::default());
            }
            self.blocks(&note.blocks, false, false);
            self.prefix.pop();
        }
    }

    fn push_segment(&mut self, first: Vec<(String, Style)>, rest: String, rest_style: Style) {
        self.prefix.push(Segment {
            first,
            rest,
            rest_style,
            used: false,
        });
    }

    fn prefix_width(&self) -> usize {
        self.prefix.iter().map(|s| text_width(&s.rest)).sum()
    }

    /// Room for text after the prefix, which takes at most half the width.
    fn available(&self) -> usize {
        self.width - self.prefix_width().min(self.width / 2)
    }

    /// The prefix for the next line; a segment's first form is used only once.
    fn take_prefix(&mut self) -> Wrapped {
        let mut out = Wrapped::default();
        for segment in &mut self.prefix {
            if segment.used {
                out.push_styled(&segment.rest, segment.rest_style);
            } else {
                segment.used = true;
                for (text, style) in &segment.first {
                    out.push_styled(text, *style);
                }
            }
        }
        out
    }

    fn emit_all(&mut self, lines: Vec<Wrapped>) {
        if lines.is_empty() {
            self.emit(&Wrapped::default());
        }
        for line in lines {
            self.emit(&line);
        }
    }

    /// Adds a line of text: the prefix (cut to leave the text room), then `content`,
    /// without the spaces that would end it.
    fn emit(&mut self, content: &Wrapped) {
        let room = self.width.saturating_sub(content.width).min(self.width / 2);
        let prefix = clip_left(self.take_prefix(), room);
        self.out
            .lines
            .push(prefix.spans.iter().chain(&content.spans), LineKind::Text);
        self.out.lines.trim_last();
    }

    /// Adds a line of code: the whole prefix, the gutter and the code, never cut or
    /// trimmed. Returns the number of spans in front of the code.
    fn emit_code(&mut self, text: &str, segments: Option<&[(usize, Style)]>) -> usize {
        let prefix = self.take_prefix();
        for span in &prefix.spans {
            self.out
                .lines
                .push_span(&span.text, span.style, span.link.as_deref());
        }
        code::push_code_line(&mut self.out.lines, text, segments, self.theme);
        self.out
            .lines
            .end_code_line(prefix.width + code::GUTTER_WIDTH);
        prefix.spans.len() + 1
    }

    /// An empty line inside the current nesting: quote bars stay, markers do not.
    fn blank(&mut self) {
        let mut prefix = Wrapped::default();
        for segment in &self.prefix {
            prefix.push_styled(&segment.rest, segment.rest_style);
        }
        let spans = clip_left(prefix, self.width / 2).spans;
        self.out.lines.push(&spans, LineKind::Text);
        self.out.lines.trim_last();
    }
}
