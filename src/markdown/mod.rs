//! Markdown -> [`Document`] (blocks and inline runs, independent of any width) -> lines
//! laid out for a width, with syntax highlighting and sanitizing on the way.
//!
//! One renderer serves `tutor read` and the TUI. It never touches a terminal: its edge
//! is [`Lines`] (stored compactly, read as [`LineRef`]s), [`StyledLine`] (convertible
//! to a ratatui [`Line`]) and [`write_ansi`]. Every
//! control character in the source is removed while parsing, so no document can drive
//! the terminal; colours come only from the [`Theme`] and never paint a background.
//!
//! A caller that knows more than the chapter (a book's chapter titles and hiding
//! prefixes, its quizzes, which folds the reader opened) says so with
//! [`ParseOptions`] and [`LayoutOptions`]; a layout reports where links, quizzes and
//! folds landed ([`Rendered`]), for the reader to act on.
mod ansi;
mod cells;
mod clip;
mod code;
mod document;
mod extended;
mod highlight;
mod html;
pub(crate) use self::html::InlineText;
mod layout;
mod lines;
mod links;
mod marks;
mod options;
mod parse;
mod places;
#[doc(hidden)]
pub mod sample;
mod schedule;
mod styled;
mod table;
mod text;
mod wrap;

pub use self::options::{ChapterTitles, LayoutOptions, ParseOptions, QuizCard, QuizCards, Unfold};
pub use self::places::{FoldLine, LinkSpan, QuizLine};

use std::io::{self, Write};
use std::sync::OnceLock;
use std::thread;

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use self::document::Content;
use self::highlight::Highlighted;
pub use self::lines::{Iter as LineIter, LineRef, Lines, SpanRef};
use crate::theme::Theme;

/// A parsed Markdown document, independent of any width.
///
/// Code is highlighted on the first coloured layout and the result kept, so laying the
/// document out again at another width does not highlight again.
#[derive(Debug, Clone, Default)]
pub struct Document {
    content: Content,
    highlights: OnceLock<Vec<Option<Highlighted>>>,
}

/// Whether a laid-out line is prose (fits the width) or verbatim (code, diagrams: never
/// re-wrapped, may be wider than the width).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Text,
    Code,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StyledSpan {
    pub text: String,
    pub style: Style,
    /// Target of a hyperlink covering this span (OSC 8 when colour is on).
    pub link: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StyledLine {
    pub spans: Vec<StyledSpan>,
    pub kind: LineKind,
}

/// A document laid out at one width, with where its parts landed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rendered {
    pub lines: Lines,
    /// The line of each heading, in the order of [`Document::headings`]; a heading
    /// inside a closed fold has its fold's summary line.
    pub heading_lines: Vec<usize>,
    /// The first line of each top-level block, in order: a position that survives a
    /// change of width (see [`Document::block_count`]).
    pub block_lines: Vec<usize>,
    /// Every link on a laid-out line (a closed fold's are not), in reading order.
    pub links: Vec<LinkSpan>,
    /// Every quiz place laid out, in order (one in a closed fold is not).
    pub quizzes: Vec<QuizLine>,
    /// Every fold whose summary was laid out, in order.
    pub folds: Vec<FoldLine>,
}

/// Parses Markdown. TOML front matter is the caller's to strip; YAML front matter at
/// the top is skipped.
pub fn parse(src: &str) -> Document {
    parse_with(src, &ParseOptions::default())
}

/// Parses Markdown with what the caller knows of the book it comes from.
pub fn parse_with(src: &str, options: &ParseOptions<'_>) -> Document {
    Document {
        content: parse::parse(src, options),
        highlights: OnceLock::new(),
    }
}

impl Document {
    /// Lays the document out at `width` display columns (at least 1 is used), each
    /// line owned: for short texts and tests; [`Document::render`] keeps a long
    /// document's lines compactly.
    pub fn layout(&self, width: usize, theme: &Theme) -> Vec<StyledLine> {
        self.render(width, theme).lines.to_styled()
    }

