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
const YAML_FENCE: &str = "---";

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
    fenced(src, FENCE)
}

/// The byte range of the text between an opening `fence` line at the very top and the
/// next line holding only `fence`, and where the text after that line starts.
fn fenced(src: &str, fence: &str) -> Option<(Range<usize>, usize)> {
    let first_len = opening_fence_len(src, fence)?;
    let mut pos = first_len;
    while pos < src.len() {
        let line_end = src[pos..].find('\n').map_or(src.len(), |i| pos + i + 1);
        if src[pos..line_end].trim_end() == fence {
            return Some((first_len..pos, line_end));
        }
        pos = line_end;
    }
    None
}

/// The length of the opening `fence` line (with its line break) when the text starts
/// with one. A byte-order mark before it is allowed, since some editors add one.
fn opening_fence_len(src: &str, fence: &str) -> Option<usize> {
    let bom = if src.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let rest = src[bom..].strip_prefix(fence)?;
    let newline = if rest.starts_with("\r\n") {
        2
    } else if rest.starts_with('\n') {
        1
    } else {
        return None;
    };
    Some(bom + fence.len() + newline)
}

/// YAML front matter between `---` lines at the very top, as some mdBook books write
/// it (Comprehensive Rust's `minutes: 5`): the range of its text and where the body
/// starts. Only text that reads as YAML keys (`key: value`, indented or `- ` lines
/// under them, comments) counts, so a chapter that merely opens with a rule keeps it.
fn yaml_bounds(src: &str) -> Option<(Range<usize>, usize)> {
    let (range, body_start) = fenced(src, YAML_FENCE)?;
    let looks_like_yaml = src[range.clone()].lines().all(|line| {
        let trimmed = line.trim();
        trimmed.is_empty()
            || trimmed.starts_with('#')
            || line.starts_with([' ', '\t', '-'])
            || line.split_once(':').is_some_and(|(key, _)| {
                !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
            })
    });
    looks_like_yaml.then_some((range, body_start))
}

/// `minutes: N` of YAML front matter: the one key tutor takes from it.
fn yaml_minutes(matter: &str) -> Option<u32> {
    matter.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        (key == "minutes").then(|| value.trim().parse().ok())?
    })
}

/// Reads a chapter file, reporting front matter problems in `report`.
pub(crate) fn parse(file: &SourceFile, report: &mut InFile) -> Chapter {
    read(file, None, report)
}

/// Reads a chapter of an mdBook, its directives already expanded: its title is the
/// link text of SUMMARY.md (when there is some), and YAML front matter between `---`
/// lines is hidden like TOML front matter.
pub(crate) fn parse_in_book(file: &SourceFile, title: &str, report: &mut InFile) -> Chapter {
    read(file, Some(title), report)
}

fn read(file: &SourceFile, given_title: Option<&str>, report: &mut InFile) -> Chapter {
    let src = file.text.as_str();
    let in_book = given_title.is_some();
    let (matter, body_start) = if let Some((range, body_start)) = front_matter_bounds(src) {
        (read_front_matter(src, range, report), body_start)
    } else if let Some((range, body_start)) = yaml_bounds(src).filter(|_| in_book) {
        let matter = FrontMatter {
            minutes: yaml_minutes(&src[range]),
            ..FrontMatter::default()
        };
        (matter, body_start)
    } else {
        if opening_fence_len(src, FENCE).is_some() {
            report.error(0, "front matter is never closed: add a `+++` line after it");
        }
        (FrontMatter::default(), 0)
    };
    let body = &src[body_start..];
    // A book's chapter is titled by SUMMARY.md; its heading is needed only without one.
    let given_title = given_title
        .map(|t| strip_controls(t.trim()).into_owned())
        .filter(|t| !t.is_empty());
    let (study, heading) = if given_title.is_some() {
        (super::study::scan_items(body), None)
    } else {
        super::study::scan(body)
    };
    let id = strip_controls(&file.stem).into_owned();
    let title = given_title
        .or_else(|| {
            matter
                .title
                .map(|t| strip_controls(t.trim()).into_owned())
                .filter(|t| !t.is_empty())
        })
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
        ..Chapter::default()
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

    fn book_chapter(text: &str, title: &str) -> (Chapter, Vec<String>) {
        let file = SourceFile {
            path: "src/ch.md".to_owned(),
            stem: "ch".to_owned(),
            text: text.to_owned(),
        };
        let mut all = crate::diagnostic::Diagnostics::default();
        let chapter = parse_in_book(&file, title, &mut all.in_file("src/ch.md", text));
        let found = all
            .errors
            .iter()
            .chain(&all.warnings)
            .map(ToString::to_string)
            .collect();
        (chapter, found)
    }

    #[test]
    fn a_book_chapter_hides_yaml_front_matter_and_takes_its_minutes() {
        let (chapter, found) = book_chapter(
            "---\nminutes: 5\ncourse: Fundamentals\n---\n\n# Variables\n\nText.\n",
            "Variables",
        );
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(chapter.body, "\n# Variables\n\nText.\n");
        assert_eq!(chapter.minutes, Some(5));
    }

    #[test]
    fn a_rule_at_the_top_of_a_book_chapter_is_no_front_matter() {
        let text = "---\nSome prose after a rule.\n---\n# T\n";
        let (chapter, _) = book_chapter(text, "T");
        assert_eq!(chapter.body, text);
        assert_eq!(chapter.minutes, None);
    }

    #[test]
    fn yaml_front_matter_is_hidden_only_in_books() {
        let text = "---\nminutes: 5\n---\n# T\n";
        let file = SourceFile {
            path: "ch.md".to_owned(),
            stem: "ch".to_owned(),
            text: text.to_owned(),
        };
        let mut all = crate::diagnostic::Diagnostics::default();
        let chapter = parse(&file, &mut all.in_file("ch.md", text));
        assert_eq!(chapter.body, text);
    }

    #[test]
    fn a_book_chapter_is_titled_by_its_summary_link() {
        let (chapter, found) = book_chapter("# The heading\n", "The link text");
        assert_eq!(chapter.title, "The link text");
        assert!(found.is_empty());
        // No link text: the heading, as elsewhere.
        let (chapter, _) = book_chapter("# The heading\n", " ");
        assert_eq!(chapter.title, "The heading");
        // TOML front matter works in books too.
        let (chapter, _) = book_chapter("+++\nminutes = 3\n+++\n# H\n", "Link");
        assert_eq!((chapter.minutes, chapter.body.as_str()), (Some(3), "# H\n"));
    }
}
