//! Taking the lines an include asks for out of a file: a line range, the lines between
//! `ANCHOR:` and `ANCHOR_END:` comments, `rustdoc_include`'s form that keeps the whole
//! file with the rest hidden behind `# `, and `playground`'s fenced block.
//!
//! Each taken line remembers where in the file it was written, so a directive inside
//! included text is reported at its own line and column. This module works on text
//! already read; it never reads a file and never looks for directives.

/// Lines `start..end` of a file, counted from 0; no `end` means to the end of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineRange {
    start: usize,
    end: Option<usize>,
}

impl LineRange {
    pub fn new(start: usize, end: Option<usize>) -> Self {
        Self { start, end }
    }

    fn contains(self, line: usize) -> bool {
        line >= self.start && self.end.is_none_or(|end| line < end)
    }
}

/// Text taken from a file, with where each stretch of it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub map: OriginMap,
}

/// Where each stretch of a text was written in its file, so an offset in the text can
/// be turned back into an offset in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OriginMap {
    /// In order of `at`. A stretch runs to the start of the next one.
    stretches: Vec<Stretch>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stretch {
    /// Where it starts in the text.
    at: usize,
    /// Where it starts in the file; `None` for text that is in no file (a fence).
    file_at: Option<usize>,
    /// Bytes put before the file's text at `at` (the `# ` of a hidden line).
    added: usize,
}

impl OriginMap {
    /// A text that is the file itself.
    pub fn whole() -> Self {
        Self {
            stretches: vec![Stretch {
                at: 0,
                file_at: Some(0),
                added: 0,
            }],
        }
    }

    /// The offset in the file of `offset` in the text; text that is in no file, or that
    /// was added, answers with the start of its line in the file (or of the file).
    pub fn file_offset(&self, offset: usize) -> usize {
        let index = self.stretches.partition_point(|s| s.at <= offset);
        let Some(stretch) = index.checked_sub(1).and_then(|i| self.stretches.get(i)) else {
            return 0;
        };
        stretch.file_at.map_or(0, |file_at| {
            file_at + (offset - stretch.at).saturating_sub(stretch.added)
        })
    }
}

/// Builds a [`Piece`] line by line, joining lines with `\n` as mdBook does (so the
/// piece never ends with a line break of its own).
#[derive(Default)]
struct Lines {
    text: String,
    stretches: Vec<Stretch>,
}

impl Lines {
    fn push(&mut self, added: &str, line: &str, file_at: usize) {
        if !self.stretches.is_empty() {
            self.text.push('\n');
        }
        self.stretches.push(Stretch {
            at: self.text.len(),
            file_at: Some(file_at),
            added: added.len(),
        });
        self.text.push_str(added);
        self.text.push_str(line);
    }

    fn finish(self) -> Piece {
        Piece {
            text: self.text,
            map: OriginMap {
                stretches: self.stretches,
            },
        }
    }
}

/// The lines of `text` with the offset where each starts, split as `str::lines` splits
/// them: at `\n`, with the `\r` of a `\r\n` dropped, and no empty last line.
fn lines_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0, |at, raw| {
        let start = *at;
        *at += raw.len();
        let line = match raw.strip_suffix('\n') {
            Some(line) => line.strip_suffix('\r').unwrap_or(line),
            None => raw,
        };
        Some((start, line))
    })
}

/// The name of the first `tag` (`ANCHOR:` or `ANCHOR_END:`) in `line` that is followed
/// by a name, whatever comment surrounds it (mdBook's `ANCHOR:\s*([\w_-]+)`).
fn marker<'l>(line: &'l str, tag: &str) -> Option<&'l str> {
    line.match_indices(tag).find_map(|(at, _)| {
        let after = line[at + tag.len()..].trim_start();
        let len = after
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(after.len());
        (len > 0).then(|| &after[..len])
    })
}

const START: &str = "ANCHOR:";
const END: &str = "ANCHOR_END:";

/// `{{#include FILE:range}}`: the lines in the range.
pub fn range(file: &str, range: LineRange) -> Piece {
    let mut lines = Lines::default();
    for (index, (at, line)) in lines_at(file).enumerate() {
        if range.contains(index) {
            lines.push("", line, at);
        } else if range.end.is_some_and(|end| index >= end) {
            break;
        }
    }
    lines.finish()
}

