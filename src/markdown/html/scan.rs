//! Finds the raw HTML that `CommonMark` recognizes — open and closing tags, comments,
//! processing instructions, declarations and CDATA sections — in a piece of source,
//! and the text between them. A `<` that starts none of them (`a < b`, `<T: Clone>`,
//! `<'a>`) is text.
//!
//! Reading is one pass: every search for a terminator (`-->`, `?>`, a closing quote,
//! ...) is remembered, so source full of unfinished constructs (`<!--` a hundred
//! thousand times) never has the same stretch searched again for the same terminator.
//! This module only finds; what a tag means is the parent module's business.
use crate::markdown::text::clean_inline;

/// One construct, or the text between constructs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    Text(&'a str),
    /// A comment, processing instruction, declaration or CDATA section: never shown.
    Hidden,
    Open(Tag<'a>),
    Close(Tag<'a>),
}

/// An open or closing tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tag<'a> {
    /// The name as written (HTML compares names ignoring ASCII case).
    pub name: &'a str,
    /// The whole tag exactly as written.
    pub raw: &'a str,
    /// What follows the name, up to the closing `>` (attributes, and a `/`).
    attributes: &'a str,
}

impl Tag<'_> {
    /// The value of the attribute `wanted` (ignoring case), with character references
    /// decoded and controls removed; `None` when the tag does not have it.
    pub fn attribute(&self, wanted: &str) -> Option<String> {
        let text = self.attributes;
        let bytes = text.as_bytes();
        let mut at = 0;
        loop {
            at = skip(bytes, at, |b| is_space(b) || b == b'/');
            let name_end = skip(bytes, at, |b| {
                !is_space(b) && !matches!(b, b'=' | b'>' | b'/')
            });
            if name_end == at {
                return None;
            }
            let name = &text[at..name_end];
            at = name_end;
            let mut value = "";
            let equals = skip(bytes, at, is_space);
            if bytes.get(equals) == Some(&b'=') {
                let start = skip(bytes, equals + 1, is_space);
                let (from, to, next) = match bytes.get(start) {
                    Some(&quote) if quote == b'"' || quote == b'\'' => {
                        let end = skip(bytes, start + 1, |b| b != quote);
                        (start + 1, end, (end + 1).min(bytes.len()))
                    }
                    _ => {
                        let end = skip(bytes, start, |b| !is_space(b));
                        (start, end, end)
                    }
                };
                value = &text[from..to];
                at = next;
            }
            if name.eq_ignore_ascii_case(wanted) {
                return Some(clean_inline(&htmlize::unescape_attribute(value)));
            }
        }
    }
}

/// The pieces of `src`, in order; joined, their text is `src` again.
pub(crate) fn pieces(src: &str) -> Pieces<'_> {
    Pieces {
        src,
        at: 0,
        pending: None,
        memos: Default::default(),
    }
}

pub(crate) struct Pieces<'a> {
    src: &'a str,
    at: usize,
    /// A construct found while looking for the end of the text before it.
    pending: Option<(Piece<'a>, usize)>,
    memos: [Memo; TERMINATORS.len()],
}

/// What constructs end with, each with its own remembered search.
const TERMINATORS: [&str; 6] = ["-->", "?>", "]]>", ">", "\"", "'"];
const COMMENT_END: usize = 0;
const INSTRUCTION_END: usize = 1;
const CDATA_END: usize = 2;
const DECLARATION_END: usize = 3;
const DOUBLE_QUOTE: usize = 4;
const SINGLE_QUOTE: usize = 5;

/// The last search for one terminator: from where, and what it found.
#[derive(Debug, Default, Clone, Copy)]
struct Memo {
    from: usize,
    found: Option<usize>,
    done: bool,
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        if let Some((piece, end)) = self.pending.take() {
            self.at = end;
            return Some(piece);
        }
        let start = self.at;
        if start >= self.src.len() {
            return None;
        }
        if let Some((piece, end)) = self.construct(start) {
            self.at = end;
            return Some(piece);
        }
        // Text runs up to the next `<` that starts a construct.
        let mut from = if self.src[start..].starts_with('<') {
            start + 1
        } else {
            start
        };
        let end = loop {
            let Some(next) = self.src.get(from..).and_then(|rest| rest.find('<')) else {
                break self.src.len();
            };
            let open = from + next;
            if let Some(found) = self.construct(open) {
                self.pending = Some(found);
                break open;
            }
            from = open + 1;
        };
        self.at = end;
        Some(Piece::Text(&self.src[start..end]))
    }
}

