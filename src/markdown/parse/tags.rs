//! The start and end of each pulldown-cmark tag: which inline or container it opens,
//! and what it becomes when it closes. Containers too deep are not opened at all
//! (see [`MAX_NESTING`]), so their blocks join the container around them.
use std::sync::Arc;

use pulldown_cmark::{BlockQuoteKind, CodeBlockKind, Tag, TagEnd};

use super::code::{self, Info};
use super::inline::Image;
use super::table::{TableDraft, align};
use super::{Builder, Container, InlineKind, MAX_NESTING, heading_level};
use crate::markdown::document::{Block, CalloutKind, CodeBlock, Flags, Item};
use crate::markdown::text::{clean_code, clean_inline};

impl Builder<'_> {
    pub(super) fn start(&mut self, tag: Tag<'_>) {
        let nests = matches!(
            tag,
            Tag::BlockQuote(_)
                | Tag::List(_)
                | Tag::Item
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionList
                | Tag::DefinitionListDefinition
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
            Tag::Heading { level, id, .. } => {
                self.end_implicit();
                self.heading_id = id.map(|id| clean_inline(&id));
                self.inline = Some((InlineKind::Heading(heading_level(level)), Vec::new()));
            }
            Tag::BlockQuote(kind) => {
                self.open(Container::Quote(kind.map(callout_kind), Vec::new()));
            }
            Tag::CodeBlock(kind) => {
                self.end_implicit();
                let info = match kind {
                    CodeBlockKind::Fenced(info) => {
                        let hidelines = self.options.map(|options| &options.hidelines);
                        code::read_info(&info, hidelines)
                    }
                    CodeBlockKind::Indented => Info::default(),
                };
                self.code = Some((info, String::new()));
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
            Tag::DefinitionList => self.open(Container::Definitions(Vec::new())),
            Tag::DefinitionListTitle => {
                self.end_implicit();
                self.inline = Some((InlineKind::Term, Vec::new()));
            }
            Tag::DefinitionListDefinition => self.open(Container::Meaning(Vec::new())),
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
            Tag::Image { dest_url, .. } => self.start_image(&dest_url),
            Tag::Superscript | Tag::Subscript | Tag::MetadataBlock(_) => {}
        }
    }

    pub(super) fn end(&mut self, tag: TagEnd) {
        let nests = matches!(
            tag,
            TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionList
                | TagEnd::DefinitionListDefinition
        );
        // Events nest, so while containers were skipped, the innermost is one of them.
        if nests && self.skipped > 0 {
            self.end_implicit();
            self.skipped -= 1;
            return;
        }
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::DefinitionListTitle => {
                self.finish_inline();
            }
            TagEnd::CodeBlock => self.end_code(),
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
            | TagEnd::Table
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListDefinition => {
                // A fold (or listing, or hidden element) opened inside this container
                // ends with it.
                while self.stack.last().is_some_and(Container::is_html) {
                    self.close();
                }
                self.close();
            }
            TagEnd::Superscript | TagEnd::Subscript | TagEnd::MetadataBlock(_) => {}
        }
    }

    fn start_image(&mut self, url: &str) {
        if let Some(image) = &mut self.image {
            image.depth += 1;
        } else {
            self.image = Some(Image {
                url: clean_inline(url).into(),
                alt: String::new(),
                depth: 0,
            });
        }
    }

    fn end_code(&mut self) {
        let Some((info, text)) = self.code.take() else {
            return;
        };
        let index = self.content.code.len();
        self.content.code.push(CodeBlock {
            lines: code::shown_lines(clean_code(&text), info.hide.as_ref()),
            label: info.label,
            flags: info.flags,
        });
        self.push_block(Block::Code(index));
    }
}

fn callout_kind(kind: BlockQuoteKind) -> CalloutKind {
    match kind {
        BlockQuoteKind::Note => CalloutKind::Note,
        BlockQuoteKind::Tip => CalloutKind::Tip,
        BlockQuoteKind::Important => CalloutKind::Important,
        BlockQuoteKind::Warning => CalloutKind::Warning,
        BlockQuoteKind::Caution => CalloutKind::Caution,
    }
}
