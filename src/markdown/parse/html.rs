//! HTML while parsing, read by meaning (see [`crate::markdown::html`]): tags inside a
//! paragraph, and HTML blocks.
//!
//! Inside a paragraph pulldown-cmark hands over one tag at a time; a known element
//! takes meaning when its closing tag comes, anything else is text as written. An
//! HTML block is raw HTML up to a blank line: its text has its character references
//! decoded (as a browser would), block tags start paragraphs, `h1`–`h6` are
//! headings, `hr` a rule, `pre` a code block, `details` a fold and `<Listing>` a
//! figure whose content may run on through the Markdown after it to the closing tag,
//! `<tutor-quiz>` a quiz place; an element of `class="hidden"` is not shown at all;
//! unknown tags are text as written.
use std::sync::Arc;

use super::hidden::{self, Hidden};
use super::{Builder, Container, InlineKind};
use crate::markdown::document::{Block, CodeBlock, Flags, Fold, Run};
use crate::markdown::html::Element;
use crate::markdown::html::elements::Closed;
use crate::markdown::html::scan::{self, Piece, Tag};
use crate::markdown::text::{clean_code, clean_inline};

/// Folds nest at most this deep; a `details` deeper in is read as a plain block, so
/// layout's nesting stays bounded whatever the input.
const MAX_FOLDS: usize = 16;

/// State that lasts one HTML block.
#[derive(Debug, Default)]
struct HtmlBlock {
    /// The text of an open `pre`.
    pre: Option<String>,
    /// An open element whose content is not shown.
    hidden: Option<Hidden>,
    /// Whether `hidden` came from an earlier HTML block, whose container is open.
    resumed: bool,
}

