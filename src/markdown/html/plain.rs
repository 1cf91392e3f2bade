//! The plain text of inline Markdown, HTML read by meaning, for text shown outside the
//! renderer: chapter titles, reflection prompts, checklist items.
//!
//! It agrees with the renderer on what is text: `Vec<u8>` stays `Vec<u8>`, a known
//! tag gives its words (`<kbd>Ctrl</kbd>` is `Ctrl`), `2<sup>7</sup>` is `2⁷`, a line
//! break is a space. Styles and addresses have no place in one line of plain text.
use super::Element;
use super::elements::{Closed, OpenElements};
use super::scan::{self, Piece};
use crate::markdown::document::{Flags, Run};

#[derive(Debug, Default)]
pub(crate) struct InlineText {
    runs: Vec<Run>,
    elements: OpenElements,
}

impl InlineText {
    /// Text, taken as it is (Markdown has already decoded it).
    pub fn push_text(&mut self, text: &str) {
        self.runs.push(Run::new(text, Flags::default(), None));
    }

    /// Raw inline HTML: one tag or comment, as a Markdown parser hands it over.
    pub fn push_html(&mut self, html: &str) {
        for piece in scan::pieces(html) {
            match piece {
                Piece::Text(text) => self.push_text(text),
                Piece::Hidden => {}
                Piece::Open(tag) => match Element::named(tag.name).map(Element::inline) {
                    Some(Element::Break) => self.push_text(" "),
                    Some(Element::Image) => match tag.attribute("alt") {
                        Some(alt) => self.push_text(&alt),
                        None if tag.attribute("src").is_some() => {}
                        None => self.push_text(tag.raw),
                    },
                    Some(element) if self.elements.has_room() => {
                        self.push_text(tag.raw);
                        let at = self.runs.len() - 1;
                        self.elements
                            .open(element, tag.name, (at, tag.raw.len()), None, false);
                    }
                    _ => self.push_text(tag.raw),
                },
                Piece::Close(tag) => {
                    if Element::named(tag.name) == Some(Element::Break) {
                        self.push_text(" ");
                    } else if self.elements.close(tag.name, &mut self.runs) == Closed::NotOpen {
                        self.push_text(tag.raw);
                    }
                }
            }
        }
    }

    /// The text; elements never closed stay as written.
    pub fn finish(self) -> String {
        self.runs.iter().map(|run| run.text.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(parts: &[(&str, bool)]) -> String {
        let mut text = InlineText::default();
        for (part, html) in parts {
            if *html {
                text.push_html(part);
            } else {
                text.push_text(part);
            }
        }
        text.finish()
    }

    #[test]
    fn known_tags_give_their_words_and_the_rest_stays_as_written() {
        let parts = [
            ("Vec", false),
            ("<u8>", true),
            (" and ", false),
            ("<kbd>", true),
            ("Ctrl", false),
            ("</kbd>", true),
            (" 2", false),
            ("<sup>", true),
            ("7", false),
            ("</sup>", true),
            ("<!-- note -->", true),
            ("<br>", true),
            ("Pin", false),
            ("<P>", true),
        ];
        assert_eq!(plain(&parts), "Vec<u8> and Ctrl 2⁷ Pin<P>");
    }

    #[test]
    fn an_image_is_its_alt_text() {
        let parts = [
            ("<img src=\"a.png\" alt=\"a &amp; b\">", true),
            ("<img>", true),
        ];
        assert_eq!(plain(&parts), "a & b<img>");
    }
}
