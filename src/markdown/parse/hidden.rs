//! Elements a page never shows: `script`, `style` and `template`, and any element of
//! `class="hidden"` (the class mdBook's stylesheet hides). Their content is dropped
//! up to their closing tag, counting nested elements of the same name, and for a
//! hidden class across the Markdown blocks in between.
use crate::markdown::html::scan::Tag;

/// An open element whose content is not shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hidden {
    /// Its name in lower case: only this name's tags are counted.
    pub name: String,
    /// How many elements of that name are open, itself included.
    pub depth: usize,
    /// Whether it hides the Markdown blocks after its HTML block too, up to the HTML
    /// block that closes it (a `class="hidden"` element does; `script` never spans).
    pub spans: bool,
}

impl Hidden {
    pub fn new(tag: &Tag<'_>, spans: bool) -> Self {
        Self {
            name: tag.name.to_ascii_lowercase(),
            depth: 1,
            spans,
        }
    }

    /// Counts a tag met while hidden; true when it closed the hidden element.
    pub fn met(&mut self, tag: &Tag<'_>, closing: bool) -> bool {
        if !tag.name.eq_ignore_ascii_case(&self.name) || (!closing && is_void(tag)) {
            return false;
        }
        if closing {
            self.depth = self.depth.saturating_sub(1);
        } else {
            self.depth += 1;
        }
        self.depth == 0
    }
}

/// Whether a tag has `hidden` among its classes.
pub(crate) fn has_hidden_class(tag: &Tag<'_>) -> bool {
    tag.attribute("class")
        .is_some_and(|classes| classes.split_ascii_whitespace().any(|c| c == "hidden"))
}

/// An element that has no content and no closing tag: `<img>`, `<br>`, `<x/>`.
pub(crate) fn is_void(tag: &Tag<'_>) -> bool {
    const VOID: [&str; 13] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr",
    ];
    tag.raw.ends_with("/>") || VOID.iter().any(|v| tag.name.eq_ignore_ascii_case(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::html::scan::{Piece, pieces};

    fn tags(src: &str) -> Vec<(Tag<'_>, bool)> {
        pieces(src)
            .filter_map(|piece| match piece {
                Piece::Open(tag) => Some((tag, false)),
                Piece::Close(tag) => Some((tag, true)),
                Piece::Text(_) | Piece::Hidden => None,
            })
            .collect()
    }

    #[test]
    fn nested_elements_of_the_name_are_counted() {
        let all = tags("<div class='a hidden'><DIV><img><span></span></DIV></div>");
        assert!(has_hidden_class(&all[0].0));
        let mut hidden = Hidden::new(&all[0].0, true);
        let closed: Vec<bool> = all[1..]
            .iter()
            .map(|(tag, closing)| hidden.met(tag, *closing))
            .collect();
        assert_eq!(closed, [false, false, false, false, false, true]);
    }

    #[test]
    fn only_the_word_hidden_counts_and_void_tags_close_themselves() {
        let all = tags("<p class=\"hiddenness\"><img class=hidden><x class='hidden'/>");
        assert!(!has_hidden_class(&all[0].0));
        assert!(has_hidden_class(&all[1].0) && is_void(&all[1].0));
        assert!(is_void(&all[2].0));
        assert!(!is_void(&all[0].0));
    }

    fn plain(src: &str) -> Vec<String> {
        crate::markdown::parse(src)
            .layout(80, &crate::theme::Theme::plain())
            .iter()
            .map(crate::markdown::StyledLine::plain)
            .collect()
    }

    #[test]
    fn a_hidden_element_is_dropped_with_its_content() {
        assert_eq!(
            plain(
                "Seen<span class=\"hidden\"> <b>never</b></span> here, <img class=hidden src=x> too."
            ),
            ["Seen here, too."]
        );
        let src = "<div class=\"hidden\"><div>\ninner\n</div>\nstill hidden\n</div>\n\nShown.";
        assert_eq!(plain(src), ["Shown."]);
        // An unknown tag with the class is an element too.
        assert_eq!(plain("a <foo class=\"hidden\">b</foo> c"), ["a c"]);
    }

    #[test]
    fn a_hidden_element_hides_the_markdown_up_to_its_closing_tag() {
        let src = "Before.\n\n<div class=\"hidden\">\n\n# Gone\n\n<div>\n\nGone too.\n\n</div>\n\n\
                   - gone\n\n</div>\n\nAfter.";
        let doc = crate::markdown::parse(src);
        assert_eq!(plain(src), ["Before.", "", "After."]);
        assert!(doc.headings().is_empty());
        assert_eq!(doc.block_count(), doc.block_source_lines().len());
        // Left open, it hides to the end; a list ending closes it with the list.
        assert_eq!(plain("a\n\n<p class=\"hidden\">\n\nb"), ["a"]);
        assert_eq!(
            plain("- <div class=\"hidden\">\n\n  x\n\ny"),
            ["•", "", "y"]
        );
    }
}
