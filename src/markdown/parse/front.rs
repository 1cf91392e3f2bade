//! YAML front matter: a `---` line at the very top, YAML, and a closing `---` (or
//! `...`) line. Static site generators read it; a reader of the chapter should not see
//! it, so the parser starts after it.
//!
//! `CommonMark` reads the same lines as a rule and a heading, so the block counts as
//! front matter only when its first line (comments and blank lines aside) starts like
//! a YAML mapping, `key:`. `pulldown-cmark`'s own option would find such blocks
//! anywhere in a chapter, hiding ordinary rules and headings.

/// Where the Markdown after YAML front matter starts: 0 when there is none.
pub(super) fn body_start(src: &str) -> usize {
    let bom = if src.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let mut lines = LineEnds { src, at: bom };
    let Some(first) = lines.next() else {
        return 0;
    };
    if first.0.trim_end() != "---" {
        return 0;
    }
    let mut mapping = None;
    for (line, end) in lines {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return if mapping == Some(false) { 0 } else { end };
        }
        let content = trimmed.trim_start();
        if mapping.is_none() && !content.is_empty() && !content.starts_with('#') {
            mapping = Some(starts_like_a_key(content));
        }
    }
    0
}

/// `key:`, `key: value`, `"quoted key": value`.
fn starts_like_a_key(line: &str) -> bool {
    let Some(colon) = line.find(':') else {
        return false;
    };
    let key = line[..colon].trim_matches(|c| c == '"' || c == '\'');
    let after = line[colon + 1..].chars().next();
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' ' | '.'))
        && after.is_none_or(char::is_whitespace)
}

/// The lines of `src` from byte `at`, each with the offset just after its line break.
struct LineEnds<'a> {
    src: &'a str,
    at: usize,
}

impl<'a> Iterator for LineEnds<'a> {
    type Item = (&'a str, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.src.get(self.at..).filter(|rest| !rest.is_empty())?;
        let len = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let line = rest[..len].trim_end_matches(['\n', '\r']);
        self.at += len;
        Some((line, self.at))
    }
}

#[cfg(test)]
mod tests {
    use super::body_start;

    #[test]
    fn yaml_at_the_top_is_skipped() {
        let src = "---\ntitle: Ownership\ntags: [a, b]\n---\n# Body\n";
        assert_eq!(&src[body_start(src)..], "# Body\n");
        let src = "---\r\n# a comment\r\n\"key\": 1\r\n...\r\nBody";
        assert_eq!(&src[body_start(src)..], "Body");
        assert_eq!(body_start("---\n---\n"), 8);
        assert_eq!(body_start("\u{feff}---\nx: 1\n---"), 15);
    }

    #[test]
    fn rules_and_headings_are_not_front_matter() {
        for src in [
            "Text\n\n---\ntitle: x\n---\n",
            "---\nJust a heading\n---\n",
            "---\nSee: this\n",
            "---\nhttp://x.y: z\n---\n",
            "--- \ntitle: x\n",
            "",
            "----\na: b\n----\n",
        ] {
            assert_eq!(body_start(src), 0, "{src:?}");
        }
    }

    #[test]
    fn a_document_after_front_matter_keeps_its_source_lines() {
        let doc = crate::markdown::parse("---\ntitle: x\n---\n\n# Title\n\nText.\n");
        let lines = doc.layout(80, &crate::theme::Theme::plain());
        let shown: Vec<String> = lines
            .iter()
            .map(crate::markdown::StyledLine::plain)
            .collect();
        assert_eq!(shown, ["Title", "═════", "", "Text."]);
        assert_eq!(doc.block_source_lines(), [5, 7]);
        assert_eq!(doc.source_line_count(), 7);
    }
}
