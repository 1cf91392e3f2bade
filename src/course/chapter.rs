//! Reading one chapter file: its `+++` front matter, its title and its body.
//!
//! This module owns what a chapter's title is (front matter, else the first `#`
//! heading, else the id) and sanitizes the title and summary it extracts, since those
//! are printed directly. It never renders or sanitizes the Markdown body: the renderer
//! does that.
use super::Chapter;
use super::source::SourceFile;
use crate::diagnostic::InFile;
use crate::sanitize::strip_controls;
use serde::Deserialize;
use std::ops::Range;

const FENCE: &str = "+++";

/// The keys a chapter's front matter may set; anything else is a typo.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: Option<String>,
    summary: Option<String>,
    minutes: Option<u32>,
}

/// Splits optional `+++` TOML front matter from the top of a chapter.
/// Returns (front matter text, body). Front matter must open on the very first line
/// and be closed by a line of its own; otherwise the whole text is body.
pub fn split_front_matter(src: &str) -> (Option<&str>, &str) {
    match front_matter_bounds(src) {
        Some((matter, body_start)) => (Some(&src[matter]), &src[body_start..]),
        None => (None, src),
    }
}

/// The byte range of the front matter text and where the body starts.
fn front_matter_bounds(src: &str) -> Option<(Range<usize>, usize)> {
    let first_len = opening_fence_len(src)?;
    let mut pos = first_len;
    while pos < src.len() {
        let line_end = src[pos..].find('\n').map_or(src.len(), |i| pos + i + 1);
        if src[pos..line_end].trim_end() == FENCE {
            return Some((first_len..pos, line_end));
        }
        pos = line_end;
    }
    None
}

/// The length of the opening `+++` line (with its line break) when the text starts
/// with one. A byte-order mark before it is allowed, since some editors add one.
fn opening_fence_len(src: &str) -> Option<usize> {
    let bom = if src.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let rest = src[bom..].strip_prefix(FENCE)?;
    let newline = if rest.starts_with("\r\n") {
        2
    } else if rest.starts_with('\n') {
        1
    } else {
        return None;
    };
    Some(bom + FENCE.len() + newline)
}

/// Reads a chapter file, reporting front matter problems in `report`.
pub(crate) fn parse(file: &SourceFile, report: &mut InFile) -> Chapter {
    let src = file.text.as_str();
    let (matter, body_start) = if let Some((range, body_start)) = front_matter_bounds(src) {
        (read_front_matter(src, range, report), body_start)
    } else {
        if opening_fence_len(src).is_some() {
            report.error(0, "front matter is never closed: add a `+++` line after it");
        }
        (FrontMatter::default(), 0)
    };
    let body = &src[body_start..];
    let (study, heading) = super::study::scan(body);
    let id = strip_controls(&file.stem).into_owned();
    let title = matter
        .title
        .map(|t| strip_controls(t.trim()).into_owned())
        .filter(|t| !t.is_empty())
        .or(heading)
        .unwrap_or_else(|| {
            report.warning(
                body_start,
                format!("no `#` heading: the title is the id `{id}`"),
            );
            id.clone()
        });
    Chapter {
        id,
        title,
        summary: matter
            .summary
            .map(|s| strip_controls(s.trim()).into_owned()),
        minutes: matter.minutes,
        study,
        body: body.to_owned(),
    }
}

fn read_front_matter(src: &str, range: Range<usize>, report: &mut InFile) -> FrontMatter {
    let start = range.start;
    toml::from_str(&src[range]).unwrap_or_else(|e| {
        report.toml_error(&e, start);
        FrontMatter::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_at_the_top() {
        let src = "+++\ntitle = \"T\"\n+++\n# Body\n";
        assert_eq!(
            split_front_matter(src),
            (Some("title = \"T\"\n"), "# Body\n")
        );
    }

    #[test]
    fn handles_crlf_line_ends() {
        let src = "+++\r\nminutes = 5\r\n+++\r\n# Body\r\n";
        assert_eq!(
            split_front_matter(src),
            (Some("minutes = 5\r\n"), "# Body\r\n")
        );
    }

    #[test]
    fn front_matter_not_at_the_top_is_body() {
        let src = "\n+++\ntitle = \"T\"\n+++\n# Body\n";
        assert_eq!(split_front_matter(src), (None, src));
        let src = "# Heading\n+++\nx = 1\n+++\n";
        assert_eq!(split_front_matter(src), (None, src));
    }

    #[test]
    fn unclosed_or_inline_fence_is_body() {
        let src = "+++\ntitle = \"T\"\n# Body\n";
        assert_eq!(split_front_matter(src), (None, src));
        let src = "+++ title\n+++\n";
        assert_eq!(split_front_matter(src), (None, src));
    }

    #[test]
    fn empty_front_matter_and_empty_body() {
        assert_eq!(split_front_matter("+++\n+++"), (Some(""), ""));
        assert_eq!(split_front_matter("+++\n+++\n"), (Some(""), ""));
    }

    #[test]
    fn closing_fence_must_be_alone_on_its_line() {
        let src = "+++\na = \"+++\"\n++++\n +++\n+++  \nbody";
        assert_eq!(
            split_front_matter(src),
            (Some("a = \"+++\"\n++++\n +++\n"), "body")
        );
    }

    fn first_heading(body: &str) -> Option<String> {
        crate::course::study::scan(body).1
    }

    #[test]
    fn heading_text_drops_inline_markup() {
        let body = "intro\n\n## Not this\n\n# The *real* `title` [link](x)\n\n# Later\n";
        assert_eq!(first_heading(body).as_deref(), Some("The real title link"));
        assert_eq!(first_heading("Setext\n======\n").as_deref(), Some("Setext"));
        assert_eq!(first_heading("## only h2\n"), None);
        assert_eq!(first_heading("#\n"), None);
        assert_eq!(
            first_heading("#\n\n# Second\n"),
            None,
            "the first level-1 heading"
        );
    }

    #[test]
    fn heading_text_loses_control_characters() {
        assert_eq!(first_heading("# a&#27;[2Jb\n").as_deref(), Some("a[2Jb"));
    }
}
