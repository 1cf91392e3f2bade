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

#[cfg(test)]
mod resolving {
    use crate::markdown::{ParseOptions, StyledLine, parse, parse_with};
    use crate::theme::Theme;

    fn shown(src: &str, options: &ParseOptions<'_>) -> String {
        let lines: Vec<String> = parse_with(src, options)
            .layout(200, &Theme::plain())
            .iter()
            .map(StyledLine::plain)
            .collect();
        lines.join("\n")
    }

    #[test]
    fn a_chapter_link_shows_the_chapter_title() {
        let titles = |target: &str| match target.split('#').next() {
            Some("ch02.md" | "../ch02.html") => Some("Guessing  Game".to_owned()),
            _ => None,
        };
        let options = ParseOptions {
            chapter_titles: Some(&titles),
            ..ParseOptions::default()
        };
        let src = "[Chapter 2](ch02.md), [ch02.md](ch02.md), [../ch02.html](../ch02.html#top), \
                   <a href=\"ch02.md\">there</a>, [gone](ch09.md), [web](https://x.y/ch02.md).";
        assert_eq!(
            shown(src, &options),
            "Chapter 2 → Guessing Game, Guessing Game, Guessing Game, there → Guessing Game, \
             gone, web (https://x.y/ch02.md)."
        );
        // Without titles a chapter link shows its text and no dead address.
        assert_eq!(
            shown(
                "[Chapter 2](ch02.md) and [x](x.html#a)",
                &ParseOptions::default()
            ),
            "Chapter 2 and x"
        );
    }

    #[test]
    fn the_address_is_kept_for_the_reader_to_follow() {
        let titles = |_: &str| Some("Two".to_owned());
        let options = ParseOptions {
            chapter_titles: Some(&titles),
            ..ParseOptions::default()
        };
        let doc = parse_with("See [it](ch02.md#x).", &options);
        let rendered = doc.render(80, &Theme::plain());
        let targets: Vec<(usize, usize, &str)> = rendered
            .links
            .iter()
            .map(|span| (span.start, span.end, span.target.as_str()))
            .collect();
        assert_eq!(targets, [(4, 12, "ch02.md#x")]);
        assert_eq!(
            rendered.lines.get(0).map(|l| l.plain()).unwrap_or_default(),
            "See it → Two."
        );
        assert!(parse("[a](b.md)").render(80, &Theme::plain()).links.len() == 1);
    }
}
