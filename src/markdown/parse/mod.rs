//! Turns pulldown-cmark events into [`Content`].
//!
//! This is the one place untrusted text enters the renderer, so every string taken from
//! an event (text, code, link and image addresses, code info strings, heading ids,
//! HTML) goes through the sanitizer here, after entity decoding. Titles are not kept at
//! all. YAML front matter at the top is skipped ([`front`]).
use std::collections::HashMap;
use std::sync::Arc;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser};

mod book;
mod code;
mod containers;
mod front;
mod hidden;
mod html;
mod ids;
mod inline;
mod lines;
mod links;
mod notes;
mod table;
mod tags;

use self::code::Info;
use self::hidden::Hidden;
use self::ids::Ids;
use self::inline::Image;
use self::lines::Lines;
use self::table::TableDraft;
use super::document::{Block, CalloutKind, Content, Definition, Flags, Item, Run};
use super::html::elements::OpenElements;
use super::options::ParseOptions;
use super::text::clean_inline;

/// What pulldown-cmark is asked to read: GFM's tables, strikethrough, task lists,
/// footnotes and alerts, heading attributes (`{#id .class}`) and definition lists.
fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_GFM
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_DEFINITION_LIST
}

pub(crate) fn parse(src: &str, options: &ParseOptions<'_>) -> Content {
    let mut builder = Builder {
        options: Some(options),
        ..Builder::default()
    };
    let mut lines = Lines::default();
    let start = front::body_start(src);
    let body = &src[start..];
    for (event, range) in Parser::new_ext(body, markdown_options()).into_offset_iter() {
        // Where a top-level block starts is where the reader's saved positions point.
        // Noted at its start: the block itself is pushed when it ends.
        if builder.at_top_level() && matches!(event, Event::Start(_) | Event::Rule) {
            builder.block_line = lines.line_of(src, start + range.start);
        }
        builder.event(event);
        if builder.flattened && builder.content.flattened.is_none() {
            builder.content.flattened = Some(lines.line_of(src, start + range.start));
        }
    }
    let mut content = builder.finish();
    content.source_lines = u32::try_from(src.lines().count().max(1)).unwrap_or(u32::MAX);
    content
}

/// Containers (quotes, lists, items, footnotes, folds) nest at most this deep; one
/// deeper in is not opened, so its blocks join the innermost open container. The tree
/// then stays shallow whatever the input, and everything that walks it (layout,
/// headings, `Drop`) recurses a bounded depth. A list level takes two (list and
/// item), so this is 32 levels of lists.
const MAX_NESTING: usize = 64;

/// A block-level element whose children are still being collected.
#[derive(Debug)]
enum Container {
    /// A block quote, or an alert when it has a kind.
    Quote(Option<CalloutKind>, Vec<Block>),
    List {
        start: Option<u64>,
        items: Vec<Item>,
        loose: bool,
    },
    Item {
        item: Item,
        loose: bool,
    },
    Note {
        label: String,
        blocks: Vec<Block>,
    },
    Table(TableDraft),
    Definitions(Vec<Definition>),
    /// One definition of a definition list.
    Meaning(Vec<Block>),
    /// An HTML `details` element; its content may span several blocks.
    Fold {
        index: usize,
        summary: Option<Vec<Run>>,
        blocks: Vec<Block>,
    },
    /// A `<Listing>`; its content spans the blocks up to `</Listing>`.
    Listing {
        file_name: Option<String>,
        caption: Vec<Run>,
        blocks: Vec<Block>,
    },
    /// An element with `class="hidden"` whose content runs on past its HTML block:
    /// what ends inside it is dropped.
    Hidden(Hidden),
}