    /// Lays the document out and reports where headings and blocks start.
    pub fn render(&self, width: usize, theme: &Theme) -> Rendered {
        self.render_with(width, theme, &LayoutOptions::default())
    }

    /// Lays the document out as `options` say (open folds, the chapter's quizzes).
    pub fn render_with(
        &self,
        width: usize,
        theme: &Theme,
        options: &LayoutOptions<'_>,
    ) -> Rendered {
        let content = &self.content;
        if !theme.color {
            return layout::layout(content, None, width, theme, options);
        }
        if let Some(highlights) = self.highlights.get() {
            return layout::layout(content, Some(highlights), width, theme, options);
        }
        if content.code.is_empty() {
            return layout::layout(content, Some(self.highlighted()), width, theme, options);
        }
        // The first coloured layout: highlighting is the slow part, so other threads do
        // it while this one lays the document out, then the code lines are coloured.
        thread::scope(|scope| {
            let highlighting = scope.spawn(|| self.highlighted());
            let (mut rendered, positions) =
                layout::layout_for_recolour(content, width, theme, options);
            if let Ok(highlights) = highlighting.join() {
                code::recolour(
                    &mut rendered.lines,
                    &positions,
                    &self.content,
                    highlights,
                    theme,
                );
            }
            rendered
        })
    }

    /// Lays the document out with whatever highlighting is already done, never
    /// highlighting or waiting for it: for a first frame while [`Document::highlight`]
    /// runs on another thread.
    pub fn render_available(&self, width: usize, theme: &Theme) -> Rendered {
        self.render_available_with(width, theme, &LayoutOptions::default())
    }

    /// [`Document::render_available`] as `options` say.
    pub fn render_available_with(
        &self,
        width: usize,
        theme: &Theme,
        options: &LayoutOptions<'_>,
    ) -> Rendered {
        let highlights = self.highlights.get().filter(|_| theme.color);
        let highlights = highlights.map(Vec::as_slice);
        layout::layout(&self.content, highlights, width, theme, options)
    }

    /// Highlights the document's code now, rather than on the first coloured layout
    /// (for callers that want to do it ahead, on another thread).
    pub fn highlight(&self) {
        self.highlighted();
    }

    /// Whether the code is highlighted already, so a coloured layout will not wait.
    pub fn is_highlighted(&self) -> bool {
        self.highlights.get().is_some()
    }

    fn highlighted(&self) -> &[Option<Highlighted>] {
        self.highlights
            .get_or_init(|| highlight::highlight_all(&self.content.code))
    }

    /// The bytes the parsed document holds in its buffers (highlighting aside): what
    /// a bound on memory measures.
    pub fn heap_bytes(&self) -> usize {
        self.content.heap_bytes()
    }

    /// Every heading as `(level, text)`, in document order; footnotes excluded.
    pub fn headings(&self) -> Vec<(u8, String)> {
        self.content.headings()
    }

    /// The anchor of every heading, in the order of [`Document::headings`]: its
    /// `{#id}`, else the id mdBook gives it, so `chapter.md#id` links find it.
    pub fn heading_ids(&self) -> Vec<String> {
        places::heading_ids(&self.content.blocks)
    }

    /// The index (into [`Document::headings`]) of the heading whose anchor is `id`.
    pub fn heading_index(&self, id: &str) -> Option<usize> {
        self.heading_ids().iter().position(|anchor| anchor == id)
    }

    /// The path of every quiz placed in the chapter, in order.
    pub fn quiz_sources(&self) -> Vec<String> {
        places::quiz_sources(&self.content.blocks)
    }

    /// The number of top-level blocks (paragraphs, headings, lists, ...).
    pub fn block_count(&self) -> usize {
        self.content.blocks.len()
    }

    /// The 1-based source line where each top-level block starts, one per block (in
    /// the order of [`Rendered::block_lines`]); footnote definitions are not blocks.
    /// Positions saved as source lines survive a terminal of another width.
    pub fn block_source_lines(&self) -> &[u32] {
        &self.content.block_sources
    }

