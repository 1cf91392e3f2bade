//! Finds the links in laid-out lines: each stretch of spans that carries one address,
//! with its line and columns, so a reader can move from link to link and follow one.
//!
//! It reads only the finished lines, one pass over their spans. A link wrapped onto
//! the next line continues there when nothing but a quote bar or indent stands before
//! it and nothing followed it on its own line; then both stretches share an index.
use super::lines::{Lines, SpanRef};
use super::places::LinkSpan;
use super::text::width;

/// Every link stretch of `lines`, in reading order.
pub(crate) fn find(lines: &Lines) -> Vec<LinkSpan> {
    let mut found: Vec<LinkSpan> = Vec::new();
    let mut count = 0;
    // Whether the last stretch found ended its line.
    let mut last_ended_line = false;
    for (number, line) in lines.iter().enumerate() {
        if line.spans().all(|span| span.link.is_none()) {
            continue;
        }
        let spans: Vec<SpanRef> = line.spans().collect();
        let mut column = 0;
        let mut lead_in = true;
        let mut at = 0;
        while let Some(span) = spans.get(at) {
            let Some(target) = span.link.filter(|t| !t.is_empty()) else {
                lead_in &= span
                    .text
                    .chars()
                    .all(|c| matches!(c, ' ' | '▌' | '│' | '┃'));
                column += width(span.text);
                at += 1;
                continue;
            };
            let start = column;
            while let Some(next) = spans.get(at).filter(|s| s.link == Some(target)) {
                column += width(next.text);
                at += 1;
            }
            let continues = lead_in
                && last_ended_line
                && found
                    .last()
                    .is_some_and(|last| last.line + 1 == number && last.target == target);
            let index = match found.last() {
                Some(last) if continues => last.index,
                _ => {
                    count += 1;
                    count - 1
                }
            };
            found.push(LinkSpan {
                line: number,
                start,
                end: column,
                target: target.to_owned(),
                index,
            });
            last_ended_line = at == spans.len();
            lead_in = false;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use ratatui::style::Style;

    use super::*;
    use crate::markdown::{LineKind, StyledLine, StyledSpan};

    fn stored(lines: &[StyledLine]) -> Lines {
        let mut out = Lines::default();
        for line in lines {
            out.push(&line.spans, line.kind);
        }
        out
    }

    fn line(parts: &[(&str, Option<&str>)]) -> StyledLine {
        StyledLine {
            spans: parts
                .iter()
                .map(|(text, link)| StyledSpan {
                    text: (*text).to_owned(),
                    style: Style::new(),
                    link: link.map(str::to_owned),
                })
                .collect(),
            kind: LineKind::Text,
        }
    }

    fn spans(found: &[LinkSpan]) -> Vec<(usize, usize, usize, &str, usize)> {
        found
            .iter()
            .map(|s| (s.line, s.start, s.end, s.target.as_str(), s.index))
            .collect()
    }

    #[test]
    fn stretches_are_found_with_their_columns() {
        let lines = [
            line(&[
                ("See ", None),
                ("the ", Some("a")),
                ("book", Some("a")),
                (".", None),
            ]),
            line(&[
                ("▌ ", None),
                ("漢字", Some("b")),
                (" and ", None),
                ("x", Some("b")),
            ]),
        ];
        assert_eq!(
            spans(&find(&stored(&lines))),
            [(0, 4, 12, "a", 0), (1, 2, 6, "b", 1), (1, 11, 12, "b", 2)]
        );
    }

    #[test]
    fn a_wrapped_link_keeps_its_index_but_a_new_item_does_not() {
        let lines = [
            line(&[("Read ", None), ("the long", Some("a"))]),
            line(&[("▌ ", None), ("title", Some("a")), (" now", None)]),
            line(&[("• ", None), ("again", Some("a"))]),
            line(&[]),
            line(&[("again", Some("a"))]),
        ];
        let found = find(&stored(&lines));
        let indices: Vec<usize> = found.iter().map(|s| s.index).collect();
        assert_eq!(indices, [0, 0, 1, 2]);
    }
}
