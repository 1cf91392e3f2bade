//! Inline elements between their open and closing tags, within one paragraph, heading
//! or table cell.
//!
//! An open tag is kept as a run holding the tag as written. Only when its closing tag
//! comes is the tag hidden and the element's meaning put on the runs between — so an
//! element that is never closed (`Request<B>`: `B` is a type, not bold) simply stays
//! as written. Runs are only ever appended, so an index into them stays good.
use std::sync::Arc;

use unicode_width::UnicodeWidthChar;

use super::{Element, script};
use crate::markdown::document::{Flags, Run};

/// At most this many elements are open at once. A closing tag searches only these, so
/// hostile nesting costs a bounded amount per tag; a tag past the limit is text.
const MAX_OPEN: usize = 32;

#[derive(Debug, Default)]
pub(crate) struct OpenElements {
    open: Vec<Open>,
}

#[derive(Debug)]
struct Open {
    element: Element,
    /// The name as written: only `</B>` closes `<B>`.
    name: String,
    /// The run whose text ends with the open tag as written, and that tag's length.
    at: usize,
    written: usize,
    /// An anchor's address.
    link: Option<Arc<str>>,
    /// Whether a line break before the tag put a space in front of it.
    spaced: bool,
}

/// What closing a tag leaves for the caller to do.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Closed {
    /// No element of that name is open: the closing tag is text.
    NotOpen,
    Done,
    /// An anchor closed: its address follows its text, as a Markdown link's does.
    /// Its text is in the runs from `from` on.
    Address {
        url: Arc<str>,
        shown: String,
        from: usize,
    },
}

impl OpenElements {
    /// Whether another element may open; past the limit its tag is text.
    pub fn has_room(&self) -> bool {
        self.open.len() < MAX_OPEN
    }

    /// Notes that `element` opened: its tag, as written, is the last `written` bytes of
    /// `runs[at]`, after a space for a line break when `spaced`.
    pub fn open(
        &mut self,
        element: Element,
        name: &str,
        (at, written): (usize, usize),
        link: Option<Arc<str>>,
        spaced: bool,
    ) {
        self.open.push(Open {
            element,
            name: name.to_owned(),
            at,
            written,
            link,
            spaced,
        });
    }

    /// Whether `runs[index]` holds the tag of the element opened last.
    pub fn is_last_tag(&self, index: usize) -> bool {
        self.open.last().is_some_and(|open| open.at == index)
    }

    /// Forgets every open element, leaving its tag as written: the paragraph ended.
    pub fn clear(&mut self) {
        self.open.clear();
    }

    /// Closes the innermost open element named `name`, hiding its tag and giving the
    /// runs after it the element's meaning. Elements opened inside it and not closed
    /// stay as written.
    pub fn close(&mut self, name: &str, runs: &mut Vec<Run>) -> Closed {
        // Names pair as written, though HTML ignores their case: `Request<B>` names a
        // type, and a `</b>` further on must not turn it into bold.
        let found = self.open.iter().rposition(|open| open.name == name);
        let Some(open) = found.and_then(|index| self.open.drain(index..).next()) else {
            return Closed::NotOpen;
        };
        // A line break between two wide (CJK) characters is no space; with the tag
        // gone, the space the break left in front of it is not one either.
        let unspaced = open.spaced && between_wide(runs, open.at);
        if let Some(run) = runs.get_mut(open.at) {
            let keep = run.text.len().saturating_sub(open.written);
            if unspaced {
                run.text.clear();
            } else if run.text.is_char_boundary(keep) {
                run.text.truncate(keep);
            }
        }
        let from = (open.at + 1).min(runs.len());
        match open.element {
            Element::Phrase(flags) => {
                for run in &mut runs[from..] {
                    run.flags = run.flags.with(flags);
                }
            }
            Element::Script(script) => script::apply(script, runs, open.at),
            Element::Hidden => runs[from..].iter_mut().for_each(|run| run.text.clear()),
            Element::Anchor => {
                let Some(url) = open.link else {
                    return Closed::Done;
                };
                for run in &mut runs[from..] {
                    run.link.get_or_insert_with(|| Arc::clone(&url));
                    run.flags = run.flags.with(Flags::LINK);
                }
                let shown = runs[from..].iter().map(|run| run.text.as_str()).collect();
                return Closed::Address { url, shown, from };
            }
            _ => {}
        }
        Closed::Done
    }
}

/// Whether the characters on either side of `runs[at]` are both wide.
fn between_wide(runs: &[Run], at: usize) -> bool {
    let wide = |c: Option<char>| c.and_then(UnicodeWidthChar::width) == Some(2);
    let before = runs[..at]
        .iter()
        .rev()
        .find_map(|r| r.text.chars().next_back());
    let after = runs[at + 1..].iter().find_map(|r| r.text.chars().next());
    wide(before) && wide(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Run {
        Run::new(text, Flags::default(), None)
    }

    #[test]
    fn a_closed_element_hides_its_tag_and_marks_its_content() {
        let mut open = OpenElements::default();
        let mut runs = vec![run("a <b>"), run("bold")];
        open.open(Element::Phrase(Flags::STRONG), "b", (0, 3), None, false);
        assert_eq!(open.close("b", &mut runs), Closed::Done);
        assert_eq!(runs[0].text, "a ");
        assert!(runs[1].flags.contains(Flags::STRONG));
        assert_eq!(open.close("b", &mut runs), Closed::NotOpen);
    }

    #[test]
    fn names_pair_as_written() {
        let mut open = OpenElements::default();
        let mut runs = vec![run("<i>"), run("Sum"), run("<I>"), run(" of")];
        open.open(Element::Phrase(Flags::EMPHASIS), "i", (0, 3), None, false);
        open.open(Element::Phrase(Flags::EMPHASIS), "I", (2, 3), None, false);
        assert_eq!(open.close("i", &mut runs), Closed::Done);
        let texts: Vec<&str> = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["", "Sum", "<I>", " of"]);
        assert!(runs[3].flags.contains(Flags::EMPHASIS));
        assert!(
            open.open.is_empty(),
            "the inner, unclosed element is forgotten"
        );
        open.open(Element::Phrase(Flags::STRONG), "B", (3, 0), None, false);
        assert_eq!(open.close("b", &mut runs), Closed::NotOpen);
    }

    #[test]
    fn nesting_is_bounded() {
        let mut open = OpenElements::default();
        for at in 0..MAX_OPEN {
            assert!(open.has_room());
            open.open(Element::Span, "span", (at, 0), None, false);
        }
        assert!(!open.has_room());
    }
}