/// `{{#include FILE:NAME}}`: the lines strictly between the first `ANCHOR: NAME` and
/// the next `ANCHOR_END: NAME` (or the end of the file), without any line that holds
/// another anchor's marker. An anchor the file does not have gives nothing.
pub fn anchor(file: &str, name: &str) -> Piece {
    let mut lines = Lines::default();
    let mut inside = false;
    for (at, line) in lines_at(file) {
        if inside {
            match marker(line, END) {
                Some(end) if end == name => break,
                Some(_) => {}
                None if marker(line, START).is_some() => {}
                None => lines.push("", line, at),
            }
        } else if marker(line, START) == Some(name) {
            inside = true;
        }
    }
    lines.finish()
}

/// `{{#rustdoc_include FILE:range}}`: every line, those outside the range hidden
/// behind `# ` so that a Rust block shows only the range.
pub fn rustdoc_range(file: &str, range: LineRange) -> Piece {
    let mut lines = Lines::default();
    for (index, (at, line)) in lines_at(file).enumerate() {
        let hide = if range.contains(index) { "" } else { "# " };
        lines.push(hide, line, at);
    }
    lines.finish()
}

/// `{{#rustdoc_include FILE:NAME}}`: every line, those outside the anchor's sections
/// hidden behind `# `, and every marker line (of any anchor) dropped.
pub fn rustdoc_anchor(file: &str, name: &str) -> Piece {
    let mut lines = Lines::default();
    let mut inside = false;
    for (at, line) in lines_at(file) {
        if inside {
            match marker(line, END) {
                Some(end) => inside = end != name,
                None if marker(line, START).is_some() => {}
                None => lines.push("", line, at),
            }
        } else if let Some(start) = marker(line, START) {
            inside = start == name;
        } else if marker(line, END).is_none() {
            lines.push("# ", line, at);
        }
    }
    lines.finish()
}

