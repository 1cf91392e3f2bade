//! mdBook books (SPEC §3): what tutor reads of a book's folder beyond plain Markdown.
//!
//! This module owns what is mdBook's own: `book.toml` ([`config`]), the table of
//! contents in `SUMMARY.md` ([`summary`]) and the links preprocessor ([`preprocess`]),
//! which expands a chapter's `{{#include}}`-style directives before the Markdown side
//! sees it. Putting a book together as a course is `course::book`'s business. It never
//! reads a file outside the book's folder, and never parses a chapter's Markdown.
mod anchors;
pub mod config;
pub(crate) mod files;
pub mod preprocess;
mod scan;
pub mod summary;
