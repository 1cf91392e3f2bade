//! Where the parts a reader can act on are: heading anchors and quiz places in a
//! document, and, once laid out, the lines of links, quizzes and folds.
//!
//! The document side walks the block tree in the order layout meets it (footnotes
//! excluded); the tree is only as deep as the parser's nesting cap, so the walk is too.
//! Nothing here lays anything out.
use super::document::{Block, Definition, Fold, Listing};

/// A stretch of one laid-out line that is (part of) a link: its text, and the address
/// or chapter title after it. An image's placeholder is one too, linking to the image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkSpan {
    pub line: usize,
    /// Display columns `start..end` of the line, prefix included.
    pub start: usize,
    pub end: usize,
    /// The address, as written in the chapter (sanitized).
    pub target: String,
    /// Which link this is, counting in reading order: a link wrapped over two lines
    /// gives two spans with one index.
    pub index: usize,
}

/// A quiz place that was laid out: the line of its block and the quiz's path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizLine {
    pub line: usize,
    pub src: String,
}

/// A fold whose summary was laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoldLine {
    /// The fold's index, as [`Unfold::Only`](super::Unfold) names it.
    pub index: usize,
    /// The line of its summary.
    pub line: usize,
    pub open: bool,
}

/// Calls `visit` on every block, parents before their children, in document order.
pub(crate) fn walk<'b>(blocks: &'b [Block], visit: &mut impl FnMut(&'b Block)) {
    for block in blocks {
        visit(block);
        match block {
            Block::Quote(inner)
            | Block::Callout { blocks: inner, .. }
            | Block::Fold(Fold { blocks: inner, .. })
            | Block::Listing(Listing { blocks: inner, .. }) => walk(inner, visit),
            Block::List(list) => {
                for item in &list.items {
                    walk(&item.blocks, visit);
                }
            }
            Block::DefinitionList(parts) => {
                for part in parts {
                    if let Definition::Meaning(inner) = part {
                        walk(inner, visit);
                    }
                }
            }
            Block::Paragraph(_)
            | Block::Heading { .. }
            | Block::Code(_)
            | Block::Table(_)
            | Block::Rule
            | Block::Quiz(_) => {}
        }
    }
}

/// The anchor of every heading, in the order of `Document::headings`.
pub(crate) fn heading_ids(blocks: &[Block]) -> Vec<String> {
    let mut ids = Vec::new();
    walk(blocks, &mut |block| {
        if let Block::Heading { id, .. } = block {
            ids.push(id.clone());
        }
    });
    ids
}

/// The path of every quiz placed, in document order.
pub(crate) fn quiz_sources(blocks: &[Block]) -> Vec<String> {
    let mut sources = Vec::new();
    walk(blocks, &mut |block| {
        if let Block::Quiz(src) = block {
            sources.push(src.clone());
        }
    });
    sources
}

/// How many headings there are among `blocks`, nested ones included.
pub(crate) fn heading_count(blocks: &[Block]) -> usize {
    let mut count = 0;
    walk(blocks, &mut |block| {
        if matches!(block, Block::Heading { .. }) {
            count += 1;
        }
    });
    count
}
