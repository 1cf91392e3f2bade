//! `SUMMARY.md`: a book's chapters in order, with their titles, section numbers,
//! nesting, parts, separators and drafts, as mdBook reads it (through the
//! `mdbook-summary` crate, so tutor agrees with mdBook on every book).
//!
//! This module owns turning that crate's tree into one flat list in reading order,
//! where in SUMMARY.md each link was written (for messages about its file), and
//! reporting what the crate refuses with its line and column. The crate descends one
//! call per level of list nesting, so nesting deeper than [`MAX_NESTING`] is refused
//! before the crate sees it. It never reads a chapter file.
use crate::diagnostic::{InFile, line_col};
use crate::sanitize::strip_controls;
use mdbook_summary::{Summary, SummaryItem};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::path::{Path, PathBuf};

/// The name of a book's table of contents, at the top of its `src` folder.
pub const SUMMARY_MD: &str = "SUMMARY.md";

/// The deepest nesting of lists SUMMARY.md may have. Real books use three or four
/// levels; a hostile one could nest thousands, each a level of recursion.
pub const MAX_NESTING: usize = 16;

/// One line of the table of contents, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A `# Part title` heading between numbered chapters.
    Part(String),
    /// A `---` rule.
    Separator,
    Chapter(Link),
}

/// A chapter of the table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The link text, inline markup dropped, sanitized.
    pub title: String,
    /// The file as written (relative to `src`), `None` for a draft (`[Title]()`).
    pub location: Option<String>,
    /// The section number without its final dot (`4.2`), for numbered chapters.
    pub number: Option<String>,
    /// 0 at the top level, 1 for a chapter nested under one, and so on.
    pub depth: u8,
    /// The byte offset of the link in SUMMARY.md.
    pub at: usize,
}

/// Reads the table of contents in `report.text`, reporting what mdBook would refuse.
/// On an error the book has no chapters: mdBook would not build it either.
pub fn parse(report: &mut InFile) -> (Option<String>, Vec<Entry>) {
    let text = report.text;
    let written = scan(text);
    if let Some(at) = written.too_deep {
        report.error(
            at,
            format!("lists nest more than {MAX_NESTING} deep; the table of contents is not read"),
        );
        return (None, Vec::new());
    }
    let summary = match mdbook_summary::parse_summary(text) {
        Ok(summary) => summary,
        Err(error) => {
            report_refusal(&error.root_cause().to_string(), &written.links, report);
            return (None, Vec::new());
        }
    };
    let title = summary
        .title
        .as_deref()
        .map(clean)
        .filter(|t| !t.is_empty());
    (title, flatten(&summary, &written.links))
}

/// What SUMMARY.md holds as written: every link's destination and offset, in order,
/// and where lists first nest too deep.
struct Written {
    links: Vec<(String, usize)>,
    too_deep: Option<usize>,
}

fn scan(text: &str) -> Written {
    let mut links = Vec::new();
    let mut depth = 0usize;
    let mut too_deep = None;
    for (event, range) in Parser::new(text).into_offset_iter() {
        match event {
            Event::Start(Tag::List(_)) => {
                depth += 1;
                if depth > MAX_NESTING && too_deep.is_none() {
                    too_deep = Some(range.start);
                }
            }
            Event::End(TagEnd::List(_)) => depth = depth.saturating_sub(1),
            // mdbook-summary reads `%20` in a link as a space; so does this.
            Event::Start(Tag::Link { dest_url, .. }) => {
                links.push((dest_url.replace("%20", " "), range.start));
            }
            _ => {}
        }
    }
    Written { links, too_deep }
}

