//! The width-independent form of a parsed document: blocks, and inline runs of text.
//!
//! Everything stored here is already sanitized (no control characters; code keeps only
//! its line breaks, with tabs expanded), so layout never has to think about untrusted
//! bytes. Nothing here knows about widths or colours. A table keeps its cells in a
//! compact form of its own ([`Table`]), read back as borrowed runs: layout wraps
//! anything [`Inline`].
use std::sync::Arc;

pub(crate) use super::cells::Table;
pub(crate) use super::extended::{CalloutKind, CodeFlag, Definition, Fold, Listing};

/// Inline text as layout reads it: a run of a paragraph, or one borrowed from a table
/// cell.
pub(crate) trait Inline {
    fn text(&self) -> &str;
    fn flags(&self) -> Flags;
    fn link(&self) -> Option<&Arc<str>>;

    fn is_break(&self) -> bool {
        self.flags().contains(Flags::BREAK)
    }
}

/// A piece of inline text with one set of inline attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Run {
    pub text: String,
    pub flags: Flags,
    pub link: Option<Arc<str>>,
}

impl Run {
    pub fn new(text: impl Into<String>, flags: Flags, link: Option<Arc<str>>) -> Self {
        Self {
            text: text.into(),
            flags,
            link,
        }
    }

    pub fn is_break(&self) -> bool {
        self.flags.contains(Flags::BREAK)
    }
}

impl Inline for Run {
    fn text(&self) -> &str {
        &self.text
    }

    fn flags(&self) -> Flags {
        self.flags
    }

    fn link(&self) -> Option<&Arc<str>> {
        self.link.as_ref()
    }
}

/// Inline attributes of a [`Run`], combinable (strong text inside a link, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub(crate) struct Flags(u16);

