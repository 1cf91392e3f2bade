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
        self.ensure_inline();
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

#[cfg(test)]
mod tests {
    use crate::markdown::{StyledLine, parse};
    use crate::theme::Theme;

    fn plain(src: &str) -> Vec<String> {
        parse(src)
            .layout(80, &Theme::plain())
            .iter()
            .map(StyledLine::plain)
            .collect()
    }

    #[test]
    fn a_quiz_mark_splits_the_paragraph_it_stands_in() {
        let src = "Read on.\n<tutor-quiz src=\"q/one.toml\"></tutor-quiz>\nThen this.\n\n\
                   - <tutor-quiz src=\" q/two.toml \"></tutor-quiz>\n\n\
                   <tutor-quiz src=\"\"></tutor-quiz>\n\n# A <tutor-quiz src=\"x\"></tutor-quiz>";
        assert_eq!(
            plain(src),
            [
                "Read on.",
                "",
                "┃ Quiz: q/one.toml",
                "",
                "Then this.",
                "",
                "• ┃ Quiz: q/two.toml",
                "",
                "A",
                "═"
            ]
        );
        assert_eq!(parse(src).quiz_sources(), ["q/one.toml", "q/two.toml"]);
    }

    #[test]
    fn a_quiz_mark_in_an_html_block_is_a_quiz_place() {
        let src = "<div>\n<tutor-quiz src=\"a&amp;b.toml\">\n</tutor-quiz>\n</div>";
        assert_eq!(plain(src), ["┃ Quiz: a&b.toml"]);
    }

    #[test]
    fn a_listing_caption_is_markdown_but_never_another_listing() {
        let src = "<Listing caption=\"&lt;Listing caption=&quot;x&quot;&gt; and [a](b)\">\n\n\
                   text\n\n</Listing>";
        assert_eq!(plain(src), ["text", "<Listing caption=\"x\"> and a (b)"]);
        let unclosed = "<Listing file-name=\"a.rs\">\n\ntext";
        assert_eq!(plain(unclosed), ["Filename: `a.rs`", "text"]);
        let stray = "text\n\n</Listing>\n\nmore";
        assert_eq!(plain(stray), ["text", "", "more"]);
    }

    #[test]
    fn terms_and_meanings_nest_inside_other_containers() {
        let src = "> Term\n> : meaning\n\n- Item\n\n  Inner\n  : defined";
        assert_eq!(
            plain(src),
            [
                "▌ Term",
                "▌     meaning",
                "",
                "• Item",
                "",
                "  Inner",
                "      defined"
            ]
        );
    }
}