/// The crate's tree as one list in reading order, walked with a stack of its own so
/// that no recursion follows the nesting.
fn flatten(summary: &Summary, written: &[(String, usize)]) -> Vec<Entry> {
    let mut entries = Vec::new();
    // Links come out of the walk in the order they were written: each is found in
    // `written` from where the previous one was.
    let mut cursor = 0;
    let mut stack: Vec<(std::slice::Iter<'_, SummaryItem>, u8)> = [
        &summary.suffix_chapters,
        &summary.numbered_chapters,
        &summary.prefix_chapters,
    ]
    .into_iter()
    .map(|items| (items.iter(), 0))
    .collect();
    while let Some((items, depth)) = stack.last_mut() {
        let depth = *depth;
        let Some(item) = items.next() else {
            stack.pop();
            continue;
        };
        match item {
            SummaryItem::Link(link) => {
                let location = link
                    .location
                    .as_ref()
                    .map(|p| p.to_string_lossy().into_owned());
                let dest = location.as_deref().unwrap_or("");
                let at = match written[cursor.min(written.len())..]
                    .iter()
                    .position(|(d, _)| Path::new(d) == Path::new(dest))
                {
                    Some(i) => {
                        cursor += i + 1;
                        written[cursor - 1].1
                    }
                    None => 0,
                };
                let number = link
                    .number
                    .as_ref()
                    .map(|n| n.iter().map(u32::to_string).collect::<Vec<_>>().join("."));
                entries.push(Entry::Chapter(Link {
                    title: clean(&link.name),
                    location,
                    number,
                    depth,
                    at,
                }));
                if !link.nested_items.is_empty() {
                    stack.push((link.nested_items.iter(), depth.saturating_add(1)));
                }
            }
            SummaryItem::Separator => entries.push(Entry::Separator),
            SummaryItem::PartTitle(title) => entries.push(Entry::Part(clean(title))),
            // The crate may learn new kinds of entry; there is nothing to show for them.
            _ => {}
        }
    }
    entries
}

/// Reports why the crate refused the file. Its messages name a line and column in
/// words (`failed to parse SUMMARY.md line 3, column 2: …`), or a duplicated file.
fn report_refusal(cause: &str, written: &[(String, usize)], report: &mut InFile) {
    if let Some((line, col, message)) = located(cause) {
        report.error_at(line, col, message);
        return;
    }
    if cause.starts_with("Duplicate file in SUMMARY.md")
        && let Some((first, again)) = first_repeat(written)
    {
        let (line, _) = line_col(report.text, written[first].1);
        let message = format!(
            "`{}` is listed twice (first on line {line}); mdBook refuses that",
            written[again].0
        );
        report.error(written[again].1, message);
        return;
    }
    report.error(0, cause.to_owned());
}

/// `(line, column, message)` from the crate's located messages.
fn located(cause: &str) -> Option<(usize, usize, &str)> {
    let rest = cause.strip_prefix("failed to parse SUMMARY.md line ")?;
    let (line, rest) = rest.split_once(", column ")?;
    let (col, message) = rest.split_once(": ")?;
    Some((line.parse().ok()?, col.parse().ok()?, message))
}

/// The indices of the first link whose file is linked again, and of that repeat.
fn first_repeat(written: &[(String, usize)]) -> Option<(usize, usize)> {
    let mut seen = std::collections::HashMap::new();
    for (i, (dest, _)) in written.iter().enumerate() {
        if dest.is_empty() {
            continue;
        }
        if let Some(&first) = seen.get(&PathBuf::from(dest)) {
            return Some((first, i));
        }
        seen.insert(PathBuf::from(dest), i);
    }
    None
}

