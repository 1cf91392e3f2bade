//! mdBook books (SPEC §3): what tutor reads of a book's folder beyond plain Markdown.
//!
//! This module owns what is mdBook's own: for now the links preprocessor
//! ([`preprocess`]), which expands a chapter's `{{#include}}`-style directives before
//! the Markdown side sees it. It never reads a file outside the book's folder, and
//! never parses Markdown.
mod anchors;
mod files;
pub mod preprocess;
mod scan;