/// `{{#playground FILE attrs}}`: the whole file as a Rust block whose info string
/// carries the attributes, comma-joined.
pub fn playground(file: &str, attrs: &[&str]) -> Piece {
    let mut text = if attrs.is_empty() {
        "```rust\n".to_owned()
    } else {
        format!("```rust,{}\n", attrs.join(","))
    };
    let body_at = text.len();
    text.push_str(file);
    if !file.ends_with('\n') {
        text.push('\n');
    }
    let fence_at = text.len();
    text.push_str("```\n");
    let stretch = |at, file_at| Stretch {
        at,
        file_at,
        added: 0,
    };
    Piece {
        text,
        map: OriginMap {
            stretches: vec![
                stretch(0, None),
                stretch(body_at, Some(0)),
                stretch(fence_at, None),
            ],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "Lorem\nipsum\ndolor\nsit\namet";

    fn range_text(start: usize, end: Option<usize>) -> String {
        range(FILE, LineRange::new(start, end)).text
    }

    #[test]
    fn takes_line_ranges_like_mdbook() {
        assert_eq!(range_text(1, Some(3)), "ipsum\ndolor");
        assert_eq!(range_text(3, None), "sit\namet");
        assert_eq!(range_text(0, Some(3)), "Lorem\nipsum\ndolor");
        assert_eq!(range_text(0, None), FILE);
        assert_eq!(range_text(4, Some(3)), "");
        assert_eq!(range_text(0, Some(100)), FILE);
        assert_eq!(range_text(99, None), "");
    }

    #[test]
    fn splits_lines_as_str_lines_does() {
        let file = "a\r\nb\rc\n\nd\n";
        assert_eq!(range(file, LineRange::new(0, None)).text, "a\nb\rc\n\nd");
        assert_eq!(
            lines_at(file).collect::<Vec<_>>(),
            vec![(0, "a"), (3, "b\rc"), (7, ""), (8, "d")]
        );
    }

    #[test]
    fn finds_markers_in_any_comment() {
        assert_eq!(marker("// ANCHOR: here", START), Some("here"));
        assert_eq!(marker("# ANCHOR:here", START), Some("here"));
        assert_eq!(
            marker("<!-- ANCHOR: my-part_2 -->", START),
            Some("my-part_2")
        );
        assert_eq!(
            marker("<!-- ANCHOR_END: my-part_2 -->", END),
            Some("my-part_2")
        );
        assert_eq!(marker("<!-- ANCHOR_END: x -->", START), None);
        assert_eq!(marker("ANCHOR: ", START), None);
        assert_eq!(marker("ANCHOR: !ANCHOR: b", START), Some("b"));
    }

    #[test]
    fn takes_anchored_lines_like_mdbook() {
        let take = |file: &str, name: &str| anchor(file, name).text;
        assert_eq!(take(FILE, "test"), "");
        assert_eq!(take("Lorem\nipsum\nANCHOR_END: test\nsit", "test"), "");
        let open = "Lorem\nipsum\nANCHOR: test\ndolor\nsit\namet";
        assert_eq!(take(open, "test"), "dolor\nsit\namet");
        let closed = "Lorem\nANCHOR: test\ndolor\nsit\nANCHOR_END: test\nlorem";
        assert_eq!(take(closed, "test"), "dolor\nsit");
        let nested = "Lorem\nANCHOR:    test2\nipsum\nANCHOR: test\ndolor\nsit\namet\n\
                      ANCHOR_END: test\nlorem\nANCHOR_END:test2\nipsum";
        assert_eq!(take(nested, "test2"), "ipsum\ndolor\nsit\namet\nlorem");
        assert_eq!(take(nested, "test"), "dolor\nsit\namet");
        assert_eq!(take(nested, "something"), "");
    }

    #[test]
    fn hides_lines_outside_a_rustdoc_range() {
        let take = |start, end| rustdoc_range(FILE, LineRange::new(start, end)).text;
        assert_eq!(take(1, Some(3)), "# Lorem\nipsum\ndolor\n# sit\n# amet");
        assert_eq!(take(3, None), "# Lorem\n# ipsum\n# dolor\nsit\namet");
        assert_eq!(take(0, None), FILE);
        assert_eq!(take(4, Some(3)), "# Lorem\n# ipsum\n# dolor\n# sit\n# amet");
    }

    #[test]
    fn hides_lines_outside_a_rustdoc_anchor_and_drops_every_marker() {
        let take = |file: &str, name: &str| rustdoc_anchor(file, name).text;
        let file = "Lorem\nANCHOR:    test2\nipsum\nANCHOR: test\ndolor\nsit\namet\n\
                    ANCHOR_END: test\nlorem\nANCHOR_END:test2\nipsum";
        assert_eq!(
            take(file, "test2"),
            "# Lorem\nipsum\ndolor\nsit\namet\nlorem\n# ipsum"
        );
        assert_eq!(
            take(file, "test"),
            "# Lorem\n# ipsum\ndolor\nsit\namet\n# lorem\n# ipsum"
        );
        assert_eq!(
            take(file, "something"),
            "# Lorem\n# ipsum\n# dolor\n# sit\n# amet\n# lorem\n# ipsum"
        );
        let twice =
            "Lorem\nANCHOR: t\nipsum\nANCHOR_END: t\ndolor\nANCHOR: t\nsit\nANCHOR_END: t\namet";
        assert_eq!(take(twice, "t"), "# Lorem\nipsum\n# dolor\nsit\n# amet");
    }

    #[test]
    fn fences_a_playground_with_its_attributes() {
        assert_eq!(
            playground("fn main() {}", &[]).text,
            "```rust\nfn main() {}\n```\n"
        );
        assert_eq!(
            playground("fn main() {}\n", &["editable", "no_run"]).text,
            "```rust,editable,no_run\nfn main() {}\n```\n"
        );
    }

    #[test]
    fn maps_offsets_in_taken_text_back_to_the_file() {
        let file = "a\r\nANCHOR: x\nbc\r\nde\nANCHOR_END: x\n";
        let piece = anchor(file, "x");
        assert_eq!(piece.text, "bc\nde");
        // "de" starts at 3 in the piece and at 17 in the file.
        assert_eq!(piece.map.file_offset(3), 17);
        assert_eq!(piece.map.file_offset(4), 18);
        let hidden = rustdoc_range("ab\ncd", LineRange::new(1, None));
        assert_eq!(hidden.text, "# ab\ncd");
        // Inside the added "# ": the start of the line; after it, the file's column.
        assert_eq!(hidden.map.file_offset(1), 0);
        assert_eq!(hidden.map.file_offset(3), 1);
        assert_eq!(hidden.map.file_offset(5), 3);
        let fenced = playground("x\ny", &["a"]);
        assert_eq!(fenced.map.file_offset(2), 0);
        assert_eq!(fenced.map.file_offset("```rust,a\nx\n".len()), 2);
        assert_eq!(OriginMap::whole().file_offset(42), 42);
    }
}
