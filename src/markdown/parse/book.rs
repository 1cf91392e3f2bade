//! What books add while parsing: definition-list terms, the Rust Book's `<Listing>`
//! figures, and quiz places (`<tutor-quiz src="PATH">`, which mdBook's `{{#quiz}}`
//! becomes before parsing).
//!
//! A listing's caption is Markdown in an attribute; it is read by a second builder
//! that takes no `<Listing>` as one, so captions can never nest parsing any deeper.
use pulldown_cmark::Parser;

use super::{Builder, Container, InlineKind, MAX_NESTING, markdown_options};
use crate::markdown::document::{Block, Definition, Flags, Listing, Run};
use crate::markdown::html::scan::Tag;

impl Builder<'_> {
    /// A finished term: the next part of its definition list, else a bold paragraph.
    pub(super) fn end_term(&mut self, mut runs: Vec<Run>) {
        if let Some(Container::Definitions(parts)) = self.stack.last_mut() {
            parts.push(Definition::Term(runs));
            return;
        }
        for run in &mut runs {
            run.flags = run.flags.with(Flags::STRONG);
        }
        self.push_block(Block::Paragraph(runs));
    }

    /// `<Listing number=… file-name=… caption=…>` in an HTML block: the blocks up to
    /// `</Listing>` go inside it.
    pub(super) fn open_listing(&mut self, tag: &Tag<'_>) {
        self.end_html_paragraph(false);
        if self.stack.len() >= MAX_NESTING {
            return;
        }
        let number = tag.attribute("number").filter(|n| !n.trim().is_empty());
        let caption = tag
            .attribute("caption")
            .map(|source| self.caption_runs(&source))
            .filter(|runs| !runs.is_empty());
        let mut runs = Vec::new();
        if let Some(number) = number {
            runs.push(Run::new(
                format!("Listing {}", number.trim()),
                Flags::STRONG,
                None,
            ));
            if caption.is_some() {
                runs.push(Run::new(": ", Flags::STRONG, None));
            }
        }
        runs.extend(caption.unwrap_or_default());
        let file_name = tag
            .attribute("file-name")
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty());
        self.open(Container::Listing {
            file_name,
            caption: runs,
            blocks: Vec::new(),
        });
    }

    /// `</Listing>`: closes the listing, if it is the innermost container.
    pub(super) fn close_listing(&mut self) {
        self.end_html_paragraph(false);
        if matches!(self.stack.last(), Some(Container::Listing { .. })) {
            self.close();
        }
    }

    pub(super) fn end_listing(
        &mut self,
        file_name: Option<String>,
        caption: Vec<Run>,
        blocks: Vec<Block>,
    ) {
        self.push_block(Block::Listing(Listing {
            file_name,
            caption,
            blocks,
        }));
    }

    /// A caption's Markdown as inline runs: its paragraphs' text, one after another.
    fn caption_runs(&self, source: &str) -> Vec<Run> {
        let mut caption = Builder {
            options: self.options,
            in_caption: true,
            ..Builder::default()
        };
        for event in Parser::new_ext(source, markdown_options()) {
            caption.event(event);
        }
        let mut runs: Vec<Run> = Vec::new();
        for block in caption.finish().blocks {
            if let Block::Paragraph(more) | Block::Heading { runs: more, .. } = block {
                if !runs.is_empty() {
                    runs.push(Run::new(" ", Flags::default(), None));
                }
                runs.extend(more);
            }
        }
        runs
    }

    /// `<tutor-quiz src="PATH">` in an HTML block: a quiz place, when it names a quiz.
    pub(super) fn quiz_block(&mut self, tag: &Tag<'_>) {
        self.end_html_paragraph(false);
        self.push_quiz(tag);
    }

    /// `<tutor-quiz>` inside a paragraph, as `{{#quiz}}` leaves it (the opening and
    /// closing tags on one line make a paragraph, not an HTML block): the paragraph
    /// is split around the quiz place. In a heading, cell or term it shows nothing.
    pub(super) fn inline_quiz(&mut self, tag: &Tag<'_>) {
        let Some((kind @ (InlineKind::Paragraph | InlineKind::Implicit), _)) = self.inline else {
            return;
        };
        if self.image.is_some() || !self.links.is_empty() {
            return;
        }
        self.finish_inline();
        self.push_quiz(tag);
        self.inline = Some((kind, Vec::new()));
    }

    fn push_quiz(&mut self, tag: &Tag<'_>) {
        if let Some(src) = tag.attribute("src").filter(|src| !src.trim().is_empty()) {
            self.push_block(Block::Quiz(src.trim().to_owned()));
        }
    }
}