impl Builder<'_> {
    /// Raw HTML inside a paragraph: one tag or comment.
    pub(super) fn inline_html(&mut self, html: &str) {
        for piece in scan::pieces(html) {
            match piece {
                Piece::Text(text) => self.as_written(text),
                Piece::Hidden => {}
                Piece::Open(tag) => self.open_tag(&tag, Element::named(tag.name)),
                Piece::Close(tag) => self.close_tag(&tag, Element::named(tag.name)),
            }
        }
    }

    /// Text shown exactly as the author wrote it, controls removed.
    fn as_written(&mut self, text: &str) {
        let flags = self.flags();
        self.push_run(clean_inline(text), flags);
    }

    fn open_tag(&mut self, tag: &Tag<'_>, element: Option<Element>) {
        let element = if hidden::has_hidden_class(tag) {
            if hidden::is_void(tag) {
                return;
            }
            Some(Element::Hidden)
        } else {
            element
        };
        let Some(element) = element.map(Element::inline) else {
            return self.as_written(tag.raw);
        };
        if self.image.is_some() {
            // Alt text is plain: a known tag adds its words and nothing else.
            match element {
                Element::Break => self.push_run(" ".to_owned(), Flags::default()),
                Element::Image => {
                    let alt = tag.attribute("alt").unwrap_or_default();
                    self.push_run(alt, Flags::default());
                }
                _ => {}
            }
            return;
        }
        match element {
            Element::Break => self.push_run(String::new(), Flags::BREAK),
            Element::Quiz => self.inline_quiz(tag),
            Element::Image => {
                let src = tag.attribute("src");
                let alt = tag.attribute("alt");
                if src.is_none() && alt.is_none() {
                    return self.as_written(tag.raw);
                }
                let url: Arc<str> = src.unwrap_or_default().into();
                self.push_image(&url, &alt.unwrap_or_default());
            }
            _ if self.elements.has_room() => {
                let written = clean_inline(tag.raw);
                let length = written.len();
                let spaced = self.soft_break;
                let flags = self.flags();
                self.push_run_alone(written, flags);
                let link = match element {
                    Element::Anchor => tag.attribute("href").filter(|h| !h.is_empty()),
                    _ => None,
                };
                let at = self
                    .inline
                    .as_ref()
                    .map_or(0, |(_, runs)| runs.len().saturating_sub(1));
                self.elements
                    .open(element, tag.name, (at, length), link.map(Arc::from), spaced);
            }
            _ => self.as_written(tag.raw),
        }
    }

    fn close_tag(&mut self, tag: &Tag<'_>, element: Option<Element>) {
        if self.image.is_some() && element.is_some() {
            return;
        }
        match element {
            // `</br>` is a line break to browsers too.
            Some(Element::Break) => return self.push_run(String::new(), Flags::BREAK),
            Some(Element::Quiz) => return,
            // An unknown name closes only an element hidden by its class.
            _ => {}
        }
        let closed = match &mut self.inline {
            Some((_, runs)) => self.elements.close(tag.name, runs),
            None => Closed::NotOpen,
        };
        match closed {
            Closed::NotOpen => self.as_written(tag.raw),
            Closed::Done => {}
            Closed::Address { url, shown, from } => self.push_address(&shown, url, from),
        }
    }

    /// An HTML block's text, read by meaning.
    pub(super) fn html_block(&mut self, html: &str) {
        let mut block = HtmlBlock::default();
        // A hidden element an earlier HTML block left open goes on hiding.
        if let Some(Container::Hidden(hidden)) = self.stack.last() {
            block.hidden = Some(hidden.clone());
            block.resumed = true;
        }
        for piece in scan::pieces(html) {
            match piece {
                Piece::Text(text) => self.html_text(text, &mut block),
                Piece::Hidden => {}
                Piece::Open(tag) => self.html_open(&tag, &mut block),
                Piece::Close(tag) => self.html_close(&tag, &mut block),
            }
        }
        if let Some(pre) = block.pre.take() {
            self.push_pre(&pre);
        }
        self.end_html_paragraph(false);
        let Some(hidden) = block.hidden else {
            return;
        };
        if block.resumed {
            if let Some(Container::Hidden(open)) = self.stack.last_mut() {
                *open = hidden;
            }
        } else if hidden.spans && self.stack.len() < super::MAX_NESTING {
            self.open(Container::Hidden(hidden));
        }
    }

    fn html_text(&mut self, text: &str, block: &mut HtmlBlock) {
        if block.hidden.is_some() {
            return;
        }
        let decoded = htmlize::unescape(text);
        if let Some(pre) = &mut block.pre {
            pre.push_str(&decoded);
        } else if self.inline.is_some() || !decoded.trim().is_empty() {
            // Whitespace, line breaks included, collapses as in any paragraph.
            self.push_run(clean_inline(&decoded), Flags::default());
        }
    }

    fn html_open(&mut self, tag: &Tag<'_>, block: &mut HtmlBlock) {
        let element = Element::named(tag.name);
        if let Some(hidden) = &mut block.hidden {
            hidden.met(tag, false);
            return;
        }
        if let Some(pre) = &mut block.pre {
            match element {
                None => pre.push_str(tag.raw),
                Some(Element::Break) => pre.push('\n'),
                Some(_) => {}
            }
            return;
        }
        if hidden::has_hidden_class(tag) {
            if !hidden::is_void(tag) {
                block.hidden = Some(Hidden::new(tag, true));
            }
            return;
        }
        match element {
            Some(Element::Block) => self.end_html_paragraph(true),
            Some(Element::Item) => {
                self.end_html_paragraph(false);
                self.push_run("• ".to_owned(), Flags::MARKER);
            }
            Some(Element::Cell) if self.has_visible_text() => {
                self.push_run(" │ ".to_owned(), Flags::MARKER);
            }
            Some(Element::Cell) => {}
            Some(Element::Summary) => {
                self.end_html_paragraph(false);
                self.inline = Some((InlineKind::Summary, Vec::new()));
            }
            Some(Element::Rule) => {
                self.end_html_paragraph(false);
                self.push_block(Block::Rule);
            }
            Some(Element::Pre) => {
                self.end_html_paragraph(false);
                block.pre = Some(String::new());
            }
            Some(Element::Hidden) => block.hidden = Some(Hidden::new(tag, false)),
            Some(Element::Details) => {
                self.end_html_paragraph(false);
                if self.folds < MAX_FOLDS && self.stack.len() < super::MAX_NESTING {
                    self.folds += 1;
                    self.folds_opened += 1;
                    self.open(Container::Fold {
                        index: self.folds_opened - 1,
                        summary: None,
                        blocks: Vec::new(),
                    });
                }
            }
            Some(Element::Listing) if !self.in_caption => self.open_listing(tag),
            Some(Element::Quiz) => self.quiz_block(tag),
            Some(Element::Heading(level)) => {
                self.end_html_paragraph(false);
                self.heading_id = tag.attribute("id");
                self.inline = Some((InlineKind::Heading(level), Vec::new()));
            }
            element => self.open_tag(tag, element),
        }
    }

    fn html_close(&mut self, tag: &Tag<'_>, block: &mut HtmlBlock) {
        let element = Element::named(tag.name);
        if let Some(hidden) = &mut block.hidden {
            if hidden.met(tag, true) {
                block.hidden = None;
                if std::mem::take(&mut block.resumed) {
                    self.close();
                }
            }
            return;
        }
        if let Some(pre) = &mut block.pre {
            match element {
                None => pre.push_str(tag.raw),
                Some(Element::Pre) => {
                    let text = std::mem::take(pre);
                    block.pre = None;
                    self.push_pre(&text);
                }
                Some(_) => {}
            }
            return;
        }
        match element {
            Some(Element::Block | Element::Item) => self.end_html_paragraph(true),
            Some(Element::Heading(_) | Element::Summary) => self.end_html_paragraph(false),
            Some(Element::Details) => {
                self.end_html_paragraph(false);
                if matches!(self.stack.last(), Some(Container::Fold { .. })) {
                    self.close();
                }
            }
            Some(Element::Listing) if !self.in_caption => self.close_listing(),
            Some(
                Element::Cell | Element::Rule | Element::Pre | Element::Hidden | Element::Quiz,
            ) => {}
            element => self.close_tag(tag, element),
        }
    }

    /// Ends the paragraph (or heading) an HTML block is building, if it shows
    /// anything. One that shows nothing yet is dropped, or kept with `keep` so that
    /// `<li><p>text` keeps its bullet.
    pub(super) fn end_html_paragraph(&mut self, keep: bool) {
        if self.has_visible_text() {
            self.finish_inline();
        } else if !keep {
            self.elements.clear();
            self.inline = None;
        }
    }

    /// Whether the inline being built has text beyond bullets and spaces.
    fn has_visible_text(&self) -> bool {
        self.inline.as_ref().is_some_and(|(_, runs)| {
            runs.iter()
                .any(|run| !run.flags.contains(Flags::MARKER) && !run.text.trim().is_empty())
        })
    }

    /// A `pre` element's text, as a code block without a language. As in a browser, a
    /// line break right after `<pre>` is not part of the text.
    fn push_pre(&mut self, text: &str) {
        let text = text.strip_prefix('\n').unwrap_or(text);
        let lines = clean_code(text);
        if lines.is_empty() {
            return;
        }
        let index = self.content.code.len();
        self.content.code.push(CodeBlock {
            label: String::new(),
            flags: Vec::new(),
            lines,
        });
        self.push_block(Block::Code(index));
    }

    /// Ends a fold: its summary (or the word browsers show), then its content.
    pub(super) fn end_fold(&mut self, index: usize, summary: Option<Vec<Run>>, blocks: Vec<Block>) {
        self.folds = self.folds.saturating_sub(1);
        let summary = summary.unwrap_or_else(|| vec![Run::new("Details", Flags::default(), None)]);
        self.push_block(Block::Fold(Fold {
            index,
            summary,
            blocks,
        }));
    }

    /// A finished `summary`: the title of the fold it is in, else a paragraph in bold.
    pub(super) fn end_summary(&mut self, mut runs: Vec<Run>) {
        if let Some(Container::Fold { summary, .. }) = self.stack.last_mut()
            && summary.is_none()
        {
            *summary = Some(runs);
            return;
        }
        for run in &mut runs {
            run.flags = run.flags.with(Flags::STRONG);
        }
        self.push_block(Block::Paragraph(runs));
    }
}