impl Flags {
    pub const EMPHASIS: Self = Self(1);
    pub const STRONG: Self = Self(1 << 1);
    pub const STRIKE: Self = Self(1 << 2);
    pub const CODE: Self = Self(1 << 3);
    pub const LINK: Self = Self(1 << 4);
    /// A link's address, shown after its text.
    pub const ADDRESS: Self = Self(1 << 5);
    pub const IMAGE: Self = Self(1 << 6);
    pub const NOTE_REF: Self = Self(1 << 7);
    /// A hard line break; the run's text is empty.
    pub const BREAK: Self = Self(1 << 8);
    /// Words and marks added by the renderer (a listing's `Filename:`, the bullets
    /// of HTML lists read inline).
    pub const MARKER: Self = Self(1 << 9);
    /// Highlighted text (HTML `mark`).
    pub const MARK: Self = Self(1 << 10);

    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    #[must_use]
    pub const fn with(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    Paragraph(Vec<Run>),
    Heading {
        level: u8,
        runs: Vec<Run>,
        /// The heading's anchor: its `{#id}`, else mdBook's id made from its text.
        id: String,
    },
    Quote(Vec<Block>),
    /// A GitHub-style alert: a quote titled by its kind.
    Callout {
        kind: CalloutKind,
        blocks: Vec<Block>,
    },
    DefinitionList(Vec<Definition>),
    List(List),
    /// Index into [`Content::code`].
    Code(usize),
    Table(Box<Table>),
    Rule,
    /// An HTML `details` element: its summary, then its content, folded away.
    Fold(Fold),
    Listing(Listing),
    /// Where a quiz stands (`<tutor-quiz src="PATH">`): the quiz file's path.
    Quiz(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct List {
    /// The first number of an ordered list; `None` for bullets.
    pub start: Option<u64>,
    /// Tight lists have no blank lines between or inside their items.
    pub tight: bool,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Item {
    /// `Some(checked)` for a task list item.
    pub task: Option<bool>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CodeBlock {
    /// The first word of the info string, as written (sanitized).
    pub label: String,
    /// What the info string says of the code beyond its language, in shown order.
    pub flags: Vec<CodeFlag>,
    /// The lines, without their line breaks, tabs already expanded, hidden lines gone.
    pub lines: Vec<String>,
}

/// A footnote definition, numbered by first reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Note {
    pub number: usize,
    pub blocks: Vec<Block>,
}

/// The parsed document without its highlighting cache.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Content {
    pub blocks: Vec<Block>,
    /// The 1-based source line where each of `blocks` starts, one per block.
    pub block_sources: Vec<u32>,
    /// Lines in the source (at least 1).
    pub source_lines: u32,
    pub notes: Vec<Note>,
    pub code: Vec<CodeBlock>,
    /// The first source line (1-based) of a container nested too deep, whose blocks
    /// were laid flat into the one around it.
    pub flattened: Option<u32>,
}

impl Content {
    /// Headings in the order layout meets them (footnotes excluded).
    pub fn headings(&self) -> Vec<(u8, String)> {
        let mut out = Vec::new();
        collect_headings(&self.blocks, &mut out);
        out
    }

    /// The bytes the content holds in its buffers as allocated (the allocator's own
    /// overhead aside).
    pub fn heap_bytes(&self) -> usize {
        let notes: usize = self.notes.iter().map(|n| blocks_bytes(&n.blocks)).sum();
        let code: usize = self
            .code
            .iter()
            .map(|c| {
                c.label.capacity()
                    + vec_bytes(&c.lines)
                    + c.lines.iter().map(String::capacity).sum::<usize>()
            })
            .sum();
        blocks_bytes(&self.blocks)
            + vec_bytes(&self.block_sources)
            + vec_bytes(&self.notes)
            + notes
            + vec_bytes(&self.code)
            + code
    }
}

fn vec_bytes<T>(items: &Vec<T>) -> usize {
    items.capacity() * size_of::<T>()
}

// The tree is at most `MAX_NESTING` deep (see `parse`), so neither this nor
// `collect_headings` recurses further than that.
fn blocks_bytes(blocks: &Vec<Block>) -> usize {
    let inner: usize = blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(runs) | Block::Heading { runs, .. } => runs_bytes(runs),
            Block::Quote(blocks) | Block::Callout { blocks, .. } => blocks_bytes(blocks),
            Block::List(list) => {
                let items: usize = list.items.iter().map(|i| blocks_bytes(&i.blocks)).sum();
                vec_bytes(&list.items) + items
            }
            Block::Table(table) => size_of::<Table>() + table.heap_bytes(),
            Block::Fold(Fold {
                summary, blocks, ..
            }) => runs_bytes(summary) + blocks_bytes(blocks),
            Block::Listing(Listing {
                caption, blocks, ..
            }) => runs_bytes(caption) + blocks_bytes(blocks),
            Block::DefinitionList(parts) => {
                vec_bytes(parts)
                    + parts
                        .iter()
                        .map(|part| match part {
                            Definition::Term(runs) => runs_bytes(runs),
                            Definition::Meaning(blocks) => blocks_bytes(blocks),
                        })
                        .sum::<usize>()
            }
            Block::Quiz(src) => src.capacity(),
            Block::Code(_) | Block::Rule => 0,
        })
        .sum();
    vec_bytes(blocks) + inner
}

fn runs_bytes(runs: &Vec<Run>) -> usize {
    vec_bytes(runs) + runs.iter().map(|r| r.text.capacity()).sum::<usize>()
}

fn collect_headings(blocks: &[Block], out: &mut Vec<(u8, String)>) {
    for block in blocks {
        match block {
            Block::Heading { level, runs, .. } => out.push((*level, plain_text(runs))),
            Block::Quote(inner)
            | Block::Callout { blocks: inner, .. }
            | Block::Fold(Fold { blocks: inner, .. })
            | Block::Listing(Listing { blocks: inner, .. }) => collect_headings(inner, out),
            Block::DefinitionList(items) => {
                for item in items {
                    if let Definition::Meaning(inner) = item {
                        collect_headings(inner, out);
                    }
                }
            }
            Block::List(list) => {
                for item in &list.items {
                    collect_headings(&item.blocks, out);
                }
            }
            Block::Paragraph(_)
            | Block::Code(_)
            | Block::Table(_)
            | Block::Rule
            | Block::Quiz(_) => {}
        }
    }
}

/// The text of runs with whitespace collapsed, as it reads on one line.
pub(crate) fn plain_text(runs: &[Run]) -> String {
    let mut out = String::new();
    for run in runs {
        if run.is_break() {
            out.push(' ');
        }
        out.push_str(&run.text);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
