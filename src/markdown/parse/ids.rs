//! Heading anchors as mdBook makes them, so a link to `chapter.md#some-heading`
//! finds the heading here as it does in the book's HTML.
//!
//! A heading's `{#id}` is its anchor as written. Otherwise the anchor comes from its
//! text (what its HTML shows: link text but not addresses, no image): trimmed,
//! leading `#` dropped, then letters, digits, `_` and `-` kept (ASCII letters lowered,
//! others as they are), each whitespace character a `-`, everything else dropped. A
//! text met again gets `-1`, `-2`, ... after it, counting per chapter.
use std::collections::HashMap;

use crate::markdown::document::{Flags, Run};

/// The anchors made so far in one document.
#[derive(Debug, Default)]
pub(super) struct Ids {
    seen: HashMap<String, usize>,
}

impl Ids {
    /// The anchor of a heading without an `{#id}`, unique among those made so far.
    pub fn of_heading(&mut self, runs: &[Run]) -> String {
        let text: String = runs
            .iter()
            .filter(|run| !run.flags.contains(Flags::ADDRESS) && !run.flags.contains(Flags::IMAGE))
            .map(|run| {
                if run.is_break() {
                    " "
                } else {
                    run.text.as_str()
                }
            })
            .collect();
        self.unique(normalize_id(text.trim().trim_start_matches('#').trim()))
    }

    fn unique(&mut self, id: String) -> String {
        let count = self.seen.entry(id.clone()).or_insert(0);
        let unique = if *count == 0 {
            id
        } else {
            format!("{id}-{count}")
        };
        *count += 1;
        unique
    }
}

/// Text as an anchor: see the module's documentation.
pub(crate) fn normalize_id(text: &str) -> String {
    text.chars()
        .filter_map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '-' {
                Some(c.to_ascii_lowercase())
            } else if c.is_whitespace() {
                Some('-')
            } else {
                None
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(text: &str) -> Run {
        Run::new(text, Flags::default(), None)
    }

    #[test]
    fn anchors_are_made_as_mdbook_makes_them() {
        assert_eq!(
            normalize_id("Method-call expressions"),
            "method-call-expressions"
        );
        assert_eq!(normalize_id("`--passes`: add more"), "--passes-add-more");
        assert_eq!(
            normalize_id("Method-call 🐙 expressions"),
            "method-call--expressions"
        );
        assert_eq!(normalize_id("中文標題 CJK title"), "中文標題-cjk-title");
        assert_eq!(normalize_id("Über"), "Über");
        assert_eq!(normalize_id("_-_12345"), "_-_12345");
        assert_eq!(normalize_id("Vec<u8> & 'a"), "vecu8--a");
    }

    #[test]
    fn repeated_texts_are_numbered_and_addresses_do_not_count() {
        let mut ids = Ids::default();
        assert_eq!(ids.of_heading(&[text("Über")]), "Über");
        assert_eq!(ids.of_heading(&[text("Über")]), "Über-1");
        assert_eq!(ids.of_heading(&[text(" # Über ")]), "Über-2");
        let link = [
            text("See "),
            Run::new("docs", Flags::LINK, None),
            Run::new(" (https://x)", Flags::ADDRESS, None),
            Run::new("[image: y]", Flags::IMAGE, None),
        ];
        assert_eq!(ids.of_heading(&link), "see-docs");
    }

    #[test]
    fn a_document_keeps_each_headings_anchor() {
        let doc = crate::markdown::parse(
            "# Intro {#start .big}\n\n## Intro\n\n## Intro\n\n> ### `Vec<T>` and [links](x)\n\n\
             <h2 id=\"html-id\">From HTML</h2>\n\n<h3>Plain HTML</h3>\n",
        );
        assert_eq!(
            doc.heading_ids(),
            [
                "start",
                "intro",
                "intro-1",
                "vect-and-links",
                "html-id",
                "plain-html"
            ]
        );
        assert_eq!(doc.headings()[0], (1, "Intro".to_owned()));
        assert_eq!(doc.heading_index("intro-1"), Some(2));
        assert_eq!(doc.heading_index("missing"), None);
    }
}