impl<'a> Pieces<'a> {
    /// The construct starting at byte `at` (a `<`), and the byte after it.
    fn construct(&mut self, at: usize) -> Option<(Piece<'a>, usize)> {
        let bytes = self.src.as_bytes();
        if bytes.get(at) != Some(&b'<') {
            return None;
        }
        let rest = &self.src[at..];
        let hidden_until = |this: &mut Self, memo: usize, from: usize| {
            let end = this.find(memo, from)?;
            Some((Piece::Hidden, end + TERMINATORS[memo].len()))
        };
        match bytes.get(at + 1)? {
            b'!' if rest.starts_with("<!-->") => Some((Piece::Hidden, at + 5)),
            b'!' if rest.starts_with("<!--->") => Some((Piece::Hidden, at + 6)),
            b'!' if rest.starts_with("<!--") => hidden_until(self, COMMENT_END, at + 4),
            b'!' if rest.starts_with("<![CDATA[") => hidden_until(self, CDATA_END, at + 9),
            b'!' if bytes.get(at + 2).is_some_and(u8::is_ascii_alphabetic) => {
                hidden_until(self, DECLARATION_END, at + 2)
            }
            b'?' => hidden_until(self, INSTRUCTION_END, at + 2),
            b'/' => self.closing_tag(at),
            c if c.is_ascii_alphabetic() => self.open_tag(at),
            _ => None,
        }
    }

    /// `</name>`, with optional whitespace before the `>`.
    fn closing_tag(&self, at: usize) -> Option<(Piece<'a>, usize)> {
        let bytes = self.src.as_bytes();
        let name_end = name_end(bytes, at + 2)?;
        let end = skip_spaces(bytes, name_end);
        (bytes.get(end) == Some(&b'>')).then(|| {
            let tag = Tag {
                name: &self.src[at + 2..name_end],
                raw: &self.src[at..=end],
                attributes: "",
            };
            (Piece::Close(tag), end + 1)
        })
    }

    /// `<name attribute="value" ...>` or `<name ... />`.
    fn open_tag(&mut self, at: usize) -> Option<(Piece<'a>, usize)> {
        let bytes = self.src.as_bytes();
        let name_end = name_end(bytes, at + 1)?;
        let mut pos = name_end;
        loop {
            let after_spaces = skip_spaces(bytes, pos);
            match bytes.get(after_spaces)? {
                b'>' => return Some(self.open(at, name_end, after_spaces + 1)),
                b'/' if bytes.get(after_spaces + 1) == Some(&b'>') => {
                    return Some(self.open(at, name_end, after_spaces + 2));
                }
                c if after_spaces > pos && is_attribute_start(*c) => {
                    pos = self.attribute_end(after_spaces)?;
                }
                _ => return None,
            }
        }
    }

    fn open(&self, at: usize, name_end: usize, end: usize) -> (Piece<'a>, usize) {
        let tag = Tag {
            name: &self.src[at + 1..name_end],
            raw: &self.src[at..end],
            attributes: &self.src[name_end..end - 1],
        };
        (Piece::Open(tag), end)
    }