impl Container {
    /// Opened by HTML, which Markdown's own containers do not close: one ending
    /// closes these first.
    fn is_html(&self) -> bool {
        matches!(
            self,
            Self::Fold { .. } | Self::Listing { .. } | Self::Hidden(_)
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InlineKind {
    Paragraph,
    /// Text of a tight list item, which has no paragraph events around it.
    Implicit,
    Heading(u8),
    Cell,
    /// An HTML `summary`: the title of the fold it is in.
    Summary,
    /// The term of a definition list.
    Term,
}

#[derive(Debug, Default)]
struct Builder<'a> {
    options: Option<&'a ParseOptions<'a>>,
    /// Reading a `<Listing>`'s caption, where another `<Listing>` is not one.
    in_caption: bool,
    root: Vec<Block>,
    stack: Vec<Container>,
    inline: Option<(InlineKind, Vec<Run>)>,
    flags: Vec<Flags>,
    /// Open links: address and the index of their first run.
    links: Vec<(Arc<str>, usize)>,
    image: Option<Image>,
    code: Option<(Info, String)>,
    /// The text of the HTML block being read.
    html: Option<String>,
    /// Inline HTML elements open in the inline being built.
    elements: OpenElements,
    /// How many folds (`details`) are open, and how many were ever opened.
    folds: usize,
    folds_opened: usize,
    /// The `{#id}` (or HTML `id`) of the heading being read.
    heading_id: Option<String>,
    ids: Ids,
    /// A line break inside a paragraph, not yet written: it becomes a space, except
    /// between two wide (CJK) characters, where scripts without spaces want none.
    soft_break: bool,
    content: Content,
    /// The source line of the top-level block being built.
    block_line: u32,
    note_numbers: HashMap<String, usize>,
    note_blocks: HashMap<String, Vec<Block>>,
    /// Containers started past [`MAX_NESTING`] and not yet ended: they were never
    /// opened, so their ends close nothing.
    skipped: usize,
    /// Whether any container was past [`MAX_NESTING`].
    flattened: bool,
}

impl Builder<'_> {
    /// Outside every block: the next start is a top-level block's.
    fn at_top_level(&self) -> bool {
        self.stack.is_empty() && self.inline.is_none() && self.code.is_none() && self.html.is_none()
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text),
            Event::Code(text) | Event::InlineMath(text) | Event::DisplayMath(text) => {
                let flags = self.flags().with(Flags::CODE);
                self.push_run(clean_inline(&text), flags);
            }
            Event::Html(text) => {
                if let Some(html) = &mut self.html {
                    html.push_str(&text);
                }
            }
            Event::InlineHtml(text) => self.inline_html(&text),
            Event::FootnoteReference(label) => self.note_reference(&label),
            Event::SoftBreak => self.soft_break = true,
            Event::HardBreak => self.push_run(String::new(), Flags::BREAK),
            Event::Rule => {
                self.end_implicit();
                self.push_block(Block::Rule);
            }
            Event::TaskListMarker(checked) => {
                if let Some(Container::Item { item, .. }) = self.stack.last_mut() {
                    item.task = Some(checked);
                }
            }
        }
    }

    fn finish_inline(&mut self) {
        self.elements.clear();
        let Some((kind, runs)) = self.inline.take() else {
            return;
        };
        match kind {
            InlineKind::Heading(level) => {
                let id = match self.heading_id.take().filter(|id| !id.is_empty()) {
                    Some(id) => id,
                    None => self.ids.of_heading(&runs),
                };
                self.push_block(Block::Heading { level, runs, id });
            }
            // A paragraph of nothing but hidden HTML (`<a id="x"></a>`) is no block.
            InlineKind::Paragraph | InlineKind::Implicit
                if runs.iter().all(|r| r.text.is_empty() && !r.is_break()) => {}
            InlineKind::Paragraph | InlineKind::Implicit => {
                self.push_block(Block::Paragraph(runs));
            }
            InlineKind::Cell => {
                if let Some(Container::Table(draft)) = self.stack.last_mut() {
                    draft.push_cell(runs);
                }
            }
            InlineKind::Summary => self.end_summary(runs),
            InlineKind::Term => self.end_term(runs),
        }
    }

    /// Ends the text of a tight list item before a nested block starts.
    fn end_implicit(&mut self) {
        if matches!(self.inline, Some((InlineKind::Implicit, _))) {
            self.finish_inline();
        }
    }

    fn finish(mut self) -> Content {
        self.finish_inline();
        while !self.stack.is_empty() {
            self.close();
        }
        self.content.notes = self.numbered_notes();
        self.content.blocks = self.root;
        self.content
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}