/// A title on one line: whitespace runs made single spaces, controls removed.
fn clean(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    strip_controls(&joined).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Diagnostics;
    use std::fmt::Write as _;

    fn read(text: &str) -> (Option<String>, Vec<Entry>, Vec<String>) {
        let mut all = Diagnostics::default();
        let (title, entries) = parse(&mut all.in_file("src/SUMMARY.md", text));
        let errors = all.errors.iter().map(ToString::to_string).collect();
        (title, entries, errors)
    }

    /// Each entry on one line: `P title`, `---`, or `number depth title -> file`.
    fn outline(entries: &[Entry]) -> Vec<String> {
        entries
            .iter()
            .map(|e| match e {
                Entry::Part(t) => format!("P {t}"),
                Entry::Separator => "---".to_owned(),
                Entry::Chapter(l) => format!(
                    "{} {} {} -> {}",
                    l.number.as_deref().unwrap_or("-"),
                    l.depth,
                    l.title,
                    l.location.as_deref().unwrap_or("(draft)")
                ),
            })
            .collect()
    }

    const BOOK: &str = "# The Book

[Preface](preface.md)

# Part One

- [First](one/index.md)
    - [First, a](one/a.md)
        - [Deep](one/deep.md)
    - [Not yet]()
- [Second `code`](two.md)

---

# Part Two

- [Third](three%20and%20more.md)

---

[Afterword](after.md)
";

    #[test]
    fn flattens_every_kind_of_entry_in_reading_order() {
        let (title, entries, errors) = read(BOOK);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(title.as_deref(), Some("The Book"));
        assert_eq!(
            outline(&entries),
            [
                "- 0 Preface -> preface.md",
                "P Part One",
                "1 0 First -> one/index.md",
                "1.1 1 First, a -> one/a.md",
                "1.1.1 2 Deep -> one/deep.md",
                "1.2 1 Not yet -> (draft)",
                "2 0 Second code -> two.md",
                "---",
                "P Part Two",
                "3 0 Third -> three and more.md",
                "---",
                "- 0 Afterword -> after.md",
            ]
        );
    }

    #[test]
    fn knows_where_each_link_was_written() {
        let (_, entries, _) = read(BOOK);
        let at: Vec<(usize, usize)> = entries
            .iter()
            .filter_map(|e| match e {
                Entry::Chapter(l) => Some(line_col(BOOK, l.at)),
                _ => None,
            })
            .collect();
        assert_eq!(
            at,
            [
                (3, 1),
                (7, 3),
                (8, 7),
                (9, 11),
                (10, 7),
                (11, 3),
                (17, 3),
                (21, 1)
            ]
        );
    }

    #[test]
    fn a_refusal_is_reported_at_its_line_and_column() {
        let (_, entries, errors) = read("# S\n\n- [A](a.md)\n- Just text\n");
        assert!(entries.is_empty());
        assert_eq!(
            errors,
            [
                "src/SUMMARY.md:4:3: The link items for nested chapters must only contain a hyperlink"
            ]
        );
    }

    #[test]
    fn a_file_listed_twice_is_reported_at_the_second_link() {
        let (_, entries, errors) = read("- [A](a.md)\n- [B](b.md)\n- [A again](a.md)\n");
        assert!(entries.is_empty());
        assert_eq!(
            errors,
            ["src/SUMMARY.md:3:3: `a.md` is listed twice (first on line 1); mdBook refuses that"]
        );
    }

    #[test]
    fn nesting_past_the_limit_is_refused_before_the_parser_sees_it() {
        let deep = "- ".repeat(MAX_NESTING + 1) + "[X](x.md)\n";
        let (_, entries, errors) = read(&deep);
        assert!(entries.is_empty());
        assert_eq!(
            errors,
            [format!(
                "src/SUMMARY.md:1:{}: lists nest more than 16 deep; the table of contents is not read",
                2 * MAX_NESTING + 1
            )]
        );
        // A hostile file nesting a hundred thousand lists costs no stack.
        let hostile = "- ".repeat(100_000) + "[X](x.md)\n";
        assert_eq!(read(&hostile).2.len(), 1);
        let nested = |levels: usize| -> String {
            let mut text = String::new();
            for d in 0..levels {
                text.push_str(&"    ".repeat(d));
                let _ = writeln!(text, "- [C{d}](c{d}.md)");
            }
            text
        };
        let (_, entries, errors) = read(&nested(MAX_NESTING));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(entries.len(), MAX_NESTING);
        assert!(matches!(&entries[MAX_NESTING - 1], Entry::Chapter(l) if l.depth == 15));
        assert_eq!(read(&nested(MAX_NESTING + 1)).2.len(), 1);
    }

    #[test]
    fn titles_lose_control_characters() {
        let (_, entries, _) = read("[A\u{7}b\u{202e}c](a.md)\n");
        assert_eq!(outline(&entries), ["- 0 Abc -> a.md"]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        /// Whatever SUMMARY.md holds, reading it ends, reports or lists, never panics.
        #[test]
        fn any_summary_is_read_without_a_panic(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "- ", "* ", "    ", "  ", "1. ", "> ", "[a](a.md)", "[b](b/c.md)",
                    "[d]()", "# T", "## U", "---", "\n", "\n\n", "```", "text", "<!-- c -->",
                    "[x](a.md)", "\t", "***", "| t |",
                ]),
                0..60,
            )
        ) {
            let text: String = pieces.concat();
            let mut all = Diagnostics::default();
            let (_, entries) = parse(&mut all.in_file("SUMMARY.md", &text));
            proptest::prop_assert!(entries.is_empty() || all.errors.is_empty());
        }
    }
}
