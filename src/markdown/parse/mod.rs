//! Turns pulldown-cmark events into [`Content`].
//!
//! This is the one place untrusted text enters the renderer, so every string taken from
//! an event (text, code, link and image addresses, code info strings, HTML) goes through
//! the sanitizer here, after entity decoding. Titles are not kept at all.
use std::collections::HashMap;
use std::sync::Arc;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

mod containers;
mod html;
mod inline;
mod lines;
mod notes;
mod table;

use self::inline::Image;
use self::lines::Lines;
use self::table::{TableDraft, align};
use super::document::{Block, CodeBlock, Content, Flags, Item, Run};
use super::html::elements::OpenElements;
use super::text::{clean_code, clean_inline, code_label};

pub(crate) fn parse(src: &str) -> Content {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    let mut builder = Builder::default();
    let mut lines = Lines::default();
    for (event, range) in Parser::new_ext(src, options).into_offset_iter() {
        // Where a top-level block starts is where the reader's saved positions point.
        // Noted at its start: the block itself is pushed when it ends.
        if builder.at_top_level() && matches!(event, Event::Start(_) | Event::Rule) {
            builder.block_line = lines.line_of(src, range.start);
        }
        builder.event(event);
        if builder.flattened && builder.content.flattened.is_none() {
            builder.content.flattened = Some(lines.line_of(src, range.start));
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
    Quote(Vec<Block>),
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
    /// An HTML `details` element; its content may span several blocks.
    Fold {
        summary: Option<Vec<Run>>,
        blocks: Vec<Block>,
    },
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
}

#[derive(Debug, Default)]
struct Builder {
    root: Vec<Block>,
    stack: Vec<Container>,
    inline: Option<(InlineKind, Vec<Run>)>,
    flags: Vec<Flags>,
    /// Open links: address and the index of their first run.
    links: Vec<(Arc<str>, usize)>,
    image: Option<Image>,
    code: Option<(String, String)>,
    /// The text of the HTML block being read.
    html: Option<String>,
    /// Inline HTML elements open in the inline being built.
    elements: OpenElements,
    /// How many folds (`details`) are open.
    folds: usize,
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

impl Builder {
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

    fn start(&mut self, tag: Tag<'_>) {
        let nests = matches!(
            tag,
            Tag::BlockQuote(_) | Tag::List(_) | Tag::Item | Tag::FootnoteDefinition(_)
        );
        if nests && (self.skipped > 0 || self.stack.len() >= MAX_NESTING) {
            self.end_implicit();
            self.skipped += 1;
            self.flattened = true;
            return;
        }
        match tag {
            Tag::Paragraph => {
                self.end_implicit();
                if let Some(Container::Item { loose, .. }) = self.stack.last_mut() {
                    *loose = true;
                }
                self.inline = Some((InlineKind::Paragraph, Vec::new()));
            }
            Tag::Heading { level, .. } => {
                self.end_implicit();
                self.inline = Some((InlineKind::Heading(heading_level(level)), Vec::new()));
            }
            Tag::BlockQuote(_) => self.open(Container::Quote(Vec::new())),
            Tag::CodeBlock(kind) => {
                self.end_implicit();
                let label = match kind {
                    CodeBlockKind::Fenced(info) => code_label(&info),
                    CodeBlockKind::Indented => String::new(),
                };
                self.code = Some((label, String::new()));
            }
            Tag::HtmlBlock => {
                self.end_implicit();
                self.html = Some(String::new());
            }
            Tag::List(start) => {
                self.open(Container::List {
                    start,
                    items: Vec::new(),
                    loose: false,
                });
            }
            Tag::Item => self.open(Container::Item {
                item: Item::default(),
                loose: false,
            }),
            Tag::FootnoteDefinition(label) => {
                self.open(Container::Note {
                    label: label.to_lowercase(),
                    blocks: Vec::new(),
                });
            }
            Tag::Table(aligns) => {
                let aligns = aligns.iter().map(|a| align(*a)).collect();
                self.open(Container::Table(TableDraft::new(aligns)));
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(Container::Table(draft)) = self.stack.last_mut() {
                    draft.start_row();
                }
            }
            Tag::TableCell => self.inline = Some((InlineKind::Cell, Vec::new())),
            Tag::Emphasis => self.flags.push(Flags::EMPHASIS),
            Tag::Strong => self.flags.push(Flags::STRONG),
            Tag::Strikethrough => self.flags.push(Flags::STRIKE),
            Tag::Link { dest_url, .. } => {
                let url: Arc<str> = clean_inline(&dest_url).into();
                self.ensure_inline();
                let first = self.inline.as_ref().map_or(0, |(_, runs)| runs.len());
                self.links.push((url, first));
                self.flags.push(Flags::LINK);
            }
            Tag::Image { dest_url, .. } => {
                if let Some(image) = &mut self.image {
                    image.depth += 1;
                } else {
                    let url = clean_inline(&dest_url).into();
                    self.image = Some(Image {
                        url,
                        alt: String::new(),
                        depth: 0,
                    });
                }
            }
            Tag::Superscript
            | Tag::Subscript
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::MetadataBlock(_) => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        let nests = matches!(
            tag,
            TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item | TagEnd::FootnoteDefinition
        );
        // Events nest, so while containers were skipped, the innermost is one of them.
        if nests && self.skipped > 0 {
            self.end_implicit();
            self.skipped -= 1;
            return;
        }
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) => self.finish_inline(),
            TagEnd::CodeBlock => {
                if let Some((label, text)) = self.code.take() {
                    let index = self.content.code.len();
                    self.content.code.push(CodeBlock {
                        label,
                        lines: clean_code(&text),
                    });
                    self.push_block(Block::Code(index));
                }
            }
            TagEnd::HtmlBlock => {
                let html = self.html.take().unwrap_or_default();
                self.html_block(&html);
            }
            TagEnd::TableCell => {
                let runs = self.take_inline();
                if let Some(Container::Table(draft)) = self.stack.last_mut() {
                    draft.push_cell(runs);
                }
            }
            TagEnd::TableHead | TagEnd::TableRow => {
                if let Some(Container::Table(draft)) = self.stack.last_mut() {
                    draft.end_row();
                }
            }
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough => {
                self.flags.pop();
            }
            TagEnd::Link => self.end_link(),
            TagEnd::Image => self.end_image(),
            TagEnd::BlockQuote(_)
            | TagEnd::List(_)
            | TagEnd::Item
            | TagEnd::FootnoteDefinition
            | TagEnd::Table => {
                // A fold opened inside this container ends with it.
                while matches!(self.stack.last(), Some(Container::Fold { .. })) {
                    self.close();
                }
                self.close();
            }
            TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::MetadataBlock(_) => {}
        }
    }

    fn finish_inline(&mut self) {
        self.elements.clear();
        let Some((kind, runs)) = self.inline.take() else {
            return;
        };
        match kind {
            InlineKind::Heading(level) => self.push_block(Block::Heading { level, runs }),
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