    /// The end of an attribute (name, and value if any) starting at `at`.
    fn attribute_end(&mut self, at: usize) -> Option<usize> {
        let bytes = self.src.as_bytes();
        let name_end = at
            + bytes[at..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b':' | b'-'))
                .count();
        let equals = skip_spaces(bytes, name_end);
        if bytes.get(equals) != Some(&b'=') {
            return Some(name_end);
        }
        let value = skip_spaces(bytes, equals + 1);
        match bytes.get(value)? {
            b'"' => self.find(DOUBLE_QUOTE, value + 1).map(|end| end + 1),
            b'\'' => self.find(SINGLE_QUOTE, value + 1).map(|end| end + 1),
            _ => {
                let len = bytes[value..]
                    .iter()
                    .take_while(|b| {
                        !is_space(**b) && !matches!(b, b'"' | b'\'' | b'=' | b'<' | b'>' | b'`')
                    })
                    .count();
                (len > 0).then_some(value + len)
            }
        }
    }

    /// Where the terminator `memo` next occurs at or after `from`, remembering the
    /// answer: a later search from a point the last one covered is answered from it.
    fn find(&mut self, memo: usize, from: usize) -> Option<usize> {
        let last = self.memos[memo];
        if last.done && from >= last.from && last.found.is_none_or(|found| found >= from) {
            return last.found;
        }
        let found = self
            .src
            .get(from..)
            .and_then(|rest| rest.find(TERMINATORS[memo]))
            .map(|i| from + i);
        self.memos[memo] = Memo {
            from,
            found,
            done: true,
        };
        found
    }
}

/// The end of a tag name (an ASCII letter, then letters, digits and hyphens) starting
/// at `at`; `None` when there is none.
fn name_end(bytes: &[u8], at: usize) -> Option<usize> {
    if !bytes.get(at)?.is_ascii_alphabetic() {
        return None;
    }
    let len = bytes[at..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
        .count();
    Some(at + len)
}

fn skip_spaces(bytes: &[u8], at: usize) -> usize {
    skip(bytes, at, is_space)
}

/// The first position from `at` on whose byte is not `kept`.
fn skip(bytes: &[u8], at: usize, kept: impl Fn(u8) -> bool) -> usize {
    at + bytes
        .get(at..)
        .map_or(0, |rest| rest.iter().take_while(|b| kept(**b)).count())
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

fn is_attribute_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || matches!(b, b'_' | b':')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        pieces(src)
            .map(|piece| match piece {
                Piece::Text(text) => format!("text {text}"),
                Piece::Hidden => "hidden".to_owned(),
                Piece::Open(tag) => format!("open {} {}", tag.name, tag.raw),
                Piece::Close(tag) => format!("close {}", tag.name),
            })
            .collect()
    }

    #[test]
    fn tags_comments_and_text_are_told_apart() {
        assert_eq!(
            kinds("a <b>x</b> <!-- c --> <T: Clone> <'a> < b"),
            [
                "text a ",
                "open b <b>",
                "text x",
                "close b",
                "text  ",
                "hidden",
                "text  <T: Clone> <'a> < b",
            ]
        );
        assert_eq!(
            kinds("<?php x ?><!DOCTYPE html><![CDATA[ y ]]><!--><!--->"),
            ["hidden"; 5]
        );
        assert_eq!(
            kinds("<img src=\"a>b\" alt='c' data-x=y/>"),
            ["open img <img src=\"a>b\" alt='c' data-x=y/>"]
        );
    }

    #[test]
    fn unfinished_constructs_are_text() {
        assert_eq!(kinds("<!-- open"), ["text <!-- open"]);
        assert_eq!(kinds("<a href=\"x>"), ["text <a href=\"x>"]);
        assert_eq!(kinds("</a x>"), ["text </a x>"]);
        assert_eq!(kinds("<a b c=>"), ["text <a b c=>"]);
        assert_eq!(kinds("<"), ["text <"]);
    }

    #[test]
    fn attributes_are_decoded_and_cleaned() {
        let Some(Piece::Open(tag)) =
            pieces("<a HREF = 'x&amp;y' title=\"&#27;t\" checked alt=z>").next()
        else {
            panic!("not a tag");
        };
        assert_eq!(tag.attribute("href").as_deref(), Some("x&y"));
        assert_eq!(tag.attribute("title").as_deref(), Some("t"));
        assert_eq!(tag.attribute("checked").as_deref(), Some(""));
        assert_eq!(tag.attribute("alt").as_deref(), Some("z"));
        assert_eq!(tag.attribute("src"), None);
    }
}
