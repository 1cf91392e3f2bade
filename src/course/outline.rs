//! A course's table of contents as readers see it: for an mdBook, SUMMARY.md's parts,
//! numbered and nested chapters, drafts and separators; for any other course, its
//! chapters in order.
//!
//! This module owns the one list the home screen and `tutor list` walk, so that both
//! show a book the same way, and the rule that only chapters that loaded can be
//! opened. It never reads a file.
use super::Course;
use std::borrow::Cow;

/// One row of a course's table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutlineItem {
    /// A part title (`# Part` in SUMMARY.md), shown as a heading above what follows.
    Part(String),
    /// The chapter at this index of [`Course::chapters`].
    Chapter(usize),
    /// A chapter listed but not there to read: a draft (`[Title]()`), or a file that
    /// could not be read (reported by `tutor check`). Never opened, never counted.
    Draft {
        title: String,
        number: Option<String>,
        depth: u8,
        /// SUMMARY.md names a file for it, but it could not be read.
        missing: bool,
    },
    /// A `---` rule between chapters.
    Separator,
}

impl Course {
    /// The table of contents: a book's as SUMMARY.md has it, else every chapter in
    /// course order.
    pub fn outline(&self) -> Cow<'_, [OutlineItem]> {
        match &self.book {
            Some(book) => Cow::Borrowed(&book.outline),
            None => Cow::Owned((0..self.chapters.len()).map(OutlineItem::Chapter).collect()),
        }
    }

    /// Whether this course is an mdBook, whose chapters carry SUMMARY.md's numbers.
    pub fn is_book(&self) -> bool {
        self.book.is_some()
    }
}