    /// The number of lines of the source (at least 1), as reading progress counts them.
    pub fn source_line_count(&self) -> u32 {
        self.content.source_lines
    }

    pub fn is_empty(&self) -> bool {
        self.content.blocks.is_empty() && self.content.notes.is_empty()
    }

    /// The first source line (1-based) of a quote, list or other container nested
    /// deeper than the renderer goes; from there on its content is shown flat.
    pub fn flattened_line(&self) -> Option<u32> {
        self.content.flattened
    }
}

impl StyledLine {
    /// Display width in terminal columns.
    pub fn width(&self) -> usize {
        self.spans.iter().map(|s| s.text.width()).sum()
    }

    /// The line's text without styles.
    pub fn plain(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

impl From<&StyledSpan> for Span<'static> {
    fn from(span: &StyledSpan) -> Self {
        Span::styled(span.text.clone(), span.style)
    }
}

impl From<&StyledLine> for Line<'static> {
    fn from(line: &StyledLine) -> Self {
        Line::from(line.spans.iter().map(Span::from).collect::<Vec<_>>())
    }
}

/// Starts loading the syntax highlighter's definitions in the background. Optional:
/// a caller that will lay a document out with colour can call this first, before
/// reading and parsing, to take that load (a few milliseconds) off the critical path.
pub fn preload_highlighting() {
    highlight::preload();
}

/// Writes lines to a byte stream: with `color`, SGR styles and OSC 8 hyperlinks; without,
/// plain text and not a single escape byte.
pub fn write_ansi(out: &mut impl Write, lines: &[StyledLine], color: bool) -> io::Result<()> {
    let lines = lines
        .iter()
        .map(|line| line.spans.iter().map(SpanRef::from));
    ansi::write_ansi(out, lines, color)
}

impl Lines {
    /// Writes the lines as [`write_ansi`] does.
    pub fn write_ansi(&self, out: &mut impl Write, color: bool) -> io::Result<()> {
        ansi::write_ansi(out, self.iter().map(|line| line.spans()), color)
    }
}

/// The lines as plain text, one `\n` after each.
pub fn plain_text(lines: &[StyledLine]) -> String {
    let mut out = String::new();
    for line in lines {
        for span in &line.spans {
            out.push_str(&crate::sanitize::strip_controls(&span.text));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn each_top_level_block_knows_its_first_source_line() {
        let src = "# Title\n\nA paragraph\nover two lines.\n\n```rust\nfn main() {}\n```\n\n- a\n- b\n\n---\n";
        let doc = parse(src);
        assert_eq!(doc.block_source_lines(), [1, 3, 6, 10, 13]);
        assert_eq!(doc.source_line_count(), 13);
    }

    #[test]
    fn footnote_definitions_are_not_blocks() {
        let doc = parse("Text[^1].\n\n[^1]: A note.\n\nMore.\n");
        assert_eq!(doc.block_source_lines(), [1, 5]);
    }

    #[test]
    fn an_html_block_that_shows_nothing_keeps_the_lines_in_step() {
        // The comment renders to nothing, so it is no block and takes no line.
        let doc = parse(
            "<!-- note -->\n\nText\n\n<div>shown</div>\n\n> quote\n> more\n\n| a |\n|---|\n| 1 |\n",
        );
        assert_eq!(doc.block_count(), doc.block_source_lines().len());
        assert_eq!(doc.block_source_lines(), [3, 5, 7, 10]);
    }

    #[test]
    fn block_lines_are_found_in_one_pass_over_a_large_document() {
        let src = "Paragraph.\n\n".repeat(50_000);
        let started = std::time::Instant::now();
        let doc = parse(&src);
        assert_eq!(doc.block_count(), 50_000);
        assert_eq!(doc.block_source_lines()[49_999], 99_999);
        // Generous: a quadratic count would take minutes here.
        assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    }
}
