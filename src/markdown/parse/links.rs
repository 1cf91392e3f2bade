//! What follows a link's text: its address in parentheses, unless the text is the
//! address; for a link to another chapter of the book (`ch02.md`, `../x.html#a`), the
//! chapter's title instead, since a terminal cannot open a book's file addresses.
//!
//! The title comes from the caller ([`ParseOptions::chapter_titles`]); a chapter link
//! it does not know shows its text alone. Either way the address stays on the runs,
//! for the reader to follow.
//!
//! [`ParseOptions::chapter_titles`]: crate::markdown::ParseOptions
use std::sync::Arc;

use super::Builder;
use crate::markdown::document::{Flags, Run};
use crate::markdown::text::clean_inline;

impl Builder<'_> {
    /// Ends a link whose text is in the runs from `first` on and reads `shown`.
    pub(super) fn push_address(&mut self, shown: &str, url: Arc<str>, first: usize) {
        if url.is_empty() {
            return;
        }
        if is_chapter_link(&url) {
            return self.chapter_link(shown, url, first);
        }
        let is_autolink = shown == &*url || url.strip_prefix("mailto:") == Some(shown);
        if !is_autolink {
            let flags = self.flags().with(Flags::ADDRESS);
            self.push_run_linked(format!(" ({url})"), flags, url);
        }
    }

    fn chapter_link(&mut self, shown: &str, url: Arc<str>, first: usize) {
        let titles = self.options.and_then(|options| options.chapter_titles);
        let Some(title) = titles
            .and_then(|titles| titles(&url))
            .map(|title| {
                clean_inline(&title)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|title| !title.is_empty())
        else {
            return;
        };
        let shown = shown.trim();
        if shown == &*url || shown == path_of(&url) {
            // The text is only the address: the title stands in for it.
            if let Some((_, runs)) = &mut self.inline
                && first < runs.len()
            {
                let flags = runs[first].flags.with(Flags::LINK);
                runs.truncate(first);
                runs.push(Run::new(title, flags, Some(url)));
            }
            return;
        }
        let flags = self.flags().with(Flags::ADDRESS);
        self.push_run_linked(format!(" → {title}"), flags, url);
    }
}

/// The address without its `#anchor` or `?query`.
fn path_of(url: &str) -> &str {
    url.find(['#', '?']).map_or(url, |end| &url[..end])
}

/// A relative address of a Markdown or HTML file: where a book's chapters are.
fn is_chapter_link(url: &str) -> bool {
    if url.starts_with('#') || url.starts_with("//") || has_scheme(url) {
        return false;
    }
    let extension = path_of(url)
        .rsplit_once('.')
        .map(|(_, extension)| extension);
    extension.is_some_and(|extension| {
        ["md", "html", "htm"]
            .iter()
            .any(|known| extension.eq_ignore_ascii_case(known))
    })
}

/// `https:`, `mailto:`, `file:`: a scheme is a letter, then letters, digits, `+-.`.
fn has_scheme(url: &str) -> bool {
    let Some(colon) = url.find(':') else {
        return false;
    };
    let scheme = &url[..colon];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::is_chapter_link;

    #[test]
    fn chapter_links_are_relative_markdown_or_html_files() {
        for url in [
            "ch02.md",
            "../dir/x.md#anchor",
            "x.html",
            "a/b.HTML?x=1",
            "/abs.md",
        ] {
            assert!(is_chapter_link(url), "{url}");
        }
        for url in [
            "https://doc.rust-lang.org/book/ch02.html",
            "mailto:a@b.md",
            "#anchor",
            "//cdn.example/x.html",
            "image.png",
            "x.md.png",
            "file:x.md",
        ] {
            assert!(!is_chapter_link(url), "{url}");
        }
    }
}
